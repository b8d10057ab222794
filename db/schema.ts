// The rows Vigie keeps in IndexedDB (extension origin only) and the history of the schema.
// Each schema version is one entry of SCHEMA_VERSIONS; a new version adds an entry (never edits an old one),
// with an `upgrade` when rows must change. tests/db/migrations.test.ts opens every version with data in it and
// upgrades it to the next, checking that every row survives.
import type { Transaction } from 'dexie';
import type { Problem } from '../i18n/reasons.ts';

export type PackOrigin = 'bundled' | 'subscription' | 'file';

/** One stored version of a pack. Every version the user may need is kept: the active one and the previous. */
export interface PackRow {
  id: string;
  /** semver */
  version: string;
  /** 'active': compiled into the snapshot; 'previous': what rollback brings back. Older versions are deleted. */
  state: 'active' | 'previous';
  origin: PackOrigin;
  subscriptionUrl?: string;
  /** sha-256 of `text`, lower-case hex. */
  hash: string;
  /** The pack's JSON exactly as received (what the signature covers). Parsed and validated again on load. */
  text: string;
  storedAt: string;
  activatedAt: string;
}

/** The user's choices about a pack, kept apart from its versions so updates do not undo them. */
export interface PackPrefRow {
  id: string;
  enabled: boolean;
  disabledRules: string[];
  /** A version the user rolled back from: checks do not activate it again (a newer one still activates). */
  skipVersion?: string;
}

/** One stored version of the verified-source list. */
export interface SourcesRow {
  seq?: number;
  version: number;
  state: 'active' | 'previous';
  origin: PackOrigin;
  hash: string;
  text: string;
  storedAt: string;
}

export interface SubscriptionRow {
  id?: number;
  /** https (or http on localhost) URL of a published index.json, or of one pack's JSON. */
  url: string;
  addedAt: string;
  etag?: string;
  lastCheck?: string;
  nextCheck?: string;
  status: 'new' | 'ok' | 'failed';
  /** The last failure in English (logs, older rows). */
  reason?: string;
  /** The last failures as data (key + names), said in the reader's language by the options page. */
  problems?: Problem[];
  /** Consecutive failures, for backoff. */
  failures: number;
  packIds: string[];
  /** Update interval announced by the index, in hours. */
  intervalHours?: number;
  /** Hash of the last verified sources.json from this subscription. */
  sourcesHash?: string;
}

export interface TrustedKeyRow {
  /** Raw Ed25519 public key, base64 (32 bytes). */
  key: string;
  name: string;
  builtIn: boolean;
  addedAt: string;
}

/** A physician's report of a misleading post (the reporting UI comes later; the table exists now). */
export interface ReportRow {
  id?: number;
  permalink: string;
  category: string;
  note: string;
  suggestedSource?: string;
  ruleId?: string;
  host?: string;
  createdAt: string;
}

export type FeedbackKind = 'dismissed' | 'hidden-rule' | 'paused-host';

/** One thing the user told Vigie: a mark dismissed (or reported as not misleading), a rule hidden, a site paused. */
export interface FeedbackRow {
  kind: FeedbackKind;
  /** `${postKey}|${ruleId}` for marks, the rule id, or the host. */
  value: string;
  /** For marks: whether the user only closed it or said it was not misleading. */
  reason?: 'dismissed' | 'not-misleading';
  host?: string;
  excerpt?: string;
  createdAt: string;
}

/** Key-value rows: 'settings' (Settings), 'notices' (string[]). */
export interface SettingRow {
  key: string;
  value: unknown;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
  /** Why this version exists. */
  why: string;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    why: 'first schema: packs (every kept version), pack prefs, sources, subscriptions, keys, reports, feedback, settings',
    stores: {
      packs: '[id+version], id, state, [id+state]',
      packPrefs: 'id',
      sources: '++seq, state',
      subscriptions: '++id, &url, nextCheck',
      keys: 'key',
      reports: '++id, createdAt',
      feedback: '[kind+value], kind',
      settings: 'key',
    },
  },
  {
    version: 2,
    why: 'reports are found by permalink and category, so importing a backup merges them without duplicates',
    stores: { reports: '++id, createdAt, [permalink+category]' },
    async upgrade(tx) {
      // Reports written before v2 could lack a category (the field was free): give them one so the index holds.
      await tx
        .table('reports')
        .toCollection()
        .modify((row: Partial<ReportRow>) => {
          if (typeof row.category !== 'string' || row.category === '') row.category = 'other';
        });
    },
  },
];

export const DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

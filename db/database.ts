// The Dexie database. Only the background and extension pages open it: a content script would open the
// *page's* IndexedDB, so content scripts ask the background by message instead.
import Dexie, { type Table } from 'dexie';
import {
  SCHEMA_VERSIONS,
  type FeedbackRow,
  type PackPrefRow,
  type PackRow,
  type ReportRow,
  type SettingRow,
  type SourcesRow,
  type SubscriptionRow,
  type TrustedKeyRow,
} from './schema.ts';

export const DB_NAME = 'vigie';

export class VigieDB extends Dexie {
  packs!: Table<PackRow, [string, string]>;
  packPrefs!: Table<PackPrefRow, string>;
  sources!: Table<SourcesRow, number>;
  subscriptions!: Table<SubscriptionRow, number>;
  keys!: Table<TrustedKeyRow, string>;
  reports!: Table<ReportRow, number>;
  feedback!: Table<FeedbackRow, [string, string]>;
  settings!: Table<SettingRow, string>;

  /** `upTo` opens an older schema version: only the migration tests use it. */
  constructor(name = DB_NAME, upTo = Number.POSITIVE_INFINITY) {
    super(name);
    for (const def of SCHEMA_VERSIONS) {
      if (def.version > upTo) break;
      const version = this.version(def.version).stores(def.stores);
      if (def.upgrade) version.upgrade(def.upgrade);
    }
  }
}

/** Tables that hold the user's own data (what "delete all my data" and backups cover, besides subscriptions/keys). */
export const USER_TABLES = ['reports', 'feedback', 'settings'] as const;

// Every message between content scripts / extension pages and the background, in one table.
//
//   content script or page --sendRequest(type, payload)--> background: validateRequest() -> handler -> Reply
//
// A message is `{ type, ...payload }`. The background validates its shape here (valibot schemas below) and its
// sender (messaging/sender.ts: which kind of sender may send which type) before any handler runs, and always
// answers with a `Reply`: `{ ok: true, value }` or `{ ok: false, error }` where `error` is a sentence for people.
//
// Content scripts import this module with `import type` only (through messaging/client.ts), so valibot and
// the schemas stay out of their bundle.
import * as v from 'valibot';
import type { FeedbackState, Settings } from '../common/settings.ts';
import { SEVERITIES } from '../engine/types.ts';
import type { Lang } from '../engine/types.ts';
import type { Problem } from '../i18n/reasons.ts';
import { ANALYZE_LIMITS } from './analysis-wire.ts';

// ---------------------------------------------------------------- views returned to pages

/** One pack as the options page shows it (the active version, plus what can be rolled back to). */
export interface PackView {
  id: string;
  title: string;
  version: string;
  languages: Lang[];
  license: string;
  homepage?: string;
  reviewedBy: { name: string; role: string; date: string }[];
  /** Where the active version came from. */
  origin: 'bundled' | 'subscription' | 'file';
  /** Subscription URL the pack is updated from, when there is one. */
  subscriptionUrl?: string;
  enabled: boolean;
  rules: { id: string; title: string; category: string; severity: string; lang: Lang; enabled: boolean }[];
  /** The version one click of "rollback" would bring back, if any. */
  previousVersion?: string;
  /** ISO time the active version was activated. */
  activatedAt: string;
}

export interface SubscriptionView {
  id: number;
  url: string;
  /** ISO times; absent before the first check. */
  lastCheck?: string;
  nextCheck?: string;
  /** 'ok' after a check that activated something or found nothing new; 'failed' with `reason` otherwise. */
  status: 'new' | 'ok' | 'failed';
  /** Plain-words reason of the last failure, in English (see background/reasons.ts for the fixed wording). */
  reason?: string;
  /** The same failures as data, for the options page to say in the reader's language. */
  problems?: Problem[];
  /** Pack ids this subscription delivered. */
  packIds: string[];
  failures: number;
}

export interface TrustedKeyView {
  /** Raw Ed25519 public key, base64. */
  key: string;
  name: string;
  /** The project's bundled key cannot be removed (only the user's own added keys). */
  builtIn: boolean;
  addedAt: string;
}

/** Outcome of checking one subscription (also of importing a pack file). */
export interface CheckOutcome {
  url: string;
  /** 'activated': a new version is active; 'unchanged': 304 or same version; 'failed': see reason. */
  result: 'activated' | 'unchanged' | 'failed';
  reason?: string;
  problems?: Problem[];
  activated: { packId: string; version: string }[];
}

/** Health of the rule set, for the options page and the popup ("using bundled packs because ..."). */
export interface StatusView {
  packCount: number;
  ruleCount: number;
  snapshotHash: string;
  /** Notices as data (said in the reader's language), e.g. a fallback to the bundled packs after a storage error. */
  notices: Problem[];
}

export interface ReportView {
  id: number;
  permalink: string;
  category: string;
  note: string;
  suggestedSource?: string;
  ruleId?: string;
  host?: string;
  createdAt: string;
}

export interface ImportSummary {
  settings: boolean;
  subscriptionsAdded: number;
  keysAdded: number;
  feedbackAdded: number;
  reportsAdded: number;
}

// ---------------------------------------------------------------- payload schemas

const MAX_SHORT = 200;
/** Pack files and backups arrive as text; 5 MB is far above any real pack and stops absurd inputs early. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SHORT));
const host = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.-]+(:\d+)?$/i));
const postKey = v.pipe(v.string(), v.minLength(1), v.maxLength(2048));
const url = v.pipe(v.string(), v.minLength(1), v.maxLength(2048));
const bigText = v.pipe(v.string(), v.maxLength(MAX_TEXT_BYTES));

const settingsPatch = v.strictObject({
  uiLang: v.optional(v.picklist(['auto', 'en', 'fr'])),
  mode: v.optional(v.picklist(['patient', 'clinician'])),
  minSeverity: v.optional(v.picklist(SEVERITIES)),
  sites: v.optional(v.record(v.pipe(v.string(), v.maxLength(MAX_SHORT)), v.boolean())),
  genericHosts: v.optional(v.pipe(v.array(host), v.maxLength(1000))),
  onboarded: v.optional(v.boolean()),
});

const none = {};

const { items: MAX_ANALYZE_ITEMS, links: MAX_LINKS, knownRules: MAX_KNOWN_RULES } = ANALYZE_LIMITS;

/**
 * The table of messages. Each entry: the payload schema (fields beside `type`), who may send it, and (as a
 * type only) what the background answers. 'content' = a content script in a tab; 'page' = an extension page
 * (options, popup, welcome).
 */
export const MESSAGES = {
  'settings:get': { payload: none, from: ['content', 'page'] },
  'settings:set': { payload: { patch: settingsPatch }, from: ['page'] },

  'feedback:get': { payload: none, from: ['content', 'page'] },
  'feedback:dismiss': { payload: { postKey, ruleId: id, host }, from: ['content', 'page'] },
  /** "Not misleading": stored as feedback so the mark stays hidden after a reload. */
  'feedback:report-wrong': {
    payload: { postKey, ruleId: id, host, excerpt: v.optional(v.pipe(v.string(), v.maxLength(500))) },
    from: ['content', 'page'],
  },
  /** Undo of dismiss / report-wrong for one mark. */
  'feedback:restore': { payload: { postKey, ruleId: id }, from: ['content', 'page'] },
  'feedback:hide-rule': { payload: { ruleId: id }, from: ['content', 'page'] },
  'feedback:show-rule': { payload: { ruleId: id }, from: ['page'] },
  'site:pause': { payload: { host }, from: ['content', 'page'] },
  'site:resume': { payload: { host }, from: ['content', 'page'] },

  /**
   * The engine's findings for texts a content script read (answered as messaging/analysis-wire.ts JSON). `hash`
   * and `known`: the snapshot and the rule ids whose fixed words the content script holds already. No items:
   * a content script asking whether the rules are ready, and which snapshot they are.
   */
  analyze: {
    payload: {
      hash: v.pipe(v.string(), v.maxLength(MAX_SHORT)),
      known: v.pipe(v.array(id), v.maxLength(MAX_KNOWN_RULES)),
      items: v.pipe(
        v.array(
          v.strictObject({
            text: v.pipe(v.string(), v.maxLength(ANALYZE_LIMITS.textChars)),
            links: v.optional(
              v.pipe(
                v.array(
                  v.strictObject({
                    href: v.pipe(v.string(), v.minLength(1), v.maxLength(ANALYZE_LIMITS.linkChars)),
                    text: v.optional(v.pipe(v.string(), v.maxLength(ANALYZE_LIMITS.linkChars))),
                  }),
                ),
                v.maxLength(MAX_LINKS),
              ),
            ),
          }),
        ),
        v.maxLength(MAX_ANALYZE_ITEMS),
      ),
    },
    from: ['content'],
  },
  'status:get': { payload: none, from: ['page'] },

  'packs:list': { payload: none, from: ['page'] },
  'packs:toggle': { payload: { packId: id, enabled: v.boolean() }, from: ['page'] },
  'packs:toggle-rule': { payload: { packId: id, ruleId: id, enabled: v.boolean() }, from: ['page'] },
  'packs:rollback': { payload: { packId: id }, from: ['page'] },
  /** A pack file chosen by the user: signed (`sig` = base64 signature of the exact text) or not. */
  'packs:import': {
    payload: {
      text: bigText,
      sig: v.optional(v.pipe(v.string(), v.maxLength(200))),
      /** The chosen file's name, to name it in failures. */
      name: v.optional(v.pipe(v.string(), v.maxLength(200))),
    },
    from: ['page'],
  },

  'subscriptions:list': { payload: none, from: ['page'] },
  /** The page asks for the optional host permission before sending this (it needs the user's gesture). */
  'subscriptions:add': { payload: { url }, from: ['page'] },
  'subscriptions:remove': { payload: { url }, from: ['page'] },
  /** Check one subscription (by URL) or all of them now, ignoring intervals and backoff. */
  'subscriptions:check-now': { payload: { url: v.optional(url) }, from: ['page'] },

  'keys:list': { payload: none, from: ['page'] },
  'keys:add': { payload: { key: v.pipe(v.string(), v.maxLength(100)), name: id }, from: ['page'] },
  'keys:remove': { payload: { key: v.pipe(v.string(), v.maxLength(100)) }, from: ['page'] },

  'reports:list': { payload: none, from: ['page'] },
  'reports:add': {
    payload: {
      permalink: url,
      category: id,
      note: v.pipe(v.string(), v.maxLength(5000)),
      suggestedSource: v.optional(url),
      ruleId: v.optional(id),
      host: v.optional(host),
    },
    from: ['content', 'page'],
  },

  /** The article reader on one host: the page asks for `https://host/*` in the user's click first. */
  'generic:add': { payload: { host }, from: ['page'] },
  /** Turns the reader off on a host and gives back its permission (kept if a subscription uses it). */
  'generic:remove': { payload: { host }, from: ['page'] },

  'backup:export': { payload: none, from: ['page'] },
  'backup:import': { payload: { text: bigText }, from: ['page'] },
  /** `confirm` must be literally true: the page asks the user first. */
  'backup:delete-all': { payload: { confirm: v.literal(true) }, from: ['page'] },
} as const satisfies Record<string, { payload: v.ObjectEntries; from: readonly SenderKind[] }>;

export type SenderKind = 'content' | 'page';
export type MessageType = keyof typeof MESSAGES;

/** What each message answers (`value` of an ok Reply). */
export interface Responses {
  'settings:get': Settings;
  'settings:set': Settings;
  'feedback:get': FeedbackState;
  'feedback:dismiss': FeedbackState;
  'feedback:report-wrong': FeedbackState;
  'feedback:restore': FeedbackState;
  'feedback:hide-rule': FeedbackState;
  'feedback:show-rule': FeedbackState;
  'site:pause': FeedbackState;
  'site:resume': FeedbackState;
  /** JSON text of an AnalyzeAnswer (messaging/analysis-wire.ts). */
  analyze: string;
  'status:get': StatusView;
  'packs:list': PackView[];
  'packs:toggle': PackView[];
  'packs:toggle-rule': PackView[];
  'packs:rollback': PackView[];
  'packs:import': CheckOutcome;
  'subscriptions:list': SubscriptionView[];
  'subscriptions:add': SubscriptionView;
  'subscriptions:remove': SubscriptionView[];
  'subscriptions:check-now': CheckOutcome[];
  'keys:list': TrustedKeyView[];
  'keys:add': TrustedKeyView[];
  'keys:remove': TrustedKeyView[];
  'reports:list': ReportView[];
  'reports:add': ReportView;
  'generic:add': Settings;
  'generic:remove': Settings;
  'backup:export': { json: string; filename: string };
  'backup:import': ImportSummary;
  'backup:delete-all': { ok: true };
}

type EntriesOutput<E extends v.ObjectEntries> = v.InferOutput<v.StrictObjectSchema<E, undefined>>;
type PayloadOf<K extends MessageType> = EntriesOutput<(typeof MESSAGES)[K]['payload']>;
/** The payload (fields beside `type`) of message `K`. */
export type Payload<K extends MessageType> = PayloadOf<K>;
export type Request<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K } & Payload<K>
  : never;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

// ---------------------------------------------------------------- validation

const schemas = new Map<string, v.GenericSchema>(
  Object.entries(MESSAGES).map(([type, def]) => [
    type,
    v.strictObject({ type: v.literal(type), ...def.payload }) as v.GenericSchema,
  ]),
);

export type Validated = { ok: true; request: Request } | { ok: false; error: string };

/** Checks a raw message's shape and whether `sender` may send it. Never throws. */
export function validateRequest(raw: unknown, sender: SenderKind | null): Validated {
  if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') {
    return { ok: false, error: 'Vigie ignored a message without a type.' };
  }
  const type = (raw as { type: string }).type;
  const schema = schemas.get(type);
  if (!schema) return { ok: false, error: `Vigie does not know the message "${type.slice(0, 60)}".` };
  if (!sender) return { ok: false, error: 'Vigie ignored a message from an unknown sender.' };
  const allowed: readonly SenderKind[] = MESSAGES[type as MessageType].from;
  if (!allowed.includes(sender)) {
    return {
      ok: false,
      error: `The message "${type}" is not accepted from a ${sender === 'content' ? 'web page' : 'extension page'}.`,
    };
  }
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, error: `The message "${type}" is malformed${where ? ` at "${where}"` : ''}.` };
  }
  return { ok: true, request: parsed.output as Request };
}

/** True when `value` looks like a Reply (pages use it to tell a background answer from `undefined`). */
export function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

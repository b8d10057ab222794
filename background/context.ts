// What the background's functions need, passed in (not imported as globals) so every step runs in tests with
// fake-indexeddb, a fake storage, a fake fetch and a fixed clock. background/main.ts builds the real one.
import type { StoredSnapshot } from '../common/settings.ts';
import type { Finding, Pack, PostLink, VerifiedSource } from '../engine/types.ts';
import type { VigieDB } from '../db/database.ts';
import type { TrustedKeyRow } from '../db/schema.ts';
import { problemText, type Problem, type ProblemKey } from '../i18n/reasons.ts';

/** browser.storage.local, reduced to what the background uses. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface EngineInput {
  packs: Pack[];
  sources: VerifiedSource[];
  /** The shared lexicon as `vigie build` writes it (generated/lexicon.json). */
  lexicon: unknown;
}

/** The engine as the background uses it (background/engine-port.ts adapts engine/index.ts). */
export interface EnginePort {
  /** Format version of snapshots, stored beside them so content scripts can refuse an unknown one. */
  readonly snapshotVersion: number;
  /**
   * Changes whenever data compiled into snapshots from the engine itself changes (context cues): an
   * extension update then rebuilds the cached snapshot even if no pack changed.
   */
  readonly dataStamp?: string;
  /** Compiles packs into a snapshot string. Throws when a pack cannot be compiled. */
  snapshot(input: EngineInput): string;
  /** Runs every rule's examples of `pack` with the user's engine; failures in words (empty: all pass). */
  selfTest(pack: Pack, input: Omit<EngineInput, 'packs'>): string[];
  /** An engine from a snapshot string, to analyse the texts content scripts send. Throws on a damaged one. */
  load(snapshot: string): Analyzer;
}

/** What the background asks of a loaded engine. */
export interface Analyzer {
  analyze(input: { text: string; links?: PostLink[] }): { findings: Finding[] };
}

/** What ships inside the extension (generated/ by `vigie build`). */
export interface BundledData {
  /** Exact JSON text of each built pack. */
  packs: string[];
  sourcesText: string;
  lexicon: unknown;
}

export interface Context {
  db: VigieDB;
  storage: KeyValueStore;
  engine: EnginePort;
  bundled: BundledData;
  /** Keys shipped with the extension (the project's), always trusted. */
  builtInKeys: TrustedKeyRow[];
  fetch: typeof fetch;
  now(): Date;
  log(message: string, error?: unknown): void;
  /** Notices for options (fallbacks after errors), said in the reader's language. Newest last, a few kept. */
  notices: Problem[];
  /** The snapshot in memory (also when storage.local refused it). */
  snapshot?: StoredSnapshot;
  /** The engine loaded from `snapshot` for 'analyze', and the snapshot hash it came from. */
  analyzer?: { hash: string; engine: Analyzer };
  /** permissions.remove for one origin (the article reader gives back a host's access); absent in tests. */
  removeOrigin?(origin: string): Promise<boolean>;
  /** Fetch limits. */
  limits: { timeoutMs: number; maxBytes: number };
}

export const DEFAULT_LIMITS = { timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024 };

export function addNotice(ctx: Context, key: ProblemKey, params?: Problem['params']): void {
  const notice: Problem = params ? { key, params } : { key };
  const text = problemText(notice, 'en');
  ctx.log(text);
  ctx.notices = [...ctx.notices.filter((n) => problemText(n, 'en') !== text), notice].slice(-5);
}

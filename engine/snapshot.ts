// A compiled engine as one string: the background compiles packs once, content scripts load the snapshot
// (JSON.parse + table rebuild, no pattern parsing). Versioned: a snapshot from another format is refused.
import type { Lang, VerifiedSource } from './types.ts';
import type { ContextLexicon } from './context/lexicon.ts';
import type { MatcherData } from './match/compile.ts';
import type { CNear, CSeq } from './match/types.ts';
import type { RuleMeta } from './match/packs.ts';

/** Bump whenever the snapshot layout or the tokenizer's keys change (old snapshots would mismatch). */
export const SNAPSHOT_VERSION = 3;
const FORMAT = 'vigie-engine-snapshot';

export interface SnapshotData {
  matcher: MatcherData;
  /**
   * Rule metadata by rule index. A snapshot stores each as its own JSON string, decoded only when the rule
   * first produces a finding: loading 10,000 rules then parses strings, not 10,000 objects.
   */
  rules: (RuleMeta | string)[];
  sources: VerifiedSource[];
  spellings: Map<string, string>;
  /**
   * Context cue data per language (engine/context/en.ts, fr.ts as compiled in): carried as data so the
   * content script, which loads snapshots only, does not bundle it as code.
   */
  context: Record<Lang, ContextLexicon>;
}

const NONE_NEAR: CNear[] = [];
const NONE_SEQ: CSeq[] = [];

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export function writeSnapshot(data: SnapshotData): string {
  return JSON.stringify({
    format: FORMAT,
    version: SNAPSHOT_VERSION,
    // Empty near/unless lists are left out (most rules have none): a smaller snapshot to send and parse.
    matcher: {
      ...data.matcher,
      rules: data.matcher.rules.map((r) => ({
        patterns: r.patterns,
        ...(r.near.length ? { near: r.near } : {}),
        ...(r.unless.length ? { unless: r.unless } : {}),
        lang: r.lang,
      })),
    },
    rules: data.rules.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))),
    sources: data.sources,
    spellings: [...data.spellings],
    context: data.context,
  });
}

export function readSnapshot(text: string): SnapshotData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SnapshotError('this is not an engine snapshot (it is not JSON)');
  }
  const o = raw as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o['format'] !== FORMAT)
    throw new SnapshotError('this is not an engine snapshot');
  if (o['version'] !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `engine snapshot version ${String(o['version'])} cannot be loaded by this engine (it reads version ${SNAPSHOT_VERSION}): compile the packs again`,
    );
  }
  const m = o['matcher'] as MatcherData | undefined;
  if (
    !m ||
    !Array.isArray(m.vocab) ||
    !Array.isArray(m.rules) ||
    !Array.isArray(o['rules']) ||
    m.rules.length !== (o['rules'] as unknown[]).length
  ) {
    throw new SnapshotError('the engine snapshot is damaged (its rule tables do not agree)');
  }
  // One shared empty list for the rules without near groups or exceptions (compiled rules are never
  // changed in place): no two arrays per rule while loading.
  for (const r of m.rules) {
    r.near ??= NONE_NEAR;
    r.unless ??= NONE_SEQ;
  }
  const context = o['context'] as Record<Lang, ContextLexicon> | undefined;
  if (!context || !isContextData(context.en) || !isContextData(context.fr))
    throw new SnapshotError('the engine snapshot is damaged (its context data is missing)');
  return {
    context,
    matcher: m,
    rules: o['rules'] as string[],
    sources: (o['sources'] ?? []) as VerifiedSource[],
    spellings: new Map((o['spellings'] ?? []) as [string, string][]),
  };
}

/** The shape compile() relies on first; the rest is written by writeSnapshot from the same typed data. */
function isContextData(x: unknown): x is ContextLexicon {
  const l = x as ContextLexicon | undefined;
  return (
    !!l &&
    typeof l === 'object' &&
    typeof l.pre === 'object' &&
    typeof l.post === 'object' &&
    Array.isArray(l.pseudo) &&
    Array.isArray(l.terminations)
  );
}

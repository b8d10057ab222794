// A compiled engine as one string: the background compiles packs once, content scripts load the snapshot
// (JSON.parse + table rebuild, no pattern parsing). Versioned: a snapshot from another format is refused.
// Format 3 stores compiled rules by column (snapshot-matcher.ts) and rule metadata packed, decoded per rule on
// first use (snapshot-rules.ts): at 10,000 rules the snapshot is ~2.7 -> ~0.9 MB and loads in ~half the time.
// Format 5 writes the rules that are one literal phrase, and the anchor pairs, as flat lists of numbers.
import type { Lang, VerifiedSource } from './types.ts';
import type { ContextLexicon } from './context/lexicon.ts';
import { prefold } from './context/compile.ts';
import { ruleCountOf, type MatcherData } from './match/data.ts';
import { packMatcher, unpackMatcher } from './snapshot-matcher.ts';
import { PackedRuleTable, packRules, readPackedRules, type RuleTable } from './snapshot-rules.ts';

/** Bump whenever the snapshot layout or the tokenizer's keys change (old snapshots would mismatch). */
export const SNAPSHOT_VERSION = 5;
const FORMAT = 'vigie-engine-snapshot';

export interface SnapshotData {
  matcher: MatcherData;
  /**
   * Rule metadata by rule index. A snapshot packs it (snapshot-rules.ts): one string of records, decoded
   * rule by rule when a rule first produces a finding, so loading 10,000 rules parses no per-rule object.
   */
  rules: RuleTable;
  sources: VerifiedSource[];
  spellings: Map<string, string>;
  /**
   * Context cue data per language (engine/context/en.ts, fr.ts as compiled in): carried as data so the
   * content script, which loads snapshots only, does not bundle it as code.
   */
  context: Record<Lang, ContextLexicon>;
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export function writeSnapshot(data: SnapshotData): string {
  return JSON.stringify({
    format: FORMAT,
    version: SNAPSHOT_VERSION,
    matcher: packMatcher(data.matcher),
    rules: packRules(data.rules),
    sources: data.sources,
    spellings: [...data.spellings],
    // Phrases folded now, once, in the background: a content script then compiles them without the tokenizer.
    context: { en: prefold(data.context.en), fr: prefold(data.context.fr) },
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
  const m = unpackMatcher(o['matcher']);
  const rules = readPackedRules(o['rules']);
  if (!m || !rules || ruleCountOf(m) !== rules.ends.length) {
    throw new SnapshotError('the engine snapshot is damaged (its rule tables do not agree)');
  }
  const context = o['context'] as Record<Lang, ContextLexicon> | undefined;
  if (!context || !isContextData(context.en) || !isContextData(context.fr))
    throw new SnapshotError('the engine snapshot is damaged (its context data is missing)');
  return {
    context,
    matcher: m,
    rules: new PackedRuleTable(rules),
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

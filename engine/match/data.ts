// The matcher's data as compile.ts writes it and a snapshot holds it. Apart from the compiler, so the content
// script (which only loads snapshots) does not bundle the compiler's tables (text/frequent.ts builds its word
// set when its module loads).
import type { CRule } from './types.ts';

/** Serialisable matcher tables (see matcher.ts for the runtime form). */
export interface MatcherData {
  vocab: string[];
  rules: CRule[];
  /** [id, rule, rule, ...] */
  single: number[][];
  /** [idA, idB, rule, rule, ...] */
  pairs: number[][];
  /** [prefix, rule, rule, ...] */
  stems: [string, ...number[]][];
  number: number[];
  unit: number[];
  /** Rules with no usable anchor: verified on every sentence (should stay empty). */
  always: number[];
  /**
   * Optional (an engine loaded from a snapshot): the rules without `rules` built. Reading `rules` then builds
   * every rule; the matcher reads these instead, and builds only the rules it verifies (a few thousand of
   * 10,000 on a page), so loading parses no per-rule arrays.
   */
  lazy?: LazyRules;
}

/** Compiled rules read one by one (snapshot-matcher.ts). */
export interface LazyRules {
  count: number;
  /** Each rule's language: one character per rule, its language's position in LANG_BIT's keys. */
  langs: string;
  /** The rule, built on first ask (the same object as `rules[i]`). */
  get(i: number): CRule;
  /**
   * The rules that are one phrase of literal words (most rules of a big pack), in the matcher's phrase table
   * form (Matcher.litOff, litPool): litAt[rule] is the offset of [length, ids...] in litPool, -2 for other rules.
   */
  litAt: Int32Array;
  litPool: Int32Array;
  /** `pairs` as one flat list, row after row: a, b, the number of rules, the rules (`pairs` built on first read). */
  pairRows: Int32Array;
  /** How many rows pairRows holds. */
  pairCount: number;
}

/** How many rules the matcher data holds (without building a snapshot's rules). */
export function ruleCountOf(data: MatcherData): number {
  return data.lazy !== undefined ? data.lazy.count : data.rules.length;
}

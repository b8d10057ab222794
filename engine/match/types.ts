// Compiled rule form, shared by the compiler, the matcher, the reference matcher and the snapshot.
// Plain JSON arrays so a snapshot is JSON.stringify of it and loading needs no conversion:
//   number >= 0        a literal word (vocabulary id)
//   ['s', prefix]      stem*            ['n'] {#number}     ['u'] {#unit}
//   ['g', max]         ~max             ['a', optional 0|1, options]  alternatives (a class, (a|b), word?)
import type { Lang } from '../types.ts';

export type CNode = number | ['s', string] | ['n'] | ['u'] | ['g', number] | ['a', 0 | 1, CSeq[]];
export type CSeq = CNode[];

export interface CNear {
  parts: CSeq[];
  within: number;
}

export interface CRule {
  patterns: CSeq[];
  near: CNear[];
  unless: CSeq[];
  lang: Lang;
}

/** One finding of the matcher, in token indices (lastToken inclusive). */
export interface MatchHit {
  ruleIndex: number;
  sentence: number;
  firstToken: number;
  lastToken: number;
  /** Tokens matched by the pattern's own words (not by ~N gaps). */
  ownTokens: number[];
}

/** What the matcher needs from a tokenised post, with keys mapped to vocabulary ids (-1: unknown). */
export interface ScanView {
  ids: Int32Array;
  /** The tokens, whose keys only stem patterns read (tokenize()'s Tokens build them when first read). */
  tokens: { readonly key: readonly string[] };
  kind: readonly number[];
  /**
   * Optional: `present[id] === stamp` for every vocabulary id in the sentence being verified, so a pattern
   * missing a required word is skipped without trying its starts.
   */
  present?: Int32Array;
  stamp?: number;
}

export const LANG_BIT: Record<Lang, number> = { en: 1, fr: 2 };

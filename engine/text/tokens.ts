// The tokenizer's output, shared by the matcher, context reading and language detection.
// Struct-of-arrays: a 300 KB page makes ~50k tokens and the matcher walks them on every scan.
import { wordKey } from './words.ts';

export const enum TokenKind {
  Word = 0,
  Number = 1,
  Unit = 2, // a dose unit right after a number: mg, µg, UI, IU, ml, g ...
}

export interface Sentence {
  /** Character span in the original text. */
  start: number;
  end: number;
  /** Token index range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

/**
 * tokenize() returns a TokenList (tokens-sink.ts) whose `key` and `sentence` are accessors on its prototype,
 * built when first read: a copy made with a spread ({ ...t }) carries neither (name them: { ...t, key: t.key }).
 */
export interface Tokens {
  /** The original text the offsets point into. */
  text: string;
  count: number;
  /**
   * Folded match key: lower case, accents removed, look-alikes and leet mapped, letter runs squeezed, slang
   * canonicalised. tokenize() builds this array from `word` on first read (wordKey of each id); the engine's
   * readers use keyAt() instead (a write per token and a copy per text less in the tokenizer).
   */
  key: string[];
  /**
   * Word id of each key (text/words.ts: one id per distinct key in the process, wordKey(id) === key[i]),
   * or -1 for a key the full table did not take. Readers keep per-id answers in arrays instead of looking
   * every key up in a Map. Optional so a Tokens made elsewhere still works (readers then use `key`).
   */
  word?: number[];
  /** UTF-16 span of the token in the original text, end exclusive. */
  start: number[];
  end: number[];
  kind: TokenKind[];
  /**
   * Index into `sentences` for each token. Derived from `sentences` (which cover the tokens in order, each
   * from its firstToken to the next one's): tokenize() builds it on first read, and the engine's readers use
   * `sentences` or sentenceOf() instead (a write per token and a copy per text less in the tokenizer).
   */
  sentence: number[];
  sentences: Sentence[];
}

/** Token i's key (undefined outside the tokens), from its word id when it has one (no `key` array built). */
export function keyAt(t: Tokens, i: number): string | undefined {
  if (!(i >= 0 && i < t.count)) return undefined;
  const id = t.word !== undefined ? t.word[i]! : -1;
  return id >= 0 ? wordKey(id) : t.key[i];
}

/** The index of the sentence holding token i (-1 when none does): a binary search over `sentences`. */
export function sentenceOf(t: Pick<Tokens, 'sentences'>, i: number): number {
  const ss = t.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ss[mid]!;
    if (i < x.firstToken) hi = mid - 1;
    else if (i >= x.endToken) lo = mid + 1;
    else return mid;
  }
  return -1;
}

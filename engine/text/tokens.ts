// The tokenizer's output, shared by the matcher, context reading and language detection.
// Struct-of-arrays: a 300 KB page makes ~50k tokens and the matcher walks them on every scan.

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

export interface Tokens {
  /** The original text the offsets point into. */
  text: string;
  count: number;
  /** Folded match key: lower case, accents removed, look-alikes and leet mapped, letter runs squeezed, slang canonicalised. */
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
  /** Index into `sentences` for each token. */
  sentence: number[];
  sentences: Sentence[];
}

// FROZEN copy of engine/text/tokens.ts at 0daa47e: the reference the optimised tokenizer must agree with
// (tests/unit/engine-tokenize-equivalence.test.ts). Do not edit; do not import from the engine.
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
  /** UTF-16 span of the token in the original text, end exclusive. */
  start: number[];
  end: number[];
  kind: TokenKind[];
  /** Index into `sentences` for each token. */
  sentence: number[];
  sentences: Sentence[];
}

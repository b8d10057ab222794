// Growing struct-of-arrays for the tokenizer, with the sentence bookkeeping (a token belongs to the sentence
// being built; empty sentences are never recorded).
import { TokenKind, type Sentence, type Tokens } from './tokens.ts';

// Module constants, not imported-binding accesses, in the per-token path.
const K_WORD = TokenKind.Word;
const K_NUMBER = TokenKind.Number;
const K_UNIT = TokenKind.Unit;

export const UNITS: ReadonlySet<string> = new Set([
  'mg',
  'g',
  'ug',
  'mcg',
  'iu',
  'ui',
  'ml',
  'l',
  'kg',
  'mol',
  'cl',
  'dl',
  'ui',
  'ng',
  'kcal',
  'cal',
  'gr',
  'µg',
]);

export class TokenSink {
  // Pre-sized from the text length (about one token per 5 characters) and filled by index: growing five
  // arrays by push costs more than the tokenizing itself. Trimmed in finish().
  readonly key: string[];
  readonly start: number[];
  readonly end: number[];
  readonly kind: TokenKind[];
  readonly sentence: number[];
  /** Word ids. */
  readonly word: number[];
  readonly sentences: Sentence[] = [];
  count = 0;
  /** First token of the sentence being built. */
  private sentFirst = 0;
  /** Character where the sentence being built starts (-1: not started). */
  sentStart = -1;

  constructor(readonly text: string) {
    const cap = Math.min(1 << 20, (text.length >> 2) + 8);
    this.key = new Array<string>(cap);
    this.start = new Array<number>(cap);
    this.end = new Array<number>(cap);
    this.kind = new Array<TokenKind>(cap);
    this.sentence = new Array<number>(cap);
    this.word = new Array<number>(cap);
  }

  push(id: number, key: string, start: number, end: number, kind: TokenKind): void {
    const n = this.count;
    // A unit right after a number ("5000mg", "10 000 UI") is a Unit token.
    if (
      kind === K_WORD &&
      n > 0 &&
      this.kind[n - 1] === K_NUMBER &&
      start - this.end[n - 1]! <= 1 &&
      UNITS.has(key)
    ) {
      kind = K_UNIT;
    }
    this.word[n] = id;
    this.key[n] = key;
    this.start[n] = start;
    this.end[n] = end;
    this.kind[n] = kind;
    this.sentence[n] = this.sentences.length;
    this.count = n + 1;
  }

  /** Closes the current sentence at character `end` (exclusive). */
  endSentence(end: number): void {
    if (this.count > this.sentFirst) {
      const start = this.sentStart >= 0 ? this.sentStart : this.start[this.sentFirst]!;
      this.sentences.push({
        start,
        end: Math.max(end, start),
        firstToken: this.sentFirst,
        endToken: this.count,
      });
      this.sentFirst = this.count;
    }
    this.sentStart = -1;
  }

  finish(): Tokens {
    this.endSentence(this.count > 0 ? Math.max(this.end[this.count - 1]!, trimEnd(this.text)) : 0);
    this.key.length =
      this.word.length =
      this.start.length =
      this.end.length =
      this.kind.length =
      this.sentence.length =
        this.count;
    return {
      text: this.text,
      count: this.count,
      key: this.key,
      word: this.word,
      start: this.start,
      end: this.end,
      kind: this.kind,
      sentence: this.sentence,
      sentences: this.sentences,
    };
  }
}

function trimEnd(text: string): number {
  let e = text.length;
  while (e > 0 && text.charCodeAt(e - 1) <= 32) e--;
  return e;
}

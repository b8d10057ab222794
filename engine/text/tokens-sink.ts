// Growing struct-of-arrays for the tokenizer, with the sentence bookkeeping (a token belongs to the sentence
// being built; empty sentences are never recorded).
import { TokenKind, type Sentence, type Tokens } from './tokens.ts';

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
  readonly key: string[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly kind: TokenKind[] = [];
  readonly sentence: number[] = [];
  readonly sentences: Sentence[] = [];
  count = 0;
  /** First token of the sentence being built. */
  private sentFirst = 0;
  /** Character where the sentence being built starts (-1: not started). */
  sentStart = -1;

  constructor(readonly text: string) {}

  push(key: string, start: number, end: number, kind: TokenKind): void {
    const n = this.count;
    // A unit right after a number ("5000mg", "10 000 UI") is a Unit token.
    if (
      kind === TokenKind.Word &&
      n > 0 &&
      this.kind[n - 1] === TokenKind.Number &&
      start - this.end[n - 1]! <= 1 &&
      UNITS.has(key)
    ) {
      kind = TokenKind.Unit;
    }
    this.key.push(key);
    this.start.push(start);
    this.end.push(end);
    this.kind.push(kind);
    this.sentence.push(this.sentences.length);
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
    return {
      text: this.text,
      count: this.count,
      key: this.key,
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

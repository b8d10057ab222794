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

const S_KEY: string[] = [];
const S_START: number[] = [];
const S_END: number[] = [];
const S_KIND: TokenKind[] = [];
const S_WORD: number[] = [];

/** tokenize()'s Tokens: `sentence` is built from `sentences` when first read. */
class TokenList implements Tokens {
  private sentenceCache: number[] | undefined = undefined;
  constructor(
    public text: string,
    public count: number,
    public key: string[],
    public word: number[],
    public start: number[],
    public end: number[],
    public kind: TokenKind[],
    public sentences: Sentence[],
  ) {}

  get sentence(): number[] {
    if (this.sentenceCache === undefined) {
      const out = new Array<number>(this.count).fill(-1);
      this.sentences.forEach((s, k) => out.fill(k, s.firstToken, s.endToken));
      this.sentenceCache = out;
    }
    return this.sentenceCache;
  }

  set sentence(value: number[]) {
    this.sentenceCache = value;
  }
}

export class TokenSink {
  // Module scratch arrays filled by index and reused from call to call (tokenize() never nests), copied
  // out to exact-size arrays in finish(): cheaper than allocating five arrays per text and trimming them.
  readonly key: string[];
  readonly start: number[];
  readonly end: number[];
  readonly kind: TokenKind[];
  /** Word ids. */
  readonly word: number[];
  sentences: Sentence[] = [];
  count = 0;
  /** First token of the sentence being built. */
  private sentFirst = 0;
  /** Character where the sentence being built starts (-1: not started). */
  sentStart = -1;

  constructor(public text: string) {
    this.key = S_KEY;
    this.start = S_START;
    this.end = S_END;
    this.kind = S_KIND;
    this.word = S_WORD;
  }

  /** Starts over for another text (the sink is reused: tokenize() never nests). */
  reset(text: string): void {
    this.text = text;
    this.sentences = [];
    this.count = 0;
    this.sentFirst = 0;
    this.sentStart = -1;
  }

  push(id: number, key: string, start: number, end: number, kind: TokenKind): void {
    if (kind === K_WORD) this.pushWord(id, key, start, end);
    else this.put(id, key, start, end, kind);
  }

  /** push() of a word token: a unit right after a number ("5000mg", "10 000 UI") is a Unit token. */
  pushWord(id: number, key: string, start: number, end: number): void {
    const n = this.count;
    const unit = n > 0 && this.kind[n - 1] === K_NUMBER && start - this.end[n - 1]! <= 1 && UNITS.has(key);
    this.put(id, key, start, end, unit ? K_UNIT : K_WORD);
  }

  private put(id: number, key: string, start: number, end: number, kind: TokenKind): void {
    const n = this.count;
    this.word[n] = id;
    this.key[n] = key;
    this.start[n] = start;
    this.end[n] = end;
    this.kind[n] = kind;
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
    const n = this.count;
    const tokens: Tokens = new TokenList(
      this.text,
      n,
      this.key.slice(0, n),
      this.word.slice(0, n),
      this.start.slice(0, n),
      this.end.slice(0, n),
      this.kind.slice(0, n),
      this.sentences,
    );
    // A huge text (1 MB) must not keep its scratch size for the rest of the process.
    if (this.key.length > 1 << 16) for (const a of [S_KEY, S_START, S_END, S_KIND, S_WORD]) a.length = 0;
    return tokens;
  }
}

function trimEnd(text: string): number {
  let e = text.length;
  while (e > 0 && text.charCodeAt(e - 1) <= 32) e--;
  return e;
}

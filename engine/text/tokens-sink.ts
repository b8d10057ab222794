// Growing struct-of-arrays for the tokenizer, with the sentence bookkeeping (a token belongs to the sentence
// being built; empty sentences are never recorded).
import { TokenKind, type Sentence, type Tokens } from './tokens.ts';
import { wordKey } from './words.ts';

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

const S_START: number[] = [];
const S_END: number[] = [];
const S_KIND: TokenKind[] = [];
const S_WORD: number[] = [];

/** tokenize()'s Tokens: `key` is built from `word`, `sentence` from `sentences`, when first read. */
class TokenList implements Tokens {
  private sentenceCache: number[] | undefined = undefined;
  private keyCache: string[] | undefined = undefined;
  constructor(
    public text: string,
    public count: number,
    /** The keys of the tokens without a word id (id -1: the id table was full), by token index. */
    private readonly unnamed: ReadonlyMap<number, string> | undefined,
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

  get key(): string[] {
    if (this.keyCache === undefined) {
      const { count, word, unnamed } = this;
      const out = new Array<string>(count);
      for (let i = 0; i < count; i++) {
        const id = word[i]!;
        out[i] = id >= 0 ? wordKey(id) : (unnamed?.get(i) ?? '');
      }
      this.keyCache = out;
    }
    return this.keyCache;
  }

  set key(value: string[]) {
    this.keyCache = value;
  }
}

export class TokenSink {
  // Module scratch arrays filled by index and reused from call to call (tokenize() never nests), copied
  // out to exact-size arrays in finish(): cheaper than allocating four arrays per text and trimming them.
  readonly start: number[];
  readonly end: number[];
  readonly kind: TokenKind[];
  /** Word ids. */
  readonly word: number[];
  sentences: Sentence[] = [];
  count = 0;
  /** Keys of this text's tokens without a word id (rare: the id table is full), by token index. */
  private unnamed: Map<number, string> | undefined = undefined;
  /** First token of the sentence being built. */
  private sentFirst = 0;
  /** Character where the sentence being built starts (-1: not started). */
  sentStart = -1;

  constructor(public text: string) {
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
    this.unnamed = undefined;
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
    // A word id stands for its key; without one (rare: the id table is full) the key is kept.
    if (id < 0) (this.unnamed ??= new Map()).set(n, key);
    this.start[n] = start;
    this.end[n] = end;
    this.kind[n] = kind;
    this.count = n + 1;
  }

  /** The key of token i of the text being read. */
  keyOf(i: number): string {
    const id = this.word[i]!;
    return id >= 0 ? wordKey(id) : (this.unnamed?.get(i) ?? '');
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
      this.unnamed,
      this.word.slice(0, n),
      this.start.slice(0, n),
      this.end.slice(0, n),
      this.kind.slice(0, n),
      this.sentences,
    );
    // A huge text (1 MB) must not keep its scratch size for the rest of the process.
    if (this.word.length > 1 << 16) for (const a of [S_START, S_END, S_KIND, S_WORD]) a.length = 0;
    return tokens;
  }
}

function trimEnd(text: string): number {
  let e = text.length;
  while (e > 0 && text.charCodeAt(e - 1) <= 32) e--;
  return e;
}

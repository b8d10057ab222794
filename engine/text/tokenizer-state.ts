// The tokenizer's state while it reads one text, shared by its scanners (tokenize.ts, scan-word.ts,
// scan-number.ts, emit.ts). One instance is reset per text: tokenize() never nests.
import { TokenSink } from './tokens-sink.ts';
import { copyUnits, fillUnits, SHORT_TEXT } from './units.ts';
import { cacheFor, type EmitCache } from './emit-cache.ts';

const EMPTY_UNITS = new Uint16Array(0);

export class Tokenizer {
  out = new TokenSink('');
  n = 0;
  text = '';
  spellings: ReadonlyMap<string, string> | undefined = undefined;
  cache: EmitCache = cacheFor(undefined);
  /** The text's code units (units.ts). */
  u: Uint16Array = EMPTY_UNITS;

  reset(text: string, spellings: ReadonlyMap<string, string> | undefined): void {
    this.text = text;
    this.n = text.length;
    this.out.reset(text);
    if (spellings !== this.spellings) {
      this.spellings = spellings;
      this.cache = cacheFor(spellings);
    }
    // The hot loops read the code units from one typed array (units.ts).
    this.u = text.length < SHORT_TEXT ? copyUnits(text) : fillUnits(text);
    // A sentinel after the text: no letter, it ends any word (units.ts leaves room for it).
    this.u[text.length] = 0;
  }
}

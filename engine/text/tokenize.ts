// Tokenizer: one pass over the raw text, producing folded match keys with spans into the ORIGINAL text.
// Flow: main loop classifies each character (table lookup) and dispatches to a word scanner (letters, with
// hashtags, camel case, elisions, contractions, leet digits), a number scanner (thousands separators, decimal
// comma, attached units) or sentence bookkeeping (. ! ? … and newlines, not decimals, not "Dr.").
// Keys are built in a reusable code-unit buffer and turned into a string once per token.
import * as fold from './fold.ts';
import { TokenKind, type Tokens } from './tokens.ts';
import { TokenSink } from './tokens-sink.ts';
import * as words from './words.ts';
import { fillUnits } from './units.ts';
import { ABBREVIATIONS, ELISIONS, LONE, NT_STEMS, SUFFIXES } from './word-tables.ts';
import { cacheFor, type EmitCache } from './emit-cache.ts';

const EMPTY_UNITS = new Uint16Array(0);

// Imported bindings copied into module constants once: a transpiler may turn every access to an imported
// binding into a getter call, which this per-character loop cannot afford.
const classOf = fold.classOf;
const flagsOf = fold.flagsOf;
const appendFolded = fold.appendFolded;
const LEET = fold.LEET;
const FAST_FOLD = fold.FAST_FOLD;
const digitOf = fold.digitOf;
const FLAG_UPPER = fold.FLAG_UPPER;
const FLAG_LOWER = fold.FLAG_LOWER;
const FLAG_LATIN = fold.FLAG_LATIN;
const FLAG_LOOK = fold.FLAG_LOOK;
const K_WORD = TokenKind.Word;
const K_NUMBER = TokenKind.Number;
const C_OTHER = fold.CharClass.Other;
const C_LETTER = fold.CharClass.Letter;
const C_DIGIT = fold.CharClass.Digit;
const C_SPACE = fold.CharClass.Space;
const C_NEWLINE = fold.CharClass.Newline;
const C_SENTENCEEND = fold.CharClass.SentenceEnd;
const C_APOSTROPHE = fold.CharClass.Apostrophe;
const C_SKIP = fold.CharClass.Skip;
const C_MARK = fold.CharClass.Mark;
const C_HASH = fold.CharClass.Hash;
const C_AT = fold.CharClass.At;
const C_DOLLAR = fold.CharClass.Dollar;

const BUF_SIZE = 256;
const buf = new Uint16Array(BUF_SIZE + 8);

// Keys are interned (words.ts): a key's id comes from its code units, and its string is made once per
// distinct key in the process.
const internUnits = words.internUnits;
const internString = words.internString;
const unitsToString = words.unitsToString;
const wordKey = words.wordKey;
const wordCount = words.wordCount;
const FNV_BASIS = words.FNV_BASIS;
const FNV_PRIME = words.FNV_PRIME;

/** Word id of buf[0..len) (-1: the table is full). */
function idOf(len: number): number {
  let h = FNV_BASIS;
  for (let k = 0; k < len; k++) h = Math.imul(h ^ buf[k]!, FNV_PRIME);
  return internUnits(buf, len, h);
}

/** The key string of buf[0..len). */
function keyOf(len: number): string {
  const id = idOf(len);
  return id >= 0 ? wordKey(id) : unitsToString(buf, len);
}

const ID_EQUALS = internString('=');
const ID_CANOT = internString('canot');

/** Ends of words the word scanner stops at with nothing more to do (ASCII only; others take the full path). */
const ENDS_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const cls = fold.classOf(c);
  ENDS_WORD[c] =
    cls === fold.CharClass.Other ||
    cls === fold.CharClass.Space ||
    cls === fold.CharClass.Newline ||
    cls === fold.CharClass.SentenceEnd ||
    cls === fold.CharClass.Hash
      ? 1
      : 0;
}

/** Code point at i (a lone surrogate is returned as is). */
function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

class Tokenizer {
  // One instance, reset per text (tokenize() never nests): no allocation per call.
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
    this.u = fillUnits(text);
  }

  run(): Tokens {
    const { text, n, out, u } = this;
    let i = 0;
    for (let last = -1; i < n;) {
      // Every branch moves forward; this guard makes sure no input can ever stall the loop.
      if (i <= last) i = last + 1;
      last = i;
      const c = u[i]!;
      if (c === 32) {
        i++; // a plain space: nothing to do (most characters between words)
        continue;
      }
      if (c >= 97 && c <= 122) {
        // A lower-case ASCII letter starts most words: the C_LETTER case below without the table lookup.
        if (out.sentStart < 0) out.sentStart = i;
        if ((c === 104 || c === 119) && isUrlStart(text, i)) i = this.skipTo(i, true);
        else i = this.word(i, false);
        continue;
      }
      const cp = c >= 0xd800 && c < 0xdc00 ? cpAt(text, i) : c;
      const cls = classOf(cp);
      if (out.sentStart < 0 && cls !== C_SPACE && cls !== C_NEWLINE && cls !== C_SKIP) out.sentStart = i;
      switch (cls) {
        case C_LETTER:
        case C_MARK:
          if ((c === 104 || c === 119) && isUrlStart(text, i)) i = this.skipTo(i, true);
          else i = this.word(i, false);
          continue;
        case C_DIGIT:
          i = this.number(i);
          continue;
        case C_HASH: {
          const nc = i + 1 < n ? classOf(cpAt(text, i + 1)) : C_OTHER;
          if (nc === C_LETTER) i = this.word(i + 1, true);
          else i++;
          continue;
        }
        case C_AT: {
          const nc = i + 1 < n ? classOf(cpAt(text, i + 1)) : C_OTHER;
          // A mention names an account, it says nothing: skip it.
          i = nc === C_LETTER ? this.skipTo(i + 1, false) : i + 1;
          continue;
        }
        case C_NEWLINE:
          out.endSentence(i);
          i++;
          continue;
        case C_SENTENCEEND:
          i = this.sentenceEnd(i, c);
          continue;
        default:
          // "vaccines = poison": the equals sign reads as a word, and patterns may use it ("(is|=)").
          if (c === 61) out.push(ID_EQUALS, '=', i, i + 1, K_WORD);
          i += cp > 0xffff ? 2 : 1;
      }
    }
    return out.finish();
  }

  /** Skips a URL (to the next space) or a mention (to the end of its word characters). */
  private skipTo(i: number, url: boolean): number {
    const { text, n } = this;
    while (i < n) {
      const cls = classOf(cpAt(text, i));
      if (
        url
          ? cls === C_SPACE || cls === C_NEWLINE
          : cls !== C_LETTER && cls !== C_DIGIT && text.charCodeAt(i) !== 95
      )
        break;
      i++;
    }
    // A URL's trailing punctuation belongs to the sentence ("see https://who.int.").
    if (url) while (i > 0 && ',.;:!?)'.includes(text[i - 1]!)) i--;
    return i;
  }

  private sentenceEnd(i: number, c: number): number {
    const { text, n, out } = this;
    if (c === 46) {
      // A period glued to a word or digit ("who.int", "e.g") or after an abbreviation does not end a sentence.
      const next = i + 1 < n ? classOf(cpAt(text, i + 1)) : C_SPACE;
      if (next === C_LETTER || next === C_DIGIT) return i + 1;
      const last = out.count - 1;
      if (last >= 0 && out.end[last] === i && ABBREVIATIONS.has(out.key[last]!)) return i + 1;
    }
    let j = i + 1;
    while (j < n && classOf(text.charCodeAt(j)) === C_SENTENCEEND) j++;
    // Closing quotes and brackets belong to the sentence they close.
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    out.endSentence(j);
    return j;
  }

  /** Numbers: 10 000, 5,000, 2,5, 2.5; letters glued after it start a new token (a unit: 5000mg). */
  private number(i: number): number {
    const { text, n } = this;
    const start = i;
    let len = 0;
    let group = 0;
    let grouped = false;
    let decimal = false;
    while (i < n && len < BUF_SIZE) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        buf[len++] = c;
        group++;
        i++;
        continue;
      }
      if (c > 57 && classOf(cpAt(text, i)) === C_DIGIT) {
        // Full-width and other compatibility digits (𝟏) fold to ASCII.
        const cp = cpAt(text, i);
        len = appendFolded(buf, len, cp, false);
        group++;
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      if (c >= 0xff10 && c <= 0xff19) {
        buf[len++] = c - 0xff10 + 48;
        group++;
        i++;
        continue;
      }
      const digitsAfter = countDigits(text, i + 1);
      if (c === 44 && !decimal) {
        // 5,000 (thousands) or 2,5 (decimal comma)
        if (digitsAfter === 3 && group <= 3 && (!grouped || group === 3)) {
          grouped = true;
          group = 0;
          i++;
          continue;
        }
        if (digitsAfter >= 1 && !grouped) {
          buf[len++] = 46;
          decimal = true;
          group = 0;
          i++;
          continue;
        }
        break;
      }
      if (c === 46 && !decimal && digitsAfter >= 1 && !grouped) {
        buf[len++] = 46;
        decimal = true;
        group = 0;
        i++;
        continue;
      }
      if (
        (c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009) &&
        !decimal &&
        digitsAfter === 3 &&
        group <= 3 &&
        (!grouped || group === 3)
      ) {
        // "10 000" (also with no-break spaces). "2 100mg" reads as 2100 mg: rare, and keys must tokenise
        // again to themselves.
        {
          grouped = true;
          group = 0;
          i++;
          continue;
        }
      }
      break;
    }
    if (len === 0) return start + 1; // not a number after all: never stall
    const id = idOf(len);
    this.out.push(id, id >= 0 ? wordKey(id) : unitsToString(buf, len), start, i, K_NUMBER);
    return i;
  }

  /**
   * A word starting at `s`: emits one token per piece (camel-case parts, elision and contraction parts).
   * Returns the index after the word.
   */
  private word(s: number, hashtag: boolean): number {
    const { text, n } = this;
    {
      // Fast path: a run of ASCII letters, lower case after the first, ended by the text's end or by a
      // character that ends any word (space, punctuation). The full scanner below would make the same
      // single piece; anything else (digits, capitals inside, accents, apostrophes) takes that scanner.
      let j = s;
      let len = 0;
      let h = FNV_BASIS;
      let prev = 0; // the last letter kept (a repeated letter is squeezed)
      const u = this.u;
      let c = u[j]!;
      if (c >= 65 && c <= 90) {
        c |= 32;
        buf[len++] = c;
        prev = c;
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
      }
      for (; j < n; j++) {
        c = u[j]!;
        let f = c;
        // Lower-case ASCII letters, and accented lower-case Latin letters folded to one (é -> e).
        if (c < 97 || c > 122) {
          if (c < 0xc0 || c >= 0x250 || (f = FAST_FOLD[c]!) === 0) break;
        }
        if (f !== prev) {
          buf[len++] = f;
          prev = f;
          h = Math.imul(h ^ f, FNV_PRIME);
        }
      }
      if (len > 0 && len < BUF_SIZE && (j === n || (c < 128 && ENDS_WORD[c] === 1))) {
        const id = internUnits(buf, len, h);
        // Most words are pushed as themselves (emit cache kind 1): that case without the emitId() call.
        const kinds = this.cache.kind;
        if (id >= 0 && id < kinds.length && kinds[id] === 1 && id !== ID_CANOT)
          this.out.pushWord(id, wordKey(id), s, j);
        else this.emitId(id, id >= 0 ? wordKey(id) : unitsToString(buf, len), s, j);
        return j;
      }
    }
    let len = 0;
    let pieceStart = s;
    let pieceEnd = s;
    let lastLetterAt = s;
    let hasLatin = false;
    let hasLook = false;
    let prevFlags = 0;
    let prevCls = C_OTHER;
    let afterApostrophe = false;
    let prevLeet = false; // the last digits read as letters (c0vid): no camel-case split right after them
    let i = s;
    while (i < n && len < BUF_SIZE) {
      const c0 = this.u[i]!;
      // Fast path: a lower-case ASCII letter (most characters of most posts).
      if (c0 >= 97 && c0 <= 122) {
        if (len === 0 || buf[len - 1] !== c0) buf[len++] = c0;
        hasLatin = true;
        prevFlags = FLAG_LOWER | FLAG_LATIN;
        prevCls = C_LETTER;
        lastLetterAt = i;
        pieceEnd = ++i;
        continue;
      }
      const cp = c0 >= 0xd800 && c0 < 0xdc00 ? cpAt(text, i) : c0;
      const w = cp > 0xffff ? 2 : 1;
      const cls = classOf(cp);
      if (cls === C_LETTER) {
        const flags = flagsOf(cp);
        if (flags & FLAG_UPPER && len > 0) {
          const nextFlags = i + w < n ? flagsOf(cpAt(text, i + w)) : 0;
          if (
            nextFlags & FLAG_LOWER &&
            (prevFlags & FLAG_LOWER ||
              (prevCls === C_DIGIT && !prevLeet) ||
              (hashtag && prevFlags & FLAG_UPPER))
          ) {
            this.piece(pieceStart, pieceEnd, len, hasLook && !hasLatin, afterApostrophe);
            len = 0;
            hasLatin = hasLook = false;
            pieceStart = i;
          }
        }
        if (flags & FLAG_LATIN) hasLatin = true;
        if (flags & FLAG_LOOK) hasLook = true;
        len = appendFolded(buf, len, cp, (flags & FLAG_LOOK) !== 0);
        prevFlags = flags;
        lastLetterAt = i;
      } else if (cls === C_DIGIT) {
        // The run of digits (zero-width characters inside it are skipped: "a1\u200B3a" is "a13a").
        let r = i;
        let digits = 0;
        let leet = prevCls === C_LETTER;
        while (r < n) {
          const d = cpAt(text, r);
          const dc = classOf(d);
          if (dc === C_DIGIT) {
            digits++;
            if (LEET[digitOf(d)] === undefined) leet = false;
          } else if (dc !== C_SKIP) break;
          r += d > 0xffff ? 2 : 1;
        }
        leet = leet && digits <= 3 && r < n && classOf(cpAt(text, r)) === C_LETTER;
        prevLeet = leet;
        if (leet) hasLatin = true;
        for (let k = i; k < r && len < BUF_SIZE;) {
          const d = cpAt(text, k);
          if (classOf(d) === C_DIGIT) {
            if (leet) {
              const l = LEET[digitOf(d)]!;
              if (len === 0 || buf[len - 1] !== l) buf[len++] = l;
            } else len = appendFolded(buf, len, d, false);
          }
          k += d > 0xffff ? 2 : 1;
        }
        prevFlags = 0;
        prevCls = C_DIGIT;
        pieceEnd = r;
        i = r;
        continue;
      } else if (cls === C_MARK) {
        len = appendFolded(buf, len, cp, false);
      } else if (cls === C_SKIP) {
        i += w;
        continue;
      } else if (
        (cls === C_AT || cls === C_DOLLAR) &&
        prevCls === C_LETTER &&
        i + 1 < n &&
        classOf(cpAt(text, i + 1)) === C_LETTER &&
        (flagsOf(cpAt(text, i + 1)) & FLAG_UPPER) === 0
      ) {
        const l = LEET[cp]!;
        if (len === 0 || buf[len - 1] !== l) buf[len++] = l;
        hasLatin = true;
      } else if (
        cls === C_APOSTROPHE &&
        prevCls === C_LETTER &&
        i + 1 < n &&
        classOf(cpAt(text, i + 1)) === C_LETTER
      ) {
        // A Cyrillic or Greek piece is not a French elision (М’ is not m').
        const before = hasLook && !hasLatin ? refold(text, pieceStart, i) : keyOf(len);
        const c1 = text.charCodeAt(i + 1) | 32;
        const c2 = i + 2 < n ? classOf(cpAt(text, i + 2)) : C_OTHER;
        if (
          c1 === 116 &&
          c2 !== C_LETTER &&
          before.length > 1 &&
          before.charCodeAt(before.length - 1) === 110
        ) {
          // English "n't": does + not; the "not" token spans "n't".
          const stem = before.slice(0, -1);
          this.piece(pieceStart, lastLetterAt, 0, false, false, NT_STEMS.get(stem) ?? stem);
          this.piece(lastLetterAt, i + 2, 0, false, false, 'not');
          return i + 2;
        }
        const elided = afterApostrophe ? undefined : ELISIONS.get(before);
        if (elided !== undefined) this.piece(pieceStart, i + 1, 0, false, false, elided);
        else this.piece(pieceStart, pieceEnd, len, hasLook && !hasLatin, afterApostrophe);
        len = 0;
        hasLatin = hasLook = false;
        pieceStart = i + 1;
        afterApostrophe = true;
        prevCls = C_APOSTROPHE;
        prevFlags = 0;
        i += 1;
        continue;
      } else break;
      prevCls = cls === C_MARK ? prevCls : cls;
      i += w;
      pieceEnd = i;
    }
    this.piece(pieceStart, pieceEnd, len, hasLook && !hasLatin, afterApostrophe);
    // A word longer than the buffer: skip the rest of it rather than cut it into fake words.
    while (i < n && len >= BUF_SIZE) {
      const cls = classOf(cpAt(text, i));
      if (cls !== C_LETTER && cls !== C_DIGIT && cls !== C_MARK) break;
      i++;
    }
    return i;
  }

  /** Emits one piece of a word: its key from the buffer (or `forceKey`), refolded or suffix-mapped. */
  private piece(
    start: number,
    end: number,
    len: number,
    refoldIt: boolean,
    suffix: boolean,
    forceKey?: string,
  ): void {
    if (len === 0 && forceKey === undefined) return;
    if (forceKey === undefined && !refoldIt && !suffix) {
      const id = idOf(len);
      this.emitId(id, id >= 0 ? wordKey(id) : unitsToString(buf, len), start, end);
      return;
    }
    let key = forceKey ?? keyOf(len);
    if (forceKey === undefined) {
      if (refoldIt) key = refold(this.text, start, end);
      if (suffix) key = SUFFIXES.get(key) ?? key;
    }
    this.emit(key, start, end);
  }

  /** Pushes a word token, applying the slang spelling table ("vax" -> "vaccine"). */
  private emit(key: string, start: number, end: number): void {
    this.emitId(internString(key), key, start, end);
  }

  /** emit() for a key whose word id is known (-1: not interned): the spelling answer is cached per id. */
  private emitId(id: number, key: string, start: number, end: number): void {
    if (id === ID_CANOT && this.text.slice(start, end).toLowerCase() === 'cannot') {
      // "cannot" reads as "can not"
      this.out.push(internString('can'), 'can', start, start + 3, K_WORD);
      this.out.push(internString('not'), 'not', start + 3, end, K_WORD);
      return;
    }
    if (id < 0) {
      for (const part of this.spelled(key)) this.out.push(internString(part), part, start, end, K_WORD);
      return;
    }
    const cache = this.cache;
    if (id >= cache.kind.length) {
      const k = new Uint8Array(Math.max(2 * cache.kind.length, wordCount()));
      k.set(cache.kind);
      cache.kind = k;
    }
    let kind = cache.kind[id]!;
    if (kind === 0) {
      const parts = this.spelled(key);
      if (parts.length === 1 && parts[0] === key) kind = 1;
      else {
        const ids = Int32Array.from(parts, internString);
        if (ids.includes(-1)) {
          for (const part of parts) this.out.push(internString(part), part, start, end, K_WORD);
          return;
        }
        cache.parts[id] = ids;
        kind = 2;
      }
      cache.kind[id] = kind;
    }
    if (kind === 1) {
      this.out.push(id, key, start, end, K_WORD);
      return;
    }
    const ids = cache.parts[id]!;
    for (let k = 0; k < ids.length; k++) this.out.push(ids[k]!, wordKey(ids[k]!), start, end, K_WORD);
  }

  /** The keys a word's key is pushed as: its lone-letter form, then its spelling's words. */
  private spelled(key: string): string[] {
    if (key.length <= 2) key = LONE.get(key) ?? key;
    const spelled = this.spellings?.get(key);
    if (spelled === undefined) return [key];
    return spelled.split(' ').filter((part) => part !== '');
  }
}

function countDigits(text: string, i: number): number {
  let k = 0;
  while (i + k < text.length) {
    const c = text.charCodeAt(i + k);
    if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19))) break;
    k++;
  }
  return k;
}

function isUrlStart(text: string, i: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

function isCloser(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0xbb ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x2a
  );
}

/** Key of a non-Latin word that holds Cyrillic/Greek letters: no look-alike mapping (slow path, rare). */
function refold(text: string, s: number, e: number): string {
  const local = new Uint16Array(BUF_SIZE + 8);
  let len = 0;
  for (let i = s; i < e && len < BUF_SIZE;) {
    const cp = cpAt(text, i);
    const cls = classOf(cp);
    if (cls === C_LETTER || cls === C_MARK) len = appendFolded(local, len, cp, false);
    else if (cls === C_DIGIT) len = appendFolded(local, len, cp, false);
    i += cp > 0xffff ? 2 : 1;
  }
  return String.fromCharCode.apply(null, local.subarray(0, len) as unknown as number[]);
}

/**
 * Splits `text` into folded tokens and sentences. Never throws; `spellings` maps folded keys to their
 * canonical folded spelling (see foldSpellings).
 */
export function tokenize(text: string, spellings?: ReadonlyMap<string, string>): Tokens {
  TOKENIZER.reset(typeof text === 'string' ? text : String(text ?? ''), spellings);
  return TOKENIZER.run();
}

const TOKENIZER = new Tokenizer();

/** Folds a spelling table's both sides with the tokenizer's own folding. */
export function foldSpellings(table: Readonly<Record<string, string>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(table)) {
    const fromKeys = tokenize(from).key;
    const toKeys = tokenize(to).key;
    if (fromKeys.length === 1 && toKeys.length > 0 && fromKeys[0] !== toKeys.join(' '))
      map.set(fromKeys[0]!, toKeys.join(' '));
  }
  return map;
}

/** The folded keys of a short text, joined by spaces ("L'Huile" -> "l huile"). */
export function foldText(text: string, spellings?: ReadonlyMap<string, string>): string {
  return tokenize(text, spellings).key.join(' ');
}

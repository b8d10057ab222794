// Per-character folding tables for the tokenizer.
// Each code unit is classified once (lazily) and its folded form cached, so the tokenizer's hot loop is a
// table lookup per character: no regular expression and no string allocation per character.
// Folding = NFKC (full-width letters, ligatures, math letters), lower case, accents removed, a few letters
// spelled out (œ -> oe, ß -> ss), and Cyrillic/Greek look-alikes mapped to Latin (used only inside words that
// also hold Latin letters; the tokenizer decides).

export const enum CharClass {
  Other = 0, // punctuation, symbols, emoji: separates words
  Letter = 1,
  Digit = 2, // ASCII digit after folding (full-width digits included)
  Space = 3,
  Newline = 4,
  SentenceEnd = 5, // . ! ? … and their full-width forms
  Apostrophe = 6,
  Skip = 7, // zero-width characters and soft hyphen: invisible, never split a word
  Mark = 8, // combining mark: part of the word; accents fold to nothing
  Hash = 9,
  At = 10,
  Dollar = 11,
}

export const FLAG_UPPER = 1;
export const FLAG_LOWER = 2;
export const FLAG_LATIN = 4; // folds to a Latin letter a-z
export const FLAG_LOOK = 8; // a Cyrillic/Greek look-alike of a Latin letter

interface CharInfo {
  cls: CharClass;
  flags: number;
  /** Folded form: '' for nothing. */
  fold: string;
  /** Latin letter this character looks like, when FLAG_LOOK. */
  look: string;
}

// Look-alikes keyed by the LOWER-CASE folded letter, so a key folds again to itself (А and а both -> a).
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ь: 'b',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
};

// Letters that NFKD leaves alone but a reader sees as Latin letters (or pairs).
const SPELLED: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  þ: 'th',
  ŀ: 'l',
};

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x034f]);
const NEWLINES = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const SENTENCE_ENDS = new Set([
  0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0xff0e, 0x061f, 0x203c, 0x2049, 0x2047, 0x2048,
]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x02bc]);
// Combining marks that are accents on Latin letters (removed); other scripts' marks are kept.
const isAccentMark = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);

const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_SPACE = /\s/u;
const RE_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Latin letters (Basic Latin to Latin Extended-B, IPA, Latin Extended Additional). */
const isLatin = (c: number) => c < 0x2b0 || (c >= 0x1e00 && c < 0x1f00);

function foldLetters(s: string): string {
  // Decompose, drop accents on Latin letters (other scripts keep theirs: й is not и) and anything that is
  // not a letter, mark or digit (Ŀ -> L·), spell out the letters readers see as Latin (ǽ -> æ -> ae), then
  // recompose (Hangul stays in syllables).
  let out = '';
  let latinBase = false;
  for (const ch of s.toLowerCase().normalize('NFD')) {
    const c = ch.codePointAt(0)!;
    if (!RE_WORD_CHAR.test(ch) || APOSTROPHES.has(c)) continue;
    if (RE_MARK.test(ch)) {
      // A mark with no letter before it (ͺ -> " ͅ") would not survive tokenising the key again.
      if (out === '' || (latinBase && isAccentMark(c))) continue;
    } else latinBase = isLatin(ch.codePointAt(0)!);
    out += SPELLED[ch] ?? ch;
  }
  return out.normalize('NFC');
}

function computeInfo(cp: number): CharInfo {
  const ch = String.fromCodePoint(cp);
  const info: CharInfo = { cls: CharClass.Other, flags: 0, fold: '', look: '' };
  if (ZERO_WIDTH.has(cp)) info.cls = CharClass.Skip;
  else if (NEWLINES.has(cp)) info.cls = CharClass.Newline;
  else if (SENTENCE_ENDS.has(cp)) info.cls = CharClass.SentenceEnd;
  else if (APOSTROPHES.has(cp)) info.cls = CharClass.Apostrophe;
  else if (cp === 0x23 || cp === 0xff03) info.cls = CharClass.Hash;
  else if (cp === 0x40) info.cls = CharClass.At;
  else if (cp === 0x24) info.cls = CharClass.Dollar;
  else if (RE_SPACE.test(ch)) info.cls = CharClass.Space;
  else if (RE_MARK.test(ch)) {
    info.cls = CharClass.Mark;
    info.fold = isAccentMark(cp) ? '' : ch;
  } else {
    const nfkc = ch.normalize('NFKC');
    if (RE_DIGIT.test(ch)) {
      // Full-width digits fold to ASCII; other scripts' digits stay word characters of their script.
      if (/^[0-9]$/.test(nfkc)) {
        info.cls = CharClass.Digit;
        info.fold = nfkc;
      } else {
        info.cls = CharClass.Letter;
        info.fold = ch;
      }
    } else if (RE_LETTER.test(ch) || (nfkc !== ch && /^\p{L}+$/u.test(nfkc))) {
      // Letters, and compatibility characters whose NFKC form is letters (㎎ -> mg, ﬁ -> fi). A form with
      // digits or spaces in it (㍘ -> 0点) is not used: the key must read the same when tokenised again.
      info.cls = CharClass.Letter;
      info.fold = foldLetters(nfkc);
      if (/[0-9]/.test(info.fold) || info.fold === '') info.fold = ch.toLowerCase();
      // A compatibility form with Latin letters (㎂ -> μa) gets its look-alikes mapped now, as the key
      // would be when tokenised again.
      if (info.fold.length > 1 && /[a-z]/.test(info.fold))
        info.fold = [...info.fold].map((x) => LOOKALIKES[x] ?? x).join('');
      if (ch !== ch.toLowerCase()) info.flags |= FLAG_UPPER;
      if (ch !== ch.toUpperCase()) info.flags |= FLAG_LOWER;
      if (/^[a-z0-9]+$/.test(info.fold)) info.flags |= FLAG_LATIN;
      const look = LOOKALIKES[info.fold];
      if (look !== undefined) {
        info.flags |= FLAG_LOOK;
        info.look = look;
      }
    }
  }
  return info;
}

// Dense tables for the BMP below U+3000 (Latin, Greek, Cyrillic, punctuation); a cache for the rest.
const DENSE = 0x3000;
const CLS = new Uint8Array(DENSE).fill(255);
const FLAGS = new Uint8Array(DENSE);
/** Single-code fold (0 = none or multi-code); MULTI holds the others. */
const FOLD1 = new Uint16Array(DENSE);
const MULTI = new Map<number, string>();
const LOOK1 = new Uint16Array(DENSE);
const SPARSE = new Map<number, CharInfo>();

function fill(cp: number): void {
  const info = computeInfo(cp);
  CLS[cp] = info.cls;
  FLAGS[cp] = info.flags;
  if (info.fold.length === 1) FOLD1[cp] = info.fold.charCodeAt(0);
  else if (info.fold.length > 1) MULTI.set(cp, info.fold);
  if (info.look) LOOK1[cp] = info.look.charCodeAt(0);
}
for (let c = 0; c < 0x250; c++) fill(c);

/**
 * For the tokenizer's word fast path: the letter a lower-case Latin letter below U+0250 folds to (a -> a,
 * é -> e, ç -> c), 0 for any other code unit. These letters never split a word, and their fold is that one
 * ASCII letter, so the fast path folds them as the full scanner would (multi-letter folds such as œ take
 * that scanner).
 */
export const FAST_FOLD = new Uint16Array(0x250);
for (let c = 97; c <= 122; c++) FAST_FOLD[c] = c;
for (let c = 0x80; c < 0x250; c++) {
  const f = FOLD1[c]!;
  if (
    CLS[c] === CharClass.Letter &&
    (FLAGS[c]! & (FLAG_LOWER | FLAG_UPPER | FLAG_LOOK)) === FLAG_LOWER &&
    f >= 97 &&
    f <= 122 &&
    !MULTI.has(c)
  )
    FAST_FOLD[c] = f;
}

function sparse(cp: number): CharInfo {
  let info = SPARSE.get(cp);
  if (info === undefined) {
    info = computeInfo(cp);
    if (SPARSE.size < 20000) SPARSE.set(cp, info);
  }
  return info;
}

/** Class of a code point (any plane). */
export function classOf(cp: number): CharClass {
  if (cp < DENSE) {
    let c = CLS[cp]!;
    if (c === 255) {
      fill(cp);
      c = CLS[cp]!;
    }
    return c as CharClass;
  }
  return sparse(cp).cls;
}

export function flagsOf(cp: number): number {
  if (cp < DENSE) {
    if (CLS[cp] === 255) fill(cp);
    return FLAGS[cp]!;
  }
  return sparse(cp).flags;
}

/**
 * Appends the folded code units of `cp` to `buf` at `len`, squeezing a repeated letter; returns the new length.
 * `look` maps look-alikes to Latin. The buffer must have room for 4 more units.
 */
export function appendFolded(buf: Uint16Array, len: number, cp: number, look: boolean): number {
  let single = 0;
  let multi: string | undefined;
  if (cp < DENSE) {
    if (CLS[cp] === 255) fill(cp);
    single = look && LOOK1[cp] !== 0 ? LOOK1[cp]! : FOLD1[cp]!;
    if (single === 0) multi = MULTI.get(cp);
  } else {
    const info = sparse(cp);
    multi = look && info.look ? info.look : info.fold;
  }
  if (single !== 0) {
    if (len > 0 && buf[len - 1] === single && !isDigitCode(single)) return len;
    buf[len] = single;
    return len + 1;
  }
  if (multi === undefined) return len;
  for (let k = 0; k < multi.length; k++) {
    const u = multi.charCodeAt(k);
    if (len > 0 && buf[len - 1] === u && !isDigitCode(u)) continue;
    if (len < buf.length) buf[len++] = u;
  }
  return len;
}

/** The ASCII digit (code) a Digit-class code point folds to. */
export function digitOf(cp: number): number {
  if (cp < 128) return cp;
  if (cp < DENSE) {
    if (CLS[cp] === 255) fill(cp);
    return FOLD1[cp]!;
  }
  return sparse(cp).fold.charCodeAt(0);
}

export function isDigitCode(u: number): boolean {
  return u >= 48 && u <= 57;
}

/** Leet digits and symbols inside words: c0vid, v4ccine, d3tox, v@ccine, ca$h. */
export const LEET: Record<number, number> = {
  48: 111,
  49: 105,
  51: 101,
  52: 97,
  53: 115,
  55: 116,
  64: 97,
  36: 115,
};

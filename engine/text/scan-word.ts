// The word scanner: letters, with hashtags, camel case, elisions and contractions, look-alike letters and
// leet digits. A fast path takes the plain words (lower-case letters, a first capital, accents folding to
// one letter); the full scanner everything else.
import * as fold from './fold.ts';
import * as words from './words.ts';
import { ELISIONS, NT_STEMS, SUFFIXES } from './word-tables.ts';
import * as kb from './key-buffer.ts';
import * as emitter from './emit.ts';
import type { Tokenizer } from './tokenizer-state.ts';

const emit = emitter.emit;
const emitId = emitter.emitId;
const ID_CANOT = emitter.ID_CANOT;
const BUF_SIZE = kb.BUF_SIZE;
const buf = kb.buf;
const cpAt = kb.cpAt;
const idOf = kb.idOf;
const keyOf = kb.keyOf;
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
const C_OTHER = fold.CharClass.Other;
const C_LETTER = fold.CharClass.Letter;
const C_DIGIT = fold.CharClass.Digit;
const C_APOSTROPHE = fold.CharClass.Apostrophe;
const C_SKIP = fold.CharClass.Skip;
const C_MARK = fold.CharClass.Mark;
const C_AT = fold.CharClass.At;
const C_DOLLAR = fold.CharClass.Dollar;
const internUnits = words.internUnits;
const findShort = words.findShort;
const unitsToString = words.unitsToString;
const wordKey = words.wordKey;
const FNV_BASIS = words.FNV_BASIS;
const FNV_PRIME = words.FNV_PRIME;

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

/**
 * The fast path of word(): a run of lower-case letters (accents folding to one letter) after an optional
 * ASCII capital, ended by the text's end or by a character that ends any word (space, punctuation). The full
 * scanner would make the same single piece; anything else (digits, capitals inside, apostrophes) returns -1
 * for that scanner. Returns the index after the word when it pushed it.
 */
export function plainWord(st: Tokenizer, s: number): number {
  let j = s;
  let len = 0;
  let h = FNV_BASIS;
  let prev = 0; // the last letter kept (a repeated letter is squeezed)
  const u = st.u;
  let c = u[j]!;
  if (c >= 65 && c <= 90) {
    c |= 32;
    buf[len++] = c;
    prev = c;
    h = Math.imul(h ^ c, FNV_PRIME);
    j++;
  }
  // Lower-case letters, accented ones folded to one (é -> e); the sentinel after the text (0) stops it.
  for (;;) {
    c = u[j]!;
    const f = c < 0x250 ? FAST_FOLD[c]! : 0;
    if (f === 0) break;
    if (f !== prev) {
      buf[len++] = f;
      prev = f;
      h = Math.imul(h ^ f, FNV_PRIME);
    }
    j++;
  }
  // The text's end reads as the sentinel 0, which ends words like any ENDS_WORD character.
  if (len > 0 && len < BUF_SIZE && c < 128 && ENDS_WORD[c] === 1) {
    buf[len] = 0; // findShort() compares two units at a time
    let id = findShort(buf, len, h);
    if (id === -2) id = internUnits(buf, len, h);
    // Most words are pushed as themselves (emit cache kind 1): that case without the emitId() call.
    const kinds = st.cache.kind;
    if (id >= 0 && id < kinds.length && kinds[id] === 1 && id !== ID_CANOT)
      st.out.pushWord(id, wordKey(id), s, j);
    else emitId(st, id, id >= 0 ? wordKey(id) : unitsToString(buf, len), s, j);
    return j;
  }
  return -1;
}

/**
 * A word starting at `s`: emits one token per piece (camel-case parts, elision and contraction parts).
 * Returns the index after the word.
 */
export function word(st: Tokenizer, s: number, hashtag: boolean): number {
  const plain = plainWord(st, s);
  return plain >= 0 ? plain : fullWord(st, s, hashtag);
}

/** word() past its fast path: any word. */
export function fullWord(st: Tokenizer, s: number, hashtag: boolean): number {
  const { text, n } = st;
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
    const c0 = st.u[i]!;
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
          piece(st, pieceStart, pieceEnd, len, hasLook && !hasLatin, afterApostrophe);
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
        piece(st, pieceStart, lastLetterAt, 0, false, false, NT_STEMS.get(stem) ?? stem);
        piece(st, lastLetterAt, i + 2, 0, false, false, 'not');
        return i + 2;
      }
      const elided = afterApostrophe ? undefined : ELISIONS.get(before);
      if (elided !== undefined) piece(st, pieceStart, i + 1, 0, false, false, elided);
      else piece(st, pieceStart, pieceEnd, len, hasLook && !hasLatin, afterApostrophe);
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
  piece(st, pieceStart, pieceEnd, len, hasLook && !hasLatin, afterApostrophe);
  // A word longer than the buffer: skip the rest of it rather than cut it into fake words.
  while (i < n && len >= BUF_SIZE) {
    const cls = classOf(cpAt(text, i));
    if (cls !== C_LETTER && cls !== C_DIGIT && cls !== C_MARK) break;
    i++;
  }
  return i;
}

/** Emits one piece of a word: its key from the buffer (or `forceKey`), refolded or suffix-mapped. */
function piece(
  st: Tokenizer,
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
    emitId(st, id, id >= 0 ? wordKey(id) : unitsToString(buf, len), start, end);
    return;
  }
  let key = forceKey ?? keyOf(len);
  if (forceKey === undefined) {
    if (refoldIt) key = refold(st.text, start, end);
    if (suffix) key = SUFFIXES.get(key) ?? key;
  }
  emit(st, key, start, end);
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

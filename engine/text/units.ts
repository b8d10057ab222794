// The code units of the text being tokenised, copied once into a typed array, with what language
// detection needs from the same pass: the ASCII letters and where the other characters are (one pass over
// the characters instead of two). charCodeAt is slow wherever strings of several representations (flat,
// concatenated, sliced, one- or two-byte) reach one call site, as they do in an engine that also
// tokenises its patterns; after the copy every reader reads the typed array.

/** Language detection reads the first LETTER_LIMIT code units of a post. */
export const LETTER_LIMIT = 50_000;

let U = new Uint16Array(1024);
let NA = new Int32Array(256);
let unitsText: string | undefined;
let naCount = 0;
let asciiLetters = 0;

/** Copies `text` into the shared buffer (valid until the next call) and returns it. */
export function copyUnits(text: string): Uint16Array {
  const n = text.length;
  // Room for a sentinel after the text (the tokenizer's loops stop at it).
  if (U.length < n + 4) U = new Uint16Array(Math.max(2 * U.length, n + 4));
  const lim = n < LETTER_LIMIT ? n : LETTER_LIMIT;
  if (NA.length < lim) NA = new Int32Array(Math.max(2 * NA.length, lim));
  const u = U;
  const na = NA;
  let letters = 0;
  let m = 0;
  let k = 0;
  for (; k < lim; k++) {
    const c = text.charCodeAt(k);
    u[k] = c;
    if (c >= 128) na[m++] = k;
    else if (((c | 32) - 97) >>> 0 < 26) letters++;
  }
  for (; k < n; k++) u[k] = text.charCodeAt(k);
  unitsText = text;
  naCount = m;
  asciiLetters = letters;
  return u;
}

// Bulk path: TextEncoder.encodeInto writes the text as UTF-8 in native code (fast for mostly-ASCII text),
// and the loop below turns those bytes into code units: an ASCII byte is its own code unit, and for each
// other character only its lead byte is looked at (its length) while its code units are read from the text
// itself (so a lone surrogate, which UTF-8 writes as U+FFFD, still reads as itself). Reading a typed array
// is several times faster than charCodeAt on a string of unknown representation.
const ENCODER = new TextEncoder();
let B = new Uint8Array(4096);
let B32 = new Int32Array(B.buffer);
/** 1 for the ASCII letters a-z, A-Z: counted without a branch. */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER[c] = ((c | 32) - 97) >>> 0 < 26 ? 1 : 0;

/**
 * Below this many units the native call of fillUnits() costs more than it saves: a comment-sized text (~50
 * units) copied by charCodeAt took a third to half the time of encodeInto in Chromium (1,250 texts: 0.3-0.9
 * against 0.6-2.0 ms), the same in Node. The caller picks (tokenizer-state.ts): fillUnits() never sees them,
 * so V8 does not optimise it on short texts only and throw that code away at the first long one.
 */
export const SHORT_TEXT = 256;

/** copyUnits(), faster: the same buffer, counts and positions. */
export function fillUnits(text: string): Uint16Array {
  const n = text.length;
  // Past the letter limit the counts stop partway: the plain copy handles that (and tiny texts).
  if (n > LETTER_LIMIT || n < 16) return copyUnits(text);
  if (U.length < n + 4) U = new Uint16Array(Math.max(2 * U.length, n + 4));
  if (NA.length < n) NA = new Int32Array(Math.max(2 * NA.length, n));
  // UTF-8 takes at most 3 bytes per UTF-16 code unit (+ 4 zero bytes after the text, see below).
  if (B.length < 3 * n + 4) {
    // A multiple of 4 bytes: the Int32 view covers all of it.
    B = new Uint8Array((Math.max(2 * B.length, 3 * n + 4) + 3) & ~3);
    B32 = new Int32Array(B.buffer);
  }
  const written = ENCODER.encodeInto(text, B).written;
  const u = U;
  const na = NA;
  const b8 = B;
  const b32 = B32;
  // Four bytes at a time may read past the text: zeros there are no letters, and their units land past n.
  b8[written] = b8[written + 1] = b8[written + 2] = b8[written + 3] = 0;
  let letters = 0;
  let m = 0;
  let i = 0;
  let b = 0;
  while (b < written) {
    if ((b & 3) === 0) {
      const x = b32[b >> 2]!;
      if ((x & 0x80808080) === 0) {
        // Four ASCII bytes: their units, and their letters counted in parallel (SWAR): per byte,
        // y = x | 0x20 is a lower-case letter when 0x61 <= y <= 0x7a, i.e. y + 0x1f sets bit 7 and
        // y + 0x05 does not (no byte carries into the next, all being below 0x80).
        u[i] = x & 0xff;
        u[i + 1] = (x >>> 8) & 0xff;
        u[i + 2] = (x >>> 16) & 0xff;
        u[i + 3] = x >>> 24;
        const y = x | 0x20202020;
        const l = (y + 0x1f1f1f1f) & ~(y + 0x05050505) & 0x80808080;
        letters += Math.imul(l >>> 7, 0x01010101) >>> 24;
        b += 4;
        i += 4;
        continue;
      }
    }
    const c = b8[b]!;
    if (c < 128) {
      u[i++] = c;
      letters += ASCII_LETTER[c]!;
      b++;
      continue;
    }
    // A lead byte: 4 bytes are a surrogate pair (two code units), 2 or 3 bytes one code unit.
    u[i] = text.charCodeAt(i);
    na[m++] = i;
    if (c >= 0xf0) {
      i++;
      u[i] = text.charCodeAt(i);
      na[m++] = i;
      b += 4;
    } else b += c >= 0xe0 ? 3 : 2;
    i++;
  }
  unitsText = text;
  naCount = m;
  asciiLetters = letters;
  return u;
}

/** What the last copyUnits() saw, when it was of this text (else undefined). */
export interface LetterScan {
  units: Uint16Array;
  /** ASCII letters (a-z, A-Z) among the first min(length, LETTER_LIMIT) code units. */
  asciiLetters: number;
  /** Positions of the code units >= 128 among those, ascending: nonAscii[0..nonAsciiCount). */
  nonAscii: Int32Array;
  nonAsciiCount: number;
}

export function letterScanOf(text: string): LetterScan | undefined {
  if (text !== unitsText || text.length > U.length) return undefined;
  return { units: U, asciiLetters, nonAscii: NA, nonAsciiCount: naCount };
}

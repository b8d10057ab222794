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
  if (U.length < n) U = new Uint16Array(Math.max(2 * U.length, n));
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

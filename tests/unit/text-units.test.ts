import { describe, expect, it } from 'vitest';
import { copyUnits, fillUnits, letterScanOf } from '../../engine/text/units.ts';

/** What letterScanOf() reports after `fill`, as plain values. */
function scan(text: string, fill: (t: string) => Uint16Array) {
  fill(text);
  const s = letterScanOf(text)!;
  return {
    units: Array.from(s.units.subarray(0, text.length)),
    letters: s.asciiLetters,
    nonAscii: Array.from(s.nonAscii.subarray(0, s.nonAsciiCount)),
  };
}

// Random texts mixing ASCII, accents, emoji (surrogate pairs), lone surrogates and 3-byte characters.
const PIECES = ['a', 'Z', ' ', '.', '9', 'é', 'œ', '€', '…', '😀', '\ud800', '\udc00', 'ｖ', '\u200b', 'x'];
function random(seed: number, len: number): string {
  let x = seed;
  let s = '';
  while (s.length < len) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += PIECES[x % PIECES.length];
  }
  return s;
}

describe('fillUnits', () => {
  it('gives the same units, letter count and non-ASCII positions as copyUnits', () => {
    for (let seed = 1; seed < 400; seed++) {
      const text = random(seed, seed % 97);
      expect(scan(text, fillUnits)).toEqual(scan(text, copyUnits));
    }
  });
  it('copies long ASCII runs between rare other characters', () => {
    for (let seed = 1; seed < 200; seed++) {
      // Mostly ASCII (the runs fillUnits copies in bulk), a non-ASCII piece about one time in twelve.
      let x = seed;
      let text = '';
      while (text.length < (seed * 7) % 400) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        text += x % 12 === 0 ? PIECES[(x >>> 8) % PIECES.length] : String.fromCharCode(32 + ((x >>> 4) % 95));
      }
      expect(scan(text, fillUnits)).toEqual(scan(text, copyUnits));
    }
  });
  it('grows its buffers for longer texts', () => {
    for (const len of [1500, 4099, 20_001, 49_999]) {
      const text = random(len, len);
      expect(scan(text, fillUnits)).toEqual(scan(text, copyUnits));
    }
  });
  it('handles texts past the letter limit', () => {
    const text = 'é😀ab '.repeat(12_000);
    expect(scan(text, fillUnits)).toEqual(scan(text, copyUnits));
  });
});

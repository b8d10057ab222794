// The tokenizer's key buffer: the scanners build a key's folded code units here, then turn them into a word
// id (words.ts) or a string. Also the code-point reader the scanners share.
import * as words from './words.ts';

export const BUF_SIZE = 256;
export const buf = new Uint16Array(BUF_SIZE + 8);

// Imported bindings copied into module constants once: a transpiler may turn every access to an imported
// binding into a getter call, which the per-character loops cannot afford.
const internUnits = words.internUnits;
const unitsToString = words.unitsToString;
const wordKey = words.wordKey;
const FNV_BASIS = words.FNV_BASIS;
const FNV_PRIME = words.FNV_PRIME;

/** Word id of buf[0..len) (-1: the table is full). */
export function idOf(len: number): number {
  let h = FNV_BASIS;
  for (let k = 0; k < len; k++) h = Math.imul(h ^ buf[k]!, FNV_PRIME);
  return internUnits(buf, len, h);
}

/** The key string of buf[0..len). */
export function keyOf(len: number): string {
  const id = idOf(len);
  return id >= 0 ? wordKey(id) : unitsToString(buf, len);
}

/** Code point at i (a lone surrogate is returned as is). */
export function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

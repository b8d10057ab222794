// The number scanner: 10 000, 5,000, 2,5, 2.5 and full-width or other compatibility digits, folded to
// ASCII digits with a period for the decimal mark.
import * as fold from './fold.ts';
import { TokenKind } from './tokens.ts';
import * as words from './words.ts';
import * as kb from './key-buffer.ts';
import type { Tokenizer } from './tokenizer-state.ts';

const BUF_SIZE = kb.BUF_SIZE;
const buf = kb.buf;
const cpAt = kb.cpAt;
const idOf = kb.idOf;
const classOf = fold.classOf;
const appendFolded = fold.appendFolded;
const C_DIGIT = fold.CharClass.Digit;
const K_NUMBER = TokenKind.Number;
const wordKey = words.wordKey;
const unitsToString = words.unitsToString;

/** Numbers: 10 000, 5,000, 2,5, 2.5; letters glued after it start a new token (a unit: 5000mg). */
export function number(st: Tokenizer, i: number): number {
  const { text, n, u } = st;
  const start = i;
  let len = 0;
  let group = 0;
  let grouped = false;
  let decimal = false;
  while (i < n && len < BUF_SIZE) {
    const c = u[i]!;
    if (c >= 48 && c <= 57) {
      buf[len++] = c;
      group++;
      i++;
      continue;
    }
    if (c > 57 && classOf(c >= 0xd800 && c < 0xdc00 ? cpAt(text, i) : c) === C_DIGIT) {
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
    const digitsAfter = countDigits(u, i + 1);
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
  st.out.push(id, id >= 0 ? wordKey(id) : unitsToString(buf, len), start, i, K_NUMBER);
  return i;
}

/** Digits (ASCII or full-width) from i on; u[n] is a 0 sentinel (units.ts), which ends the run. */
function countDigits(u: Uint16Array, i: number): number {
  let k = i;
  for (;;) {
    const c = u[k]!;
    if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19))) break;
    k++;
  }
  return k - i;
}

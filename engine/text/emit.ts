// Pushing a word token: the lone-letter and slang-spelling forms ("vax" -> "vaccine"), answered once per
// word id and spelling table (emit-cache.ts), and "cannot" read as "can not".
import { TokenKind } from './tokens.ts';
import * as words from './words.ts';
import { LONE } from './word-tables.ts';
import type { Tokenizer } from './tokenizer-state.ts';

const internString = words.internString;
const wordKey = words.wordKey;
const wordCount = words.wordCount;
const K_WORD = TokenKind.Word;

export const ID_CANOT = internString('canot');

/** Pushes a word token, applying the slang spelling table ("vax" -> "vaccine"). */
export function emit(st: Tokenizer, key: string, start: number, end: number): void {
  emitId(st, internString(key), key, start, end);
}

/** emit() for a key whose word id is known (-1: not interned): the spelling answer is cached per id. */
export function emitId(st: Tokenizer, id: number, key: string, start: number, end: number): void {
  if (id === ID_CANOT && st.text.slice(start, end).toLowerCase() === 'cannot') {
    // "cannot" reads as "can not"
    st.out.push(internString('can'), 'can', start, start + 3, K_WORD);
    st.out.push(internString('not'), 'not', start + 3, end, K_WORD);
    return;
  }
  if (id < 0) {
    for (const part of spelled(st, key)) st.out.push(internString(part), part, start, end, K_WORD);
    return;
  }
  const cache = st.cache;
  if (id >= cache.kind.length) {
    const k = new Uint8Array(Math.max(2 * cache.kind.length, wordCount()));
    k.set(cache.kind);
    cache.kind = k;
  }
  let kind = cache.kind[id]!;
  if (kind === 0) {
    const parts = spelled(st, key);
    if (parts.length === 1 && parts[0] === key) kind = 1;
    else {
      const ids = Int32Array.from(parts, internString);
      if (ids.includes(-1)) {
        for (const part of parts) st.out.push(internString(part), part, start, end, K_WORD);
        return;
      }
      cache.parts[id] = ids;
      kind = 2;
    }
    cache.kind[id] = kind;
  }
  if (kind === 1) {
    st.out.push(id, key, start, end, K_WORD);
    return;
  }
  const ids = cache.parts[id]!;
  for (let k = 0; k < ids.length; k++) st.out.push(ids[k]!, wordKey(ids[k]!), start, end, K_WORD);
}

/** The keys a word's key is pushed as: its lone-letter form, then its spelling's words. */
function spelled(st: Tokenizer, key: string): string[] {
  if (key.length <= 2) key = LONE.get(key) ?? key;
  const spelled = st.spellings?.get(key);
  if (spelled === undefined) return [key];
  return spelled.split(' ').filter((part) => part !== '');
}

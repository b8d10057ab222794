// What the tokenizer pushes for a word, cached per word id (text/words.ts) and per spelling table: the
// lone-letter and slang-spelling lookups then run once per distinct word instead of once per token.
import { PAGE_WORDS } from './words.ts';

/**
 * What emit() pushes for a word id under one spelling table: 1 = the word itself, 2 = `parts` (a lone
 * elided letter's full form, a slang spelling's canonical words), 0 = not known yet. A spelling table must
 * not change once it has been used to tokenise (engines build theirs before their first use).
 */
export interface EmitCache {
  kind: Uint8Array;
  parts: (Int32Array | undefined)[];
}
// PAGE_WORDS: the kind table does not grow while a first page is read (words.ts).
const newCache = (): EmitCache => ({ kind: new Uint8Array(PAGE_WORDS), parts: [] });
const NO_SPELLINGS = newCache();
const caches = new WeakMap<ReadonlyMap<string, string>, EmitCache>();

export function cacheFor(spellings: ReadonlyMap<string, string> | undefined): EmitCache {
  if (spellings === undefined) return NO_SPELLINGS;
  let c = caches.get(spellings);
  if (c === undefined) {
    c = newCache();
    caches.set(spellings, c);
  }
  return c;
}

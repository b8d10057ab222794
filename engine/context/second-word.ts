// A cue list narrowed to the entries that can match when the word after the first is `second`: one-word
// entries, entries whose second word is `second`, and those whose second word is a prefix ("debunk*"), in
// list order (longest first). The rest would all fail on their second word, so the first entry of the
// narrowed list that matches is the first of the whole list that matches. Common words start long lists
// ("no", "ne", "pas", "is": 20-45 entries) and most of those entries fail there: a scan then tries a few.
import type { PhraseEntry } from './compile';

/** Lists this short are tried whole (narrowing costs two lookups). */
const SHORT = 4;

const narrowed = new WeakMap<readonly PhraseEntry[], Map<string, readonly PhraseEntry[]>>();

export function entriesFor(list: readonly PhraseEntry[], second: string): readonly PhraseEntry[] {
  if (list.length <= SHORT) return list;
  let bySecond = narrowed.get(list);
  if (bySecond === undefined) {
    bySecond = new Map();
    narrowed.set(list, bySecond);
  }
  let out = bySecond.get(second);
  if (out === undefined) {
    out = list.filter((e) => e.words.length < 2 || e.words[1] === second || e.words[1]!.endsWith('*'));
    // Bounded: the keys are words of the texts read (a page's vocabulary).
    if (bySecond.size >= 4096) bySecond.clear();
    bySecond.set(second, out);
  }
  return out;
}

// Folds the plain words written in context and language data into token keys with the tokenizer's own
// folding, so data files stay readable ("peut-être", "n'est", "will") while lookups compare keys
// ("peut etre", "ne est", "wil").
import { foldText } from '../text/tokenize';

/**
 * A data phrase as folded token keys. A trailing "*" on a word is kept: it marks a prefix ("debunk*").
 */
export function foldPhrase(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.split(/\s+/u)) {
    if (raw === '') continue;
    const star = raw.endsWith('*');
    const keys = foldText(star ? raw.slice(0, -1) : raw)
      .split(' ')
      .filter(Boolean)
      .map(canonKey);
    if (star && keys.length > 0) keys[keys.length - 1] += '*';
    out.push(...keys);
  }
  return out;
}

/**
 * Elided and contracted forms, whichever way the tokenizer keys them: "n'" may come out as "n" or "ne",
 * "qu'" as "qu" or "que", "n't" as "nt" or "not". Context data and token keys both go through this.
 */
const CANON: Readonly<Record<string, string>> = {
  n: 'ne',
  qu: 'que',
  d: 'de',
  j: 'je',
  c: 'ce',
  nt: 'not',
  will: 'wil', // "won't" may come out as "will not" while "will" folds to "wil"
};

export function canonKey(key: string): string {
  return CANON[key] ?? key;
}

// Folds the plain words written in context and language data into token keys with the tokenizer's own
// folding, so data files stay readable ("peut-être", "n'est", "will") while lookups compare keys
// ("peut etre", "ne est", "wil").
import { foldText } from '../text/tokenize';
import { keyAt, type Tokens } from '../text/tokens';
import { wordKey } from '../text/words';

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
const CANON: ReadonlyMap<string, string> = new Map([
  ['n', 'ne'],
  ['qu', 'que'],
  ['d', 'de'],
  ['j', 'je'],
  ['c', 'ce'],
  ['nt', 'not'],
  ['will', 'wil'], // "won't" may come out as "will not" while "will" folds to "wil"
]);

// A Map, not an object: token keys are fresh strings (an object lookup interns them first) and a key
// such as "constructor" must not find Object.prototype's members.
export function canonKey(key: string): string {
  return CANON.get(key) ?? key;
}

// Canonical keys by word id (text/words.ts: a word id stands for one key in the whole process, the token's
// key): a word's canonical key is the same in every text, looked up once. Context reading looks at the same
// few dozen tokens many times per match (each cue table, pair and header).
const canonById: (string | undefined)[] = [];
// Tokens without a word id (or id -1: the id table was full): canonical keys of the last text read.
let lastTokens: Tokens | undefined;
let lastCanon: (string | undefined)[] = [];

/** canonKey of token i of t ('' outside the text). */
export function canonAt(t: Tokens, i: number): string {
  if (i < 0 || i >= t.count) return canonKey('');
  const id = t.word !== undefined ? t.word[i]! : -1;
  if (id >= 0) {
    let k = id < canonById.length ? canonById[id] : undefined;
    if (k === undefined) {
      k = canonKey(wordKey(id));
      // Filled, not holey past the end: an array written far past its length turns into a dictionary.
      while (canonById.length <= id) canonById.push(undefined);
      canonById[id] = k;
    }
    return k;
  }
  if (t !== lastTokens) {
    lastTokens = t;
    lastCanon = new Array<string | undefined>(t.count);
  }
  let k = lastCanon[i];
  if (k === undefined) {
    k = canonKey(keyAt(t, i) ?? '');
    lastCanon[i] = k;
  }
  return k;
}

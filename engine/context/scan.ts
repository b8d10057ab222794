// Finds the context cues of one sentence: greedy, longest phrase first, left to right, so a pseudo-cue
// ("not only", "pas seulement") or a longer cue ("no evidence") hides the shorter one it contains.
// Then joins discontinuous negations (ne ... pas) that no pseudo-cue has taken.
import type { Tokens } from '../text/tokens';
import { canonKey } from './fold';
import type { CompiledContext, PhraseEntry } from './compile';
import type { CueKind } from './lexicon';

export interface FoundCue {
  first: number; // token index
  last: number; // token index, inclusive
  pre?: CueKind;
  post?: CueKind;
  pseudo?: boolean;
  termination?: boolean;
}

function wordMatches(word: string, key: string): boolean {
  return word.endsWith('*')
    ? key.startsWith(word.slice(0, -1)) && key.length >= word.length - 1
    : key === word;
}

function entryAt(
  t: Tokens,
  i: number,
  to: number,
  list: readonly PhraseEntry[] | undefined,
): PhraseEntry | undefined {
  if (!list) return undefined;
  for (const e of list) {
    if (i + e.words.length > to) continue;
    let ok = true;
    for (let j = 0; j < e.words.length && ok; j++)
      ok = wordMatches(e.words[j] ?? '', canonKey(t.key[i + j] ?? ''));
    if (ok) return e; // lists are sorted longest first
  }
  return undefined;
}

export function scanCues(
  t: Tokens,
  from: number,
  to: number,
  c: CompiledContext,
  dir: 'pre' | 'post',
): FoundCue[] {
  const found: FoundCue[] = [];
  const table = dir === 'pre' ? c.byFirstPre : c.byFirstPost;
  const wild = table.get('*');
  for (let i = from; i < to;) {
    const a = entryAt(t, i, to, table.get(canonKey(t.key[i] ?? '')));
    const b = entryAt(t, i, to, wild);
    const e = a && b ? (b.words.length > a.words.length ? b : a) : (a ?? b);
    if (!e) {
      i++;
      continue;
    }
    const cue: FoundCue = { first: i, last: i + e.words.length - 1 };
    if (dir === 'pre' && e.pre) cue.pre = e.pre;
    if (dir === 'post' && e.post) cue.post = e.post;
    if (e.pseudo) cue.pseudo = true;
    if (e.termination) cue.termination = true;
    found.push(cue);
    i += e.words.length;
  }
  for (const pair of c.pairs) joinPairs(t, from, to, pair, found);
  return found.sort((x, y) => x.first - y.first);
}

function cueAt(found: FoundCue[], i: number): number {
  return found.findIndex((f) => f.first <= i && i <= f.last);
}

/** ne ... pas: the first word, then a second within `gap` words; a cue already holding either word wins. */
function joinPairs(
  t: Tokens,
  from: number,
  to: number,
  pair: { first: string; second: ReadonlySet<string>; gap: number },
  found: FoundCue[],
): void {
  for (let i = from; i < to; i++) {
    if (canonKey(t.key[i] ?? '') !== pair.first || cueAt(found, i) >= 0) continue;
    for (let j = i + 1; j < to && j <= i + pair.gap + 1; j++) {
      const at = cueAt(found, j);
      const held = at >= 0 ? found[at] : undefined;
      if (held && (held.pre ?? held.post) !== 'negated') break; // "ne ... pas seulement", "ne ... pas forcément"
      if (held && held.first === j) {
        // "ne ... pas du tout", "ne ... jamais": the pair takes the negation cue in
        found.splice(at, 1);
        found.push({ first: i, last: held.last, pre: 'negated', post: 'negated' });
        break;
      }
      if (!held && pair.second.has(canonKey(t.key[j] ?? ''))) {
        found.push({ first: i, last: j, pre: 'negated', post: 'negated' });
        break;
      }
    }
  }
}

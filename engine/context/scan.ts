// Finds the context cues of one sentence: greedy, longest phrase first, left to right, so a pseudo-cue
// ("not only", "pas seulement") or a longer cue ("no evidence") hides the shorter one it contains.
// Then joins discontinuous negations (ne ... pas) that no pseudo-cue has taken.
import type { Tokens } from '../text/tokens';
import { canonAt } from './fold';
import type { CompiledContext, PhraseEntry } from './compile';
import type { CueKind } from './lexicon';
import { bitsAt, bitsTable, cueEntriesAt, PAIR, POST, PRE } from './flags';
import { memoCues, type CuePair } from './memo';
import { entriesFor } from './second-word';
import { anyOwn } from './words';
import { OwnList, type OwnWords } from './own-words';

export interface FoundCue {
  first: number; // token index
  last: number; // token index, inclusive
  pre?: CueKind;
  post?: CueKind;
  pseudo?: boolean;
  termination?: boolean;
  /** The cue's own words when it is discontinuous (ne ... pas): the words between are not part of it. */
  words?: number[];
}

/** The key is the word, or starts with it when the word ends in "*" (no slice per call: this runs per token). */
function wordMatches(word: string, key: string): boolean {
  const L = word.length - 1;
  if (L < 0 || word.charCodeAt(L) !== 42) return key === word;
  if (key.length < L) return false;
  for (let k = 0; k < L; k++) if (key.charCodeAt(k) !== word.charCodeAt(k)) return false;
  return true;
}

function entryAt(
  t: Tokens,
  i: number,
  to: number,
  list: readonly PhraseEntry[] | undefined,
  own: OwnWords,
  firstKnown: boolean,
): PhraseEntry | undefined {
  if (!list) return undefined;
  // Every entry's first word is token i: an own word there refuses them all.
  if (own.has(i)) return undefined;
  // Words first, own words of a matching entry after (the same test as both per word, fewer Set lookups);
  // `firstKnown`: the list is the one of token i's key, whose first words are that key.
  for (const e of list) {
    const n = e.words.length;
    if (i + n > to) continue;
    // The increment on every comparison, not only after a match: a second word matching is rare on a first
    // page, and an increment first met in optimised code deopts it (--trace-deopt, 10,000-rule bench page).
    let ok = true;
    for (let j = firstKnown ? 1 : 0; ok && j < n; j++) ok = wordMatches(e.words[j]!, canonAt(t, i + j));
    if (!ok || anyOwn(own, i + 1, i + n - 1)) continue;
    return e; // lists are sorted longest first
  }
  return undefined;
}

/**
 * Cues of tokens [from, to). The rule's own words (`own`) are never part of a cue: in "{vaccine} can not
 * alter" with "can" its own, the cue is "not", not "can not"; in "is not always better" with "always"
 * its own, "not always" is no hedge and "not" negates.
 */
export function scanCues(
  t: Tokens,
  from: number,
  to: number,
  c: CompiledContext,
  dir: 'pre' | 'post',
  own: OwnWords = NO_OWN,
): readonly FoundCue[] {
  return scanCuePair(t, from, to, c, own)[dir === 'pre' ? 0 : 1];
}

/**
 * scanCues in both directions, [pre, post]. The scan without own words, shared by the matches of a text that
 * scan the same tokens, is this match's scan when none of its cues holds an own word: the own words only
 * ever refuse a candidate, so a scan whose every pick avoids them makes the same picks with them (and no
 * pair it refused).
 */
export function scanCuePair(
  t: Tokens,
  from: number,
  to: number,
  c: CompiledContext,
  own: OwnWords = NO_OWN,
): CuePair {
  const shared = memoCues(t, c, from, to, scanBoth);
  if (own.size === 0) return shared;
  const pre = anyCueOwn(shared[0], own);
  const post = anyCueOwn(shared[1], own);
  if (!pre && !post) return shared;
  return [
    pre ? scanWith(t, from, to, c, 'pre', own) : shared[0],
    post ? scanWith(t, from, to, c, 'post', own) : shared[1],
  ];
}

// An OwnList like analyze()'s: the shared scan's own-word questions see one kind of object.
const NO_OWN: OwnWords = new OwnList();

function anyCueOwn(cues: readonly FoundCue[], own: OwnWords): boolean {
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!;
    if (cue.words) {
      for (const i of cue.words) if (own.has(i)) return true;
    } else for (let i = cue.first; i <= cue.last; i++) if (own.has(i)) return true;
  }
  return false;
}

/** The scan itself, with the own words, nothing shared (scanCues' reference in tests). */
export function scanWith(
  t: Tokens,
  from: number,
  to: number,
  c: CompiledContext,
  dir: 'pre' | 'post',
  own: OwnWords = NO_OWN,
): FoundCue[] {
  const found: FoundCue[] = [];
  const table = dir === 'pre' ? c.byFirstPre : c.byFirstPost;
  const wild = table.get('*');
  const starts = dir === 'pre' ? PRE : POST;
  for (let i = from; i < to;) {
    // Most words start no cue: one typed-array read says so (flags.ts).
    if ((bitsAt(t, c, i) & starts) === 0) {
      i++;
      continue;
    }
    const listed = cueEntriesAt(t, c, i, dir === 'pre');
    const a = entryAt(t, i, to, listed, own, listed !== wild); // a token keyed "*" gets the prefix list
    const b = entryAt(t, i, to, wild, own, false);
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
  for (const pair of c.pairs) joinPairs(t, c, from, to, pair, found, own);
  return found.sort(byFirst);
}

/**
 * scanWith(t, from, to, c, 'pre') and (…, 'post') without own words, in one pass: each direction keeps its
 * own greedy cursor (the token after its last cue), and each token's bits are read once for both. readContext
 * asks both directions of the same range, one right after the other.
 */
export function scanBoth(t: Tokens, from: number, to: number, c: CompiledContext): [FoundCue[], FoundCue[]] {
  const pre: FoundCue[] = [];
  const post: FoundCue[] = [];
  const wildPre = c.byFirstPre.get('*');
  const wildPost = c.byFirstPost.get('*');
  let nextPre = from;
  let nextPost = from;
  const word = t.word;
  const { bits: table, pre: preLists, post: postLists } = bitsTable(c);
  let pairAt: number[] | undefined;
  for (let i = from; i < to; i++) {
    const id = word !== undefined ? word[i]! : -1;
    let bits = id >= 0 ? table[id]! : 0;
    if (bits === 0) bits = bitsAt(t, c, i);
    if ((bits & (PRE | POST | PAIR)) === 0) continue; // most words start no cue (flags.ts)
    if ((bits & PAIR) !== 0) (pairAt ??= []).push(i);
    if (i >= nextPre && (bits & PRE) !== 0) {
      const l = id >= 0 ? preLists[id] : undefined; // the lists read in place (cueEntriesAt on first sight)
      const e = pick(t, c, i, to, l === undefined ? cueEntriesAt(t, c, i, true) : (l ?? undefined), wildPre);
      if (e) {
        pre.push(foundCue(i, e, true));
        nextPre = i + e.words.length;
      }
    }
    if (i >= nextPost && (bits & POST) !== 0) {
      const l = id >= 0 ? postLists[id] : undefined;
      const e = pick(
        t,
        c,
        i,
        to,
        l === undefined ? cueEntriesAt(t, c, i, false) : (l ?? undefined),
        wildPost,
      );
      if (e) {
        post.push(foundCue(i, e, false));
        nextPost = i + e.words.length;
      }
    }
  }
  // joinPairs on the PAIR words the loop met (no second walk over the window per pair and direction).
  if (pairAt !== undefined)
    for (const pair of c.pairs)
      for (const i of pairAt) {
        joinAt(t, i, to, pair, pre, NO_OWN);
        joinAt(t, i, to, pair, post, NO_OWN);
      }
  // Cues are pushed in token order; only a joined pair can land out of order (and firsts are distinct).
  if (pairAt === undefined) return [pre, post];
  return [pre.sort(byFirst), post.sort(byFirst)];
}

/** The entry scanWith takes at token i (no own words): its key's list or the prefix list, the longer match. */
function pick(
  t: Tokens,
  c: CompiledContext,
  i: number,
  to: number,
  listed: readonly PhraseEntry[] | undefined,
  wild: readonly PhraseEntry[] | undefined,
): PhraseEntry | undefined {
  const known = listed !== undefined && listed !== wild; // the list of token i's key
  const a = entryAt(t, i, to, known ? entriesFor(listed, canonAt(t, i + 1)) : listed, NO_OWN, known);
  const b = entryAt(t, i, to, wild, NO_OWN, false);
  return a && b ? (b.words.length > a.words.length ? b : a) : (a ?? b);
}

function foundCue(i: number, e: PhraseEntry, pre: boolean): FoundCue {
  const cue: FoundCue = { first: i, last: i + e.words.length - 1 };
  if (pre && e.pre) cue.pre = e.pre;
  if (!pre && e.post) cue.post = e.post;
  if (e.pseudo) cue.pseudo = true;
  if (e.termination) cue.termination = true;
  return cue;
}

// Module functions, not closures: these run per token (a closure is an allocation, and a __name call under tsx).
const byFirst = (x: FoundCue, y: FoundCue): number => x.first - y.first;

function cueAt(found: FoundCue[], i: number): number {
  for (let k = 0; k < found.length; k++) if (found[k]!.first <= i && i <= found[k]!.last) return k;
  return -1;
}

/** ne ... pas: the first word, then a second within `gap` words; a cue already holding either word wins. */
function joinPairs(
  t: Tokens,
  c: CompiledContext,
  from: number,
  to: number,
  pair: Pair,
  found: FoundCue[],
  own: OwnWords,
): void {
  for (let i = from; i < to; i++) if ((bitsAt(t, c, i) & PAIR) !== 0) joinAt(t, i, to, pair, found, own);
}

type Pair = { first: string; second: ReadonlySet<string>; gap: number };

/** joinPairs at token i, a word with the PAIR bit. */
function joinAt(t: Tokens, i: number, to: number, pair: Pair, found: FoundCue[], own: OwnWords): void {
  if (own.has(i) || canonAt(t, i) !== pair.first || cueAt(found, i) >= 0) return;
  for (let j = i + 1; j < to && j <= i + pair.gap + 1; j++) {
    const at = cueAt(found, j);
    const held = at >= 0 ? found[at] : undefined;
    if (held && (held.pre ?? held.post) !== 'negated') break; // "ne ... pas seulement", "ne ... pas forcément"
    if (held && held.first === j) {
      // "ne ... pas du tout", "ne ... jamais": the pair takes the negation cue in
      found.splice(at, 1);
      const words = [i];
      for (let k = held.first; k <= held.last; k++) words.push(k);
      found.push({ first: i, last: held.last, pre: 'negated', post: 'negated', words });
      break;
    }
    if (!held && !own.has(j) && pair.second.has(canonAt(t, j))) {
      found.push({ first: i, last: j, pre: 'negated', post: 'negated', words: [i, j] });
      break;
    }
  }
}

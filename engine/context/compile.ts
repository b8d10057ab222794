// Compiles a language's context data (en.ts, fr.ts, or the copy a snapshot carries) into lookup tables keyed
// by folded first word. An engine compiles each language once, on first use.
import { foldPhrase, foldPhrase as foldWords } from './fold';
import type { ContextLexicon, CueKind } from './lexicon';

export interface PhraseEntry {
  words: readonly string[]; // folded; a word ending in "*" is a prefix
  pre?: CueKind;
  post?: CueKind;
  pseudo?: boolean;
  termination?: boolean;
}

export interface CompiledContext {
  /**
   * Entries by their first word, longest first; prefix-first entries are under "*". One table for cues
   * before the match and one for cues after it, so a post-only phrase ("a myth") never hides a pre cue
   * it contains ("It's a myth that ...": "myth").
   */
  byFirstPre: Map<string, PhraseEntry[]>;
  byFirstPost: Map<string, PhraseEntry[]>;
  interrogatives: string[][];
  imperativeAfter: Set<string>;
  statementAfter: Set<string>;
  /** Folded contrast phrases, words joined by spaces. */
  contrast: Set<string>;
  clauseSubjects: Set<string>;
  absorbers: Set<string>;
  superlative: { cues: Set<string>; words: Set<string> };
  concessive: Set<string>;
  embedders: Set<string>;
  rhetorical: string[][];
  lead: Set<string>;
  headers: string[][];
  verdicts: string[][];
  pairs: { first: string; second: Set<string>; gap: number }[];
  /** Folded `narrow` cue phrases and their reach. */
  narrow: Map<string, number>;
  /** The phrase lists above by their first word, in list order (see phrasesAt in read.ts). */
  byFirst: {
    interrogatives: PhraseIndex;
    rhetorical: PhraseIndex;
    headers: PhraseIndex;
    verdicts: PhraseIndex;
  };
}

/** Phrases by first word, in list order; undefined when a phrase is empty (it would match anywhere). */
export type PhraseIndex = Map<string, string[][]> | undefined;

export function phraseIndex(list: readonly string[][]): PhraseIndex {
  const map = new Map<string, string[][]>();
  for (const words of list) {
    const first = words[0];
    if (first === undefined) return undefined;
    const bucket = map.get(first);
    if (bucket) bucket.push(words);
    else map.set(first, [words]);
  }
  return map;
}

/** A folded phrase back to its keys (see `prefold`). */
function unfold(phrase: string): string[] {
  return phrase === '' ? [] : phrase.split(' ');
}

/**
 * The lexicon with every phrase folded ahead (for snapshots: compiling it then skips the tokenizer, which
 * costs 10-30 ms a language on a cold start). Folding twice is avoided: a folded lexicon comes back as is.
 */
export function prefold(lex: ContextLexicon): ContextLexicon {
  if (lex.folded) return lex;
  const f = (p: string) => foldPhrase(p).join(' ');
  const list = (l: readonly string[]) => l.map(f);
  const kinds = (r: ContextLexicon['pre']) =>
    Object.fromEntries(Object.entries(r).map(([k, l]) => [k, list(l ?? [])])) as ContextLexicon['pre'];
  return {
    ...lex,
    pre: kinds(lex.pre),
    post: kinds(lex.post),
    pseudo: list(lex.pseudo),
    terminations: list(lex.terminations),
    contrast: list(lex.contrast),
    clauseSubjects: list(lex.clauseSubjects),
    absorbers: list(lex.absorbers),
    superlative: { cues: list(lex.superlative.cues), words: list(lex.superlative.words) },
    interrogatives: list(lex.interrogatives),
    imperativeAfter: list(lex.imperativeAfter),
    statementAfter: list(lex.statementAfter),
    concessive: list(lex.concessive),
    embedders: list(lex.embedders),
    rhetorical: list(lex.rhetorical),
    lead: list(lex.lead),
    headers: list(lex.headers),
    verdicts: list(lex.verdicts),
    pairs: lex.pairs.map((p) => ({ first: f(p.first), second: list(p.second), gap: p.gap })),
    narrow: Object.fromEntries(Object.entries(lex.narrow).map(([p, n]) => [f(p), n])),
    folded: true,
  };
}

export function compile(lex: ContextLexicon): CompiledContext {
  // A snapshot's lexicon comes folded (prefold): a phrase is then its words joined by spaces already, and the
  // loops below take it as it is (no array per phrase to split and join again: compiling both languages ran
  // interpreted on every cold page, a sixth of it in garbage collection).
  const folded = lex.folded === true;
  const foldPhrase = folded ? unfold : foldWords;
  const entries = new Map<string, PhraseEntry>();
  const all: PhraseEntry[] = []; // entries in insertion order
  const entry = (phrase: string): PhraseEntry => {
    const words = foldPhrase(phrase);
    const id = folded ? phrase : words.join(' ');
    let e = entries.get(id);
    if (!e) {
      e = { words };
      entries.set(id, e);
      all.push(e);
    }
    return e;
  };
  // A phrase listed under two kinds keeps the first listed: lists are ordered negated, debunked, ...
  for (const [kind, list] of Object.entries(lex.pre) as [CueKind, readonly string[]][])
    for (const p of list) entry(p).pre ??= kind;
  for (const [kind, list] of Object.entries(lex.post) as [CueKind, readonly string[]][])
    for (const p of list) entry(p).post ??= kind;
  for (const p of lex.pseudo) entry(p).pseudo = true;
  for (const p of lex.terminations) entry(p).termination = true;

  const pre: PhraseEntry[] = [];
  const post: PhraseEntry[] = [];
  for (const e of all) {
    if (e.pre || e.pseudo || e.termination) pre.push(e);
    if (e.post || e.pseudo || e.termination) post.push(e);
  }
  const byFirstPre = index(pre);
  const byFirstPost = index(post);
  const interrogatives = lex.interrogatives.map(foldPhrase);
  const rhetorical = lex.rhetorical.map(foldPhrase);
  const headers = lex.headers.map(foldPhrase);
  const verdicts = lex.verdicts.map(foldPhrase);
  return {
    byFirstPre,
    byFirstPost,
    interrogatives,
    imperativeAfter: wordSet(lex.imperativeAfter, foldPhrase, folded),
    statementAfter: wordSet(lex.statementAfter, foldPhrase, folded),
    contrast: phraseSet(lex.contrast, foldPhrase, folded),
    clauseSubjects: wordSet(lex.clauseSubjects, foldPhrase, folded),
    absorbers: wordSet(lex.absorbers, foldPhrase, folded),
    superlative: {
      cues: phraseSet(lex.superlative.cues, foldPhrase, folded),
      words: wordSet(lex.superlative.words, foldPhrase, folded),
    },
    concessive: wordSet(lex.concessive, foldPhrase, folded),
    embedders: wordSet(lex.embedders, foldPhrase, folded),
    rhetorical,
    lead: wordSet(lex.lead, foldPhrase, folded),
    headers,
    verdicts,
    narrow: new Map(
      folded
        ? Object.entries(lex.narrow)
        : Object.entries(lex.narrow).map(([p, n]) => [foldPhrase(p).join(' '), n] as [string, number]),
    ),
    pairs: lex.pairs.map((p) => ({
      first: foldPhrase(p.first)[0] ?? p.first,
      second: wordSet(p.second, foldPhrase, folded),
      gap: p.gap,
    })),
    byFirst: {
      interrogatives: phraseIndex(interrogatives),
      rhetorical: phraseIndex(rhetorical),
      headers: phraseIndex(headers),
      verdicts: phraseIndex(verdicts),
    },
  };
}

/** Every word of the phrases, in order, as new Set(list.flatMap(fold)) (a folded one-word phrase is its word). */
function wordSet(list: readonly string[], fold: (p: string) => string[], folded: boolean): Set<string> {
  const out = new Set<string>();
  for (const p of list) {
    if (folded && p.indexOf(' ') < 0) {
      if (p !== '') out.add(p);
    } else for (const w of fold(p)) out.add(w);
  }
  return out;
}

/** The phrases with their words joined, as new Set(list.map((p) => fold(p).join(' '))): a folded one already is. */
function phraseSet(list: readonly string[], fold: (p: string) => string[], folded: boolean): Set<string> {
  return new Set(folded ? list : list.map((p) => fold(p).join(' ')));
}

function index(entries: PhraseEntry[]): Map<string, PhraseEntry[]> {
  const byFirst = new Map<string, PhraseEntry[]>();
  for (const e of entries) {
    const first = e.words[0];
    if (first === undefined) continue;
    const key = first.endsWith('*') ? '*' : first;
    const list = byFirst.get(key) ?? [];
    list.push(e);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

// Helpers shared by the context readers: notes, the rule's own words, phrase lookups on folded keys.
import type { ContextKind, ContextNote } from '../types';
import type { Tokens } from '../text/tokens';
import type { CompiledContext, PhraseIndex } from './compile';
import { canonAt } from './fold';
import { bitsAt } from './flags';
import type { CueKind } from './lexicon';
import type { FoundCue } from './scan';
import type { OwnWords } from './own-words';

/** Adds a note unless the same one is there. */
export function note(notes: ContextNote[], t: Tokens, kind: ContextKind, start: number, end: number): void {
  for (let k = 0; k < notes.length; k++) {
    const n = notes[k]!;
    if (n.kind === kind && n.start === start && n.end === end) return;
  }
  notes.push({ kind, cue: t.text.slice(start, end), start, end });
}

export function cueNote(notes: ContextNote[], t: Tokens, kind: CueKind, cue: FoundCue): void {
  note(notes, t, kind, t.start[cue.first] ?? 0, t.end[cue.last] ?? 0);
}

/** A termination word ("but", "mais") strictly between tokens a and b. */
export function terminatedBetween(cues: readonly FoundCue[], a: number, b: number): boolean {
  for (const x of cues) if (x.termination && !x.pre && !x.post && x.first > a && x.last < b) return true;
  return false;
}

/** One of the cue's words is one of the rule's own words. */
export function touchesOwn(cue: FoundCue, own: OwnWords): boolean {
  if (cue.words) {
    for (const i of cue.words) if (own.has(i)) return true;
    return false;
  }
  return anyOwn(own, cue.first, cue.last);
}

/** One of the tokens first..last (inclusive) is one of the rule's own words. */
export function anyOwn(own: OwnWords, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (own.has(i)) return true;
  return false;
}

const NONE: readonly string[][] = [];

/**
 * The phrases of a list that can start at token i (those whose first word is its key), in list order;
 * `bit` is the list's flag (flags.ts), a sure "none" for most words without a Map lookup.
 */
export function phrasesAt(
  c: CompiledContext,
  bit: number,
  index: PhraseIndex,
  list: readonly string[][],
  t: Tokens,
  i: number,
): readonly string[][] {
  if (index === undefined) return list;
  if ((bitsAt(t, c, i) & bit) === 0) return NONE;
  return index.get(canonAt(t, i)) ?? NONE;
}

/** Folded keys from token i match the phrase. */
export function phraseAt(t: Tokens, i: number, end: number, words: readonly string[]): boolean {
  if (i + words.length > end) return false;
  for (let j = 0; j < words.length; j++) if (canonAt(t, i + j) !== words[j]) return false;
  return true;
}

/** The cue's canonical keys joined by spaces (a loop: no index array, no mapped array). */
export function keysOf(t: Tokens, cue: FoundCue): string {
  if (cue.words) {
    let s = '';
    for (let k = 0; k < cue.words.length; k++) s += (k > 0 ? ' ' : '') + canonAt(t, cue.words[k]!);
    return s;
  }
  if (cue.last < cue.first) return '';
  let s = canonAt(t, cue.first);
  for (let i = cue.first + 1; i <= cue.last; i++) s += ' ' + canonAt(t, i);
  return s;
}

/**
 * text[a, b) holds one of `chars` (never a space): a pre-check before a pattern that needs one of them,
 * without a slice (the gap between two tokens is mostly one space, skipped on its code).
 */
export function gapHas(text: string, a: number, b: number, chars: string): boolean {
  for (let k = a; k < b; k++)
    if (text.charCodeAt(k) !== 0x20 && chars.indexOf(text.charAt(k)) >= 0) return true;
  return false;
}

// Answers that depend only on the text and the context data, kept for the text being read: analyze() reads
// the context of every match of one text in a row, and several matches often share a sentence (its header,
// the sentence before and after it). Module state, not a WeakMap lookup per match: one Tokens at a time.
import type { Tokens } from '../text/tokens';
import type { CompiledContext } from './compile';
import type { FoundCue } from './scan';
import { FACT_MARKS, FACT_QUOTES, textFacts } from './text-facts';

export { PUNCT_COLON_DASH, PUNCT_HEADER_GAP, PUNCT_HYPHEN } from './text-facts';

/** A header's tokens (headers.ts). */
export interface Span {
  first: number;
  last: number;
}

let text: Tokens | undefined;
let context: CompiledContext | undefined;
// PUNCT_* and FACT_* bits of the text (text-facts.ts), -1 before the first ask.
let facts = -1;
// text.indexOf('?', qFrom) is qAt; qFrom -1 before the first ask.
let qFrom = -1;
let qAt = -1;
// Per sentence: undefined (not read yet), null (no header) or the header.
let headers: (Span | null | undefined)[] = [];
// Per sentence: whether it opens rhetorically (question.ts), the verdict phrase it opens with (headers.ts).
let rhetoric: (boolean | undefined)[] = [];
let verdicts: (readonly string[] | null | undefined)[] = [];
// Cue scans without own words, by range.
let cues = new Map<number, CuePair>();

function use(t: Tokens, c: CompiledContext): void {
  if (t === text && c === context) return;
  if (t !== text) {
    facts = -1;
    qFrom = -1;
  }
  text = t;
  context = c;
  headers = [];
  rhetoric = [];
  verdicts = [];
  if (cues.size > 0) cues = new Map();
}

export const DEBUNK_MARKS = /[❌🚫✖⛔]/u;

/** The bits of the text (text-facts.ts), read once per text. */
function factsOf(t: Tokens, c: CompiledContext): number {
  use(t, c);
  if (facts < 0) facts = textFacts(t.text);
  return facts;
}

/** The text has a cross mark somewhere (most have none: the readers that look for one skip the slices). */
export function hasDebunkMarks(t: Tokens, c: CompiledContext): boolean {
  return (factsOf(t, c) & FACT_MARKS) !== 0;
}

/** The text has a mark that can open a quotation (without one, quotes.ts finds no quotation). */
export function hasQuoteMarks(t: Tokens, c: CompiledContext): boolean {
  return (factsOf(t, c) & FACT_QUOTES) !== 0;
}

/**
 * PUNCT_* bits of the text, read once per text: most posts have none, and the readers that need them then
 * skip their walk over the words after each match.
 */
export function textPunct(t: Tokens, c: CompiledContext): number {
  return factsOf(t, c) & 7;
}

/**
 * text.indexOf('?', from) for the text being read. Matches are read left to right, and the next "?" is
 * often sentences away (a search to it per match) and the same for many of them: no "?" in [qFrom, qAt)
 * means none in [from, qAt) for any later `from`.
 */
export function nextQuestionMark(t: Tokens, c: CompiledContext, from: number): number {
  use(t, c);
  if (qFrom < 0 || from < qFrom || (qAt >= 0 && qAt < from)) {
    qFrom = from;
    qAt = t.text.indexOf('?', from);
  }
  return qAt;
}

/** The header of sentence `si`, read once per text and context with `read`. */
export function memoHeader(
  t: Tokens,
  c: CompiledContext,
  si: number,
  read: (t: Tokens, c: CompiledContext, si: number) => Span | undefined,
): Span | undefined {
  use(t, c);
  let h = headers[si];
  if (h === undefined) {
    h = read(t, c, si) ?? null;
    headers[si] = h;
  }
  return h ?? undefined;
}

/** Cues before the match and after it, in token order (scan.ts). */
export type CuePair = readonly [readonly FoundCue[], readonly FoundCue[]];

/** The cues of tokens [from, to) scanned without own words, both directions, read once per text and context. */
export function memoCues(
  t: Tokens,
  c: CompiledContext,
  from: number,
  to: number,
  scan: (t: Tokens, from: number, to: number, c: CompiledContext) => CuePair,
): CuePair {
  use(t, c);
  const key = from * (t.count + 1) + to; // no 32-bit shift: long pages
  let found = cues.get(key);
  if (found === undefined) {
    found = scan(t, from, to, c);
    cues.set(key, found);
  }
  return found;
}

/** Whether sentence `si` opens rhetorically, read once per text and context with `read`. */
export function memoRhetorical(
  t: Tokens,
  c: CompiledContext,
  si: number,
  read: (t: Tokens, c: CompiledContext, si: number) => boolean,
): boolean {
  use(t, c);
  let r = rhetoric[si];
  if (r === undefined) {
    r = read(t, c, si);
    rhetoric[si] = r;
  }
  return r;
}

/** The verdict phrase sentence `si` opens with, read once per text and context with `read`. */
export function memoVerdict(
  t: Tokens,
  c: CompiledContext,
  si: number,
  read: (t: Tokens, c: CompiledContext, si: number) => readonly string[] | undefined,
): readonly string[] | undefined {
  use(t, c);
  let v = verdicts[si];
  if (v === undefined) {
    v = read(t, c, si) ?? null;
    verdicts[si] = v;
  }
  return v ?? undefined;
}

// Answers that depend only on the text and the context data, kept for the text being read: analyze() reads
// the context of every match of one text in a row, and several matches often share a sentence (its header,
// the sentence before and after it). Module state, not a WeakMap lookup per match: one Tokens at a time.
import type { Tokens } from '../text/tokens';
import type { CompiledContext } from './compile';
import type { FoundCue } from './scan';

/** A header's tokens (headers.ts). */
export interface Span {
  first: number;
  last: number;
}

let text: Tokens | undefined;
let context: CompiledContext | undefined;
let marks = false;
// PUNCT_* bits of the text, -1 before the first ask.
let punct = -1;
// Per sentence: undefined (not read yet), null (no header) or the header.
let headers: (Span | null | undefined)[] = [];
// Per sentence: whether it opens rhetorically (question.ts), the verdict phrase it opens with (headers.ts).
let rhetoric: (boolean | undefined)[] = [];
let verdicts: (readonly string[] | null | undefined)[] = [];
// Cue scans without own words, by range and direction.
let cues = new Map<number, readonly FoundCue[]>();

function use(t: Tokens, c: CompiledContext): void {
  if (t === text && c === context) return;
  if (t !== text) {
    marks = anyMark(t.text);
    punct = -1;
  }
  text = t;
  context = c;
  headers = [];
  rhetoric = [];
  verdicts = [];
  if (cues.size > 0) cues = new Map();
}

export const DEBUNK_MARKS = /[❌🚫✖⛔]/u;
// The same marks without /u (🚫 as its two code units): a /u class over a whole post costs more, and four
// substring searches cost more on a cold start (measured: 2.5 -> 0.3 ms for a 500-post page).
const ANY_MARK = /[❌✖⛔]|\ud83d\udeab/;

/** DEBUNK_MARKS.test(text). */
function anyMark(text: string): boolean {
  return ANY_MARK.test(text);
}

/** The text has a cross mark somewhere (most have none: the readers that look for one skip the slices). */
export function hasDebunkMarks(t: Tokens, c: CompiledContext): boolean {
  use(t, c);
  return marks;
}

/** The text has a colon or a dash (":", "-", "–", "—"): what a colon verdict needs after the claim. */
export const PUNCT_COLON_DASH = 1;
/** The text has a hyphen: what a French inversion ("cause-t-il") needs. */
export const PUNCT_HYPHEN = 2;
/** The text has a colon, dash or "|": what a header after a topic needs ("Covid-19 : non, ..."). */
export const PUNCT_HEADER_GAP = 4;
const COLON_DASH = /[:\-–—]/;

/**
 * PUNCT_* bits of the text, read once per text: most posts have none, and the readers that need them then
 * skip their walk over the words after each match.
 */
export function textPunct(t: Tokens, c: CompiledContext): number {
  use(t, c);
  if (punct < 0) {
    const colonDash = COLON_DASH.test(t.text);
    punct =
      (colonDash ? PUNCT_COLON_DASH : 0) |
      (t.text.includes('-') ? PUNCT_HYPHEN : 0) |
      (colonDash || t.text.includes('|') ? PUNCT_HEADER_GAP : 0);
  }
  return punct;
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

/**
 * The cues of tokens [from, to) scanned without own words, read once per text and context with `scan`,
 * which reads both directions at once (the other one is kept for the next ask).
 */
export function memoCues(
  t: Tokens,
  c: CompiledContext,
  from: number,
  to: number,
  dir: 'pre' | 'post',
  scan: (t: Tokens, from: number, to: number, c: CompiledContext) => [FoundCue[], FoundCue[]],
): readonly FoundCue[] {
  use(t, c);
  const key = (from * (t.count + 1) + to) * 2; // no 32-bit shift: long pages
  let found = cues.get(dir === 'pre' ? key : key + 1);
  if (!found) {
    const both = scan(t, from, to, c);
    cues.set(key, both[0]);
    cues.set(key + 1, both[1]);
    found = dir === 'pre' ? both[0] : both[1];
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

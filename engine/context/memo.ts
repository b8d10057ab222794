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
// Per sentence: undefined (not read yet), null (no header) or the header.
let headers: (Span | null | undefined)[] = [];
// Cue scans without own words, by range and direction.
let cues = new Map<number, readonly FoundCue[]>();

function use(t: Tokens, c: CompiledContext): void {
  if (t === text && c === context) return;
  if (t !== text) marks = anyMark(t.text);
  text = t;
  context = c;
  headers = [];
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

// Debunking verdicts around a claim: headers that open its sentence ("Myth:", "Non,", "Faux :"), a verdict
// sentence right after it ("C'est faux."), an answer to its question ("? Non, ..."), a verdict after a
// colon that follows it ("X : attention à cette publication"), and cross marks.
import type { ContextNote } from '../types';
import type { Sentence, Tokens } from '../text/tokens';
import type { CompiledContext } from './compile';
import { gapHas, note, phraseAt, phrasesAt } from './words';
import { questionMarkIn } from './question-mark';
import { HEADER, VERDICT } from './flags';
import {
  DEBUNK_MARKS,
  hasDebunkMarks,
  memoHeader,
  memoVerdict,
  PUNCT_COLON_DASH,
  PUNCT_HEADER_GAP,
  textPunct,
  type Span,
} from './memo';
import type { OwnWords } from './own-words';

// Words after the match searched for a colon verdict (as far as the cue scan reaches after a match).
const COLON_REACH = 12;

/** "Myth: …", "Non, …", "Faux : …", "❌ …" at the start of the match's sentence or alone just before it. */
export function readHeaders(
  t: Tokens,
  si: number,
  mf: number,
  own: OwnWords,
  c: CompiledContext,
  notes: ContextNote[],
  stops: readonly number[],
): void {
  // A short function, each reading apart: V8 optimises a function after a number of runs that grows with its
  // bytecode, and one holding them all ran unoptimised through a page's first pass (read.ts).
  const s = t.sentences[si];
  if (!s) return;
  if (hasDebunkMarks(t, c)) markBefore(t, si, s, notes);
  const here = memoHeader(t, c, si, header);
  if (here && here.last < mf && !own.has(here.first) && !anyAfter(stops, here.last)) {
    note(notes, t, 'debunked', t.start[here.first] ?? 0, t.end[here.last] ?? 0);
    return;
  }
  // The next sentence gives a verdict ("X. C'est faux.", "X ? Attention à ce visuel trompeur"), or
  // answers a question at once ("Does X cause Y? No, ...", "... ? Non, répondent les experts").
  if (t.sentences[si + 1] && nextVerdict(t, si, s, c, notes)) return;
  // A header standing alone ("Myth:" then the claim on the next line or after the colon) covers the next sentence.
  if (si > 0) headerAlone(t, si, s, c, notes);
}

/** A cross mark between the previous sentence and this one's first word ("❌ X"). */
function markBefore(t: Tokens, si: number, s: Sentence, notes: ContextNote[]): void {
  const leadFrom = si > 0 ? (t.sentences[si - 1]?.end ?? 0) : 0;
  const mark = DEBUNK_MARKS.exec(t.text.slice(leadFrom, t.start[s.firstToken] ?? s.start));
  if (mark) {
    const at = leadFrom + mark.index;
    note(notes, t, 'debunked', at, at + mark[0].length);
  }
}

/** The next sentence's verdict, or its answer to this one's question: noted, true. */
function nextVerdict(t: Tokens, si: number, s: Sentence, c: CompiledContext, notes: ContextNote[]): boolean {
  const next = t.sentences[si + 1]!;
  const verdict = memoVerdict(t, c, si + 1, verdictOpening);
  if (verdict) {
    note(
      notes,
      t,
      'debunked',
      t.start[next.firstToken] ?? 0,
      t.end[next.firstToken + verdict.length - 1] ?? 0,
    );
    return true;
  }
  const answer = memoHeader(t, c, si + 1, header);
  if (answer && answer.first === next.firstToken) {
    const between = t.text.slice(t.end[s.endToken - 1] ?? 0, t.start[next.firstToken] ?? 0);
    if (questionMarkIn(between, 0, between.length) >= 0)
      note(notes, t, 'debunked', t.start[answer.first] ?? 0, t.end[answer.last] ?? 0);
  }
  return false;
}

/** The previous sentence is a header alone ("Myth:" then the claim): noted. */
function headerAlone(t: Tokens, si: number, s: Sentence, c: CompiledContext, notes: ContextNote[]): void {
  const prev = memoHeader(t, c, si - 1, header);
  const ps = t.sentences[si - 1];
  if (prev && ps && prev.last === ps.endToken - 1) {
    const gapText = t.text.slice(t.end[prev.last] ?? 0, s.start);
    if (/^[\s:\-–—❌]*$/u.test(gapText) && /[:\n]/u.test(gapText))
      note(notes, t, 'debunked', t.start[prev.first] ?? 0, t.end[prev.last] ?? 0);
  }
}

/** The verdict phrase sentence `k` opens with ("C'est faux.", "Attention à ce visuel trompeur"), if any. */
function verdictOpening(t: Tokens, c: CompiledContext, k: number): readonly string[] | undefined {
  const next = t.sentences[k]!;
  for (const w of phrasesAt(c, VERDICT, c.byFirst.verdicts, c.verdicts, t, next.firstToken))
    if (
      phraseAt(t, next.firstToken, next.endToken, w) &&
      !/^\s*\?/u.test(t.text.slice(t.end[next.firstToken + w.length - 1] ?? 0)) // "Wrong? Maybe not."
    )
      return w;
  return undefined;
}

/** "X, Y et Z : attention à cette publication": a verdict opening the clause after a colon or dash. */
export function readColonVerdict(
  t: Tokens,
  s: { endToken: number },
  ml: number,
  c: CompiledContext,
  notes: ContextNote[],
): void {
  if ((textPunct(t, c) & PUNCT_COLON_DASH) === 0) return; // no gap can hold a colon or dash
  for (let j = ml + 1; j < Math.min(s.endToken, ml + 1 + COLON_REACH); j++) {
    const a = t.end[j - 1] ?? 0;
    const b = t.start[j] ?? 0;
    if (!gapHas(t.text, a, b, ':-–—') || !/:|\s[-–—]\s/u.test(t.text.slice(a, b))) continue;
    for (const w of phrasesAt(c, VERDICT, c.byFirst.verdicts, c.verdicts, t, j)) {
      if (!phraseAt(t, j, s.endToken, w)) continue;
      const last = j + w.length - 1;
      if (/^\s*\?/u.test(t.text.slice(t.end[last] ?? 0))) continue; // "X : faux ?" asks
      note(notes, t, 'debunked', t.start[j] ?? 0, t.end[last] ?? 0);
      return;
    }
    return; // only the first clause after the claim
  }
}

/** A header opens its sentence, or follows a topic and a colon or dash ("Covid-19 : non, ..."). */
function header(t: Tokens, c: CompiledContext, sent: number): Span | undefined {
  const x = t.sentences[sent];
  if (!x) return undefined;
  // After the first word a header needs a colon, dash or "|" before it: without one in the text, only
  // the first word can open one.
  const reach = (textPunct(t, c) & PUNCT_HEADER_GAP) !== 0 ? 6 : 1;
  for (let at = x.firstToken; at < Math.min(x.endToken, x.firstToken + reach); at++) {
    const candidates = phrasesAt(c, HEADER, c.byFirst.headers, c.headers, t, at);
    if (candidates.length === 0) continue;
    if (at > x.firstToken && !/[:|\-–—]\s*$/u.test(t.text.slice(t.end[at - 1] ?? 0, t.start[at] ?? 0)))
      continue;
    for (const words of candidates) {
      if (!phraseAt(t, at, x.endToken, words)) continue;
      const last = at + words.length - 1;
      const after = t.text.slice(t.end[last] ?? 0, (t.end[last] ?? 0) + 3);
      if (/^\s*[:,!\-–—❌]/u.test(after) || last === x.endToken - 1) return { first: at, last };
    }
  }
  return undefined;
}

function anyAfter(xs: readonly number[], v: number): boolean {
  for (const x of xs) if (x > v) return true;
  return false;
}

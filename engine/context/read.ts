// Reads the context of one match, ConText-style, inside the match's sentence:
//   cues before the match (pre) reach forward a few words, cues after it (post) reach back a few words,
//   cues inside the match span count unless they are the rule's own words (ownTokens);
//   pseudo-cues hide what they contain, termination words ("but", "mais") and clause punctuation stop a
//   cue's reach; debunking headers ("Myth:", "Non,", "Faux :") cover their sentence, or the next one
//   when they stand alone; a "?" after the match or an interrogative opening makes it a question;
//   quotation marks around the match make it quoted. Headers and verdicts are read in headers.ts,
//   questions in question.ts, where a cue's reach ends inside a clause in scope.ts.
import type { ContextNote, Lang } from '../types';
import { keyAt, sentenceOf, type Sentence, type Tokens } from '../text/tokens';
import type { CompiledContext } from './compile';
import { WINDOW, type CueKind } from './lexicon';
import { readColonVerdict, readHeaders } from './headers';
import { DEBUNK_MARKS, hasDebunkMarks, hasQuoteMarks, type CuePair } from './memo';
import { readQuestion } from './question';
import { quoteAround } from './quotes';
import { scanCuePair, type FoundCue } from './scan';
import {
  absorbed,
  clauseOpened,
  contrastAfter,
  contrastive,
  embedderBefore,
  monthMay,
  superlative,
} from './scope';
import { anyOwn, cueNote, keysOf, note, terminatedBetween, touchesOwn } from './words';
import type { OwnWords } from './own-words';

export interface MatchSpan {
  firstToken: number;
  lastToken: number;
  ownTokens: OwnWords;
}

/** Punctuation between a cue and the match that ends the cue's reach, by kind. */
const BREAKS: Record<CueKind, RegExp> = {
  negated: /[,;:()\n–—]|\s-\s/u,
  hedged: /[;:\n]/u,
  reported: /[;\n]/u,
  question: /[;\n]/u,
  debunked: /[,;\n]/u, // a new clause after a comma is not the debunked one ("not true that X, Y")
};

// Words scanned around a match: a run-on "sentence" of thousands of words (no punctuation in a comment
// dump) must not make each match cost the whole run. Beyond the longest window plus the longest cue.
const REACH_BEFORE = 30;
const REACH_AFTER = 12;

const NO_STOPS: readonly number[] = [];
const POST_DEBUNK_BREAKS = /[,;\n]/u;
const POINTING_BACK_BREAKS = /[;\n]/u;
const POINTS_BACK = new Set(['that', 'this', 'which', 'it', 'ce', 'cela', 'ca', 'ceci', 'c']);

/** The context notes of one match, read with `c`, the compiled context data of `lang`. */
export function readContext(t: Tokens, match: MatchSpan, lang: Lang, c: CompiledContext): ContextNote[] {
  // A short function, the cue and mark readers apart: V8 optimises a function after a number of runs that
  // grows with its bytecode, and a page's first pass (1,700 matches at 10,000 rules) ran this one unoptimised
  // throughout when it held them all (~2 KB of bytecode).
  const si = sentenceOf(t, match.firstToken);
  const s = t.sentences[si];
  if (si < 0 || !s) return [];
  // No closures in this per-finding path (one allocation each, and a __name call each under tsx).
  const notes: ContextNote[] = [];

  const { firstToken: mf, lastToken: ml, ownTokens } = match;
  const mStart = t.start[mf] ?? 0;
  const mEnd = t.end[ml] ?? mStart;
  const pair = scanCuePair(
    t,
    Math.max(s.firstToken, mf - REACH_BEFORE),
    Math.min(s.endToken, ml + REACH_AFTER),
    c,
    ownTokens,
  );
  // Token indexes of termination words before the match ("but", "mais"): they also end a header's reach.
  const stops =
    pair[0].length > 0 || pair[1].length > 0 ? readCues(t, c, s, pair, mf, ml, ownTokens, notes) : undefined;

  readHeaders(t, si, mf, ownTokens, c, notes, stops ?? NO_STOPS);
  readColonVerdict(t, s, ml, c, notes);
  // "… cures cancer ❌" on the same line.
  if (hasDebunkMarks(t, c)) readMarkAfter(t, si, mEnd, notes);
  readQuestion(t, si, mf, ml, c, notes, lang === 'fr');
  if (hasQuoteMarks(t, c)) readQuoted(t, mStart, mEnd, notes);
  return notes;
}

/** The notes of the cues before, inside and after the match; returns the termination words before it. */
function readCues(
  t: Tokens,
  c: CompiledContext,
  s: Sentence,
  pair: CuePair,
  mf: number,
  ml: number,
  ownTokens: OwnWords,
  notes: ContextNote[],
): number[] | undefined {
  let stops: number[] | undefined;
  for (let d = 0; d < 2; d++) {
    const pre = d === 0;
    const cues = pair[d]!;
    if (pre) for (const x of cues) if (x.termination && !x.pre && x.last < mf) (stops ??= []).push(x.first);
    for (const cue of cues) {
      const kind = pre ? cue.pre : cue.post;
      if (!kind || cue.pseudo) continue;
      if (touchesOwn(cue, ownTokens)) continue;
      const keep =
        cue.first <= ml && cue.last >= mf
          ? insideKeeps(t, c, cues, cue, kind, mf, ml, ownTokens)
          : pre && cue.last < mf
            ? beforeKeeps(t, c, s, cues, cue, kind, mf, ml, ownTokens)
            : !pre && cue.first > ml && afterKeeps(t, c, cues, cue, kind, mf, ml);
      if (keep) cueNote(notes, t, kind, cue);
    }
  }
  return stops;
}

/** A cue inside the match span: whether it makes a note. */
function insideKeeps(
  t: Tokens,
  c: CompiledContext,
  cues: readonly FoundCue[],
  cue: FoundCue,
  kind: CueKind,
  mf: number,
  ml: number,
  ownTokens: OwnWords,
): boolean {
  // Inside the match span: a negation, hedge or report word between the rule's words changes the
  // claim; a debunking word there ("vaccines are a scam and cause autism") is part of the claim.
  if (kind === 'debunked' || (kind === 'negated' && contrastive(t, cue, ml))) return false;
  // "test whether you may have covid": the hedge is the embedded clause's, not the claim's.
  if (kind === 'hedged' && embedderBefore(t, c, mf, cue.first)) return false;
  // "X is not safe but causes autism": the claim's words after "but" are outside the negation.
  if (kind === 'negated' && contrastAfter(t, c, cues, cue.last, ml, ownTokens)) return false;
  // A narrow cue ("without", "no", "sans") negates the claim only when what it touches is the rule's
  // own word ("cause no autism"), not a word in a gap ("eating without water can cure").
  const narrow = c.narrow.get(keysOf(t, cue));
  if (narrow !== undefined && !anyOwn(ownTokens, cue.last + 1, Math.min(ml, cue.last + 1 + narrow)))
    return false;
  return true;
}

/** A cue before the match: whether it reaches the match and makes a note. */
function beforeKeeps(
  t: Tokens,
  c: CompiledContext,
  s: Sentence,
  cues: readonly FoundCue[],
  cue: FoundCue,
  kind: CueKind,
  mf: number,
  ml: number,
  ownTokens: OwnWords,
): boolean {
  const gap = mf - cue.last - 1;
  const between = t.text.slice(t.end[cue.last] ?? 0, t.start[mf] ?? 0);
  // Narrow cues reach their own object: a few words, never across clause punctuation.
  const narrow = c.narrow.get(keysOf(t, cue));
  const reach = narrow ?? WINDOW[kind].pre;
  const breaks = narrow === undefined ? BREAKS[kind] : BREAKS.negated;
  return (
    gap <= reach &&
    !breaks.test(between) &&
    !terminatedBetween(cues, cue.last, mf) &&
    !monthMay(t, cue, s) &&
    // "This may sound crazy, X": a modal's clause ends at a comma ("Maybe, X" still hedges).
    !(kind === 'hedged' && /\S\s*,/u.test(between)) &&
    // "not a virus but a bacterium spread by 5G": the negation ends at "but", inside the claim.
    !(kind === 'negated' && contrastAfter(t, c, cues, cue.last, ml, ownTokens)) &&
    // "No one can deny that X", "N'oubliez pas que X": the negation is the verb's, X stands.
    !(kind === 'negated' && absorbed(t, c, cue, mf)) &&
    // "Nothing cures covid faster than garlic": a superlative, not a negation.
    !(kind === 'negated' && superlative(t, c, cue, ml, ownTokens))
  );
}

/** A cue after the match: whether it reaches back to the match and makes a note. */
function afterKeeps(
  t: Tokens,
  c: CompiledContext,
  cues: readonly FoundCue[],
  cue: FoundCue,
  kind: CueKind,
  mf: number,
  ml: number,
): boolean {
  const gap = cue.first - ml - 1;
  const between = t.text.slice(t.end[ml] ?? t.start[mf] ?? 0, t.start[cue.first] ?? 0);
  // "X, covid is a hoax" says nothing of X; "X, that's a myth" does: after a comma only a
  // demonstrative cue ("that's", "c'est", "ce qui") points back at the claim.
  const breaks =
    kind !== 'debunked'
      ? BREAKS[kind]
      : POINTS_BACK.has(keyAt(t, cue.first) ?? '')
        ? POINTING_BACK_BREAKS
        : POST_DEBUNK_BREAKS;
  return (
    gap <= WINDOW[kind].post &&
    !breaks.test(between) &&
    !terminatedBetween(cues, ml, cue.first) &&
    // "ne ... pas" negates the verb it surrounds: right after the match ("X n'est pas prouvé") that
    // verb speaks of X; after another word ("X et ne sont pas efficaces", "X qui ne ...") it is a
    // clause of its own.
    !(cue.words && gap > 0) &&
    // "X, whether you like it or not": the "or not" closes the clause "whether" opened, not X.
    !(kind === 'question' && clauseOpened(t, c, mf, cue.first))
  );
}

/** A cross mark after the match on its line ("… cures cancer ❌"). */
function readMarkAfter(t: Tokens, si: number, mEnd: number, notes: ContextNote[]): void {
  const tailEnd = t.start[t.sentences[si + 1]?.firstToken ?? t.count] ?? t.text.length;
  const tail = t.text.slice(mEnd, Math.min(tailEnd, mEnd + 200));
  const cut = tail.search(/[\n.!?]/u); // the part before the first break (no array of all the parts)
  const cross = DEBUNK_MARKS.exec(cut < 0 ? tail : tail.slice(0, cut));
  if (cross) note(notes, t, 'debunked', mEnd + cross.index, mEnd + cross.index + cross[0].length);
}

/** Quotation marks around the match. */
function readQuoted(t: Tokens, mStart: number, mEnd: number, notes: ContextNote[]): void {
  const q = quoteAround(t.text, mStart, mEnd);
  if (q) note(notes, t, 'quoted', q.open, q.open + 1);
}

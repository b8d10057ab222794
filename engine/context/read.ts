// Reads the context of one match, ConText-style, inside the match's sentence:
//   cues before the match (pre) reach forward a few words, cues after it (post) reach back a few words,
//   cues inside the match span count unless they are the rule's own words (ownTokens);
//   pseudo-cues hide what they contain, termination words ("but", "mais") and clause punctuation stop a
//   cue's reach; debunking headers ("Myth:", "Non,", "Faux :") cover their sentence, or the next one
//   when they stand alone; a "?" after the match or an interrogative opening makes it a question;
//   quotation marks around the match make it quoted. Headers and verdicts are read in headers.ts,
//   questions in question.ts, where a cue's reach ends inside a clause in scope.ts.
import type { ContextNote, Lang } from '../types';
import { keyAt, sentenceOf, type Tokens } from '../text/tokens';
import type { CompiledContext } from './compile';
import { WINDOW, type CueKind } from './lexicon';
import { readColonVerdict, readHeaders } from './headers';
import { DEBUNK_MARKS, hasDebunkMarks, hasQuoteMarks } from './memo';
import { readQuestion } from './question';
import { quoteAround } from './quotes';
import { scanCuePair } from './scan';
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
  const si = sentenceOf(t, match.firstToken);
  const s = t.sentences[si];
  if (si < 0 || !s) return [];
  // No closures in this per-finding path (one allocation each, and a __name call each under tsx).
  const notes: ContextNote[] = [];

  const { firstToken: mf, lastToken: ml, ownTokens } = match;
  const mStart = t.start[mf] ?? 0;
  const mEnd = t.end[ml] ?? mStart;
  // Token indexes of termination words before the match ("but", "mais"): they also end a header's reach.
  let stops: number[] | undefined;
  const pair = scanCuePair(
    t,
    Math.max(s.firstToken, mf - REACH_BEFORE),
    Math.min(s.endToken, ml + REACH_AFTER),
    c,
    ownTokens,
  );
  for (let d = 0; d < 2; d++) {
    const dir = d === 0 ? 'pre' : 'post';
    const cues = pair[d]!;
    if (d === 0)
      for (const x of cues) if (x.termination && !x.pre && x.last < mf) (stops ??= []).push(x.first);
    for (const cue of cues) {
      const kind = dir === 'pre' ? cue.pre : cue.post;
      if (!kind || cue.pseudo) continue;
      if (touchesOwn(cue, ownTokens)) continue;
      if (cue.first <= ml && cue.last >= mf) {
        // Inside the match span: a negation, hedge or report word between the rule's words changes the
        // claim; a debunking word there ("vaccines are a scam and cause autism") is part of the claim.
        if (kind === 'debunked' || (kind === 'negated' && contrastive(t, cue, ml))) continue;
        // "test whether you may have covid": the hedge is the embedded clause's, not the claim's.
        if (kind === 'hedged' && embedderBefore(t, c, mf, cue.first)) continue;
        // "X is not safe but causes autism": the claim's words after "but" are outside the negation.
        if (kind === 'negated' && contrastAfter(t, c, cues, cue.last, ml, ownTokens)) continue;
        // A narrow cue ("without", "no", "sans") negates the claim only when what it touches is the rule's
        // own word ("cause no autism"), not a word in a gap ("eating without water can cure").
        const narrow = c.narrow.get(keysOf(t, cue));
        if (narrow !== undefined && !anyOwn(ownTokens, cue.last + 1, Math.min(ml, cue.last + 1 + narrow)))
          continue;
        cueNote(notes, t, kind, cue);
      } else if (dir === 'pre' && cue.last < mf) {
        const gap = mf - cue.last - 1;
        const between = t.text.slice(t.end[cue.last] ?? 0, mStart);
        // Narrow cues reach their own object: a few words, never across clause punctuation.
        const narrow = c.narrow.get(keysOf(t, cue));
        const reach = narrow ?? WINDOW[kind].pre;
        const breaks = narrow === undefined ? BREAKS[kind] : BREAKS.negated;
        if (
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
        )
          cueNote(notes, t, kind, cue);
      } else if (dir === 'post' && cue.first > ml) {
        const gap = cue.first - ml - 1;
        const between = t.text.slice(mEnd, t.start[cue.first] ?? 0);
        // "X, covid is a hoax" says nothing of X; "X, that's a myth" does: after a comma only a
        // demonstrative cue ("that's", "c'est", "ce qui") points back at the claim.
        const breaks =
          kind !== 'debunked'
            ? BREAKS[kind]
            : POINTS_BACK.has(keyAt(t, cue.first) ?? '')
              ? POINTING_BACK_BREAKS
              : POST_DEBUNK_BREAKS;
        if (
          gap <= WINDOW[kind].post &&
          !breaks.test(between) &&
          !terminatedBetween(cues, ml, cue.first) &&
          // "ne ... pas" negates the verb it surrounds: right after the match ("X n'est pas prouvé") that
          // verb speaks of X; after another word ("X et ne sont pas efficaces", "X qui ne ...") it is a
          // clause of its own.
          !(cue.words && gap > 0) &&
          // "X, whether you like it or not": the "or not" closes the clause "whether" opened, not X.
          !(kind === 'question' && clauseOpened(t, c, mf, cue.first))
        )
          cueNote(notes, t, kind, cue);
      }
    }
  }

  readHeaders(t, si, mf, ownTokens, c, notes, stops ?? NO_STOPS);
  readColonVerdict(t, s, ml, c, notes);
  // "… cures cancer ❌" on the same line.
  if (hasDebunkMarks(t, c)) {
    const tailEnd = t.start[t.sentences[si + 1]?.firstToken ?? t.count] ?? t.text.length;
    const tail = t.text.slice(mEnd, Math.min(tailEnd, mEnd + 200));
    const cut = tail.search(/[\n.!?]/u); // the part before the first break (no array of all the parts)
    const cross = DEBUNK_MARKS.exec(cut < 0 ? tail : tail.slice(0, cut));
    if (cross) note(notes, t, 'debunked', mEnd + cross.index, mEnd + cross.index + cross[0].length);
  }
  readQuestion(t, si, mf, ml, c, notes, lang === 'fr');
  const q = hasQuoteMarks(t, c) ? quoteAround(t.text, mStart, mEnd) : undefined;
  if (q) note(notes, t, 'quoted', q.open, q.open + 1);
  return notes;
}

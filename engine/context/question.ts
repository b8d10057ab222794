// Questions: a "?" after the claim (unless a later clause or a rhetorical tag asks it), an interrogative
// opening with a subject after it, French inversion ("guérit-il"); rhetorical openings assert.
import type { ContextNote } from '../types';
import { keyAt, type Tokens } from '../text/tokens';
import type { CompiledContext } from './compile';
import { canonAt } from './fold';
import { gapHas, note, phraseAt, phrasesAt } from './words';
import { questionMarkIn } from './question-mark';
import { INTERROGATIVE, isAt, LEAD, RHETORICAL } from './flags';
import { memoRhetorical, nextQuestionMark, PUNCT_HYPHEN, textPunct } from './memo';

const LATER_QUESTION =
  /[,;:]\s*(?:(?:so|and|but|then|alors|donc|mais|et)\s+)?(?:why|how|what|who|when|where|pourquoi|comment|quoi|qui|quand|où|combien|c['’]est (?:combien|quoi|qui))(?!\p{L})/iu;

const SPEECH_VERBS = new Set(
  'dit parait semble affirme assure explique ajoute precise conclut rappelle souligne insiste estime ecrit raconte poursuit indique note admet reconait avoue lance martele repond observe previent confie'.split(
    ' ',
  ),
);
const INVERTED = new Set(['il', 'ele', 'on', 'ils', 'eles']);

export function readQuestion(
  t: Tokens,
  si: number,
  mf: number,
  ml: number,
  c: CompiledContext,
  notes: ContextNote[],
  inversion: boolean,
): void {
  // A short function, each reading apart: V8 optimises a function after a number of runs that grows with its
  // bytecode, and one holding all three ran unoptimised through a page's first pass (read.ts).
  const s = t.sentences[si];
  if (!s) return;
  if (memoRhetorical(t, c, si, opensRhetorically)) return;
  const asked = questionMarkAfter(t, si, ml, s.endToken, c, notes);
  if (asked !== 0) return;
  if (interrogativeOpening(t, s, mf, c, notes)) return;
  // French inversion: "cause-t-il", "faut-il", "peut-on" (not "dit-il", "paraît-il").
  if (!inversion || (textPunct(t, c) & PUNCT_HYPHEN) === 0) return; // the glue before the subject has a "-"
  frenchInversion(t, s, ml, notes);
}

/**
 * A "?" after the match, before the next sentence: 1 when it asks the match (noted), -1 when a later clause
 * asks it (the match is asserted), 0 when there is none or it closes a rhetorical tag.
 */
function questionMarkAfter(
  t: Tokens,
  si: number,
  ml: number,
  end: number,
  c: CompiledContext,
  notes: ContextNote[],
): number {
  const stop = t.sentences[si + 1]?.start ?? t.text.length;
  const from = t.end[ml] ?? 0;
  // Bounded: a "?" far along a run-on sentence does not govern this match (and the slice stays cheap).
  const at = questionMarkIn(t.text, from, Math.min(stop, from + 300), nextQuestionMark(t, c, from));
  if (at < 0) return 0;
  const qm = at - from;
  // "X, so why are you still on pills?", "X, who knew?": the question is a later clause, X is asserted.
  if (LATER_QUESTION.test(t.text.slice(from, from + qm))) return -1;
  if (!rhetoricalTag(t, c, ml, at, end)) {
    note(notes, t, 'question', from + qm, from + qm + 1);
    return 1;
  }
  // The tag asks nothing of X; an interrogative opening still may ("Does X, you know?").
  return 0;
}

/** Interrogative opening, after optional discourse words ("so does ...", "est-ce que ..."): noted, true. */
function interrogativeOpening(
  t: Tokens,
  s: { firstToken: number; endToken: number },
  mf: number,
  c: CompiledContext,
  notes: ContextNote[],
): boolean {
  const end = s.endToken;
  let i = s.firstToken;
  while (i < mf && isAt(t, c, i, LEAD)) i++;
  for (const words of phrasesAt(c, INTERROGATIVE, c.byFirst.interrogatives, c.interrogatives, t, i)) {
    if (!phraseAt(t, i, end, words)) continue;
    const next = canonAt(t, i + words.length);
    // "Do your research" is an order; "Should work for everyone" a statement without its subject.
    if (c.imperativeAfter.has(next) || c.statementAfter.has(next)) continue;
    // "Do your research: X" — an opening's reach ends at a colon.
    if (/[:;]/u.test(t.text.slice(t.end[i + words.length - 1] ?? 0, t.start[mf] ?? 0))) continue;
    note(notes, t, 'question', t.start[i] ?? 0, t.end[i + words.length - 1] ?? 0);
    return true;
  }
  return false;
}

/** French inversion ("cause-t-il", "faut-il", "peut-on"; not "dit-il", "paraît-il"): noted. */
function frenchInversion(
  t: Tokens,
  s: { firstToken: number; endToken: number },
  ml: number,
  notes: ContextNote[],
): void {
  const end = s.endToken;
  for (let j = s.firstToken + 1; j <= Math.min(ml + 1, end - 1); j++) {
    // The glue before an inverted subject ends with "-": a character test before the key lookup.
    if (t.text.charCodeAt((t.start[j] ?? 0) - 1) !== 0x2d) continue;
    const k = canonAt(t, j);
    if (!INVERTED.has(k)) continue;
    const prevTok = keyAt(t, j - 1) === 't' ? j - 2 : j - 1;
    const glue = t.text.slice(t.end[prevTok] ?? 0, t.start[j] ?? 0);
    if (!/^-(t-)?$/u.test(glue) || SPEECH_VERBS.has(canonAt(t, prevTok))) continue;
    note(notes, t, 'question', t.start[prevTok] ?? 0, t.end[j] ?? 0);
    return;
  }
}

/** Rhetorical openings ("did you know", "le saviez-vous") sit at the start, after a word or two at most. */
function opensRhetorically(t: Tokens, c: CompiledContext, si: number): boolean {
  const s = t.sentences[si]!;
  const end = s.endToken;
  for (let i = s.firstToken; i < Math.min(end, s.firstToken + 3); i++)
    for (const r of phrasesAt(c, RHETORICAL, c.byFirst.rhetorical, c.rhetorical, t, i))
      if (phraseAt(t, i, end, r)) return true;
  return false;
}

/**
 * "X, did you know?", "X (who knew?)", "X and you know what?": the "?" at `qm` closes a rhetorical tag,
 * a clause of its own after the match, and X is asserted.
 */
function rhetoricalTag(t: Tokens, c: CompiledContext, ml: number, qm: number, end: number): boolean {
  let clause = -1; // first token of the last clause opened between the match and the "?"
  for (let j = ml + 1; j < end && (t.start[j] ?? qm) < qm; j++)
    if (
      (gapHas(t.text, t.end[j - 1] ?? 0, t.start[j] ?? 0, ',;(–—-') &&
        /[,;(–—]|\s-\s/u.test(t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0))) ||
      isAt(t, c, j, LEAD)
    )
      clause = j;
  if (clause < 0) return false;
  while (clause < end && isAt(t, c, clause, LEAD)) clause++;
  for (const r of phrasesAt(c, RHETORICAL, c.byFirst.rhetorical, c.rhetorical, t, clause))
    if (phraseAt(t, clause, end, r) && (t.end[clause + r.length - 1] ?? qm) <= qm) return true;
  return false;
}

// Reads the context of one match, ConText-style, inside the match's sentence:
//   cues before the match (pre) reach forward a few words, cues after it (post) reach back a few words,
//   cues inside the match span count unless they are the rule's own words (ownTokens);
//   pseudo-cues hide what they contain, termination words ("but", "mais") and clause punctuation stop a
//   cue's reach; debunking headers ("Myth:", "Non,", "Faux :") cover their sentence, or the next one
//   when they stand alone; a "?" after the match or an interrogative opening makes it a question;
//   quotation marks around the match make it quoted.
import type { ContextKind, ContextNote, Lang } from '../types';
import { TokenKind, type Tokens } from '../text/tokens';
import { compiledContext, type CompiledContext, type PhraseIndex } from './compile';
import { canonAt } from './fold';
import { WINDOW, type CueKind } from './lexicon';
import { questionMarkIn } from './question-mark';
import { quoteAround } from './quotes';
import { scanCues, type FoundCue } from './scan';

export interface MatchSpan {
  firstToken: number;
  lastToken: number;
  ownTokens: ReadonlySet<number>;
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

const DEBUNK_MARKS = /[❌🚫✖⛔]/u;
const LATER_QUESTION =
  /[,;:]\s*(?:(?:so|and|but|then|alors|donc|mais|et)\s+)?(?:why|how|what|who|when|where|pourquoi|comment|quoi|qui|quand|où|combien|c['’]est (?:combien|quoi|qui))(?!\p{L})/iu;
const POST_DEBUNK_BREAKS = /[,;\n]/u;
const POINTING_BACK_BREAKS = /[;\n]/u;
const POINTS_BACK = new Set(['that', 'this', 'which', 'it', 'ce', 'cela', 'ca', 'ceci', 'c']);

export function readContext(t: Tokens, match: MatchSpan, lang: Lang): ContextNote[] {
  const si = t.sentence[match.firstToken];
  const s = si === undefined ? undefined : t.sentences[si];
  if (si === undefined || !s) return [];
  const c = compiledContext(lang);
  // No closures in this per-finding path (one allocation each, and a __name call each under tsx).
  const notes: ContextNote[] = [];

  const { firstToken: mf, lastToken: ml, ownTokens } = match;
  const mStart = t.start[mf] ?? 0;
  const mEnd = t.end[ml] ?? mStart;
  // Token indexes of termination words before the match ("but", "mais"): they also end a header's reach.
  const stops: number[] = [];
  for (const dir of ['pre', 'post'] as const) {
    const cues = scanCues(
      t,
      Math.max(s.firstToken, mf - REACH_BEFORE),
      Math.min(s.endToken, ml + REACH_AFTER),
      c,
      dir,
      ownTokens,
    );
    if (dir === 'pre') for (const x of cues) if (x.termination && !x.pre && x.last < mf) stops.push(x.first);
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
            : POINTS_BACK.has(t.key[cue.first] ?? '')
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

  readHeaders(t, si, mf, ownTokens, c, notes, stops);
  readColonVerdict(t, s, ml, c, notes);
  // "… cures cancer ❌" on the same line.
  const tailEnd = t.start[t.sentences[si + 1]?.firstToken ?? t.count] ?? t.text.length;
  const tail = t.text.slice(mEnd, Math.min(tailEnd, mEnd + 200));
  const cut = tail.search(/[\n.!?]/u); // the part before the first break (no array of all the parts)
  const cross = DEBUNK_MARKS.exec(cut < 0 ? tail : tail.slice(0, cut));
  if (cross) note(notes, t, 'debunked', mEnd + cross.index, mEnd + cross.index + cross[0].length);
  readQuestion(t, si, mf, ml, c, notes, lang === 'fr');
  const q = quoteAround(t.text, mStart, mEnd);
  if (q) note(notes, t, 'quoted', q.open, q.open + 1);
  return notes;
}

/** Adds a note unless the same one is there. */
function note(notes: ContextNote[], t: Tokens, kind: ContextKind, start: number, end: number): void {
  for (let k = 0; k < notes.length; k++) {
    const n = notes[k]!;
    if (n.kind === kind && n.start === start && n.end === end) return;
  }
  notes.push({ kind, cue: t.text.slice(start, end), start, end });
}

function cueNote(notes: ContextNote[], t: Tokens, kind: CueKind, cue: FoundCue): void {
  note(notes, t, kind, t.start[cue.first] ?? 0, t.end[cue.last] ?? 0);
}

/** A termination word ("but", "mais") strictly between tokens a and b. */
function terminatedBetween(cues: readonly FoundCue[], a: number, b: number): boolean {
  for (const x of cues) if (x.termination && !x.pre && !x.post && x.first > a && x.last < b) return true;
  return false;
}

/** One of the cue's words is one of the rule's own words. */
function touchesOwn(cue: FoundCue, own: ReadonlySet<number>): boolean {
  if (cue.words) {
    for (const i of cue.words) if (own.has(i)) return true;
    return false;
  }
  return anyOwn(own, cue.first, cue.last);
}

/** One of the tokens first..last (inclusive) is one of the rule's own words. */
function anyOwn(own: ReadonlySet<number>, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (own.has(i)) return true;
  return false;
}

const NONE: readonly string[][] = [];

/** The phrases of a list that can start at token i (those whose first word is its key), in list order. */
function phrasesAt(index: PhraseIndex, list: readonly string[][], t: Tokens, i: number): readonly string[][] {
  return index === undefined ? list : (index.get(canonAt(t, i)) ?? NONE);
}

/** Folded keys from token i match the phrase. */
function phraseAt(t: Tokens, i: number, end: number, words: readonly string[]): boolean {
  if (i + words.length > end) return false;
  for (let j = 0; j < words.length; j++) if (canonAt(t, i + j) !== words[j]) return false;
  return true;
}

/** "Myth: …", "Non, …", "Faux : …", "❌ …" at the start of the match's sentence or alone just before it. */
function readHeaders(
  t: Tokens,
  si: number,
  mf: number,
  own: ReadonlySet<number>,
  c: CompiledContext,
  notes: ContextNote[],
  stops: readonly number[],
): void {
  const s = t.sentences[si];
  if (!s) return;
  const leadFrom = si > 0 ? (t.sentences[si - 1]?.end ?? 0) : 0;
  const mark = DEBUNK_MARKS.exec(t.text.slice(leadFrom, t.start[s.firstToken] ?? s.start));
  if (mark) {
    const at = leadFrom + mark.index;
    note(notes, t, 'debunked', at, at + mark[0].length);
  }
  const here = header(t, c, si);
  if (here && here.last < mf && !own.has(here.first) && !anyAfter(stops, here.last)) {
    note(notes, t, 'debunked', t.start[here.first] ?? 0, t.end[here.last] ?? 0);
    return;
  }
  // The next sentence gives a verdict ("X. C'est faux.", "X ? Attention à ce visuel trompeur"), or
  // answers a question at once ("Does X cause Y? No, ...", "... ? Non, répondent les experts").
  const next = t.sentences[si + 1];
  if (next) {
    let verdict: readonly string[] | undefined;
    for (const w of phrasesAt(c.byFirst.verdicts, c.verdicts, t, next.firstToken))
      if (
        phraseAt(t, next.firstToken, next.endToken, w) &&
        !/^\s*\?/u.test(t.text.slice(t.end[next.firstToken + w.length - 1] ?? 0)) // "Wrong? Maybe not."
      ) {
        verdict = w;
        break;
      }
    if (verdict) {
      note(
        notes,
        t,
        'debunked',
        t.start[next.firstToken] ?? 0,
        t.end[next.firstToken + verdict.length - 1] ?? 0,
      );
      return;
    }
    const answer = header(t, c, si + 1);
    const between = t.text.slice(t.end[s.endToken - 1] ?? 0, t.start[next.firstToken] ?? 0);
    if (answer && answer.first === next.firstToken && questionMarkIn(between, 0, between.length) >= 0)
      note(notes, t, 'debunked', t.start[answer.first] ?? 0, t.end[answer.last] ?? 0);
  }
  // A header standing alone ("Myth:" then the claim on the next line or after the colon) covers the next sentence.
  const prev = si > 0 ? header(t, c, si - 1) : undefined;
  const ps = t.sentences[si - 1];
  if (prev && ps && prev.last === ps.endToken - 1) {
    const gapText = t.text.slice(t.end[prev.last] ?? 0, s.start);
    if (/^[\s:\-–—❌]*$/u.test(gapText) && /[:\n]/u.test(gapText))
      note(notes, t, 'debunked', t.start[prev.first] ?? 0, t.end[prev.last] ?? 0);
  }
}

/** "X, Y et Z : attention à cette publication": a verdict opening the clause after a colon or dash. */
function readColonVerdict(
  t: Tokens,
  s: { endToken: number },
  ml: number,
  c: CompiledContext,
  notes: ContextNote[],
): void {
  for (let j = ml + 1; j < Math.min(s.endToken, ml + 1 + REACH_AFTER); j++) {
    const gap = t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0);
    if (!/:|\s[-–—]\s/u.test(gap)) continue;
    for (const w of phrasesAt(c.byFirst.verdicts, c.verdicts, t, j)) {
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
function header(t: Tokens, c: CompiledContext, sent: number): { first: number; last: number } | undefined {
  const x = t.sentences[sent];
  if (!x) return undefined;
  for (let at = x.firstToken; at < Math.min(x.endToken, x.firstToken + 6); at++) {
    const candidates = phrasesAt(c.byFirst.headers, c.headers, t, at);
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

const SPEECH_VERBS = new Set(
  'dit parait semble affirme assure explique ajoute precise conclut rappelle souligne insiste estime ecrit raconte poursuit indique note admet reconait avoue lance martele repond observe previent confie'.split(
    ' ',
  ),
);
const INVERTED = new Set(['il', 'ele', 'on', 'ils', 'eles']);

function readQuestion(
  t: Tokens,
  si: number,
  mf: number,
  ml: number,
  c: CompiledContext,
  notes: ContextNote[],
  inversion: boolean,
): void {
  const s = t.sentences[si];
  if (!s) return;
  const end = s.endToken;
  // Rhetorical openings ("did you know", "le saviez-vous") sit at the start, after a word or two at most.
  for (let i = s.firstToken; i < Math.min(end, s.firstToken + 3); i++)
    for (const r of phrasesAt(c.byFirst.rhetorical, c.rhetorical, t, i)) if (phraseAt(t, i, end, r)) return;
  // "?" after the match, before the next sentence.
  const stop = t.sentences[si + 1]?.start ?? t.text.length;
  const from = t.end[ml] ?? 0;
  // Bounded: a "?" far along a run-on sentence does not govern this match (and the slice stays cheap).
  const at = questionMarkIn(t.text, from, Math.min(stop, from + 300));
  if (at >= 0) {
    const qm = at - from;
    // "X, so why are you still on pills?", "X, who knew?": the question is a later clause, X is asserted.
    if (LATER_QUESTION.test(t.text.slice(from, from + qm))) return;
    if (!rhetoricalTag(t, c, ml, at, end)) {
      note(notes, t, 'question', from + qm, from + qm + 1);
      return;
    }
    // The tag asks nothing of X; an interrogative opening still may ("Does X, you know?").
  }
  // Interrogative opening, after optional discourse words ("so does ...", "est-ce que ...").
  let i = s.firstToken;
  while (i < mf && c.lead.has(canonAt(t, i))) i++;
  for (const words of phrasesAt(c.byFirst.interrogatives, c.interrogatives, t, i)) {
    if (!phraseAt(t, i, end, words)) continue;
    const next = canonAt(t, i + words.length);
    // "Do your research" is an order; "Should work for everyone" a statement without its subject.
    if (c.imperativeAfter.has(next) || c.statementAfter.has(next)) continue;
    // "Do your research: X" — an opening's reach ends at a colon.
    if (/[:;]/u.test(t.text.slice(t.end[i + words.length - 1] ?? 0, t.start[mf] ?? 0))) continue;
    note(notes, t, 'question', t.start[i] ?? 0, t.end[i + words.length - 1] ?? 0);
    return;
  }
  // French inversion: "cause-t-il", "faut-il", "peut-on" (not "dit-il", "paraît-il").
  if (!inversion) return;
  for (let j = s.firstToken + 1; j <= Math.min(ml + 1, end - 1); j++) {
    const k = canonAt(t, j);
    if (!INVERTED.has(k)) continue;
    const prevTok = t.key[j - 1] === 't' ? j - 2 : j - 1;
    const glue = t.text.slice(t.end[prevTok] ?? 0, t.start[j] ?? 0);
    if (!/^-(t-)?$/u.test(glue) || SPEECH_VERBS.has(canonAt(t, prevTok))) continue;
    note(notes, t, 'question', t.start[prevTok] ?? 0, t.end[j] ?? 0);
    return;
  }
}

/**
 * "X, did you know?", "X (who knew?)", "X and you know what?": the "?" at `qm` closes a rhetorical tag,
 * a clause of its own after the match, and X is asserted.
 */
function rhetoricalTag(t: Tokens, c: CompiledContext, ml: number, qm: number, end: number): boolean {
  let clause = -1; // first token of the last clause opened between the match and the "?"
  for (let j = ml + 1; j < end && (t.start[j] ?? qm) < qm; j++)
    if (/[,;(–—]|\s-\s/u.test(t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0)) || c.lead.has(canonAt(t, j)))
      clause = j;
  if (clause < 0) return false;
  while (clause < end && c.lead.has(canonAt(t, clause))) clause++;
  for (const r of phrasesAt(c.byFirst.rhetorical, c.rhetorical, t, clause))
    if (phraseAt(t, clause, end, r) && (t.end[clause + r.length - 1] ?? qm) <= qm) return true;
  return false;
}

/** An embedder ("whether", "if") in the match, among the three words before token i. */
function embedderBefore(t: Tokens, c: CompiledContext, mf: number, i: number): boolean {
  for (let j = Math.max(mf, i - 3); j < i; j++) if (c.embedders.has(canonAt(t, j))) return true;
  return false;
}

/**
 * Between the match's first word and token `to` (exclusive), an embedder or a concessive word after a
 * comma opens a clause of its own.
 */
function clauseOpened(t: Tokens, c: CompiledContext, mf: number, to: number): boolean {
  for (let j = mf + 1; j < to; j++) {
    const k = canonAt(t, j);
    if (c.embedders.has(k)) return true;
    if (c.concessive.has(k) && /[,;–—]\s*$/u.test(t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0)))
      return true;
  }
  return false;
}

/** A negative quantifier cue with a comparative word up to four words after the match, in its clause. */
function superlative(
  t: Tokens,
  c: CompiledContext,
  cue: FoundCue,
  ml: number,
  own: ReadonlySet<number>,
): boolean {
  if (!c.superlative.cues.has(keysOf(t, cue))) return false;
  for (let j = cue.last + 1; j <= Math.min(t.count - 1, ml + 4); j++) {
    if (j > ml && /[,;:()\n–—]/u.test(t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0))) return false;
    if (!own.has(j) && c.superlative.words.has(canonAt(t, j))) return true;
  }
  return false;
}

/** A verb that keeps a negation from its complement ("deny", "forget", "nier") between the cue and mf. */
function absorbed(t: Tokens, c: CompiledContext, cue: FoundCue, mf: number): boolean {
  for (let j = cue.first + 1; j < mf; j++) if (c.absorbers.has(canonAt(t, j))) return true;
  return false;
}

/**
 * A contrastive word ("but", "mais") after token `from` inside the match, or a new clause there (a comma
 * then a subject, or a lone comma: "never believe vaccines are safe, they cause autism", "ne vous faites
 * pas vacciner, les vaccins causent l'autisme"), with rule words after it.
 */
function contrastAfter(
  t: Tokens,
  c: CompiledContext,
  cues: readonly FoundCue[],
  from: number,
  ml: number,
  own: ReadonlySet<number>,
): boolean {
  for (const x of cues) {
    if (!x.termination || x.pre || x.post || x.first <= from || x.last >= ml) continue;
    if (c.contrast.has(keysOf(t, x)) && anyOwn(own, x.last + 1, ml)) return true;
  }
  // A lone comma starts a new clause; two are an aside ("do not, as some say, cause autism").
  let breaks = 0;
  let cut = -1;
  for (let j = from + 1; j <= ml; j++) {
    if (!/[,;]/u.test(t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0))) continue;
    breaks++;
    if (!anyOwn(own, j, ml)) continue;
    if (c.clauseSubjects.has(canonAt(t, j))) return true;
    if (cut < 0) cut = j;
  }
  return breaks === 1 && cut >= 0;
}

/** "Vaccines, not genes, cause autism": a negation set off by commas inside the match negates an aside. */
function contrastive(t: Tokens, cue: FoundCue, ml: number): boolean {
  if (cue.words) return false; // ne ... pas negates the verb it surrounds
  if (!/,\s*$/u.test(t.text.slice(Math.max(0, (t.start[cue.first] ?? 0) - 3), t.start[cue.first] ?? 0)))
    return false;
  for (let i = cue.last; i < Math.min(ml, cue.last + 4); i++)
    if (t.text.slice(t.end[i] ?? 0, t.start[i + 1] ?? 0).includes(',')) return true;
  return false;
}

/** The cue's canonical keys joined by spaces (a loop: no index array, no mapped array). */
function keysOf(t: Tokens, cue: FoundCue): string {
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

/** "May 22", "22 May", "in May" mid-sentence: the month, not the modal verb. */
function monthMay(t: Tokens, cue: FoundCue, s: { firstToken: number }): boolean {
  if (cue.first !== cue.last || t.key[cue.first] !== 'may') return false;
  if (t.kind[cue.first + 1] === TokenKind.Number || t.kind[cue.first - 1] === TokenKind.Number) return true;
  // Capitalised mid-sentence ("in May"), but not shouted ("GARLIC MAY CURE FLU" is the verb).
  return cue.first !== s.firstToken && t.text.slice(t.start[cue.first] ?? 0, t.end[cue.first] ?? 0) === 'May';
}

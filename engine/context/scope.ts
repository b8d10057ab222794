// Where a cue's reach ends inside a sentence: embedded clauses ("whether you may have"), contrast ("not X
// but Y"), a new clause after a comma, verbs that keep a negation ("no one can deny"), superlatives
// ("nothing cures X faster than Y"), asides ("X, not Y, causes"), and "May" the month.
import { keyAt, TokenKind, type Tokens } from '../text/tokens';
import type { CompiledContext } from './compile';
import type { FoundCue } from './scan';
import { anyOwn, gapHas, keysOf } from './words';
import { ABSORBER, bitsAt, CLAUSE_SUBJECT, CONCESSIVE, EMBEDDER, isAt, SUPERLATIVE_WORD } from './flags';
import type { OwnWords } from './own-words';

/** An embedder ("whether", "if") in the match, among the three words before token i. */
export function embedderBefore(t: Tokens, c: CompiledContext, mf: number, i: number): boolean {
  for (let j = Math.max(mf, i - 3); j < i; j++) if (isAt(t, c, j, EMBEDDER)) return true;
  return false;
}

/**
 * Between the match's first word and token `to` (exclusive), an embedder or a concessive word after a
 * comma opens a clause of its own.
 */
export function clauseOpened(t: Tokens, c: CompiledContext, mf: number, to: number): boolean {
  for (let j = mf + 1; j < to; j++) {
    const b = bitsAt(t, c, j);
    if ((b & EMBEDDER) !== 0) return true;
    if ((b & CONCESSIVE) !== 0 && /[,;–—]\s*$/u.test(t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0)))
      return true;
  }
  return false;
}

/** A negative quantifier cue with a comparative word up to four words after the match, in its clause. */
export function superlative(
  t: Tokens,
  c: CompiledContext,
  cue: FoundCue,
  ml: number,
  own: OwnWords,
): boolean {
  if (!c.superlative.cues.has(keysOf(t, cue))) return false;
  for (let j = cue.last + 1; j <= Math.min(t.count - 1, ml + 4); j++) {
    if (j > ml && /[,;:()\n–—]/u.test(t.text.slice(t.end[j - 1] ?? 0, t.start[j] ?? 0))) return false;
    if (!own.has(j) && isAt(t, c, j, SUPERLATIVE_WORD)) return true;
  }
  return false;
}

/** A verb that keeps a negation from its complement ("deny", "forget", "nier") between the cue and mf. */
export function absorbed(t: Tokens, c: CompiledContext, cue: FoundCue, mf: number): boolean {
  for (let j = cue.first + 1; j < mf; j++) if (isAt(t, c, j, ABSORBER)) return true;
  return false;
}

/**
 * A contrastive word ("but", "mais") after token `from` inside the match, or a new clause there (a comma
 * then a subject, or a lone comma: "never believe vaccines are safe, they cause autism", "ne vous faites
 * pas vacciner, les vaccins causent l'autisme"), with rule words after it.
 */
export function contrastAfter(
  t: Tokens,
  c: CompiledContext,
  cues: readonly FoundCue[],
  from: number,
  ml: number,
  own: OwnWords,
): boolean {
  for (const x of cues) {
    if (!x.termination || x.pre || x.post || x.first <= from || x.last >= ml) continue;
    if (c.contrast.has(keysOf(t, x)) && anyOwn(own, x.last + 1, ml)) return true;
  }
  // A lone comma starts a new clause; two are an aside ("do not, as some say, cause autism").
  let breaks = 0;
  let cut = -1;
  for (let j = from + 1; j <= ml; j++) {
    if (!gapHas(t.text, t.end[j - 1] ?? 0, t.start[j] ?? 0, ',;')) continue; // = /[,;]/u on the gap
    breaks++;
    if (!anyOwn(own, j, ml)) continue;
    if (isAt(t, c, j, CLAUSE_SUBJECT)) return true;
    if (cut < 0) cut = j;
  }
  return breaks === 1 && cut >= 0;
}

/** "Vaccines, not genes, cause autism": a negation set off by commas inside the match negates an aside. */
export function contrastive(t: Tokens, cue: FoundCue, ml: number): boolean {
  if (cue.words) return false; // ne ... pas negates the verb it surrounds
  if (!/,\s*$/u.test(t.text.slice(Math.max(0, (t.start[cue.first] ?? 0) - 3), t.start[cue.first] ?? 0)))
    return false;
  for (let i = cue.last; i < Math.min(ml, cue.last + 4); i++)
    if (t.text.slice(t.end[i] ?? 0, t.start[i + 1] ?? 0).includes(',')) return true;
  return false;
}

/** "May 22", "22 May", "in May" mid-sentence: the month, not the modal verb. */
export function monthMay(t: Tokens, cue: FoundCue, s: { firstToken: number }): boolean {
  if (cue.first !== cue.last || keyAt(t, cue.first) !== 'may') return false;
  if (t.kind[cue.first + 1] === TokenKind.Number || t.kind[cue.first - 1] === TokenKind.Number) return true;
  // Capitalised mid-sentence ("in May"), but not shouted ("GARLIC MAY CURE FLU" is the verb).
  return cue.first !== s.firstToken && t.text.slice(t.start[cue.first] ?? 0, t.end[cue.first] ?? 0) === 'May';
}

// Helpers for the context tests: tokenize a sentence and point at a phrase in it as if a rule had matched.
import { tokenize } from '../../engine/text/tokenize';
import type { Tokens } from '../../engine/text/tokens';
import type { ContextKind, Lang } from '../../engine/types';
import { readContext } from '../../engine/context';
import { builtinContext } from '../../engine/context/builtin';

/** Token range of `phrase` (plain words, folded like the text) in the tokens. */
export function spanOf(t: Tokens, phrase: string): { firstToken: number; lastToken: number } {
  const want = tokenize(phrase).key;
  for (let i = 0; i + want.length <= t.count; i++) {
    if (want.every((w, j) => t.key[i + j] === w)) return { firstToken: i, lastToken: i + want.length - 1 };
  }
  throw new Error(`phrase not found: "${phrase}" in "${t.text}"`);
}

/**
 * Kinds read around `phrase` in `text`. `own` lists words of the phrase that are the rule's own literal
 * words (their cues do not count).
 */
export function kindsAround(text: string, phrase: string, lang: Lang, own?: string[]): ContextKind[] {
  const t = tokenize(text);
  const m = spanOf(t, phrase);
  // By default every word of the match is the rule's own except the context words, as a matcher would give.
  const ownKeys = new Set((own ?? defaultOwn(phrase)).flatMap((w) => tokenize(w).key));
  const ownTokens = new Set<number>();
  for (let i = m.firstToken; i <= m.lastToken; i++) if (ownKeys.has(t.key[i] ?? '')) ownTokens.add(i);
  const kinds = readContext(t, { ...m, ownTokens }, lang, builtinContext(lang)).map((n) => n.kind);
  return [...new Set(kinds)].sort();
}

const NOT_OWN = new Set(
  tokenize(
    "not no never n't ne pas plus jamais aucun aucune sans may might could pourrait peut être serait t il est ce que",
  ).key,
);

/** The phrase's words minus context words: what a rule's literal words would be. */
function defaultOwn(phrase: string): string[] {
  return tokenize(phrase).key.filter((k) => !NOT_OWN.has(k));
}

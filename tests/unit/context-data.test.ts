// Checks on the context cue data (engine/context/en.ts, fr.ts): every phrase folds to words, no phrase
// is listed twice for one role, and every pseudo-cue hides at least one cue word (else it does nothing).
import { describe, expect, it } from 'vitest';
import { EN } from '../../engine/context/en';
import { FR } from '../../engine/context/fr';
import { foldPhrase } from '../../engine/context/fold';
import type { ContextLexicon } from '../../engine/context/lexicon';

const LEXICONS: [string, ContextLexicon][] = [
  ['en', EN],
  ['fr', FR],
];

function lists(lex: ContextLexicon): [string, readonly string[]][] {
  return [
    ...Object.entries(lex.pre).map(([k, v]) => [`pre.${k}`, v] as [string, readonly string[]]),
    ...Object.entries(lex.post).map(([k, v]) => [`post.${k}`, v] as [string, readonly string[]]),
    ['pseudo', lex.pseudo],
    ['terminations', lex.terminations],
    ['interrogatives', lex.interrogatives],
    ['rhetorical', lex.rhetorical],
    ['headers', lex.headers],
    ['verdicts', lex.verdicts],
    ['statementAfter', lex.statementAfter],
    ['contrast', lex.contrast],
    ['concessive', lex.concessive],
    ['embedders', lex.embedders],
  ];
}

describe.each(LEXICONS)('context data (%s)', (_lang, lex) => {
  it('folds every phrase to at least one word', () => {
    for (const [name, list] of lists(lex))
      for (const p of list) expect(foldPhrase(p).length, `${name}: "${p}"`).toBeGreaterThan(0);
  });

  // Spelling variants that fold alike (infondé / infondée) may both stay: the folding could change.
  it('lists no phrase twice in one list', () => {
    for (const [name, list] of lists(lex))
      expect(
        list.filter((p, i) => list.indexOf(p) !== i),
        name,
      ).toEqual([]);
  });

  // A contrast word only cuts a negation's reach when the scan finds it as a termination.
  it('lists every contrast phrase as a termination', () => {
    const terminations = new Set(lex.terminations.map((p) => foldPhrase(p).join(' ')));
    expect(lex.contrast.filter((p) => !terminations.has(foldPhrase(p).join(' ')))).toEqual([]);
  });

  it('gives every pseudo-cue a cue word to hide', () => {
    const cueWords = new Set<string>();
    for (const list of [...Object.values(lex.pre), ...Object.values(lex.post)])
      for (const p of list ?? []) for (const w of foldPhrase(p)) cueWords.add(w);
    for (const pair of lex.pairs)
      for (const w of [pair.first, ...pair.second]) foldPhrase(w).forEach((k) => cueWords.add(k));
    const idle = lex.pseudo.filter((p) => !foldPhrase(p).some((w) => cueWords.has(w)));
    expect(idle).toEqual([]);
  });
});

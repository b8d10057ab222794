// The shared lexicons in the shape the engine's compile() takes.
import type { Lexicon } from '../../engine/match/packs.ts';
import type { Lexicons } from './cross.ts';

export function engineLexicon(lexicons: Lexicons): Lexicon {
  const out: Lexicon = { classes: {}, spellings: {} };
  for (const lang of ['en', 'fr'] as const) {
    const file = lexicons[lang];
    if (!file) continue;
    out.classes[lang] = file.classes;
    out.spellings[lang] = file.spellings ?? {};
  }
  return out;
}

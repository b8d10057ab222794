// Guesses a post's language from its function words, cheaply and locally (no model, no network).
// English and French are the languages with rules; anything else clearly dominant comes out 'other'
// and runs nothing; too little evidence (hashtags, three words) runs both so nothing is missed.
import type { DetectedLang, Lang } from '../types';
import type { Tokens } from '../text/tokens';
import { foldText } from '../text/tokenize';
import {
  EN_WORDS,
  FR_E_ACUTE,
  FR_LETTERS,
  FR_SHARED,
  FR_WORDS,
  OTHER_LETTERS,
  OTHER_WORDS,
} from './stopwords';

const fold = (words: string): Set<string> => new Set(foldText(words).split(' ').filter(Boolean));

let tables:
  | {
      en: Set<string>;
      fr: Set<string>;
      frShared: Set<string>;
      other: Set<string>[];
      otherOnly: Set<string>[];
    }
  | undefined;

function load(): NonNullable<typeof tables> {
  if (tables) return tables;
  const en = fold(EN_WORDS);
  const fr = fold(FR_WORDS);
  const frShared = fold(FR_SHARED);
  const other = Object.values(OTHER_WORDS).map(fold);
  // A word counts for another language only when English and French do not use it.
  const otherOnly = other.map(
    (s) => new Set([...s].filter((w) => !en.has(w) && !fr.has(w) && !frShared.has(w))),
  );
  tables = { en, fr, frShared, other, otherOnly };
  return tables;
}

/** Letters of scripts with no rules (Arabic, CJK, Cyrillic, Greek, Hebrew, Devanagari, Thai, Hangul...). */
const NON_LATIN =
  /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}]/gu;
const LATIN = /\p{Script=Latin}/gu;

export interface LangScores {
  en: number;
  fr: number;
  other: number;
}

export function scoreLanguages(tokens: Tokens): LangScores & { nonLatin: number; latin: number } {
  const tb = load();
  let en = 0;
  let fr = 0;
  const other = tb.other.map(() => 0);
  // Long pages: the first few thousand words say enough.
  const n = Math.min(tokens.count, 5000);
  for (let i = 0; i < n; i++) {
    const k = tokens.key[i] ?? '';
    // English "'s", "'re", "'ll" come after an apostrophe; French elisions ("s'il", "l'huile") come before it.
    const at = tokens.start[i] ?? 0;
    if ((tokens.end[i] ?? 0) - at <= 2 && /['’]/u.test(tokens.text[at - 1] ?? '')) continue;
    if (k === 'et' && tokens.key[i + 1] === 'al') continue; // "Smith et al." in English science posts
    if (tb.en.has(k)) en++;
    if (tb.fr.has(k)) fr++;
    else if (tb.frShared.has(k)) fr += 0.5;
    for (let j = 0; j < other.length; j++) if (tb.otherOnly[j]?.has(k)) other[j] = (other[j] ?? 0) + 1;
  }
  const text = tokens.text.length > 50_000 ? tokens.text.slice(0, 50_000) : tokens.text;
  const frLetters = (text.match(FR_LETTERS)?.length ?? 0) + 0.5 * (text.match(FR_E_ACUTE)?.length ?? 0);
  fr += Math.min(2, frLetters * 0.5);
  const otherLetters = text.match(OTHER_LETTERS)?.length ?? 0;
  const best = Math.max(0, ...other) + Math.min(2, otherLetters * 0.5);
  return {
    en,
    fr,
    other: best,
    nonLatin: text.match(NON_LATIN)?.length ?? 0,
    latin: text.match(LATIN)?.length ?? 0,
  };
}

export function detectLanguage(tokens: Tokens): { lang: DetectedLang; run: Lang[] } {
  const s = scoreLanguages(tokens);
  // Another script dominates the letters.
  if (s.nonLatin >= 4 && s.nonLatin > s.latin) return { lang: 'other', run: [] };
  const top = Math.max(s.en, s.fr);
  // Another Latin-script language dominates.
  if (s.other >= 3 && s.other > 1.5 * top) return { lang: 'other', run: [] };
  if (top < 2) {
    // Too little evidence: run both; name the language only when one side has some evidence.
    const lang: DetectedLang = s.en > s.fr ? 'en' : s.fr > s.en ? 'fr' : 'other';
    return { lang, run: ['en', 'fr'] };
  }
  const lang: Lang = s.en >= s.fr ? 'en' : 'fr';
  const low = Math.min(s.en, s.fr);
  // Mixed posts: both clearly present.
  // Short posts: one word of the other language is already a clause of it ("..., c'est prouvé").
  if ((low >= 2 && low >= 0.25 * top) || (top < 4 && low >= 1))
    return { lang, run: lang === 'en' ? ['en', 'fr'] : ['fr', 'en'] };
  return { lang, run: [lang] };
}

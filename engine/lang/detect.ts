// Guesses a post's language from its function words, cheaply and locally (no model, no network).
// English and French are the languages with rules; anything else clearly dominant comes out 'other'
// and runs nothing; too little evidence (hashtags, three words) runs both so nothing is missed.
import type { DetectedLang, Lang } from '../types';
import { keyAt, type Tokens } from '../text/tokens';
import { foldText } from '../text/tokenize';
import { LETTER_LIMIT, letterScanOf } from '../text/units';
import { internString, PAGE_WORDS, wordCount } from '../text/words';
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

/** What one token key counts for: English, French (1, or 0.5 for words other languages share), others. */
interface WordWeight {
  en: number;
  fr: number;
  /** Bit j: the word counts for OTHER_WORDS' j-th language (used by none of English and French). */
  other: number;
}

let tables: { words: Map<string, WordWeight>; others: number } | undefined;

/**
 * Weight code by word id (text/words.ts, codeOf below): UNKNOWN before its first lookup. Each distinct word
 * is looked up in the Map once; every token of it is then a typed-array read.
 */
const UNKNOWN = 0;
let byWord: Int32Array = new Int32Array(0);
const ID_ET = internString('et');
const ID_AL = internString('al');

function load(): NonNullable<typeof tables> {
  if (tables) return tables;
  const en = fold(EN_WORDS);
  const fr = fold(FR_WORDS);
  const frShared = fold(FR_SHARED);
  const other = Object.values(OTHER_WORDS).map(fold);
  // One map lookup per token instead of a set per language.
  const words = new Map<string, WordWeight>();
  const at = (w: string): WordWeight => {
    let e = words.get(w);
    if (!e) {
      e = { en: 0, fr: 0, other: 0 };
      words.set(w, e);
    }
    return e;
  };
  for (const w of en) at(w).en = 1;
  for (const w of frShared) at(w).fr = 0.5;
  for (const w of fr) at(w).fr = 1;
  // A word counts for another language only when English and French do not use it.
  other.forEach((set, j) => {
    for (const w of set) if (!en.has(w) && !fr.has(w) && !frShared.has(w)) at(w).other |= 1 << j;
  });
  tables = { words, others: other.length };
  return tables;
}

/** Letters of scripts with no rules (Arabic, CJK, Cyrillic, Greek, Hebrew, Devanagari, Thai, Hangul...). */
const NON_LATIN =
  /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;

// What a code point counts for, as bits, computed once per code point with the regular expressions above
// (a per-character table lookup then replaces five passes of regular expressions over the text).
const B_LATIN = 1;
const B_NON_LATIN = 2;
const B_FR = 4;
const B_FR_E = 8;
const B_OTHER = 16;
const BMP = new Uint8Array(0x10000); // bits + 1; 0 = not computed yet
const ASTRAL = new Map<number, number>();

// Non-global copies: a global expression's test() starts at its lastIndex.
const RE_FR = new RegExp(FR_LETTERS.source, 'u');
const RE_FR_E = new RegExp(FR_E_ACUTE.source, 'u');
const RE_OTHER = new RegExp(OTHER_LETTERS.source, 'u');

function bitsOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    (LATIN.test(ch) ? B_LATIN : 0) |
    (NON_LATIN.test(ch) ? B_NON_LATIN : 0) |
    (RE_FR.test(ch) ? B_FR : 0) |
    (RE_FR_E.test(ch) ? B_FR_E : 0) |
    (RE_OTHER.test(ch) ? B_OTHER : 0)
  );
}

function charBits(cp: number): number {
  if (cp < 0x10000) {
    let b = BMP[cp]!;
    if (b === 0) {
      b = bitsOf(cp) + 1;
      BMP[cp] = b;
    }
    return b - 1;
  }
  let b = ASTRAL.get(cp);
  if (b === undefined) {
    b = bitsOf(cp);
    if (ASTRAL.size < 10000) ASTRAL.set(cp, b);
  }
  return b;
}

interface LetterCounts {
  latin: number;
  nonLatin: number;
  fr: number;
  frE: number;
  other: number;
}

/** Counts per code point of the first `limit` code units (a pair cut by the limit counts as nothing). */
function countLetters(text: string, limit: number): LetterCounts {
  const n: LetterCounts = { latin: 0, nonLatin: 0, fr: 0, frE: 0, other: 0 };
  // The tokenizer's pass over this text already counted the ASCII letters and listed where the other
  // code units are: only those are read here (the same counts as the loop below).
  const scan = limit === Math.min(text.length, LETTER_LIMIT) ? letterScanOf(text) : undefined;
  if (scan !== undefined) {
    n.latin = scan.asciiLetters;
    const { units: u, nonAscii } = scan;
    let consumed = -1;
    for (let j = 0; j < scan.nonAsciiCount; j++) {
      const i = nonAscii[j]!;
      if (i <= consumed) continue; // the low half of a pair already counted
      let cp = u[i]!;
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < limit) {
        const d = u[i + 1]!;
        if (d >= 0xdc00 && d < 0xe000) {
          cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          consumed = i + 1;
        }
      }
      addBits(n, charBits(cp));
    }
    return n;
  }
  for (let i = 0; i < limit; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 128) {
      const l = cp | 32;
      if (l >= 97 && l <= 122) n.latin++;
      continue;
    }
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < limit) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    addBits(n, charBits(cp));
  }
  return n;
}

function addBits(n: LetterCounts, b: number): void {
  if (b === 0) return;
  if (b & B_LATIN) n.latin++;
  if (b & B_NON_LATIN) n.nonLatin++;
  if (b & B_FR) n.fr++;
  if (b & B_FR_E) n.frE++;
  if (b & B_OTHER) n.other++;
}

/** byWord grown to hold `id` (new entries UNKNOWN). */
function growTo(a: Int32Array, id: number): Int32Array {
  const next = new Int32Array(Math.max(PAGE_WORDS, 2 * a.length, id + 1)); // PAGE_WORDS: words.ts
  next.set(a);
  return next;
}

/**
 * A weight packed in one small integer, plus one (0 stays UNKNOWN): bit 0 English, bits 1-2 French in
 * halves (0, 1 or 2), bits 3 and up OTHER_WORDS' languages. NO_CODE: the word counts for nothing.
 */
const NO_CODE = 1;
function codeOf(w: WordWeight | undefined): number {
  if (w === undefined) return NO_CODE;
  return ((w.other << 3) | ((w.fr * 2) << 1) | w.en) + 1;
}

export interface LangScores {
  en: number;
  fr: number;
  other: number;
}

export function scoreLanguages(tokens: Tokens): LangScores & { nonLatin: number; latin: number } {
  const tb = load();
  // Integer sums (French in halves): the same values as adding 1 and 0.5, which floats hold exactly.
  let en = 0;
  let fr2 = 0;
  const other: number[] = new Array<number>(tb.others).fill(0);
  const { start, end, text } = tokens;
  const word = tokens.word;
  // The tokenizer's copy of the text's code units, when it has just read this text (faster reads).
  const units = letterScanOf(text)?.units;
  // Long pages: the first few thousand words say enough.
  const n = Math.min(tokens.count, 5000);
  // Room for every word id made so far, before the loop: a call first met inside the optimised loop deopts it.
  if (byWord.length < wordCount()) byWord = growTo(byWord, wordCount() - 1);
  for (let i = 0; i < n; i++) {
    // The word's weight first: most words count for nothing, and the checks below only ever skip a word.
    const id = word !== undefined ? word[i]! : -1;
    let code: number;
    if (id >= 0) {
      code = id < byWord.length ? byWord[id]! : UNKNOWN;
      if (code === UNKNOWN) {
        code = codeOf(tb.words.get(keyAt(tokens, i) ?? ''));
        if (id >= byWord.length) byWord = growTo(byWord, id);
        byWord[id] = code;
      }
      if (code === NO_CODE) continue;
      // "Smith et al." in English science posts
      if (id === ID_ET && (word![i + 1] === ID_AL || (word![i + 1] === -1 && keyAt(tokens, i + 1) === 'al')))
        continue;
    } else {
      const k = keyAt(tokens, i) ?? '';
      if (k === 'et' && keyAt(tokens, i + 1) === 'al') continue;
      code = codeOf(tb.words.get(k));
      if (code === NO_CODE) continue;
    }
    // English "'s", "'re", "'ll" come after an apostrophe; French elisions ("s'il", "l'huile") come before it.
    const at = start[i] ?? 0;
    if ((end[i] ?? 0) - at <= 2 && at > 0) {
      // at > 0: a read before the start is no apostrophe, and it would deopt the optimised loop.
      const q = units !== undefined ? units[at - 1] : text.charCodeAt(at - 1);
      if (q === 0x27 || q === 0x2019) continue;
    }
    code--;
    en += code & 1;
    fr2 += (code >> 1) & 3;
    for (let j = 0, bits = code >> 3; bits !== 0; j++, bits >>= 1) if (bits & 1) other[j]!++;
  }
  let fr = fr2 * 0.5;
  const c = countLetters(text, Math.min(text.length, LETTER_LIMIT));
  const frLetters = c.fr + 0.5 * c.frE;
  fr += Math.min(2, frLetters * 0.5);
  const best = Math.max(0, ...other) + Math.min(2, c.other * 0.5);
  return { en, fr, other: best, nonLatin: c.nonLatin, latin: c.latin };
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

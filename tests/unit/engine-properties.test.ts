// Property tests: token spans, tokenising keys again, and the indexed matcher against the reference matcher.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../engine/text/tokenize.ts';
import { TokenKind } from '../../engine/text/tokens.ts';
import { expectReferenceHits, patternOf, postOf, ruleOf, WORDS } from './random-packs.ts';

// Keys the tokenizer writes that are not in the original characters: expanded contractions and suffixes.
const EXPANDED = new Set(['not', 'can', 'wil', 'shal', 'is', 'are', 'have', 'am']);

const PIECES = [
  'lemon',
  'Water',
  'cures',
  'CANCER',
  "l'huile",
  "doesn't",
  'c0vid',
  '#CancerCure',
  'vаccine',
  '10 000',
  'mg',
  'é',
  'Ω',
  '😀',
  '\u200b',
  '.',
  '!',
  '?',
  ',',
  ' ',
  '\n',
  '-',
  "'",
  '’',
  '@',
  '$',
  '#',
  '2,5',
  'ß',
  'ﬁ',
  '\uD800',
  'عربي',
  '日本',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join('')),
);

describe('tokenizer properties', () => {
  it('every span lies in the text and its characters fold to the key', () => {
    fc.assert(
      fc.property(text, (s) => {
        const t = tokenize(s);
        for (let i = 0; i < t.count; i++) {
          const start = t.start[i]!;
          const end = t.end[i]!;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(s.length);
          expect(start).toBeLessThan(end);
          const key = t.key[i]!;
          if (EXPANDED.has(key)) continue;
          // Look-alike letters read as Latin only inside a Latin word: fold the slice alone and with a
          // Latin letter on each side ("аn't" gives the key "a" for the Cyrillic а, "a3n't" the key "ae").
          const slice = s.slice(start, end);
          const alone = foldText(slice).replace(/ /g, '');
          const inLatin = foldText(`q${slice}q`).replace(/ /g, '');
          expect(alone.includes(key) || inLatin.includes(key)).toBe(true);
        }
        for (const sent of t.sentences) expect(sent.firstToken).toBeLessThan(sent.endToken);
      }),
      { numRuns: 500 },
    );
  });

  it('tokenising the keys again gives the same keys', () => {
    // Numbers are left out: their grouping depends on what separated them ("5, 000" is two numbers, the
    // keys "5 000" are one); their keys are covered by the table tests.
    const words = (s: string) => {
      const t = tokenize(s);
      return t.key.filter((_, i) => t.kind[i] !== TokenKind.Number);
    };
    fc.assert(
      fc.property(text, (s) => {
        const keys = tokenize(s).key;
        expect(words(keys.join(' '))).toEqual(words(s));
      }),
      { numRuns: 500 },
    );
  });
});

const VOCAB = [...WORDS, 'huile', 'de', 'coco'];
const word = fc.constantFrom(...VOCAB);
const element = fc.oneof(
  { weight: 6, arbitrary: word },
  {
    weight: 1,
    arbitrary: fc.tuple(word, word).map(([a, b]) => `${a}?`.replace(/^/, '') && `(${a}|${b} ${a})`),
  },
  { weight: 1, arbitrary: word.map((w) => `${w}?`) },
  { weight: 1, arbitrary: fc.constantFrom('lemo*', 'vacc*', 'canc*', '{#number}', '{#unit}', '{thing}') },
);
const pattern = patternOf(element, 3, { maxLength: 3 });
const rule = ruleOf(
  pattern,
  { minLength: 0, maxLength: 2 },
  { minLength: 2, maxLength: 3 },
  fc.constantFrom('en' as const, 'fr' as const),
);
const post = postOf(word, 8, ['.', ',', '?', '5 mg', '12', 'the']);

describe('indexed matcher = reference matcher', () => {
  it('finds exactly the same matches on random packs and texts', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { minLength: 1, maxLength: 8 }),
        fc.array(post, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(1, 2, 3),
        (rules, posts, mask) => {
          expectReferenceHits(rules, posts, { thing: ['coco', 'water lemon'] }, mask);
        },
      ),
      { numRuns: 400 },
    );
  });
});

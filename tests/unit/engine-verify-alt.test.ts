// The verifier's shortcuts for big alternatives and gaps against the reference matcher: alternatives of 4+
// options tried through their first-id index (or not, when an option starts with a stem or a number),
// optional ones, gaps followed by alternatives, and classes long enough for the long-group check.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectReferenceHits, patternOf, postOf, ruleOf, WORDS } from './random-packs.ts';

const VOCAB = [...WORDS, 'tea', 'garlic'];
const CLASSES = {
  remedy: ['lemon', 'lemon water', 'garlic', 'garlic tea', 'tea', 'water', 'the lemon', 'cures'],
  many: ['lemon', 'water', 'cures', 'cancer', 'the', 'not', 'vaccine', 'autism', 'cause', 'tea'],
};
const word = fc.constantFrom(...VOCAB);
const option = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a} ${b}`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a} ~1 ${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('lemo*', '{#number}', 'water?') },
);
const alternative = fc
  .tuple(fc.array(option, { minLength: 4, maxLength: 7 }), fc.boolean())
  .map(([options, optional]) => `(${options.join('|')})${optional ? '?' : ''}`);
const element = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 3, arbitrary: alternative },
  { weight: 1, arbitrary: fc.constantFrom('{remedy}', '{many}', '{remedy}?') },
);
const pattern = patternOf(element, 4, { minLength: 1, maxLength: 3 });
const rule = ruleOf(
  pattern,
  { minLength: 1, maxLength: 3 },
  { minLength: 2, maxLength: 2 },
  fc.constant('en'),
);
const post = postOf(word, 9, ['.', '12', 'lemons']);

describe('verifier shortcuts = reference matcher', () => {
  it('finds the same matches with big alternatives, gaps and long classes', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { minLength: 1, maxLength: 6 }),
        fc.array(post, { minLength: 1, maxLength: 6 }),
        (rules, posts) => {
          // Each post twice: the second scan reads the alternatives' indexes made in the first.
          expectReferenceHits(rules, [...posts, ...posts], CLASSES);
        },
      ),
      { numRuns: 300 },
    );
  });
});

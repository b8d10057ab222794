// The verifier's shortcuts for big alternatives and gaps against the reference matcher: alternatives of 4+
// options tried through their first-id index (or not, when an option starts with a stem or a number),
// optional ones, gaps followed by alternatives, and classes long enough for the long-group check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRule } from '../../engine/pattern/parse.ts';
import { PatternError } from '../../engine/pattern/ast.ts';
import { compileRules, type RuleInput } from '../../engine/match/compile.ts';
import { Matcher } from '../../engine/match/matcher.ts';
import { referenceScan } from '../../engine/match/reference.ts';
import { tokenize } from '../../engine/text/tokenize.ts';

const VOCAB = [
  'lemon',
  'water',
  'cures',
  'cancer',
  'the',
  'not',
  'vaccine',
  'autism',
  'cause',
  'tea',
  'garlic',
];
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
const gap = fc.integer({ min: 1, max: 4 }).map((n) => `~${n}`);
const pattern = fc
  .tuple(element, fc.array(fc.tuple(fc.option(gap, { nil: '' }), element), { minLength: 1, maxLength: 3 }))
  .map(([first, rest]) => [first, ...rest.flatMap(([g, e]) => (g ? [g, e] : [e]))].join(' '));
const rule = fc.record({
  patterns: fc.array(pattern, { minLength: 1, maxLength: 3 }),
  near: fc.array(
    fc.record({
      all: fc.array(pattern, { minLength: 2, maxLength: 2 }),
      within: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 1 },
  ),
  unless: fc.array(pattern, { maxLength: 1 }),
  lang: fc.constant('en' as const),
});
const post = fc
  .array(
    fc.oneof({ weight: 9, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom('.', '12', 'lemons') }),
    { maxLength: 40 },
  )
  .map((ws) => ws.join(' '));

describe('verifier shortcuts = reference matcher', () => {
  it('finds the same matches with big alternatives, gaps and long classes', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { minLength: 1, maxLength: 6 }),
        fc.array(post, { minLength: 1, maxLength: 6 }),
        (rules, posts) => {
          const inputs: RuleInput[] = [];
          for (const r of rules) {
            try {
              inputs.push({ parsed: parseRule(r, { classes: CLASSES }), lang: r.lang });
            } catch (error) {
              if (!(error instanceof PatternError)) throw error;
            }
          }
          const data = compileRules(inputs);
          const matcher = new Matcher(data);
          // Each post twice: the second scan reads the alternatives' indexes made in the first.
          for (const p of [...posts, ...posts]) {
            const t = tokenize(p);
            const got = matcher.scan(t).map(({ ruleIndex, sentence, firstToken, lastToken }) => ({
              ruleIndex,
              sentence,
              firstToken,
              lastToken,
            }));
            expect(got).toEqual(referenceScan(data, t));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

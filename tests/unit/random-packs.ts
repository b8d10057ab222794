// Random rules and posts for the property tests that hold the indexed matcher to the reference matcher
// (engine-properties.test.ts, engine-verify-alt.test.ts), and the comparison itself.
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseRule } from '../../engine/pattern/parse.ts';
import { PatternError } from '../../engine/pattern/ast.ts';
import { compileRules, type RuleInput } from '../../engine/match/compile.ts';
import { Matcher } from '../../engine/match/matcher.ts';
import { referenceScan } from '../../engine/match/reference.ts';
import { tokenize } from '../../engine/text/tokenize.ts';
import type { Lang } from '../../engine/types.ts';

type Range = { minLength?: number; maxLength: number };

/** Words for random patterns and posts, few enough that patterns often match. */
export const WORDS = ['lemon', 'water', 'cures', 'cancer', 'the', 'not', 'vaccine', 'autism', 'cause'];

/** A pattern: an element, then up to `rest.maxLength` more, each after an optional "~n" gap (n <= gapMax). */
export function patternOf(element: fc.Arbitrary<string>, gapMax: number, rest: Range): fc.Arbitrary<string> {
  const gap = fc.integer({ min: 1, max: gapMax }).map((n) => `~${n}`);
  return fc
    .tuple(element, fc.array(fc.tuple(fc.option(gap, { nil: '' }), element), rest))
    .map(([first, more]) => [first, ...more.flatMap(([g, e]) => (g ? [g, e] : [e]))].join(' '));
}

export interface RandomRule {
  patterns: string[];
  near: { all: string[]; within: number }[];
  unless: string[];
  lang: Lang;
}

/** A rule of such patterns: `patterns`, at most one `near` group of `nearAll` patterns, at most one `unless`. */
export function ruleOf(
  pattern: fc.Arbitrary<string>,
  patterns: Range,
  nearAll: Range,
  lang: fc.Arbitrary<Lang>,
): fc.Arbitrary<RandomRule> {
  return fc.record({
    patterns: fc.array(pattern, patterns),
    near: fc.array(fc.record({ all: fc.array(pattern, nearAll), within: fc.integer({ min: 1, max: 5 }) }), {
      maxLength: 1,
    }),
    unless: fc.array(pattern, { maxLength: 1 }),
    lang,
  });
}

/** A post: up to 40 pieces, words `wordWeight` times as often as the `extras`. */
export function postOf(
  word: fc.Arbitrary<string>,
  wordWeight: number,
  extras: string[],
): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof({ weight: wordWeight, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(...extras) }),
      {
        maxLength: 40,
      },
    )
    .map((ws) => ws.join(' '));
}

/**
 * Compiles the rules (those that parse) and expects the matcher's hits on each post, under `mask`, to be the
 * reference matcher's.
 */
export function expectReferenceHits(
  rules: RandomRule[],
  posts: string[],
  classes: Record<string, string[]>,
  mask = 3,
): void {
  const inputs: RuleInput[] = [];
  for (const r of rules) {
    try {
      inputs.push({ parsed: parseRule(r, { classes }), lang: r.lang });
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
    }
  }
  const data = compileRules(inputs);
  const matcher = new Matcher(data);
  for (const p of posts) {
    const t = tokenize(p);
    const got = matcher.scan(t, mask).map(({ ruleIndex, sentence, firstToken, lastToken }) => ({
      ruleIndex,
      sentence,
      firstToken,
      lastToken,
    }));
    expect(got).toEqual(referenceScan(data, t, mask));
  }
}

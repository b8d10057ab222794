// analyzeSteps() is analyze() cut into steps for long texts: whatever the step size, its result must be
// analyze()'s, finding for finding (context, spans, what patient mode shows), links included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileWorkspace } from '../../rules/load/engine-input.ts';
import type { AnalyzeResult, PostInput } from '../../engine/index.ts';

const { engine, packs } = compileWorkspace();

/** The packs' own examples (flag and pass, both languages), brackets taken out. */
const examples = packs.flatMap((p) =>
  p.rules.flatMap((r) =>
    [...r.examples.flag, ...r.examples.pass].map((e) => e.text.replace(/\[\[|\]\]/g, '')),
  ),
);

function stepped(input: PostInput, stepTokens: number): { result: AnalyzeResult; steps: number } {
  const gen = engine.analyzeSteps(input, {}, stepTokens);
  let steps = 0;
  for (let r = gen.next(); ; r = gen.next()) {
    if (r.done) return { result: r.value, steps };
    steps++;
  }
}

describe('analyzeSteps', () => {
  it('gives analyze() result on long texts made of the packs examples, whatever the step size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: examples.length - 1 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('\n', ' ', '\n\n', ' — '),
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        (picks, sep, stepTokens, withLink) => {
          const text = picks.map((i) => examples[i]).join(sep);
          const input: PostInput = withLink
            ? { text, links: [{ href: 'https://www.who.int/news-room/fact-sheets' }] }
            : { text };
          expect(stepped(input, stepTokens).result).toEqual(engine.analyze(input));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('cuts a long text into several steps of whole sentences', () => {
    const text = examples.slice(0, 400).join('\n');
    const { result, steps } = stepped({ text }, 200);
    expect(result).toEqual(engine.analyze({ text }));
    const tokens = engine.tokenize(text).count;
    // One step for the tokens and language, about one per 200 tokens, one for the links.
    expect(steps).toBeGreaterThanOrEqual(2 + Math.floor(tokens / 400));
    expect(result.findings.length).toBeGreaterThan(10);
  });

  it('takes any input analyze() takes', () => {
    for (const input of [
      { text: '' },
      { text: '   ' },
      null as unknown as PostInput,
      { text: '😀'.repeat(500) },
    ])
      expect(stepped(input, 50).result).toEqual(engine.analyze(input));
  });
});

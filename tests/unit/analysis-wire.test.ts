// The background answers 'analyze' in a compact form (messaging/analysis-wire.ts): a content script must get back
// exactly the findings the engine made, for every example of the real packs, whether a rule's fixed parts came in
// this answer or an earlier one.
import { describe, expect, it } from 'vitest';
import { compileWorkspace } from '../../rules/load/engine-input.ts';
import {
  ANALYZE_LIMITS,
  analyzeItem,
  decodeAnswer,
  encodeAnswer,
  findingOf,
  type RuleInfo,
} from '../../messaging/analysis-wire.ts';
import { validateRequest } from '../../messaging/protocol.ts';
import type { Finding, PostInput } from '../../engine/index.ts';

const { engine, packs } = compileWorkspace();

const inputs: PostInput[] = packs.flatMap((p) =>
  p.rules.flatMap((r) =>
    [...r.examples.flag, ...r.examples.pass].map((e) => ({ text: e.text.replace(/\[\[|\]\]/g, '') })),
  ),
);
// Source notes too: a verified link and a study link.
inputs.push(
  { text: 'Read the WHO page', links: [{ href: 'https://www.who.int/news-room/fact-sheets' }] },
  { text: 'The trial: doi.org/10.1000/182 says lemon cures cancer' },
);

/** What a content script rebuilds from answers, holding the rules' parts from earlier answers in `held`. */
function roundTrip(batch: PostInput[], held: Map<string, RuleInfo>): Finding[][] {
  const results = batch.map((i) => engine.analyze(i).findings);
  const answer = decodeAnswer(encodeAnswer('h', results, new Set(held.keys())));
  for (const id in answer.rules) {
    expect(held.has(id)).toBe(false);
    held.set(id, answer.rules[id]!);
  }
  return answer.findings.map((list, i) => list.map((w) => findingOf(w, held.get(w[0]), batch[i]!.text)!));
}

describe('analysis answers', () => {
  it('give back the engine’s findings exactly, for every example of the packs', () => {
    const held = new Map<string, RuleInfo>();
    let findings = 0;
    // Batches of 50, the rules' parts held from one batch to the next, as a content script does.
    for (let i = 0; i < inputs.length; i += 50) {
      const batch = inputs.slice(i, i + 50);
      const rebuilt = roundTrip(batch, held);
      batch.forEach((input, j) => {
        const expected = engine.analyze(input).findings;
        findings += expected.length;
        expect(rebuilt[j]).toEqual(expected);
      });
    }
    expect(inputs.length).toBeGreaterThan(1000);
    expect(findings).toBeGreaterThan(1000);
  });

  it('send a rule’s fixed parts once per answer, and not at all when the asker holds them', () => {
    const text = 'Lemon water cures cancer. Lemon water cures cancer, really.';
    const results = [engine.analyze({ text }).findings, engine.analyze({ text }).findings];
    const ids = new Set(results.flat().map((f) => f.ruleId));
    expect(ids.size).toBeGreaterThan(0);
    const fresh = decodeAnswer(encodeAnswer('h', results, new Set()));
    expect(new Set(Object.keys(fresh.rules))).toEqual(ids);
    const held = decodeAnswer(encodeAnswer('h', results, ids));
    expect(held.rules).toEqual({});
    expect(held.findings).toEqual(fresh.findings);
  });

  it('say what is wrong with an answer that is not one, and rebuild nothing without the rule', () => {
    expect(() => decodeAnswer('{"hash": 3}')).toThrow(/not in the expected shape/);
    expect(() => decodeAnswer('null')).toThrow(/not in the expected shape/);
    expect(() => decodeAnswer('not json')).toThrow(SyntaxError);
    expect(findingOf(['x', 'info', 0, 1, 'none', 0, []], undefined, 'text')).toBeNull();
  });

  it('keep a post within what a message may carry, so no post makes every later batch fail', () => {
    const claim = 'Lemon water cures cancer. ';
    const huge = claim + 'the garden was lovely today '.repeat(50_000);
    const links = [
      { href: 'https://www.who.int/a', text: 'x'.repeat(5000) },
      { href: 'https://example.org/' + 'p'.repeat(3000) },
      ...Array.from({ length: 300 }, (_, i) => ({ href: `https://example.org/${i}` })),
    ];
    const item = analyzeItem(huge, links);
    expect(item.text).toHaveLength(ANALYZE_LIMITS.textChars);
    expect(huge.startsWith(item.text)).toBe(true);
    expect(item.links).toHaveLength(ANALYZE_LIMITS.links);
    expect(item.links![0]).toEqual({ href: 'https://www.who.int/a', text: 'x'.repeat(2048) });
    expect(item.links!.some((l) => l.href.length > ANALYZE_LIMITS.linkChars)).toBe(false);
    const checked = validateRequest({ type: 'analyze', hash: '', known: [], items: [item] }, 'content');
    expect(checked.ok).toBe(true);
    // The claim at the start of the cut text is still found where it stands in the whole text.
    const found = engine.analyze(item).findings.filter((f) => f.effect !== 'removed');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => huge.slice(f.start, f.end) === f.excerpt)).toBe(true);
    expect(analyzeItem('short', [])).toEqual({ text: 'short' });
  });
});

// Schema errors come back with the right line and in words a pack maintainer can act on.
import { describe, expect, it } from 'vitest';
import { GOOD_PACK, lineOf, load, variant } from './pack-fixtures.ts';
import { validatePackJson, LIMITS } from '../../rules/schema/index.ts';

function errors(text: string) {
  return load(text).issues.filter((i) => i.level === 'error');
}

describe('pack schema', () => {
  it('accepts the fixture pack and maps kebab-case keys to the engine form', () => {
    const loaded = load(GOOD_PACK);
    expect(loaded.issues).toEqual([]);
    expect(loaded.pack?.minEngine).toBe(1);
    expect(loaded.pack?.reviewedBy).toEqual([]);
    expect(loaded.pack?.rules[0]?.examples.flag[0]?.text).toContain('[[');
  });

  it('reports broken YAML with its line', () => {
    const text = variant('    severity: warning\n', '    severity: warning\n   lang en\n');
    const [issue] = errors(text);
    expect(issue?.message).toMatch(/not valid YAML/);
    expect(issue?.line).toBeGreaterThanOrEqual(lineOf(text, 'lang en') - 1);
  });

  it('explains an unquoted colon', () => {
    const text = variant('      en: Glowberry juice and the flu', '      en: Glowberry juice : the flu');
    expect(errors(text)[0]?.message).toMatch(/put the whole text in quotes/);
  });

  it('refuses an unknown key, suggests the closest and lists the allowed ones', () => {
    const text = variant("    patterns:\n      - '{remedy}", "    patern:\n      - '{remedy}");
    const [issue] = errors(text);
    expect(issue?.message).toContain(
      "rule 'demo-glowberry-cures-en': unknown key 'patern' (did you mean 'patterns'?)",
    );
    expect(issue?.message).toContain('id, category, severity, lang, title, patterns');
    expect(issue?.line).toBe(lineOf(text, 'patern:'));
    expect(issue?.col).toBe(5);
  });

  it('refuses a near group wider than the engine reads, as vigie test would', () => {
    const near = (within: number) =>
      variant(
        "    patterns:\n      - '{remedy} ~2 {cure} ~3 {illness}'\n",
        `    patterns:\n      - '{remedy} ~2 {cure} ~3 {illness}'\n    near:\n      - all: ['{remedy}', '{illness}']\n        within: ${within}\n`,
      );
    expect(errors(near(20))).toEqual([]);
    const [issue] = errors(near(21));
    expect(issue?.message).toMatch(/must be at most 20 words/);
    expect(issue?.line).toBe(lineOf(near(21), 'within: 21'));
  });

  it('refuses a wrong type', () => {
    const text = variant('min-engine: 1', 'min-engine: one');
    const [issue] = errors(text);
    expect(issue?.message).toMatch(/'min-engine' should be a number, but it is the text "one"/);
    expect(issue?.line).toBe(lineOf(text, 'min-engine'));
  });

  it('refuses an unknown category with a suggestion', () => {
    const text = variant('category: contradicts-evidence', 'category: contradict-evidence');
    expect(errors(text)[0]?.message).toMatch(/did you mean 'contradicts-evidence'/);
  });

  it('refuses duplicate rule ids in one pack', () => {
    const text = variant('- id: demo-stop-meds-en', '- id: demo-glowberry-cures-en');
    const issue = errors(text).find((i) => /appears twice/.test(i.message));
    expect(issue?.line).toBe(lineOf(text, '- id: demo-glowberry-cures-en\n    category: dangerous'));
  });

  it('asks for a message in every language of the pack', () => {
    const text = variant('languages: [en]', 'languages: [en, fr]');
    const messages = errors(text).map((i) => i.message);
    expect(messages).toContain(
      "rule 'demo-glowberry-cures-en' has no French message (message.fr); add one, since the rule is shown to French readers too",
    );
    expect(messages.some((m) => /no French title/.test(m))).toBe(true);
    const issue = errors(text).find((i) => /no French message/.test(i.message));
    expect(issue?.line).toBe(lineOf(text, '    message:'));
  });

  it('refuses HTML and script in any text', () => {
    for (const bad of ['<b>bold</b> claim', 'see javascript:alert(1)', 'x onclick=alert(1)']) {
      const text = variant('It says what the evidence shows', bad);
      const [issue] = errors(text);
      expect(issue?.message).toMatch(/message\.en\)? must be plain text/);
      expect(issue?.line).toBe(lineOf(text, bad));
    }
    expect(errors(variant('It says what the evidence shows', 'fewer than <5 in 100'))).toEqual([]);
  });

  it('refuses plain http links', () => {
    const text = variant('url: https://example.org/glowberry', 'url: http://example.org/glowberry');
    const [issue] = errors(text);
    expect(issue?.message).toMatch(/citations\[1\]\.url.* must be a full https:\/\/ address/);
    expect(issue?.line).toBe(lineOf(text, 'http://example.org/glowberry'));
  });

  it('refuses absurd sizes', () => {
    const long = 'word '.repeat(LIMITS.messageChars / 4);
    expect(errors(variant('It says what the evidence shows', long))[0]?.message).toMatch(
      /too long \(at most 1200/,
    );
    const many = Array.from({ length: LIMITS.patternsPerRule + 1 }, (_, i) => `      - moonroot${i}`).join(
      '\n',
    );
    const text = variant("      - '{remedy} ~2 {cure} ~3 {illness}'", many);
    expect(errors(text)[0]?.message).toMatch(/too many patterns \(at most 50\)/);
    expect(validatePackJson({}, LIMITS.packBytes + 1).issues[0]?.message).toMatch(/limit/);
  });

  it('refuses the words the project never shows users', () => {
    const text = variant('It says what the evidence shows', 'This claim is false');
    expect(errors(text)[0]?.message).toMatch(/never calls a post false or fake/);
  });

  it('requires marked flag examples and unmarked pass examples', () => {
    const text = variant('[[glowberry juice cures the flu]]', 'glowberry juice cures the flu');
    expect(errors(text)[0]?.message).toMatch(/flag example #1 has no \[\[\.\.\.\]\]/);
    const twice = variant('[[glowberry juice cures the flu]] in two days', '[[glowberry]] juice [[cures]]');
    expect(errors(twice)[0]?.message).toMatch(/exactly one span/);
  });

  it('holds category rules: safety for dangerous advice, info for unsourced advice', () => {
    const noSafety = variant(
      '    safety:\n      en: Do not stop a prescribed treatment without medical advice.\n',
      '',
    );
    expect(errors(noSafety)[0]?.message).toMatch(/dangerous-advice but has no safety line/);
    const unsourced = variant('category: contradicts-evidence', 'category: unsourced-advice');
    expect(errors(unsourced)[0]?.message).toMatch(/must be severity info/);
  });

  it('validates built JSON (camelCase) with the same rules', () => {
    const pack = load(GOOD_PACK).pack!;
    const roundTrip = validatePackJson(JSON.parse(JSON.stringify(pack)));
    expect(roundTrip.issues).toEqual([]);
    expect(roundTrip.value).toEqual(pack);
    const bad = validatePackJson({ ...JSON.parse(JSON.stringify(pack)), homepage: 'http://x.org' });
    expect(bad.value).toBeUndefined();
  });
});

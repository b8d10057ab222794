// Snapshot layout (engine/snapshot-rules.ts, snapshot-matcher.ts): rule metadata and compiled rules come back
// exactly as compiled, optional fields included, and a damaged table is refused.
import { describe, expect, it } from 'vitest';
import { compile, loadEngine, snapshotOf, SnapshotError } from '../../engine/index.ts';
import type { Pack, Rule } from '../../engine/types.ts';

const rule = (over: Partial<Rule> & Pick<Rule, 'id' | 'patterns'>): Rule => ({
  category: 'contradicts-evidence',
  severity: 'warning',
  lang: 'en',
  message: { en: 'Shared message with "quotes", \\ and a\nline break.' },
  title: { en: `Title of ${over.id}` },
  citations: [
    { source: 'who', url: 'https://www.who.int/x', statement: 'Statement.', checked: '2026-11-28' },
  ],
  examples: { flag: [], pass: [] },
  ...over,
});

const pack = (id: string, rules: Rule[], reviewed = false, lexicon: Pack['lexicon'] = {}): Pack => ({
  id,
  title: id,
  version: '1.0.0',
  languages: ['en', 'fr'],
  license: 'CC0-1.0',
  expires: '7d',
  minEngine: 1,
  reviewedBy: reviewed ? [{ name: 'A reviewer', role: 'test', date: '2026-11-28' }] : [],
  lexicon,
  rules,
});

const engine = compile({
  packs: [
    pack(
      'one',
      [
        rule({ id: 'plain', patterns: ['lemon cures cancer'] }),
        rule({ id: 'safe', patterns: ['stop insulin'], safety: { en: 'Talk to your doctor first.' } }),
        rule({ id: 'ignore', patterns: ['garlic heals'], ignoreContext: ['negated', 'question'] }),
        rule({
          id: 'both',
          patterns: ['bleach ~2 cure'],
          safety: { en: 'Bleach is poisonous.' },
          ignoreContext: ['debunked'],
        }),
        rule({
          id: 'near',
          patterns: ['vaccine causes'],
          near: [{ all: ['vaccine', 'autism'], within: 4 }],
          unless: ['no link'],
        }),
        rule({ id: 'unless', patterns: ['detox tea'], unless: ['no detox'] }),
        // A class used by several rules compiles into the same alternative node: written once in the snapshot.
        rule({ id: 'class-1', patterns: ['{remedy} cures cancer', 'cancer ~2 {remedy}'] }),
        rule({
          id: 'class-2',
          patterns: ['{remedy} heals'],
          near: [{ all: ['{remedy}', 'tumor'], within: 5 }],
          unless: ['{remedy} recipe'],
        }),
      ],
      false,
      { en: { remedy: ['lemon water', 'baking soda', 'apple cider vinegar', 'turmeric'] } },
    ),
    pack(
      'deux',
      [
        rule({
          id: 'fr-1',
          lang: 'fr',
          patterns: ["l'huile guérit"],
          title: { fr: 'Titre « guillemets » 😀' },
          message: { fr: 'Message partagé.' },
          citations: [],
        }),
        rule({ id: 'fr-2', lang: 'fr', patterns: ['le citron soigne'], message: { fr: 'Message partagé.' } }),
        // The same rule id in another pack: a repeated id goes to the shared table too.
        rule({
          id: 'plain',
          lang: 'fr',
          patterns: ['le citron guérit'],
          message: { fr: 'Message partagé.' },
        }),
      ],
      true,
    ),
  ],
  sources: [
    {
      id: 'who',
      name: 'World Health Organization',
      kind: 'public-health-agency',
      domains: ['who.int'],
      languages: ['en', 'fr'],
      topics: [],
      homepage: 'https://www.who.int',
    },
  ],
});

describe('engine snapshot layout', () => {
  it('gives back every rule and compiled rule as compiled', () => {
    expect(engine.issues).toEqual([]);
    expect(engine.ruleCount).toBe(11);
    const loaded = loadEngine(snapshotOf(engine));
    expect(loaded.ruleCount).toBe(engine.ruleCount);
    expect(loaded.rules).toEqual(engine.rules);
    // Same key order too (findings are built from these objects).
    for (let i = 0; i < engine.ruleCount; i++)
      expect(Object.keys(loaded.rule(i))).toEqual(Object.keys(engine.rule(i)));
    expect(loaded.matcher.data.rules).toEqual(engine.matcher.data.rules);
    expect(loadEngine(snapshotOf(loaded)).rules).toEqual(engine.rules);
    expect(snapshotOf(loaded)).toBe(snapshotOf(engine));
    const snap = JSON.parse(snapshotOf(engine)) as { matcher: { nodes: unknown[]; refs: number[] } };
    expect(snap.matcher.nodes.length).toBeGreaterThan(0);
    expect(snap.matcher.refs).toEqual([6, 7]);
  });

  it('decodes a rule only when asked, in any order', () => {
    const loaded = loadEngine(snapshotOf(engine));
    for (const i of [3, 0, 10, 8, 7, 3, 5, 9]) expect(loaded.rule(i)).toEqual(engine.rule(i));
  });

  it('writes one-phrase rules flat and builds a loaded rule only when the matcher verifies it', () => {
    const snap = JSON.parse(snapshotOf(engine)) as { matcher: { patterns: unknown[]; plain: number[] } };
    // 'plain' (rule 0) is one literal phrase: an offset into `plain`; 'near' (rule 4) keeps its patterns.
    expect(typeof snap.matcher.patterns[0]).toBe('number');
    expect(Array.isArray(snap.matcher.patterns[4])).toBe(true);
    const loaded = loadEngine(snapshotOf(engine));
    const lazy = loaded.matcher.data.lazy!;
    expect(lazy.count).toBe(engine.ruleCount);
    const findings = loaded.analyze({ text: 'Lemon cures cancer.' }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(
      engine.analyze({ text: 'Lemon cures cancer.' }).findings.map((f) => f.ruleId),
    );
    for (let i = 0; i < engine.ruleCount; i++) expect(lazy.get(i)).toEqual(engine.matcher.data.rules[i]);
  });

  it('refuses a phrase table that does not agree', () => {
    const snap = JSON.parse(snapshotOf(engine)) as { matcher: { patterns: unknown[]; plain: number[] } };
    snap.matcher.patterns[0] = snap.matcher.plain.length;
    expect(() => loadEngine(JSON.stringify(snap))).toThrow(/damaged/);
  });

  it('refuses rule tables that do not agree', () => {
    const snap = JSON.parse(snapshotOf(engine)) as {
      rules: { ends: number[] };
      matcher: { langs: string };
    };
    snap.rules.ends[snap.rules.ends.length - 1]! += 1;
    expect(() => loadEngine(JSON.stringify(snap))).toThrow(SnapshotError);
    const other = JSON.parse(snapshotOf(engine)) as typeof snap;
    other.matcher.langs = other.matcher.langs.slice(1);
    expect(() => loadEngine(JSON.stringify(other))).toThrow(/damaged/);
  });
});

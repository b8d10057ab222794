import { describe, expect, it } from 'vitest';
import { compile, ENGINE_VERSION, loadEngine, snapshotOf, SnapshotError } from '../../engine/index.ts';
import type { Pack, Rule, VerifiedSource } from '../../engine/types.ts';

const rule = (over: Partial<Rule> & Pick<Rule, 'id' | 'patterns'>): Rule => ({
  category: 'contradicts-evidence',
  severity: 'warning',
  lang: 'en',
  message: { en: 'Test message.' },
  title: { en: 'Test title' },
  citations: [
    {
      source: 'who',
      url: 'https://www.who.int/example',
      statement: 'Example statement.',
      checked: '2026-11-28',
    },
  ],
  examples: { flag: [], pass: [] },
  ...over,
});

const pack: Pack = {
  id: 'test-en',
  title: 'Test',
  version: '1.0.0',
  languages: ['en', 'fr'],
  license: 'CC0-1.0',
  expires: '7d',
  minEngine: 1,
  reviewedBy: [],
  lexicon: { en: { remedy: ['lemon water', 'baking soda'] } },
  rules: [
    rule({ id: 'remedy-cancer', patterns: ['{remedy} ~3 {cure} ~2 cancer'] }),
    rule({ id: 'vax-autism', patterns: ['{vaccine} (cause|causes) autism'] }),
    rule({
      id: 'dose',
      category: 'unsourced-advice',
      severity: 'info',
      patterns: ['take {#number} {#unit}'],
    }),
    rule({
      id: 'citron-fr',
      lang: 'fr',
      message: { fr: 'Message.' },
      title: { fr: 'Titre' },
      patterns: ['le citron guerit le cancer'],
    }),
    rule({ id: 'broken', patterns: ['(unclosed'] }),
  ],
};

const lexicon = {
  classes: { en: { cure: ['cure', 'cures', 'heals'], vaccine: ['vaccine', 'vaccines'] } },
  spellings: { en: { vax: 'vaccine', vaxx: 'vaccines' } },
};

const sources: VerifiedSource[] = [
  {
    id: 'who',
    name: 'World Health Organization',
    kind: 'public-health-agency',
    domains: ['who.int'],
    languages: ['en', 'fr'],
    topics: [],
    homepage: 'https://www.who.int',
  },
];

const engine = compile({ packs: [pack], lexicon, sources });

describe('compile + analyze', () => {
  it('reports rules that do not compile and keeps the others', () => {
    expect(ENGINE_VERSION).toBe(1);
    expect(engine.issues.map((i) => i.ruleId)).toEqual(['broken']);
    expect(engine.ruleCount).toBe(4);
  });

  it('finds a claim with its span, message and resolved sources', () => {
    const text = 'My aunt says Lemon Water really cures her cancer!';
    const r = engine.analyze({ text, lang: 'en' });
    const f = r.findings.find((x) => x.ruleId === 'remedy-cancer');
    expect(f).toBeDefined();
    expect(f!.excerpt).toBe('Lemon Water really cures her cancer');
    expect(text.slice(f!.start, f!.end)).toBe(f!.excerpt);
    expect(f!.sources[0]).toMatchObject({ id: 'who', name: 'World Health Organization' });
    expect(f!.packId).toBe('test-en');
    expect(f!.reviewed).toBe(false);
  });

  it('folds slang spellings from the lexicon', () => {
    const r = engine.analyze({ text: 'VAXX cause autism', lang: 'en' });
    expect(r.findings.map((f) => f.ruleId)).toContain('vax-autism');
  });

  it('runs only the forced language', () => {
    expect(
      engine.analyze({ text: 'Le citron guérit le cancer', lang: 'fr' }).findings.map((f) => f.ruleId),
    ).toEqual(['citron-fr']);
    expect(engine.analyze({ text: 'Le citron guérit le cancer', lang: 'en' }).findings).toEqual([]);
  });

  it('cancels unsourced advice when a verified source is linked, and notes the source', () => {
    const plain = engine.analyze({ text: 'Take 5000 mg every day', lang: 'en' });
    expect(plain.findings.find((f) => f.ruleId === 'dose')?.effect).toBe('none');
    const linked = engine.analyze({
      text: 'Take 5000 mg every day',
      lang: 'en',
      links: [{ href: 'https://www.who.int/news/item/x' }],
    });
    const dose = linked.findings.find((f) => f.ruleId === 'dose');
    expect(dose?.effect).toBe('removed');
    expect(dose?.context.map((c) => c.kind)).toContain('sourced');
    expect(linked.findings.some((f) => f.category === 'cites-verified-source')).toBe(true);
  });

  it('gives the same findings after a snapshot round trip', () => {
    const loaded = loadEngine(snapshotOf(engine));
    for (const text of [
      'Baking soda heals cancer.',
      'Vaccines cause autism',
      'Take 10 000 UI now',
      'Le citron guérit le cancer',
    ]) {
      expect(loaded.analyze({ text })).toEqual(engine.analyze({ text }));
    }
  });

  it('refuses a snapshot of another version or format', () => {
    const other = JSON.parse(snapshotOf(engine)) as Record<string, unknown>;
    other['version'] = 999;
    expect(() => loadEngine(JSON.stringify(other))).toThrow(SnapshotError);
    expect(() => loadEngine(JSON.stringify(other))).toThrow(/version 999/);
    expect(() => loadEngine('not json')).toThrow(SnapshotError);
    expect(() => loadEngine('{"format":"something"}')).toThrow(/not an engine snapshot/);
  });

  it('carries the context cue data and refuses a snapshot without it', () => {
    const snap = JSON.parse(snapshotOf(engine)) as Record<string, unknown>;
    expect(Object.keys(snap['context'] as object).sort()).toEqual(['en', 'fr']);
    delete (snap['context'] as Record<string, unknown>)['fr'];
    expect(() => loadEngine(JSON.stringify(snap))).toThrow(/context data is missing/);
  });

  it('never throws on odd input', () => {
    const odd = [
      '',
      '😀'.repeat(1000),
      'مرحبا بالعالم لقاح',
      'שלום',
      '\uD800\uDC00\uD800',
      'a\u0000b',
      '\u202Eevil',
      'x'.repeat(5000),
      '# @ $ ... !!! ???',
    ];
    for (const text of odd) expect(() => engine.analyze({ text })).not.toThrow();
    expect(() => engine.analyze({ text: undefined as unknown as string })).not.toThrow();
    expect(() => engine.analyze(undefined as unknown as { text: string })).not.toThrow();
    const big = 'Lemon water cures cancer, they say. '.repeat(30000);
    const t0 = performance.now();
    const r = engine.analyze({ text: big });
    expect(r.findings.length).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(20000);
  });
});

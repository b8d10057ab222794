// Throwaway packs, keys and a test Context for the background tests. Written for these tests only.
import 'fake-indexeddb/auto';
import type { Finding, Pack } from '../../engine/types.ts';
import { VigieDB } from '../../db/database.ts';
import type { BundledData, Context, EnginePort, KeyValueStore } from '../../background/context.ts';
import { DEFAULT_LIMITS } from '../../background/context.ts';

export const SOURCES_TEXT = `${JSON.stringify({
  version: 1,
  sources: [
    {
      id: 'who',
      name: 'World Health Organization',
      kind: 'public-health-agency',
      domains: ['who.int'],
      languages: ['en', 'fr'],
      topics: ['cancer'],
      homepage: 'https://www.who.int/',
    },
  ],
})}\n`;

export function makePack(
  id: string,
  version: string,
  options: { flag?: string; extraRule?: boolean } = {},
): Pack {
  const rule = (ruleId: string, phrase: string, flag: string) => ({
    id: ruleId,
    category: 'contradicts-evidence' as const,
    severity: 'warning' as const,
    lang: 'en' as const,
    patterns: [phrase],
    message: { en: 'Test rule message for the storage tests. It says nothing about health.' },
    title: { en: `Test rule ${ruleId}` },
    citations: [
      {
        source: 'who',
        url: 'https://www.who.int/',
        statement: 'Placeholder statement for a storage test.',
        checked: '2026-11-28',
      },
    ],
    examples: { flag: [{ text: flag }], pass: [{ text: 'Nothing to see in this sentence at all' }] },
  });
  const rules = [
    rule(
      `${id}-lemon`,
      'lemon water cures cancer',
      options.flag ?? 'She says [[lemon water cures cancer]] for sure',
    ),
  ];
  if (options.extraRule)
    rules.push(rule(`${id}-garlic`, 'garlic cures flu', 'Grandma says [[garlic cures flu]] every time'));
  return {
    id,
    title: `Test pack ${id}`,
    version,
    languages: ['en'],
    license: 'CC0-1.0',
    expires: '1d',
    minEngine: 1,
    reviewedBy: [],
    lexicon: {},
    rules,
  };
}

export const packText = (pack: Pack) => `${JSON.stringify(pack)}\n`;

export function memoryStore(): KeyValueStore & { data: Map<string, unknown>; failWrites: boolean } {
  const store = {
    data: new Map<string, unknown>(),
    failWrites: false,
    async get(key: string) {
      return structuredClone(store.data.get(key));
    },
    async set(key: string, value: unknown) {
      if (store.failWrites)
        throw Object.assign(new Error('QuotaExceededError: quota exceeded'), { name: 'QuotaExceededError' });
      store.data.set(key, structuredClone(value));
    },
  };
  return store;
}

/** A stand-in engine: the snapshot lists pack ids and versions; examples pass unless a rule id says "broken". */
export const fakeEngine: EnginePort & { compiled: number } = {
  snapshotVersion: 1,
  compiled: 0,
  snapshot(input) {
    fakeEngine.compiled++;
    return JSON.stringify(input.packs.map((p) => [p.id, p.version, p.rules.map((r) => r.id)]));
  },
  selfTest(pack) {
    return pack.rules.filter((r) => r.id.includes('broken')).map((r) => `rule ${r.id}: an example fails`);
  },
  /** Flags each rule id of the snapshot that a text contains, where it stands. */
  load(data) {
    const rules = (JSON.parse(data) as [string, string, string[]][]).flatMap(([packId, , ids]) =>
      ids.map((id) => ({ packId, id })),
    );
    return {
      analyze: ({ text }) => ({
        findings: rules
          .filter((r) => text.includes(r.id))
          .map(({ packId, id }): Finding => {
            const start = text.indexOf(id);
            return {
              ruleId: id,
              packId,
              category: 'contradicts-evidence',
              severity: 'warning',
              ruleSeverity: 'warning',
              lang: 'en',
              start,
              end: start + id.length,
              excerpt: id,
              title: { en: `Rule ${id}` },
              message: { en: 'What the sources say.' },
              sources: [],
              context: [],
              effect: 'none',
              shown: true,
              reviewed: false,
            };
          }),
      }),
    };
  },
};

let dbCount = 0;

export function testContext(
  options: {
    bundled?: Pack[];
    engine?: EnginePort;
    now?: Date;
    fetch?: typeof fetch;
    builtInKeys?: string[];
  } = {},
): Context & { storage: ReturnType<typeof memoryStore>; logs: string[] } {
  const bundled: BundledData = {
    packs: (options.bundled ?? [makePack('alpha', '1.0.0'), makePack('beta', '1.0.0')]).map(packText),
    sourcesText: SOURCES_TEXT,
    lexicon: undefined,
  };
  const logs: string[] = [];
  const clock = options.now ?? new Date('2026-11-28T12:00:00Z');
  return {
    db: new VigieDB(`vigie-test-${++dbCount}-${Math.random()}`),
    storage: memoryStore(),
    engine: options.engine ?? fakeEngine,
    bundled,
    builtInKeys: (options.builtInKeys ?? []).map((key) => ({
      key,
      name: 'project',
      builtIn: true,
      addedAt: '2026-01-01T00:00:00Z',
    })),
    fetch: options.fetch ?? (async () => new Response('not found', { status: 404 })),
    now: () => clock,
    log: (message) => void logs.push(message),
    notices: [],
    limits: DEFAULT_LIMITS,
    logs, // tests move the clock by replacing ctx.now
  };
}

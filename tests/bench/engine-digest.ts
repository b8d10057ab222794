// Prints, one JSON line per text, everything the engine decides about it: tokens, language, matcher hits
// and analyze() findings, for the equivalence corpus (tests/unit/equivalence-corpus.ts) with the packs of
// a given checkout and with generated bench packs. Run it with the engine of two checkouts and compare:
//   node --import tsx tests/bench/engine-digest.ts --engine /tmp/base --rules /tmp/base > a.jsonl
//   node --import tsx tests/bench/engine-digest.ts --engine . --rules /tmp/base > b.jsonl && cmp a.jsonl b.jsonl
// --engine: the checkout whose engine/ runs; --rules: the checkout whose rules/ (packs, lexicon, sources) load.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadWorkspace } from '../../rules/load/workspace.ts';
import { engineLexicon } from '../../rules/load/engine-input.ts';
import { makePack, makePage } from '../../cli/bench/corpus.ts';
import type { Pack } from '../../engine/types.ts';
import { equivalenceCorpus } from './equivalence-corpus.ts';

type EngineModule = typeof import('../../engine/index.ts');
type DetectModule = typeof import('../../engine/lang/detect.ts');

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : def;
};
const engineRoot = resolve(arg('--engine', '.'));
const rulesRoot = resolve(arg('--rules', '.'));
const random = Number(arg('--random', '3000'));

const E = (await import(pathToFileURL(resolve(engineRoot, 'engine/index.ts')).href)) as EngineModule;
const D = (await import(pathToFileURL(resolve(engineRoot, 'engine/lang/detect.ts')).href)) as DetectModule;

const ws = loadWorkspace({
  paths: [resolve(rulesRoot, 'rules/packs')],
  sources: resolve(rulesRoot, 'rules/sources.yaml'),
  lexicon: resolve(rulesRoot, 'rules/lexicon'),
});
const packs = ws.packs.map((p) => p.pack).filter((p): p is Pack => p !== undefined);
const real = E.compile({
  packs,
  lexicon: engineLexicon(ws.lexicons.lexicons),
  sources: ws.sources.sources,
});
// The real packs through a snapshot, as content scripts load them.
// Older revisions had a toSnapshot() method instead of snapshotOf().
const snap = (e: ReturnType<EngineModule['compile']>): string =>
  'snapshotOf' in E ? E.snapshotOf(e) : (e as unknown as { toSnapshot(): string }).toSnapshot();
const loaded = E.loadEngine(snap(real));
const page = makePage();
const bench = E.loadEngine(
  snap(
    E.compile({
      packs: [makePack(1000, page)],
      lexicon: { classes: {}, spellings: {} },
      sources: [],
    }),
  ),
);

const texts = await equivalenceCorpus({ random, rulesRoot });
const out: string[] = [];
for (const text of texts) {
  const t = real.tokenize(text);
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(t.key[i]!);
  const tokens = [
    keys,
    Array.from(t.start).slice(0, t.count),
    Array.from(t.end).slice(0, t.count),
    Array.from(t.kind).slice(0, t.count),
    Array.from(t.sentence).slice(0, t.count),
    t.sentences.map((s) => [s.start, s.end, s.firstToken, s.endToken]),
  ];
  const lang = D.detectLanguage(t);
  const hits = real.matcher.scan(t);
  const a = loaded.analyze({ text });
  const b = bench.analyze({ text });
  out.push(
    JSON.stringify({
      text: text.slice(0, 60),
      tokens,
      lang,
      hits,
      findings: a.findings,
      links: a.links,
      lang2: [a.lang, a.ran],
      bench: b.findings.map((f) => [f.ruleId, f.start, f.end, f.severity, f.effect, f.shown, f.context]),
    }),
  );
}
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`engine-digest: ${texts.length} texts, ${real.ruleCount} rules, engine ${engineRoot}\n`);

// The project's own packs, built by `vigie build`, go through the background as bundled packs with the real
// engine: every pack validates, passes its own examples in the extension's engine, and compiles.
import 'fake-indexeddb/auto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryIO } from '../../cli/io.ts';
import { bundledFromFiles } from '../../background/bundled-data.ts';
import { bundledOf } from '../../background/bundled.ts';
import { realEngine } from '../../background/engine-port.ts';
import { init } from '../../background/main.ts';
import { STORAGE_KEYS, type StoredSnapshot } from '../../common/settings.ts';
import { loadEngine } from '../../engine/index.ts';
import { testContext } from './fixtures.ts';

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigie-real-packs-'));
  const io = memoryIO();
  const code = await main(['build', '--out', dir], io);
  if (code !== 0) {
    console.warn(`vigie build failed, real-pack test skipped:\n${io.stderr.slice(0, 2000)}`);
    return;
  }
  for (const name of await readdir(dir)) files[name] = await readFile(join(dir, name), 'utf8');
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bundled packs from vigie build', () => {
  it('all validate, judge their examples like vigie test, and compile into a loadable snapshot', async (t) => {
    if (Object.keys(files).length === 0) return t.skip();
    const ctx = { ...testContext({ engine: realEngine }), bundled: bundledFromFiles(files) };
    const bundle = await bundledOf(ctx);
    const built = Object.keys(files).filter(
      (n) => !['index.json', 'sources.json', 'lexicon.json', 'snapshot.json'].includes(n),
    );
    expect(bundle.packs).toHaveLength(built.length);
    // The extension's self-test judges examples exactly like `vigie test` (CI): same failing rules.
    const io = memoryIO();
    await main(['test', '--json'], io);
    const ci = JSON.parse(io.stdout) as { failures: { ruleId?: string }[] };
    const ciFailing = new Set(ci.failures.map((f) => f.ruleId).filter((id): id is string => !!id));
    const extFailing = new Set<string>();
    for (const b of bundle.packs) {
      for (const failure of realEngine.selfTest(b.pack, {
        sources: bundle.sources,
        lexicon: ctx.bundled.lexicon,
      })) {
        extFailing.add(/^rule (\S+):/.exec(failure)![1]!);
      }
    }
    expect([...extFailing].sort()).toEqual([...ciFailing].sort());
    await init(ctx);
    const snap = ctx.storage.data.get(STORAGE_KEYS.snapshot) as StoredSnapshot;
    expect(loadEngine(snap.data).ruleCount).toBe(bundle.packs.reduce((n, b) => n + b.pack.rules.length, 0));
    expect(ctx.notices).toEqual([]);
  });
});

// Runs in a fresh Node process (node --import tsx cli/bench/child.ts <snapshot> <page.json> cold|heap) and
// prints one JSON line. `cold`: time from the snapshot's bytes to one scan of the whole page, measured here,
// after module loading. `heap`: retained heap of a loaded engine (needs --expose-gc).
import { readFileSync } from 'node:fs';
import { loadEngine, type Engine } from '../../engine/index.ts';
import type { BenchPost } from './corpus.ts';

const [snapshotPath, pagePath, mode] = process.argv.slice(2);
const bytes = readFileSync(snapshotPath!);
const page = JSON.parse(readFileSync(pagePath!, 'utf8')) as BenchPost[];
const gc = (globalThis as { gc?: () => void }).gc;

function load(): Engine {
  return loadEngine(new TextDecoder().decode(bytes));
}

if (mode === 'heap') {
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const engine = load();
  gc?.();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  // Keep the engine alive past the measurement.
  const n = engine.analyze({ text: page[0]?.text ?? '' }).findings.length;
  process.stdout.write(
    JSON.stringify({ heapMB: (after - before) / 1048576, exact: gc !== undefined, n }) + '\n',
  );
} else {
  const t0 = performance.now();
  const engine = load();
  const loadMs = performance.now() - t0;
  let findings = 0;
  // `cold-scan`: tokenise and match only (no language, context or links), to see the matcher's own share.
  if (mode === 'cold-scan')
    for (const post of page) findings += engine.matcher.scan(engine.tokenize(post.text)).length;
  else for (const post of page) findings += engine.analyze({ text: post.text }).findings.length;
  const coldMs = performance.now() - t0;
  process.stdout.write(JSON.stringify({ coldMs, loadMs, findings }) + '\n');
}

#!/usr/bin/env node
// `npm run bench [-- --json]`: the engine benchmark (vigie bench) and the in-browser scanner benchmark, in one run.
// With --json, stdout is exactly one object: {"engine":[...], "page":{...}}; progress goes to stderr.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runPageBench, printPageBench } from '../tests/bench/page-bench.mjs';
import { runScrollBench, printScrollBench } from '../tests/bench/scroll-bench.mjs';
import { CHROME_EXT } from '../tests/e2e/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const skipPage = process.argv.includes('--engine-only');

const engine = spawnSync(process.execPath, ['bin/vigie.mjs', 'bench', '--json'], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
if (engine.status !== 0) {
  console.error('The engine benchmark failed.');
  process.exit(1);
}
const result = JSON.parse(engine.stdout);

if (!skipPage) {
  const log = (s) => process.stderr.write(s + '\n');
  const page = await runPageBench({ log });
  if (page) {
    result.page = page;
    // The browser work Vigie causes while the page scrolls, against the same page without it.
    page.scroll = await runScrollBench({ extension: CHROME_EXT, log });
  }
}

if (json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  console.log('Engine (Node, same run):');
  console.log('  rules  pageKB  coldMs  warmMs   MB/s  naiveMs   ratio  limitMB/s  snapshotKB  heapMB');
  for (const r of result.engine)
    console.log(
      `  ${String(r.rules).padStart(5)} ${String(r.pageKB).padStart(7)} ${r.coldMs.toFixed(1).padStart(7)} ${r.warmMs.toFixed(2).padStart(7)} ${r.mbPerS.toFixed(1).padStart(6)} ${r.naiveMs.toFixed(0).padStart(8)} ${r.ratio.toFixed(0).padStart(7)} ${r.limitMbPerS.toFixed(1).padStart(10)} ${String(r.snapshotKB).padStart(11)} ${r.heapMB.toFixed(1).padStart(7)}`,
    );
  if (result.page) {
    printPageBench(result.page);
    printScrollBench(result.page.scroll);
  }
}

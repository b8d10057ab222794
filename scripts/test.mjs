#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure so the log ends where it broke.
// Type-check, lint, unit tests, every pack's examples, both extension builds, then browser tests.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['pack check', 'node', ['bin/vigie.mjs', 'check']],
  ['pack examples', 'node', ['bin/vigie.mjs', 'test']],
  ['build', 'npm', ['run', 'build']],
  ['browser tests', 'node', ['tests/e2e/run.mjs']],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const t0 = Date.now();
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (res.status !== 0) {
    process.stdout.write(`\n=== ${name} FAILED after ${secs}s (exit ${res.status ?? res.signal})\n`);
    process.exit(1);
  }
  process.stdout.write(`=== ${name} ok (${secs}s)\n`);
}
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.\n`);

#!/usr/bin/env node
// Browser tests: the built extension (.output/) in real Chromium and Firefox against pages on 127.0.0.1.
// Without a browser they are skipped with a notice on a developer's machine, and fail in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, firefoxPath, CHROME_EXT } from './browser.mjs';

const dir = import.meta.dirname;
if (!chromiumPath() || !firefoxPath()) {
  const msg = 'Browser tests need chromium and firefox-esr (apt-get install chromium firefox-esr).';
  if (process.env.CI) {
    console.error(msg);
    process.exit(1);
  }
  console.log(`NOTICE: ${msg} Skipping them.`);
  process.exit(0);
}
if (!existsSync(CHROME_EXT)) {
  console.error('The extension is not built: run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => resolve(dir, f));
const res = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(res.status ?? 1);

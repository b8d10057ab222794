// Runs the site adapters and the scanner in real Chromium on the saved pages (../shared/pages) and compares
// with the linkedom reading used by the CLI: same posts, same texts? How long do the full scan and the
// longest idle slice take? Nothing leaves the machine: page scripts are removed and every request is aborted.
//   node tests/sites/browser-check.mjs            (needs /usr/bin/chromium)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = process.env.VIGIE_PAGES ?? resolve(ROOT, '../shared/pages');
if (!existsSync(PAGES)) {
  console.log(`${PAGES} not found: nothing to check.`);
  process.exit(0);
}
const SITE_OF = {
  tiktok: 'tiktok',
  youtube: 'youtube',
  x: 'x',
  instagram: 'instagram',
  reddit: 'reddit',
  facebook: 'facebook',
  linkedin: 'linkedin',
  threads: 'threads',
};

const bundle = await build({
  entryPoints: [join(ROOT, 'tests/sites/browser-entry.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
});
const code = bundle.outputFiles[0].text;
const { analyzePage, parsePageHtml } = await tsImport(join(ROOT, 'cli/scan-page.ts'), import.meta.url);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND'],
});
// Scripts must run for our own code (timers, idle callbacks), so the page's inline scripts are removed instead.
const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
await context.route('**/*', (route) => route.abort());
const page = await context.newPage();

let failures = 0;
for (const file of readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const prefix = file.split('-')[0];
  const site = SITE_OF[prefix];
  if (!site) continue;
  const html = readFileSync(join(PAGES, file), 'utf8');
  const node = analyzePage(parsePageHtml(html), site);
  await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'domcontentloaded' });
  await page.evaluate(code);
  const res = await page.evaluate(async (siteId) => {
    const V = globalThis.VigieScan;
    const adapter = V.adapterById(siteId);
    const t0 = performance.now();
    const units = adapter.findPosts(document);
    const fullMs = performance.now() - t0;
    // Every finding span must map back to DOM ranges whose text is the unit text (probe: the whole text).
    let rangeMismatch = 0;
    for (const u of units) {
      const got = V.unitSpanToRanges(u, 0, u.text.length, document)
        .map((r) => r.toString())
        .join('');
      const want = u.parts
        .filter((p) => p.segments.every((s) => s.node))
        .map((p) => p.text)
        .join('')
        .replace(/\s+/g, '');
      if (want && got.replace(/\s+/g, '') !== want) rangeMismatch++;
    }
    const reported = [];
    const scanner = V.createScanner({
      root: document,
      adapter,
      onPosts: (p) => reported.push(...p),
      navigation: { win: null },
    });
    await new Promise((r) => setTimeout(r, 1500));
    scanner.stop();
    return {
      texts: units.map((u) => u.text),
      fullMs,
      stats: scanner.stats,
      reported: reported.length,
      rangeMismatch,
    };
  }, site);
  const same = res.texts.length === node.posts.length && res.texts.every((t, i) => t === node.posts[i].text);
  if (!same || res.rangeMismatch || res.reported !== res.texts.length) failures++;
  console.log(
    `${file}: ${res.texts.length} posts (linkedom ${node.posts.length}, texts ${same ? 'identical' : 'DIFFER'}), ` +
      `findPosts(document) ${res.fullMs.toFixed(1)} ms, scanner: ${res.reported} reported in ${res.stats.slices} slice(s), ` +
      `longest slice ${res.stats.longestSliceMs.toFixed(1)} ms (step ${res.stats.longestStepMs.toFixed(1)} ms), range mismatches ${res.rangeMismatch}`,
  );
  if (!same) {
    for (let i = 0; i < Math.max(res.texts.length, node.posts.length); i++) {
      if (res.texts[i] !== node.posts[i]?.text) {
        const a = res.texts[i] ?? '';
        const b = node.posts[i]?.text ?? '';
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        const at = Math.max(0, k - 40);
        console.log(
          `  first difference at post ${i}, char ${k}: U+${(a.codePointAt(k) ?? 0).toString(16)} vs U+${(b.codePointAt(k) ?? 0).toString(16)}`,
        );
        console.log(
          `    chromium: ${JSON.stringify(a.slice(at, k + 60))}\n    linkedom: ${JSON.stringify(b.slice(at, k + 60))}`,
        );
        break;
      }
    }
  }
}
await browser.close();
process.exit(failures ? 1 : 0);

// The generic article reader in Chromium: a host the user turns on gets the reader script (registered at run
// time by the background), which marks the article's claim and not the page's menu; turning the host off stops
// it on the next load. The user's grant of the host (a permission prompt a test cannot click) is stood in for by
// a copy of the built extension whose manifest already holds that host; everything else is the shipped build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server.mjs';
import { launchChromium, CHROME_EXT } from './browser.mjs';
import { closeFirstRunTab, settledMarks } from './marks.mjs';

const HOST = 'news.example.org';
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Health news</title></head><body>
<nav><a href="/">Home</a> <a href="/health">Baking soda cures cancer: our most read page</a></nav>
<main><article><h1>What parents ask about measles</h1>
<p>A reader wrote to us that vaccines cause autism in children, and she wants to know what to do before the next appointment.</p>
<p>Our answer, after talking to two paediatricians, is below. Take your time to read it.</p>
<p>Vaccines cause autism, she was told at the school gate, and she believed it for a year.</p>
</article></main></body></html>`;

let server;
let browser;
let options;

before(async () => {
  const ext = join(mkdtempSync(join(tmpdir(), 'vigie-granted-')), 'ext');
  cpSync(CHROME_EXT, ext, { recursive: true });
  const manifestPath = join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [`https://${HOST}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  server = await startServer({ routes: { [`${HOST}/article`]: ARTICLE } });
  browser = await launchChromium({ port: server.port, extraHosts: [HOST], extension: ext });
  await closeFirstRunTab(browser);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const send = (message) => options.evaluate((m) => globalThis.chrome.runtime.sendMessage(m), message);

describe('Chromium: the article reader on a host the user turns on', () => {
  test('off by default: the host gets no Vigie script', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://${HOST}/article`);
    await page.waitForTimeout(1500);
    assert.equal(await page.getAttribute('html', 'data-vigie-marks'), null);
    await page.close();
  });

  test('on: the claim in the article is marked, the menu link is not; off again: nothing on reload', async () => {
    const added = await send({ type: 'generic:add', host: HOST });
    assert.equal(added.ok, true, JSON.stringify(added));
    const page = await browser.context.newPage();
    await page.goto(`https://${HOST}/article`);
    assert.equal(await settledMarks(page, { min: 1 }), 1, 'one mark: the article body is one unit');
    const highlighted = await page.evaluate(() =>
      [...(CSS.highlights?.values() ?? [])].flatMap((h) => [...h]).map((r) => r.toString()),
    );
    assert.ok(
      highlighted.some((t) => /vaccines cause autism/i.test(t)),
      JSON.stringify(highlighted),
    );
    assert.ok(!highlighted.some((t) => /baking soda/i.test(t)), 'the navigation is not read');
    const removed = await send({ type: 'generic:remove', host: HOST });
    assert.equal(removed.ok, true, JSON.stringify(removed));
    await page.reload();
    await page.waitForTimeout(1500);
    assert.equal(await page.getAttribute('html', 'data-vigie-marks'), null);
    await page.close();
  });
});

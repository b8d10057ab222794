// The built extension in real Chromium, on the demo pages and on pages built from saved real markup, all served
// on 127.0.0.1 under the real sites' host names (the shipped manifest, no localhost match patterns).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, SHARED_PAGES } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { closeFirstRunTab, settledMarks } from './marks.mjs';
import { CAPTIONS } from '../../demo/content.mjs';

const BADGE = 'vigie-overlay .vg-badge';
const CLAIM_EN = 'Baking soda cures cancer, stop chemo now';

/** A saved real TikTok page whose first caption is replaced by our own claim (the markup stays real). */
function savedTikTokWithClaim() {
  const html = readFileSync(join(SHARED_PAGES, 'tiktok-feed-comments-2025.html'), 'utf8');
  return html.replace(/(data-e2e="desc-span-0_-1"[^>]*>)[^<]*/, `$1${CLAIM_EN} `);
}

const THROWING_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>broken</title>
<script>window.addEventListener('load', () => { throw new Error('the site broke itself'); });
setTimeout(() => { null.boom(); }, 10); Object.defineProperty(window, 'MutationObserver', { value: undefined });</script></head>
<body><article data-e2e="recommend-list-item-container"><div data-e2e="feed-video"></div>
<div data-e2e="video-desc"><span data-e2e="desc-span-0_-1">${CLAIM_EN}</span></div></article></body></html>`;

let server;
let browser;

before(async () => {
  server = await startServer({
    routes: {
      'www.tiktok.com/throwing': THROWING_PAGE,
      ...(existsSync(SHARED_PAGES) ? { 'www.tiktok.com/saved-with-claim': savedTikTokWithClaim } : {}),
    },
  });
  browser = await launchChromium({ port: server.port });
  // The first-run tab opens a moment after start-up and takes the front: test tabs behind it get no frames.
  await closeFirstRunTab(browser);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Chromium: the demo TikTok feed', () => {
  test('marks and badges appear, with highlights over the site text', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    const marks = await settledMarks(page);
    assert.ok(marks >= 10, `expected at least 10 marks on the demo feed, got ${marks}`);
    assert.ok((await page.locator(BADGE).count()) >= 10, 'badges are drawn in the overlay');
    const highlighted = await page.evaluate(() => {
      let n = 0;
      for (const [, h] of CSS.highlights ?? []) n += h.size;
      return n;
    });
    assert.ok(highlighted > 0, 'the CSS Custom Highlight API marks spans over the site text');
    await page.close();
  });

  test("the site's own text is unchanged after marking", async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    await settledMarks(page);
    const captions = await page.$$eval('[data-e2e=video-desc] [data-e2e$="_-1"]', (els) =>
      els.map((e) => e.textContent),
    );
    const known = new Set(CAPTIONS.map((c) => `${c.text} `));
    assert.ok(captions.length >= 40);
    for (const text of captions) assert.ok(known.has(text), `caption text changed: ${text}`);
    const inserted = await page.$$eval(
      '[data-e2e=video-desc] *',
      (els) =>
        els.filter(
          (e) => e.tagName.toLowerCase().startsWith('vigie') || e.className?.toString().startsWith('vg-'),
        ).length,
    );
    assert.equal(inserted, 0, 'nothing is inserted inside the site text');
    await page.close();
  });

  test('the popover opens with Enter, closes with Escape and gives focus back to the badge', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    await settledMarks(page);
    const badge = page.locator(BADGE).first();
    await badge.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('vigie-overlay [role=dialog]');
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await badge.getAttribute('aria-expanded'), 'true');
    const title = (await dialog.locator('h2, [id]').first().textContent()) ?? '';
    assert.doesNotMatch(title, /false|fake/i);
    const text = (await dialog.textContent()) ?? '';
    assert.match(text, /not the video/i, 'the footer says Vigie reads words, not video');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 5000 });
    const focused = await page.evaluate(
      () => document.querySelector('vigie-overlay')?.shadowRoot?.activeElement?.className ?? '',
    );
    assert.match(focused, /vg-badge/, 'focus returns to the badge');
    await page.close();
  });

  test('"report a wrong mark" hides it and survives a reload (real IndexedDB)', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    const before = await settledMarks(page);
    await page.locator(BADGE).first().click();
    await page.getByRole('button', { name: /report a wrong mark/i }).click();
    await page.waitForFunction((n) => Number(document.documentElement.dataset.vigieMarks) < n, before, {
      timeout: 5000,
    });
    const afterReport = Number(await page.getAttribute('html', 'data-vigie-marks'));
    await page.reload();
    const afterReload = await settledMarks(page, { min: 1 });
    assert.equal(afterReload, afterReport, 'the reported mark stays hidden after a reload');
    await page.close();
  });

  test('posts added by scrolling are scanned', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    const first = await settledMarks(page);
    await page.evaluate(() => window.vigieDemoMore(60));
    const later = await settledMarks(page, { min: first + 1 });
    assert.ok(later > first, `marks grow when posts are appended (${first} -> ${later})`);
    await page.close();
  });

  test('in-app navigation re-scans (profile grid, captions in alt text)', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    await settledMarks(page);
    await page.click('[data-nav=profile]');
    await page.waitForURL('**/@lea.health');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-e2e=user-post-item]').length > 0 &&
        Number(document.documentElement.dataset.vigieMarks) > 0,
      null,
      { timeout: 10000 },
    );
    const marks = await settledMarks(page);
    assert.ok(marks > 0, 'the profile grid is marked after pushState navigation');
    await page.close();
  });
});

describe('Chromium: other pages', () => {
  test('YouTube-like and X-like demo pages are marked', async () => {
    for (const url of ['https://www.youtube.com/watch?v=demo', 'https://x.com/home']) {
      const page = await browser.context.newPage();
      await page.goto(url);
      const marks = await settledMarks(page);
      assert.ok(marks > 0, `${url} has marks`);
      await page.close();
    }
  });

  test('a saved real TikTok page with a claim in its caption is marked', async (t) => {
    if (!existsSync(SHARED_PAGES))
      return t.skip('NOTICE: ../shared/pages is absent; skipping saved-page test');
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/saved-with-claim');
    const marks = await settledMarks(page);
    assert.ok(marks >= 1, 'the claim in the real markup is marked');
    await page.close();
  });

  test('a site that throws inside its own scripts does not stop Vigie, there or elsewhere', async () => {
    const broken = await browser.context.newPage();
    const pageErrors = [];
    broken.on('pageerror', (e) => pageErrors.push(e.message));
    await broken.goto('https://www.tiktok.com/throwing');
    const marks = await settledMarks(broken);
    assert.ok(pageErrors.length > 0, 'the page really threw');
    assert.ok(marks >= 1, 'Vigie still marks the broken page');
    const other = await browser.context.newPage();
    await other.goto('https://x.com/home');
    assert.ok((await settledMarks(other)) > 0, 'and other sites');
    await broken.close();
    await other.close();
  });

  test('the content script makes no network request', async () => {
    browser.blocked.length = 0; // the saved real pages reference the live CDNs; they were stopped earlier
    const page = await browser.context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('https://www.tiktok.com/foryou');
    await settledMarks(page);
    await page.evaluate(() => window.vigieDemoMore(20));
    await settledMarks(page);
    const unexpected = requests.filter(
      (u) => !u.startsWith('https://www.tiktok.com/foryou') && !u.startsWith('data:'),
    );
    assert.deepEqual(unexpected, [], 'only the page itself was requested');
    assert.deepEqual(browser.blocked, [], 'nothing tried to leave the machine');
    await page.close();
  });
});

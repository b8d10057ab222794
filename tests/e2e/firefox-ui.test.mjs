// The built Firefox extension in Firefox ESR on the demo TikTok feed (same set-up as firefox.test.mjs: the server
// on 127.0.0.1:443, every name resolved to this machine): posts added by scrolling get marks, and the popover
// opens with Enter on a badge, closes with Escape and gives focus back, without the keys reaching the site's
// own shortcuts; a 1 MB caption and right-to-left, zero-width text keep the page responsive. Skipped with a
// notice without Firefox, the build or the right to bind :443 (fails in CI).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { firefoxSetup, launchFirefox, settledValue, until } from './firefox.mjs';
import { CLAIMS, TRICKS, hugePage, rtlPage } from './badpages.mjs';

const FEED_URL = 'https://www.tiktok.com/foryou';

const setup = await firefoxSetup('Firefox UI tests', {
  'www.tiktok.com/bad/huge': hugePage,
  'www.tiktok.com/bad/rtl': rtlPage,
});
if (setup.skip) test('Firefox: scrolling, keyboard and bad input', { skip: setup.skip }, () => {});

describe('Firefox: scrolling, keyboard and bad input', { skip: Boolean(setup.skip) }, () => {
  const server = setup.server;
  let ff;
  let page;

  const marks = () => page.evaluate(() => Number(document.documentElement.dataset.vigieMarks ?? -1));
  /** The count once it is unchanged for 1 s (the scanner works in idle slices). */
  const settled = (min) => settledValue(marks, (n) => n >= min, `marks >= ${min}`);
  const inOverlay = (fn) => page.evaluate(fn === 'active' ? activeInOverlay : dialogOpen);
  function activeInOverlay() {
    const a = document.querySelector('vigie-overlay')?.shadowRoot?.activeElement;
    return a ? `${a.tagName}.${a.className}` : null;
  }
  function dialogOpen() {
    return Boolean(document.querySelector('vigie-overlay')?.shadowRoot?.querySelector('[role=dialog]'));
  }

  before(async () => {
    ff = await launchFirefox();
    page = await ff.newPage();
    await page.goto(FEED_URL, { waitUntil: 'load' });
    // The first-run page opens in a tab of its own on install and may take the foreground; a background tab
    // gets no animation frames, and so no scroll events and no badge layout.
    await page.bringToFront();
    // The site's own keyboard shortcuts: a counter of keys that reach the document.
    await page.evaluate(() => {
      window.__siteKeys = 0;
      document.addEventListener('keydown', () => window.__siteKeys++);
    });
  });

  after(async () => {
    await ff?.close().catch(() => {});
    await server?.close();
  });

  test('posts added by scrolling get marks', async () => {
    const first = await settled(1);
    const items = () =>
      page.evaluate(() => document.querySelectorAll('[data-e2e=recommend-list-item-container]').length);
    const itemsBefore = await items();
    // Real scrolls to the bottom: the demo page appends 10 posts when the end comes near (infinite scroll).
    for (let i = 0; i < 4; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await until(items, (n) => n >= itemsBefore + 10 * (i + 1), 'posts appended by the page', 5000);
    }
    const later = await settled(first + 1);
    assert.ok(later > first, `marks grow when scrolling adds posts (${first} -> ${later})`);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  test('Enter on a badge opens the popover, Escape closes it and gives focus back; the site sees no key', async () => {
    // The first visible badge (near the top of the feed).
    const focused = await until(
      () =>
        page.evaluate(() => {
          const root = document.querySelector('vigie-overlay')?.shadowRoot;
          const badge = [...(root?.querySelectorAll('.vg-mark:not(.vg-hidden) .vg-badge') ?? [])][0];
          badge?.focus();
          return root?.activeElement === badge && Boolean(badge);
        }),
      Boolean,
      'a visible badge takes the focus',
      10000,
    );
    assert.ok(focused);
    const keysBefore = await page.evaluate(() => window.__siteKeys);
    await page.keyboard.press('Enter');
    await until(() => inOverlay('dialog'), Boolean, 'the popover opens', 5000);
    const expanded = await page.evaluate(
      () =>
        document.querySelector('vigie-overlay').shadowRoot.querySelectorAll('.vg-badge[aria-expanded=true]')
          .length,
    );
    assert.equal(expanded, 1, 'the badge says its popover is expanded');
    const text = await page.evaluate(
      () => document.querySelector('vigie-overlay').shadowRoot.querySelector('[role=dialog]').textContent,
    );
    assert.match(text, /not the video/i, 'the footer says Vigie reads words, not video');
    assert.doesNotMatch(text, /\bfalse\b|\bfake\b/i);
    await page.keyboard.press('Escape');
    await until(
      () => inOverlay('dialog'),
      (open) => !open,
      'the popover closes',
      5000,
    );
    assert.match((await inOverlay('active')) ?? '', /vg-badge/, 'focus is back on the badge');
    assert.equal(
      await page.evaluate(() => window.__siteKeys),
      keysBefore,
      "Enter and Escape typed in Vigie's UI did not reach the site's keydown listener",
    );
    // The control: the same listener does see a key typed on the page itself.
    await page.evaluate(() => document.querySelector('vigie-overlay').shadowRoot.activeElement?.blur());
    await page.keyboard.press('j');
    assert.equal(
      await page.evaluate(() => window.__siteKeys),
      keysBefore + 1,
      'a key on the page reaches it',
    );
  });

  test('bad input: a 1 MB caption and a right-to-left page with zero-width tricks', async () => {
    for (const [path, expected] of [
      ['huge', CLAIMS.length],
      ['rtl', TRICKS.length + CLAIMS.length],
    ]) {
      const tab = await ff.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
      await tab.bringToFront();
      await tab.goto(`https://www.tiktok.com/bad/${path}`, { waitUntil: 'load' });
      const read = () => tab.evaluate(() => Number(document.documentElement.dataset.vigieMarks ?? -1));
      const n = await until(read, (v) => v >= expected, `${path}: marks`, 30000);
      assert.ok(n >= expected, `${path}: ${n} marks`);
      // The page's own timer still fires after Vigie's work.
      const t0 = await tab.evaluate(() => window.__ticks);
      await until(
        () => tab.evaluate(() => window.__ticks),
        (t) => t > t0 + 5,
        `${path}: the page timer`,
        10000,
      );
      assert.deepEqual(
        await tab.evaluate(() => window.__errors),
        [],
        `${path}: errors that reached the page`,
      );
      assert.deepEqual(errors, [], `${path}: pageerror`);
      await tab.close();
    }
  });
});

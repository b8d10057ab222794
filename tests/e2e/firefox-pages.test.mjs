// The extension's own pages in Firefox ESR (the Chromium runs are popup.test.mjs and options.test.mjs): the
// options page's language and site switches reach an open TikTok tab, the stored settings survive a reload of the
// options page, and the popup, opened as a background tab of the feed's window (as the toolbar opens it, it reads
// the active tab), counts what the feed shows and lists each marked post. The extension gets a fixed internal
// UUID (extensions.webextensions.uuids) so its pages have known moz-extension:// addresses. Same server set-up as
// firefox.test.mjs; skipped with a notice without Firefox, the build or the right to bind :443 (fails in CI).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { firefoxSetup, launchFirefox, settledValue, until } from './firefox.mjs';

const FEED_URL = 'https://www.tiktok.com/foryou';
const GECKO_ID = 'vigie@vigie-health.org';
const UUID = '5f1d6a52-3c4e-4b8a-9d0e-7a2b1c3d4e5f';
const EXT = `moz-extension://${UUID}`;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const setup = await firefoxSetup('Firefox page tests');
if (setup.skip) test('Firefox: options and popup', { skip: setup.skip }, () => {});

describe('Firefox: options and popup', { skip: Boolean(setup.skip) }, () => {
  const server = setup.server;
  let ff;
  let feed;
  let options;

  const marks = () => feed.evaluate(() => Number(document.documentElement.dataset.vigieMarks ?? -1));
  /** The mark count once it is unchanged for 1 s. */
  const settled = (ok, what) => settledValue(marks, ok, what);
  const badgeLabels = () =>
    feed.evaluate(() =>
      [
        ...(document.querySelector('vigie-overlay')?.shadowRoot?.querySelectorAll('.vg-badge .vg-label') ??
          []),
      ].map((l) => l.textContent),
    );

  /**
   * Opens one of the extension's pages in a new tab. Firefox's WebDriver never reports the load of a
   * moz-extension:// page, so the navigation is not awaited; callers wait for an element instead.
   */
  /** Waits for `selector` in `page` (puppeteer's waitForSelector does not see into extension pages). */
  const shown = (page, selector) =>
    until(
      () => page.evaluate((sel) => Boolean(document.querySelector(sel)), selector).catch(() => false),
      Boolean,
      `${selector} on ${page.url()}`,
    );

  async function openExtPage(path) {
    const page = await ff.browser.newPage();
    await page.goto(`${EXT}/${path}`, { waitUntil: 'domcontentloaded', timeout: 3000 }).catch(() => {});
    return page;
  }

  before(async () => {
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access allowed.
    ff = await launchFirefox({
      prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
      args: ['--remote-allow-system-access'],
    });
    feed = await ff.newPage();
    await feed.goto(FEED_URL, { waitUntil: 'load' });
    await feed.bringToFront();
    await settled((n) => n >= 10, 'marks on the feed');
    options = await openExtPage('options.html');
    await shown(options, '#vg-lang');
    await feed.bringToFront();
  });

  after(async () => {
    await ff?.close().catch(() => {});
    await server?.close();
  });

  test('language: French badges after choosing Français, kept after a reload of the options page', async () => {
    assert.ok((await badgeLabels()).includes('May mislead'));
    await options.select('#vg-lang', 'fr');
    await until(async () => (await badgeLabels()).includes('Peut tromper'), Boolean, 'French badges');
    assert.ok(!(await badgeLabels()).includes('May mislead'));
    // (Not page.reload(): WebDriver never reports the load of an extension page.)
    await options.evaluate(() => location.reload());
    await sleep(500);
    await shown(options, '#vg-lang');
    assert.equal(await options.$eval('#vg-lang', (s) => s.value), 'fr', 'the choice is stored');
    assert.match(
      await options.$eval('h1', (h) => h.textContent),
      /Réglages/,
      'the options page speaks French',
    );
    await options.select('#vg-lang', 'en');
    await until(async () => (await badgeLabels()).includes('May mislead'), Boolean, 'English badges again');
  });

  test('sites: TikTok off removes its marks; on again brings them back', async () => {
    const before = await settled((n) => n >= 10, 'marks before');
    const box = async () => {
      const labels = await options.$$('label.vg-check');
      for (const l of labels) if ((await l.evaluate((e) => e.textContent)) === 'TikTok') return l.$('input');
      throw new Error('no TikTok switch');
    };
    await (await box()).click();
    await settled((n) => n === 0, 'TikTok off');
    await (await box()).click();
    assert.equal(await settled((n) => n === before, 'TikTok on again'), before);
  });

  test('the popup counts the marks of the active tab and lists each marked post', async () => {
    await feed.bringToFront();
    const n = await settled((v) => v >= 10, 'marks');
    // The popup reads the active tab of its window, as the toolbar popup does: open it, make the feed the active
    // tab again, and reload the popup (now a background tab) so it reads the feed.
    const popup = await openExtPage('popup.html');
    await feed.bringToFront();
    await popup.evaluate(() => location.reload());
    await shown(popup, '.vg-count');
    const count = await popup.$eval('.vg-count', (e) => e.textContent);
    assert.match(count, new RegExp(`\\b${n} marked posts`), `count line "${count}" vs ${n} marks`);
    assert.equal((await popup.$$('.vg-marks button')).length, n, 'one list entry per marked post');
    const rows = await popup.$$eval('.vg-cats li', (els) => els.map((e) => e.textContent));
    const total = rows.reduce((sum, r) => sum + Number(/(\d+)\s*$/.exec(r)?.[1] ?? 0), 0);
    assert.equal(total, n, `categories add up to the marks (${rows.join(' | ')})`);
    await popup.close();
  });
});

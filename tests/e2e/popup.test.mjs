// The toolbar popup of the built extension in Chromium, on the demo TikTok feed. The popup reads "the active tab
// of its window" (entrypoints/popup/main.tsx: tabs.query({active, currentWindow})), so the test opens popup.html
// as a background tab in the demo tab's window (chrome.tabs.create from the service worker, active: false):
// the demo tab stays active and the popup talks to its content script exactly as the toolbar popup does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { closeFirstRunTab, settledMarks, waitForMarks } from './marks.mjs';

const FEED = 'https://www.tiktok.com/foryou';
const CATEGORY_LABELS = [
  'contradicts evidence',
  'dangerous advice',
  'oversimplified',
  'unsourced advice',
  'patient privacy',
  'cites a verified source',
];

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium({ port: server.port });
  await closeFirstRunTab(browser);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens popup.html next to `tab` (which stays the active tab) and waits for it to have asked its content script. */
async function openPopup(tab) {
  await tab.bringToFront();
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(url) });
  await browser.worker.evaluate(async (popupUrl) => {
    const [active] = await globalThis.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await globalThis.chrome.tabs.create({ url: popupUrl, active: false, windowId: active.windowId });
  }, url);
  const popup = await opened;
  // The summary is in when the site switch (or the "does not read this page" line) is drawn.
  await popup.locator('.vg-switch, main p').first().waitFor({ timeout: 10000 });
  return popup;
}

/** Category label -> count, as the popup lists them ("contradicts evidence: 12"). */
async function categoryCounts(popup) {
  const rows = await popup.locator('.vg-cats li').allTextContents();
  return Object.fromEntries(
    rows.map((row) => {
      const label = CATEGORY_LABELS.find((l) => row.includes(`${l}:`));
      const m = /:\s*(\d+)\s*$/.exec(row);
      assert.ok(label && m, `unexpected category row "${row}"`);
      return [label, Number(m[1])];
    }),
  );
}

describe('Chromium: the popup on the demo feed', () => {
  let feed;

  before(async () => {
    feed = await browser.context.newPage();
    await feed.goto(FEED);
    await settledMarks(feed, { min: 10 });
  });

  test('shows the count per category and lists every marked post', async () => {
    const marks = Number(await feed.getAttribute('html', 'data-vigie-marks'));
    const popup = await openPopup(feed);
    await popup.locator('.vg-count').waitFor();
    const count = (await popup.locator('.vg-count').textContent()) ?? '';
    assert.match(count, new RegExp(`\\b${marks} marked posts`), `count line "${count}" vs ${marks} marks`);
    const perCategory = await categoryCounts(popup);
    for (const label of Object.keys(perCategory))
      assert.ok(CATEGORY_LABELS.includes(label), `unknown category "${label}"`);
    const total = Object.values(perCategory).reduce((a, b) => a + b, 0);
    assert.equal(total, marks, `categories add up to the marks (${JSON.stringify(perCategory)})`);
    assert.ok(Object.keys(perCategory).length >= 2, 'the demo feed has several kinds of claims');
    assert.equal(await popup.locator('.vg-marks button').count(), marks, 'one list entry per marked post');
    // Each entry quotes words that are on the page.
    const excerpts = await popup.locator('.vg-marks .vg-excerpt').allTextContents();
    const pageText = await feed.evaluate(() => document.body.textContent.replace(/\s+/g, ' '));
    for (const e of excerpts.slice(0, 10)) {
      const words = e.replace(/^“|”$/g, '').replace(/\s+/g, ' ').trim();
      assert.ok(pageText.includes(words), `excerpt "${words}" is on the page`);
    }
    await popup.close();
  });

  test('clicking a listed post scrolls the page to it and focuses its badge', async () => {
    await feed.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(feed);
    const entries = popup.locator('.vg-marks button');
    const n = await entries.count();
    assert.ok(n >= 10);
    // The last post in the list is far below the first screen of the feed.
    const excerpt = (
      (await entries
        .nth(n - 1)
        .locator('.vg-excerpt')
        .textContent()) ?? ''
    )
      .replace(/^“|”$/g, '')
      .trim();
    const closed = popup.waitForEvent('close');
    await entries.nth(n - 1).click();
    await closed; // the popup closes itself once the page has scrolled
    await feed.waitForFunction(() => window.scrollY > 500, null, { timeout: 5000 });
    const where = await feed.evaluate((words) => {
      // Demo captions repeat down the feed: every innermost element holding the words.
      const found = [];
      const walk = (node) => {
        if (node.tagName === 'SCRIPT' || !(node.textContent ?? '').includes(words)) return;
        const inner = [...node.children].filter((c) => (c.textContent ?? '').includes(words));
        if (inner.length === 0) found.push(node);
        else inner.forEach(walk);
      };
      walk(document.body);
      const inView = (el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      const focused = document.querySelector('vigie-overlay')?.shadowRoot?.activeElement;
      return {
        found: found.length > 0,
        inView: found.some(inView),
        focused: focused?.tagName ?? null,
        focusedInView: focused ? inView(focused) : false,
      };
    }, excerpt);
    assert.ok(where.found, `the excerpt "${excerpt}" is on the page`);
    assert.ok(where.inView, 'the flagged post is in the viewport');
    assert.equal(where.focused, 'BUTTON', "the post's badge has the focus");
    assert.ok(where.focusedInView, 'and the focused badge is on screen');
  });

  test('the site switch pauses Vigie on this site (marks go, stay gone on reload) and turns it back on', async () => {
    const before = await settledMarks(feed, { min: 10 });
    let popup = await openPopup(feed);
    const toggle = popup.locator('.vg-switch input').first();
    assert.equal(await toggle.isChecked(), true);
    assert.match((await popup.locator('.vg-switch').first().textContent()) ?? '', /www\.tiktok\.com/);
    await toggle.uncheck();
    await waitForMarks(feed, (n) => n === 0, { what: 'after pausing' });
    const left = await feed.evaluate(() =>
      [...(document.querySelector('vigie-overlay')?.shadowRoot?.querySelectorAll('.vg-mark') ?? [])].map(
        (m) => m.outerHTML,
      ),
    );
    assert.deepEqual(left, [], 'no badge left on the page');
    assert.equal(
      await feed.evaluate(() => [...(CSS.highlights ?? [])].reduce((n, [, h]) => n + h.size, 0)),
      0,
      'no highlight left',
    );
    // The popup asks the tab again: the switch is off and no list is shown.
    await popup.locator('.vg-marks').waitFor({ state: 'detached', timeout: 5000 });
    assert.equal(await popup.locator('.vg-switch input').first().isChecked(), false);
    await popup.close();

    // Another site is not paused.
    const other = await browser.context.newPage();
    await other.goto('https://x.com/home');
    assert.ok((await settledMarks(other)) > 0, 'x.com is still marked');
    await other.close();

    // The pause is stored: after a reload the content script starts, publishes 0 and stays at 0.
    await feed.reload();
    await waitForMarks(feed, (n) => n === 0, { what: 'after a reload while paused' });
    popup = await openPopup(feed);
    assert.equal(await popup.locator('.vg-switch input').first().isChecked(), false);
    await popup.locator('.vg-switch input').first().check();
    const back = await settledMarks(feed, { min: 10 });
    assert.equal(back, before, 'every mark comes back when the site is turned on again');
    await popup.close();
  });

  test('the mode chosen in the popup is stored', async () => {
    const popup = await openPopup(feed);
    await popup.getByRole('radio', { name: /^clinician/i }).check();
    const stored = async () =>
      browser.worker.evaluate(
        async () => (await globalThis.chrome.storage.local.get('vigie.settings'))['vigie.settings'],
      );
    const deadline = Date.now() + 5000;
    while ((await stored())?.mode !== 'clinician' && Date.now() < deadline) await popup.waitForTimeout(100);
    assert.equal((await stored())?.mode, 'clinician');
    await popup.getByRole('radio', { name: /^patient/i }).check();
    while ((await stored())?.mode !== 'patient' && Date.now() < deadline + 5000)
      await popup.waitForTimeout(100);
    assert.equal((await stored())?.mode, 'patient');
    await popup.close();
  });
});

describe('Chromium: the popup elsewhere', () => {
  test('on a page Vigie does not read, it says so', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/');
    const popup = await openPopup(page);
    await popup.getByText('Vigie does not read this page.').waitFor({ timeout: 5000 });
    await popup.close();
    await page.close();
  });
});

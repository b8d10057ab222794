// Bad input in the browser (Chromium, built extension): a 1 MB caption, 3,000 posts, very deep DOM, right-to-left
// and zero-width text, markup whose selectors no longer match. Vigie must degrade quietly: the tab stays
// responsive (the page's own timer keeps firing while and after Vigie works), the normal posts are marked, and
// no exception reaches the page (window 'error' / 'unhandledrejection' and Playwright's pageerror).
// Nothing here is timed: each check is a fact (a counter advanced, a count reached, a list is empty).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { closeFirstRunTab, markPlacement, settledMarks, waitForMarks } from './marks.mjs';

import {
  CLAIMS,
  DEEP_CLAIM,
  TRICKS,
  ZW_CLAIM,
  deepPage,
  hugePage,
  manyPage,
  rtlPage,
  staleSelectorsPage,
} from './badpages.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({
    routes: {
      'www.tiktok.com/bad/huge': hugePage,
      'www.tiktok.com/bad/many': manyPage,
      'www.tiktok.com/bad/deep': deepPage,
      'www.tiktok.com/bad/rtl': rtlPage,
      'www.tiktok.com/bad/stale': staleSelectorsPage,
    },
  });
  browser = await launchChromium({ port: server.port });
  await closeFirstRunTab(browser);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a bad page and collects what reaches it: page errors, and Vigie's console lines (for the report). */
async function open(path) {
  const tab = await browser.context.newPage();
  await tab.bringToFront(); // the first-run tab may have taken the front: background tabs get no frames
  const pageErrors = [];
  const vigieLines = [];
  tab.on('pageerror', (e) => pageErrors.push(String(e.message ?? e)));
  tab.on('console', (m) => {
    if (/vigie/i.test(m.text())) vigieLines.push(`${m.type()}: ${m.text()}`);
  });
  await tab.goto(`https://www.tiktok.com/bad/${path}`, { waitUntil: 'load', timeout: 30000 });
  return { tab, pageErrors, vigieLines };
}

/** The page's timer still fires: its counter moves on from where it is now. */
async function stillResponsive(tab) {
  const t0 = await tab.evaluate(() => window.__ticks);
  await tab.waitForFunction((t) => window.__ticks > t + 5, t0, { timeout: 10000 });
}

async function noErrors(tab, pageErrors, vigieLines) {
  assert.deepEqual(await tab.evaluate(() => window.__errors), [], 'no error or rejection reached the page');
  assert.deepEqual(pageErrors, [], 'no pageerror');
  // Vigie logs a failure once, quietly; it never floods the console.
  assert.ok(vigieLines.length <= 3, `Vigie's console lines:\n${vigieLines.join('\n')}`);
}

describe('Chromium: bad input degrades quietly', () => {
  test('a 1 MB caption: the normal posts are marked, the tab stays responsive', async () => {
    const { tab, pageErrors, vigieLines } = await open('huge');
    const marks = await settledMarks(tab, { min: CLAIMS.length, timeout: 30000 });
    assert.ok(marks >= CLAIMS.length, `the 8 normal posts are marked (marks: ${marks})`);
    await stillResponsive(tab);
    await noErrors(tab, pageErrors, vigieLines);
    console.log(
      `# the claim at the start of the 1 MB caption is ${marks > CLAIMS.length ? '' : 'not '}marked`,
    );
    await tab.close();
  });

  test('3,000 posts: every claim among them is marked, the tab stays responsive', async () => {
    const { tab, pageErrors, vigieLines } = await open('many');
    const ticksAtLoad = await tab.evaluate(() => window.__ticks);
    const marks = await waitForMarks(tab, (n) => n >= CLAIMS.length, { timeout: 30000, what: '3,000 posts' });
    assert.equal(marks, CLAIMS.length);
    // The page's timer kept running while Vigie scanned (it advanced between load and the last mark)...
    assert.ok((await tab.evaluate(() => window.__ticks)) > ticksAtLoad, 'the timer fired during the scan');
    // ...and still does.
    await stillResponsive(tab);
    await noErrors(tab, pageErrors, vigieLines);
    await tab.close();
  });

  test('very deep DOM (1,000-deep caption, 1,000 nested divs): all posts marked, no error', async () => {
    const { tab, pageErrors, vigieLines } = await open('deep');
    const marks = await settledMarks(tab, { min: CLAIMS.length + 1, timeout: 30000 });
    assert.equal(marks, CLAIMS.length + 1, 'the 8 normal posts and the deep caption are marked');
    const at = await markPlacement(tab, { claim: DEEP_CLAIM, previous: null });
    assert.ok(
      at.ranges.some((r) => r.inClaim),
      'the deep caption is highlighted on its own text',
    );
    await stillResponsive(tab);
    await noErrors(tab, pageErrors, vigieLines);
    await tab.close();
  });

  test('right-to-left page, zero-width and bidi tricks: the tricked claims are marked on their own text', async () => {
    const { tab, pageErrors, vigieLines } = await open('rtl');
    const expected = TRICKS.length + CLAIMS.length;
    const marks = await settledMarks(tab, { min: expected, timeout: 30000 });
    assert.equal(marks, expected, 'each tricked claim and each normal post, nothing else');
    const at = await markPlacement(tab, { claim: ZW_CLAIM, previous: null });
    const strip = (s) => s.replace(/[\u200b-\u200d\u2060\u202a-\u202e]/g, '');
    const inClaim = at.ranges.filter((r) => r.inClaim);
    assert.ok(inClaim.length >= 1, 'the zero-width claim is highlighted');
    for (const r of inClaim)
      assert.ok(strip(ZW_CLAIM).includes(strip(r.text).trim()), `highlight "${r.text}" is inside the claim`);
    await stillResponsive(tab);
    await noErrors(tab, pageErrors, vigieLines);
    await tab.close();
  });

  test('selectors that no longer match: nothing marked, nothing thrown, Vigie still running', async () => {
    const { tab, pageErrors, vigieLines } = await open('stale');
    // The content script publishes its count once started: 0, and it stays 0.
    await waitForMarks(tab, (n) => n === 0, { what: 'the content script started' });
    assert.equal(await settledMarks(tab, { min: 0, timeout: 5000 }), 0);
    await stillResponsive(tab);
    await noErrors(tab, pageErrors, vigieLines);
    // New posts in the old markup still arrive and are read (the adapter comes back when the markup does).
    await tab.evaluate((text) => {
      document
        .getElementById('app')
        .insertAdjacentHTML(
          'beforeend',
          `<article data-e2e="recommend-list-item-container"><div data-e2e="feed-video"></div><div data-e2e="video-desc"><span data-e2e="desc-span-99_-1">${text} </span></div></article>`,
        );
    }, CLAIMS[2]);
    await waitForMarks(tab, (n) => n === 1, { what: 'a post in the known markup' });
    await tab.close();
  });
});

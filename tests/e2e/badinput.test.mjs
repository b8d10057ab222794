// Bad input in the browser (Chromium, built extension): a 1 MB caption, 3,000 posts, very deep DOM, right-to-left
// and zero-width text, markup whose selectors no longer match. Vigie must degrade quietly: the tab stays
// responsive (the page's own timer keeps firing while and after Vigie works), the normal posts are marked, and
// no exception reaches the page (window 'error' / 'unhandledrejection' and Playwright's pageerror).
// Nothing here is timed: each check is a fact (a counter advanced, a count reached, a list is empty).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { markPlacement, settledMarks, waitForMarks } from './marks.mjs';

// Claims the shipped packs mark (checked with `vigie scan`), our own wording from demo/content.mjs.
const CLAIMS = [
  'Nobody talks about this but vaccines cause autism, my neighbour saw it happen',
  'Baking soda cures cancer in 3 weeks, the oncologists are hiding it',
  'Stop taking your insulin and fix diabetes with cinnamon instead',
  'Drinking chlorine dioxide every morning kills every virus in your body',
  'Ivermectin cures covid, they just do not want you to know',
  'Apricot kernels cure cancer naturally, eat ten a day',
  'The covid vax changes your DNA forever, do your research',
  'Chemo kills more people than it cures. Skip it and heal with juices',
];
const ZW = '\u200b'; // zero-width space
const ZWJ = '\u200d';
const ZWNJ = '\u200c';
const WJ = '\u2060'; // word joiner
const RLO = '\u202e'; // right-to-left override
const PDF = '\u202c';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A TikTok-like feed item whose caption is `inner` (HTML). */
const item = (
  i,
  inner,
  attrs = '',
) => `<article data-e2e="recommend-list-item-container" data-index="${i}"${attrs}>
<div data-e2e="feed-video"></div><div data-e2e="video-desc"><span data-e2e="desc-span-${i}_-1">${inner} </span></div></article>`;

/** The page's own probes: a timer that counts, and every error or rejection that reaches the page. */
const PROBES = `<script>
window.__ticks = 0; setInterval(() => { window.__ticks++; }, 10);
window.__errors = [];
addEventListener('error', (e) => window.__errors.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + e.reason));
</script>`;

const page = (body, { dir = 'ltr', lang = 'en', script = '' } = {}) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>bad input</title>${PROBES}
<style>article{margin:12px;padding:8px;border:1px solid #ccc;overflow:hidden}</style></head>
<body><main id="app">${body}</main>${script}</body></html>`;

const normalPosts = (from) => CLAIMS.map((c, k) => item(from + k, esc(c))).join('\n');

function hugePage() {
  // ~1 MB of ordinary words with a claim at the start, then the normal posts.
  const words = 'the garden was lovely today and the tomatoes are almost ready for picking ';
  const filler = words.repeat(Math.ceil(1_000_000 / words.length));
  return page(item(0, `${esc(CLAIMS[0])}. ${filler}`) + normalPosts(1));
}

function manyPage() {
  // 3,000 posts, the 8 claims spread among ordinary ones (each ordinary text differs, so nothing is cached).
  const posts = [];
  for (let i = 0; i < 3000; i++) {
    const claim = i % 375 === 200 ? CLAIMS[(i - 200) / 375] : null;
    posts.push(item(i, esc(claim ?? `Ordinary post number ${i}: a walk by the river with my dog`)));
  }
  return page(posts.join('\n'));
}

const DEEP_CLAIM = 'Baking soda cures cancer, stop chemo now';

function deepPage() {
  // The HTML parser caps nesting at 512, so the page script builds the deep trees: a caption whose words sit
  // 1,000 elements down, and 1,000 nested divs beside the posts (not in any post). Deeper block trees crash
  // Chromium's renderer by themselves, without any extension (3,000 nested divs did here).
  const script = `<script>
(() => {
  const deepCaption = document.querySelector('[data-e2e="desc-span-0_-1"]');
  let at = deepCaption;
  for (let d = 0; d < 1000; d++) { const b = document.createElement(d % 2 ? 'span' : 'b'); at.append(b); at = b; }
  at.append(document.createTextNode(${JSON.stringify(DEEP_CLAIM)}));
  let box = document.createElement('div');
  const top = box;
  for (let d = 0; d < 1000; d++) { const c = document.createElement('div'); box.append(c); box = c; }
  box.textContent = 'the bottom of a very deep tree';
  document.getElementById('app').append(top);
})();
</script>`;
  return page(item(0, '') + normalPosts(1), { script });
}

// Right-to-left and zero-width tricks. The engine folds zero-width characters away (checked with `vigie scan`),
// so these claims are expected to be marked; the Arabic-only post has no rule and stays unmarked.
const ZW_CLAIM = `Baking${ZW} soda cures can${ZW}cer, stop chemo now`;
const TRICKS = [
  ZW_CLAIM,
  `B${ZWJ}ak${ZWNJ}ing soda cures cancer${WJ}, stop chemo now`,
  `${RLO}Baking soda cures cancer, stop chemo now${PDF}`,
  'שלום Baking soda cures cancer, stop chemo now مرحبا',
];
function rtlPage() {
  const arabic = 'بيكنج صودا تعالج السرطان';
  const hebrew = 'טיול נעים ליד האגם הבוקר';
  const posts = [
    ...TRICKS.map((t, k) => item(k, esc(t), ' dir="auto"')),
    item(4, esc(arabic)),
    item(5, esc(hebrew)),
    item(6, `${esc(ZW.repeat(5000))}${esc('\u202b'.repeat(200))}`), // only invisible characters
  ];
  return page(posts.join('\n') + normalPosts(7), { dir: 'rtl', lang: 'ar' });
}

function staleSelectorsPage() {
  // Yesterday's markup renamed: data-e2e attributes gone, the same claims in plain divs.
  return page(
    CLAIMS.map((c) => `<article class="feed-item"><div class="desc">${esc(c)}</div></article>`).join(''),
  );
}

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

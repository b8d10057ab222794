// Marks, strips and popovers of the built extension in Chromium, on a small TikTok-like page of our own served as
// https://www.tiktok.com/ui: the video strip (caption findings only, clear of the player's controls, collapsible),
// the popover's content (where the words came from, sources with dates, the safety line, text-only rendering),
// posts inside open shadow roots, a caption re-scanned when its text changes, dark mode and reduced motion, and
// the popover's actions (hide this mark, hide this rule, pause on this site).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { closeFirstRunTab, settledMarks, waitForMarks } from './marks.mjs';

const DANGER = 'Stop taking your insulin and fix diabetes with cinnamon instead'; // dangerous-advice
const CANCER = 'Baking soda cures cancer, stop chemo now'; // contradicts-evidence
const APRICOT = 'Apricot kernels cure cancer naturally, eat ten a day';
const IVERMECTIN = 'Ivermectin cures covid, they just do not want you to know'; // on no other post
const PLAIN = 'Lovely walk by the lake this morning';
// Long enough to wrap at the page's 600 px width, so its first line runs to the unit's right edge.
const LONG =
  'Nobody tells you this but vaccines cause autism and the schools all know it, my neighbour saw it happen to her son last spring';
// Page text that looks like markup: it must stay text in Vigie's UI.
const HTMLISH = `<img src=x onerror="window.__pwned=1"> ${APRICOT} <script>window.__pwned=2</script>`;

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function item(i, caption, comments = []) {
  return `<article data-e2e="recommend-list-item-container" data-index="${i}" id="post-${i}">
<section class="player" data-e2e="feed-video"><video muted playsinline></video>
<div class="controls" aria-label="Video controls"><button type="button">Play</button><input type="range" aria-label="Seek"></div></section>
<div data-e2e="video-desc"><span data-e2e="desc-span-${i}_-1">${esc(caption)} </span></div>
<div data-e2e="comment-list">${comments
    .map(
      (
        c,
        k,
      ) => `<div class="comment-item"><div data-e2e="comment-username-1"><a href="/@viewer${i}${k}"><p>viewer${i}${k}</p></a></div>
<span data-e2e="comment-level-1"><span>${esc(c)}</span></span></div>`,
    )
    .join('')}</div></article>`;
}

const UI_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ui</title>
<style>body{margin:0;font:15px/1.4 sans-serif}article{max-width:600px;margin:24px auto;padding:12px;border:1px solid #ccc}
.player{position:relative;height:260px;background:#333}.player video{width:100%;height:100%}
.controls{position:absolute;left:0;right:0;bottom:0;height:40px;background:#0008;display:flex;gap:8px;align-items:center}</style>
</head><body><main id="app">
${item(0, DANGER, [PLAIN])}
${item(1, PLAIN, [CANCER])}
${item(2, HTMLISH)}
${item(3, PLAIN)}
${item(4, CANCER)}
<shadow-feed id="shadow-early"></shadow-feed>
</main>
<script>
// A post rendered inside an open shadow root before Vigie starts, and another one attached later.
const host = document.getElementById('shadow-early');
host.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(item(5, APRICOT))};
window.addLateShadowPost = () => {
  const late = document.createElement('shadow-feed');
  late.id = 'shadow-late';
  document.getElementById('app').append(late);
  late.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(item(6, DANGER))};
};
</script></body></html>`;
// Marked at load: post 0 (caption), post 1 (comment), post 2, post 4, post 5 (in a shadow root).
const AT_LOAD = 5;

let server;
let browser;
let page;

before(async () => {
  server = await startServer({ routes: { 'www.tiktok.com/ui': UI_PAGE } });
  browser = await launchChromium({ port: server.port });
  await closeFirstRunTab(browser);
  page = await browser.context.newPage();
  // The first-run tab, opened on install, may come to the front after this one: a background tab gets no
  // animation frames and slow timers (the popover's focus and the badge layout wait on frames).
  await page.bringToFront();
  await page.goto('https://www.tiktok.com/ui');
  await settledMarks(page, { min: AT_LOAD });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Scrolls post `i` into view, opens its badge's popover with the keyboard, returns the dialog's text. */
async function openPopoverOf(i) {
  // Scroll, then let two frames pass: badges keep their old place until the layout pass after the scroll.
  await page.evaluate(async (id) => {
    document.getElementById(id).scrollIntoView({ block: 'center' });
    for (let k = 0; k < 3; k++) await new Promise((ok) => requestAnimationFrame(ok));
  }, `post-${i}`);
  const badge = await page.waitForFunction(
    (id) => {
      const post = document.getElementById(id).getBoundingClientRect();
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      for (const b of root?.querySelectorAll('.vg-mark:not(.vg-hidden) .vg-badge') ?? []) {
        const r = b.getBoundingClientRect();
        if (r.top >= post.top && r.top <= post.bottom) return b;
      }
      return null;
    },
    `post-${i}`,
    { timeout: 5000 },
  );
  await badge.asElement().focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('vigie-overlay [role=dialog]');
  await dialog.waitFor({ timeout: 5000 });
  // The dialog takes the focus once drawn (Escape is handled there).
  await page.waitForFunction(
    () => {
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      return Boolean(root?.activeElement?.closest('[role=dialog]'));
    },
    null,
    { timeout: 5000 },
  );
  return { dialog, text: (await dialog.textContent()) ?? '' };
}

async function closePopover() {
  await page.keyboard.press('Escape');
  await page.locator('vigie-overlay [role=dialog]').waitFor({ state: 'detached', timeout: 5000 });
}

describe('Chromium: strips, popovers and scanning details', () => {
  test('the video strip: caption findings only, clear of the controls, collapsible', async () => {
    await page.evaluate(() => document.getElementById('post-0').scrollIntoView({ block: 'start' }));
    const strip = page.locator('vigie-overlay .vg-stripwrap:not(.vg-hidden) .vg-strip');
    await strip.first().waitFor({ timeout: 5000 });
    const text = (await strip.first().textContent()) ?? '';
    assert.match(text, /The caption gives advice that could be unsafe/);
    const boxes = await page.evaluate(() => {
      const player = document.querySelector('#post-0 .player').getBoundingClientRect();
      const controls = document.querySelector('#post-0 .controls').getBoundingClientRect();
      const s = document
        .querySelector('vigie-overlay')
        .shadowRoot.querySelector('.vg-stripwrap:not(.vg-hidden)')
        .getBoundingClientRect();
      return { player, controls, strip: { top: s.top, bottom: s.bottom, left: s.left, right: s.right } };
    });
    assert.ok(
      boxes.strip.top >= boxes.player.top && boxes.strip.bottom <= boxes.controls.top,
      'on the player, above its controls',
    );
    // Strips: post 0 (caption), 2 and 4 (captions), 5 (caption, shadow root); never post 1 (a comment's finding).
    // Post 1's finding is in a comment: no strip on its player.
    const onPost1 = await page.evaluate(async () => {
      document.getElementById('post-1').scrollIntoView({ block: 'center' });
      for (let k = 0; k < 3; k++) await new Promise((ok) => requestAnimationFrame(ok));
      const p = document.querySelector('#post-1 .player').getBoundingClientRect();
      const root = document.querySelector('vigie-overlay').shadowRoot;
      return [...root.querySelectorAll('.vg-stripwrap:not(.vg-hidden)')].filter((w) => {
        const r = w.getBoundingClientRect();
        return r.top < p.bottom && r.bottom > p.top;
      }).length;
    });
    assert.equal(onPost1, 0, 'no strip for a comment finding');
    await page.evaluate(() => document.getElementById('post-0').scrollIntoView({ block: 'start' }));
    const toggle = page.getByRole('button', { name: 'Collapse the Vigie note' }).first();
    await toggle.click();
    await page.getByRole('button', { name: 'Show the Vigie note' }).first().waitFor({ timeout: 5000 });
    assert.doesNotMatch((await strip.first().textContent()) ?? '', /could be unsafe/, 'collapsed to an icon');
    await page.getByRole('button', { name: 'Show the Vigie note' }).first().click();
    await page.getByRole('button', { name: 'Collapse the Vigie note' }).first().waitFor({ timeout: 5000 });
  });

  test('with room beside a unit, its badge covers none of its words (a caption that fills its first line)', async () => {
    // Added for this test and removed after it: a long caption wraps, so its first line runs to the unit's edge.
    await page.evaluate(
      (html) => {
        document.getElementById('app').insertAdjacentHTML('beforeend', html);
        document.getElementById('post-7').scrollIntoView({ block: 'center' });
      },
      item(7, LONG),
    );
    try {
      const overlap = await page.waitForFunction(
        () => {
          const span = document.querySelector('#post-7 [data-e2e^=desc-span]');
          const post = document.getElementById('post-7').getBoundingClientRect();
          const root = document.querySelector('vigie-overlay')?.shadowRoot;
          const badge = [...(root?.querySelectorAll('.vg-mark:not(.vg-hidden) .vg-badge') ?? [])]
            .map((b) => b.getBoundingClientRect())
            .find((r) => r.width > 0 && r.top >= post.top - 4 && r.top < post.bottom);
          if (!badge) return null;
          const range = document.createRange();
          range.selectNodeContents(span);
          const lines = [...range.getClientRects()];
          const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return { lines: lines.length, overlaps: lines.filter((w) => hit(badge, w)).length };
        },
        null,
        { timeout: 5000 },
      );
      const { lines, overlaps } = await overlap.jsonValue();
      assert.ok(lines >= 2, 'the caption wraps');
      assert.equal(overlaps, 0, 'the badge sits beside the words, not on them');
    } finally {
      await page.evaluate(() => document.getElementById('post-7')?.remove());
    }
  });

  test('the popover says where the words are, names dated sources as links, and gives the safety line', async () => {
    const { dialog, text } = await openPopoverOf(0);
    assert.match(text, /Vigie noticed these words in the caption/);
    assert.match(text, /Safety/);
    assert.match(text, /checked \w+ \d+, \d{4}|checked \d+ \w+ \d{4}/, 'the date the source was checked');
    const hrefs = await dialog.locator('.vg-sources a').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.length >= 1 && hrefs.every((h) => h.startsWith('https://')), JSON.stringify(hrefs));
    assert.doesNotMatch(text, /\bfalse\b|\bfake\b/i);
    await closePopover();
    const comment = await openPopoverOf(1);
    assert.match(comment.text, /Vigie noticed these words in the comment/);
    await closePopover();
  });

  test('page text that looks like markup stays text in the popover', async () => {
    const { dialog } = await openPopoverOf(2);
    assert.equal(await dialog.locator('img, script, b').count(), 0, 'no element made from page text');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await closePopover();
  });

  test('posts inside open shadow roots are marked, also when the root is attached later', async () => {
    const before = await settledMarks(page, { min: AT_LOAD });
    assert.equal(before, AT_LOAD, 'the post in the early shadow root counts among the first marks');
    await page.evaluate(() => window.addLateShadowPost());
    await waitForMarks(page, (n) => n === AT_LOAD + 1, { what: 'a post in a shadow root attached later' });
  });

  test('dark mode and reduced motion reach the popover', async () => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const { dialog } = await openPopoverOf(4);
    const style = await dialog.evaluate((d) => {
      const s = getComputedStyle(d);
      return { bg: s.backgroundColor, animation: s.animationName };
    });
    const [r, g, b] = style.bg.match(/\d+/g).map(Number);
    assert.ok(0.2126 * r + 0.7152 * g + 0.0722 * b < 128, `a dark background in dark mode (${style.bg})`);
    assert.equal(style.animation, 'none', 'no entrance animation with reduced motion');
    await closePopover();
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    const light = await openPopoverOf(4);
    const bg = await light.dialog.evaluate((d) => getComputedStyle(d).backgroundColor);
    const [r2, g2, b2] = bg.match(/\d+/g).map(Number);
    assert.ok(0.2126 * r2 + 0.7152 * g2 + 0.0722 * b2 >= 128, `a light background in light mode (${bg})`);
    await closePopover();
  });

  test('"Hide this mark" removes that mark only; "Hide this rule" removes every mark of the rule', async () => {
    const start = await settledMarks(page, { min: 1 });
    // Post 4 has one finding (a post with two findings keeps its badge for the other one).
    await openPopoverOf(4);
    await page.getByRole('button', { name: 'Hide this mark' }).click();
    await waitForMarks(page, (n) => n === start - 1, { what: 'one mark hidden' });
    // Posts 0 and 6 carry the same claim (the insulin rule): hiding the rule from post 0 removes both.
    await openPopoverOf(0);
    await page.getByRole('button', { name: 'Hide this rule' }).click();
    await waitForMarks(page, (n) => n === start - 3, { what: 'the rule hidden on both posts' });
    // Both are stored: a reload keeps them hidden (post 6, added by script, is gone after it).
    await page.reload();
    assert.equal(await settledMarks(page, { min: 1 }), start - 3, 'the same marks after a reload');
  });
});

describe('Chromium: a post whose text changes (fresh page)', () => {
  before(async () => {
    await page.reload();
    await settledMarks(page, { min: 1 });
  });
  const setCaption = (text) =>
    page.evaluate((t) => {
      document.querySelector('[data-e2e="desc-span-3_-1"]').firstChild.data = `${t} `;
    }, text);

  test('an ordinary caption edited into a claim is read again and marked', async () => {
    const start = await settledMarks(page, { min: 1 });
    await setCaption(IVERMECTIN);
    await waitForMarks(page, (n) => n === start + 1, { what: 'the edited caption is marked' });
  });

  test('a marked caption edited back to ordinary text loses its mark', async () => {
    const start = Number(await page.getAttribute('html', 'data-vigie-marks'));
    await setCaption(PLAIN);
    await waitForMarks(page, (n) => n === start - 1, { what: 'the mark goes', timeout: 3000 });
  });

  test('two posts with the same author and text each keep their mark when the second arrives later', async () => {
    await page.reload();
    const start = await settledMarks(page, { min: 1 });
    // Post 4 says CANCER (no author); post 3 is edited to say the same: both must be marked.
    await setCaption(CANCER);
    await waitForMarks(page, (n) => n === start + 1, { what: 'both copies marked', timeout: 3000 });
  });
});

describe('Chromium: pausing from the popover (last: it pauses the site)', () => {
  before(async () => {
    await page.reload();
    await settledMarks(page, { min: 1 });
  });

  test('"Hide this mark" on a post with two findings (two rules on the same words) removes its badge', async () => {
    const start = await settledMarks(page, { min: 1 });
    const { text } = await openPopoverOf(2); // the apricot-kernel claim: two rules match it
    assert.match(text, /1 of 2|1 sur 2/, 'the popover pages through two findings');
    await page.getByRole('button', { name: 'Hide this mark' }).click();
    await waitForMarks(page, (n) => n === start - 1, { what: 'the badge gone', timeout: 3000 });
  });

  test('"Pause on this site" from the popover removes every mark on the site', async () => {
    await openPopoverOf(1);
    await page.getByRole('button', { name: 'Pause on this site' }).click();
    await waitForMarks(page, (n) => n === 0, { what: 'paused' });
    await page.reload();
    await waitForMarks(page, (n) => n === 0, { what: 'still paused after a reload' });
  });
});

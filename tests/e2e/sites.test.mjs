// The built extension in Chromium on pages built from the saved real markup of Instagram, Reddit, YouTube and X
// (read from ../shared/pages at run time, never copied here), served under the real host names. One unit's text
// is replaced by our own claim, the way the saved-TikTok test does; the mark must land on that unit: its badge
// below the previous unit's text, its highlight inside the claim's own element, and no other mark on the page.
// Our own small fixtures (tests/fixtures/sites) run through the same browser too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, SHARED_PAGES } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { closeFirstRunTab, markPlacement, settledMarks, waitForMarks } from './marks.mjs';

const CLAIM = 'Baking soda cures cancer, stop chemo now';

/** Replaces `find` (a string, first occurrence) in a saved page; throws if the markup no longer has it. */
function savedWith(file, find, replacement) {
  return () => {
    const html = readFileSync(join(SHARED_PAGES, file), 'utf8');
    if (!html.includes(find)) throw new Error(`${file} no longer contains ${JSON.stringify(find)}`);
    return html.replace(find, replacement);
  };
}

// Each case: the saved page, the text of one unit replaced by the claim, and the text of the unit just before it.
const SAVED = [
  {
    name: 'Instagram reel: a comment right under the caption (the comment is marked, not the post)',
    url: 'https://www.instagram.com/reel/saved-with-claim/',
    file: 'instagram-reel-comments-2025.html',
    find: '>O cabelo dela ✨✨✨✨✨✨✨✨✨✨</span>',
    replace: `>${CLAIM}</span>`,
    previous: 'Concorda com essas vantagens?',
  },
  {
    name: 'Reddit (shreddit, 4 MB, 97 comments): a reply nested in a comment thread',
    url: 'https://www.reddit.com/r/saved/comments/with_claim/',
    file: 'reddit-shreddit-post-comments-2025.html',
    find: 'I got them all except the radish cutting one.',
    replace: CLAIM,
    previous: 'Got them all except the burger',
  },
  {
    name: 'Reddit text post: the body of the post',
    url: 'https://www.reddit.com/r/saved/comments/text_with_claim/',
    file: 'reddit-shreddit-textpost-2025.html',
    // The first body paragraph's opening words; the title stays (it is the previous part, not a unit).
    find: '<p>',
    replace: `<p>${CLAIM}. `,
    previous: null,
  },
  {
    name: 'YouTube watch page: one comment among twenty',
    url: 'https://www.youtube.com/watch?v=saved-with-claim',
    file: 'youtube-watch-x10tube-2026.html',
    find: 'i created hello world , and after doing it felt as if I walked on the moon.',
    replace: CLAIM,
    previous: 'That defines every programming language in the world.',
  },
  {
    name: 'X: the text of a real tweet',
    url: 'https://x.com/saved/status/with-claim',
    file: 'x-tweetyoink-sample.html',
    find: "Democrat Shutdown Jeopardizes America's Skies</span></div>",
    replace: `${CLAIM}</span></div>`,
    previous: null,
  },
];

const haveSaved = existsSync(SHARED_PAGES);
if (!haveSaved) console.log(`NOTICE: ${SHARED_PAGES} is absent; the saved-page browser tests are skipped.`);

let server;
let browser;

before(async () => {
  // Shorts get the video strip only under /shorts/ (as on YouTube): serve that fixture there.
  const routes = {
    'www.youtube.com/shorts/fixture': () =>
      readFileSync(join(import.meta.dirname, '../fixtures/sites/youtube-shorts.html'), 'utf8'),
  };
  if (haveSaved)
    for (const c of SAVED) {
      const u = new URL(c.url);
      routes[`${u.hostname}${u.pathname}`] = savedWith(c.file, c.find, c.replace);
    }
  server = await startServer({ routes });
  browser = await launchChromium({ port: server.port });
  await closeFirstRunTab(browser);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and collects the errors that reach it from any script (the site's own are expected). */
async function open(url) {
  const page = await browser.context.newPage();
  await page.bringToFront(); // the first-run tab may have taken the front: background tabs get no frames
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

describe('Chromium: saved real pages with one claim inserted', () => {
  for (const c of SAVED) {
    test(c.name, { skip: haveSaved ? false : 'NOTICE: ../shared/pages is absent' }, async () => {
      const { page, errors } = await open(c.url);
      const marks = await settledMarks(page);
      assert.equal(
        marks,
        1,
        `one mark on the page (only the inserted claim is a health claim), got ${marks}`,
      );
      const at = await markPlacement(page, { claim: CLAIM, previous: c.previous });
      assert.equal(at.error, undefined, at.error);
      assert.equal(at.badges.length, 1, `one visible badge, got ${JSON.stringify(at.badges)}`);
      const [badge] = at.badges;
      const mid = (badge.top + badge.bottom) / 2;
      // The badge sits inside the unit's top-right corner: not below the claim's own text...
      assert.ok(mid <= at.claim.bottom, `badge (${mid}) below the claim (${at.claim.bottom})`);
      // ...and not up on the unit before it (the post a comment sits under, the previous reply).
      if (at.previous)
        assert.ok(
          mid > at.previous.bottom,
          `badge (${mid}) sits on the previous unit (its text ends at ${at.previous.bottom})`,
        );
      assert.ok(at.ranges.length >= 1, 'the claim span is highlighted');
      for (const r of at.ranges) {
        assert.ok(r.inClaim, `a highlight outside the claim's element: "${r.text}"`);
        assert.ok(CLAIM.includes(r.text.trim()), `highlighted text is part of the claim: "${r.text}"`);
      }
      // Vigie's own errors would name it; the saved pages' own leftover scripts may throw on their own.
      assert.deepEqual(
        errors.filter((e) => /vigie/i.test(e)),
        [],
        'no Vigie error reached the page',
      );
      await page.close();
    });
  }
});

describe('Chromium: our own site fixtures under the real host names', () => {
  test('Instagram fixture: the source note marks the comment that links ameli.fr, not the caption', async () => {
    const { page } = await open('https://www.instagram.com/fixture/instagram.html');
    const marks = await settledMarks(page);
    assert.equal(marks, 1, `marks: ${marks}`);
    const at = await markPlacement(page, {
      claim: 'Attention, certaines huiles',
      previous: "soignent l'asthme de vos enfants",
    });
    assert.equal(at.badges.length, 1);
    const mid = (at.badges[0].top + at.badges[0].bottom) / 2;
    assert.ok(mid > at.previous.bottom && mid <= at.claim.bottom, 'the badge is on the comment');
    assert.deepEqual(
      at.ranges.map((r) => [r.name, r.text.trim(), r.inClaim]),
      [['vigie-source', 'ameli.fr', true]],
    );
    await page.close();
  });

  test('Reddit fixture: the post claiming raw milk cures allergies is marked, not its comments', async () => {
    const { page } = await open('https://www.reddit.com/fixture/reddit.html');
    const marks = await settledMarks(page);
    assert.equal(marks, 1, `marks: ${marks}`);
    const at = await markPlacement(page, { claim: 'Raw milk can carry Listeria', previous: null });
    // Scrolled to the answering comment: no badge on it (the post's badge, if in view, sits above its text).
    for (const b of at.badges) assert.ok(b.bottom <= at.claim.top, 'no badge on the comment');
    const post = await markPlacement(page, { claim: 'Raw milk cures allergies', previous: null });
    assert.ok(post.ranges.length >= 1 && post.ranges.every((r) => r.inClaim), JSON.stringify(post.ranges));
    await page.close();
  });
});

describe('Chromium: old Reddit, new Reddit search, YouTube Shorts and YouTube search (our own fixtures)', () => {
  test('old.reddit.com: the claiming post and the reply that says to stop pills are marked, nothing else', async () => {
    const { page } = await open('https://old.reddit.com/fixture/old-reddit.html');
    assert.equal(await settledMarks(page), 2);
    const post = await markPlacement(page, { claim: 'Colloidal silver cures covid', previous: null });
    // (ranges lists every highlight on the page: the reply's is there too.)
    assert.ok(
      post.ranges.some((r) => r.inClaim),
      JSON.stringify(post.ranges),
    );
    const reply = await markPlacement(page, {
      claim: 'Stop your blood pressure pills',
      previous: 'does nothing against the virus',
    });
    assert.equal(reply.badges.length >= 1, true, 'the reply has its badge');
    const mid = (reply.badges.at(-1).top + reply.badges.at(-1).bottom) / 2;
    assert.ok(mid > reply.previous.bottom, 'the badge is on the reply, not on the comment it answers');
    await page.close();
  });

  test('a Short whose title makes a claim gets its badge and a strip on its player; the other Short none', async () => {
    const { page } = await open('https://www.youtube.com/shorts/fixture');
    assert.equal(await settledMarks(page), 1);
    const strip = page.locator('vigie-overlay .vg-stripwrap:not(.vg-hidden) .vg-strip');
    await strip.first().waitFor({ timeout: 5000 });
    assert.match((await strip.first().textContent()) ?? '', /The caption/);
    const boxes = await page.evaluate(() => {
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      const s = document
        .querySelector('vigie-overlay')
        .shadowRoot.querySelector('.vg-stripwrap:not(.vg-hidden)');
      return {
        player: box(document.getElementById('shorts-player')),
        controls: box(document.querySelector('#shorts-player .controls')),
        strip: box(s),
      };
    });
    assert.ok(
      boxes.strip.top >= boxes.player.top - 1 && boxes.strip.bottom <= boxes.player.bottom + 1,
      'on the player',
    );
    assert.ok(boxes.strip.bottom <= boxes.controls.top + 1, 'clear of the controls');
    await page.close();
  });

  test("new Reddit search: the result claiming a covid cure is marked, the vet's prescription is not", async () => {
    const { page } = await open('https://www.reddit.com/fixture/reddit-search.html');
    assert.equal(await settledMarks(page), 1);
    const at = await markPlacement(page, { claim: 'Ivermectin cures covid', previous: null });
    assert.ok(at.ranges.length >= 1 && at.ranges.every((r) => r.inClaim), JSON.stringify(at.ranges));
    await page.close();
  });

  test('YouTube search: the result whose title claims a cancer cure is marked, the recipe is not', async () => {
    const { page } = await open('https://www.youtube.com/fixture/youtube-search.html');
    assert.equal(await settledMarks(page), 1);
    const at = await markPlacement(page, { claim: 'Apricot kernels cure cancer', previous: null });
    assert.ok(at.ranges.length >= 1 && at.ranges.every((r) => r.inClaim), JSON.stringify(at.ranges));
    await page.close();
  });
});

describe('Chromium: X timeline cells reused for another tweet (React keeps the nodes)', () => {
  test("a cell that now shows an ordinary tweet loses the old claim's badge", async () => {
    const { page } = await open('https://x.com/home');
    const before = await settledMarks(page);
    // The first cell is reused: new text, author and status link in the same elements.
    await page.evaluate(() => {
      const cell = document.querySelector('article[data-testid=tweet]');
      cell.querySelector('[data-testid=tweetText] span').firstChild.data =
        'Lovely walk by the lake this morning';
      cell.querySelector('[data-testid=tweetText] a')?.remove();
      for (const a of cell.querySelectorAll('a[href^="/user0"]'))
        a.setAttribute('href', a.getAttribute('href').replace('/user0', '/walker'));
    });
    try {
      // The cell's claim is gone and nothing new is claimed: one mark fewer.
      await waitForMarks(page, (n) => n === before - 1, {
        what: 'the reused cell unmarked',
        timeout: 3000,
      });
    } finally {
      await page.close();
    }
  });
});

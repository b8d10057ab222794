// The built Firefox extension (.output/firefox-mv2) in real Firefox ESR, on the demo TikTok feed served by the
// local HTTPS server as https://www.tiktok.com/foryou. The server must listen on 127.0.0.1:443 (Firefox cannot map
// ports); without the right to bind it, or without Firefox or the build, the tests are skipped with a notice
// (and fail in CI, where everything is expected to be there).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed } from '../../demo/content.mjs';
import { HOSTS } from './server.mjs';
import { firefoxSetup, launchFirefox } from './firefox.mjs';

const FEED_URL = 'https://www.tiktok.com/foryou';
const INITIAL = 40; // items demo/pages.mjs renders before any scroll
const MARK_TIMEOUT = 20_000;
const SETTLE_TIMEOUT = 10_000;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const setup = await firefoxSetup('Firefox tests');
if (setup.skip) test('Firefox: the built extension on the demo TikTok feed', { skip: setup.skip }, () => {});

describe('Firefox: the built extension on the demo TikTok feed', { skip: Boolean(setup.skip) }, () => {
  const server = setup.server;
  let ff;
  let page;
  let started;

  before(async () => {
    started = Date.now();
    ff = await launchFirefox();
    page = await ff.newPage();
    await page.goto(FEED_URL, { waitUntil: 'load' });
  });

  after(async () => {
    await ff?.close().catch(() => {});
    await server?.close();
  });

  /** What to show when the content script did not mark: the page console and Vigie's lines from Firefox. */
  const diagnostics = () =>
    [
      'page console:',
      ...ff.consoleLog,
      'Firefox output (Vigie, errors):',
      ...ff.output.filter((l) => /vigie|moz-extension|JavaScript error/i.test(l)),
    ].join('\n');

  test('the content script runs and marks appear', async () => {
    const readMarks = () => page.evaluate(() => document.documentElement.dataset.vigieMarks ?? null);
    const deadline = Date.now() + MARK_TIMEOUT;
    let marks = null;
    while (Date.now() < deadline) {
      marks = await readMarks();
      if (Number(marks) > 0) break;
      await sleep(250);
    }
    assert.ok(
      Number(marks) > 0,
      `no marks after ${MARK_TIMEOUT} ms (data-vigie-marks=${marks}; null means the content script never rendered)\n${diagnostics()}`,
    );
    const first = Date.now() - started;
    // The scanner works in idle slices: let the count settle (unchanged for 1 s) so the next tests see every mark.
    let stableSince = Date.now();
    while (Date.now() - stableSince < 1000 && Date.now() < deadline + SETTLE_TIMEOUT) {
      await sleep(200);
      const now = await readMarks();
      if (now !== marks) [marks, stableSince] = [now, Date.now()];
    }
    console.log(
      `# Firefox: first mark ${first} ms after launch, ${marks} mark(s) settled at ${Date.now() - started} ms (extension ${ff.extensionId})`,
    );
  });

  test("the site's own text is unchanged after marking", async () => {
    const feed = buildFeed(220).slice(0, INITIAL);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-e2e="recommend-list-item-container"]')].map((item) => ({
        index: Number(item.getAttribute('data-index')),
        caption: item.querySelector('[data-e2e$="_-1"]')?.textContent ?? null,
        desc: item.querySelector('[data-e2e="video-desc"]')?.textContent ?? null,
      })),
    );
    assert.equal(shown.length, INITIAL);
    for (const { index, caption, desc } of shown) {
      const { text, tags } = feed[index].caption;
      assert.equal(caption, `${text} `, `caption ${index}`);
      assert.equal(desc, `${text} ` + tags.map((t) => `#${t} `).join(''), `description ${index}`);
    }
    // The whole body, against a fresh parse of the same page from the server: Vigie draws in its own host
    // element outside <body> and paints with CSS highlights, so the page's text must be exactly as served.
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return {
        text: fresh.body.textContent === document.body.textContent,
        html: fresh.body.innerHTML === document.body.innerHTML,
      };
    });
    assert.ok(same.text, 'document.body.textContent differs from the page as served');
    if (!same.html)
      console.log('# Firefox: note: body HTML differs from the served page (attributes), text is the same');
  });

  test('nothing was requested from any other host', async () => {
    assert.deepEqual(ff.blocked, [], 'the page asked for other hosts (aborted)');
    const offTabs = ff.requests.filter(
      (u) => !/^(https:\/\/[^/]+\/|data:|blob:|about:|moz-extension:)/.test(u),
    );
    assert.deepEqual(offTabs, [], 'unexpected request schemes');
    // Everything else Firefox or the extension tried resolved to 127.0.0.1 (network.dns.forceResolve): over https
    // it reached this server, whose log must name only the mapped hosts.
    const strangers = server.log.filter((entry) => !HOSTS.includes(entry.split('/')[0]));
    assert.deepEqual(strangers, [], 'the local server was asked for other hosts');
    assert.ok(server.log.some((e) => e.startsWith('www.tiktok.com/foryou')));
    console.log(`# Firefox: ${ff.requests.length} tab request(s), ${server.log.length} served, 0 blocked`);
  });
});

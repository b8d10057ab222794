// The first-run page and the options page of the built extension in Chromium, with real extension storage:
// the mode picked on the first-run page sticks, clinician mode shows the findings patient mode hides
// (unsourced advice, patient privacy), and the options page's language, sensitivity and site switches reach an
// open tab without a reload. The page with those texts is our own (written for this test).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { settledMarks, waitForMarks } from './marks.mjs';

const TEXTS = {
  dose: 'Magnesium glycinate, 400 mg before bed, game changer for my sleep', // unsourced-advice, info
  privacy: 'Look at this x ray of my patient who swallowed a spoon!', // patient-privacy, caution
  claim: 'Baking soda cures cancer, stop chemo now', // contradicts-evidence, warning
  plain: 'Lovely walk by the lake this morning',
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const MODES_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>modes</title>
<style>article{margin:40px;padding:20px;border:1px solid #ccc}</style></head><body><main>${Object.values(
  TEXTS,
)
  .map(
    (text, i) => `<article data-e2e="recommend-list-item-container"><div data-e2e="feed-video"></div>
<div data-e2e="video-desc"><span data-e2e="desc-span-${i}_-1">${esc(text)} </span></div></article>`,
  )
  .join('\n')}</main></body></html>`;

let server;
let browser;

before(async () => {
  server = await startServer({ routes: { 'www.tiktok.com/modes': MODES_PAGE } });
  browser = await launchChromium({ port: server.port });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const extUrl = (path) => `chrome-extension://${browser.extensionId}/${path}`;
const storedSettings = () =>
  browser.worker.evaluate(
    async () => (await globalThis.chrome.storage.local.get('vigie.settings'))['vigie.settings'] ?? null,
  );
/** The badges' visible labels on a page ("May mislead", "No source"...), sorted. */
const badgeLabels = (page) =>
  page.evaluate(() =>
    [...(document.querySelector('vigie-overlay')?.shadowRoot?.querySelectorAll('.vg-badge .vg-label') ?? [])]
      .map((l) => l.textContent)
      .sort(),
  );

async function until(check, what, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

describe('Chromium: first-run page and modes', () => {
  test('the first-run page opens on install, states the limits, and the chosen mode sticks', async () => {
    const isWelcome = (p) => p.url() === extUrl('welcome.html');
    const welcome =
      browser.context.pages().find(isWelcome) ??
      (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 10000 }));
    await welcome.getByRole('heading', { name: 'Welcome to Vigie' }).waitFor();
    const text = (await welcome.locator('main').textContent()) ?? '';
    assert.match(text, /automated check/i);
    assert.match(text, /not what is said or shown in the video/i);
    assert.match(text, /not medical advice/i);
    assert.equal(
      await welcome.getByRole('radio', { name: /^patient/i }).isChecked(),
      true,
      'patient by default',
    );
    assert.equal((await storedSettings())?.onboarded ?? false, false);

    await welcome.getByRole('radio', { name: /^clinician/i }).check();
    await welcome.getByRole('button', { name: 'Start using Vigie' }).click();
    await welcome
      .getByRole('status')
      .getByText(/All set/)
      .waitFor();
    const saved = await storedSettings();
    assert.equal(saved?.mode, 'clinician');
    assert.equal(saved?.onboarded, true);

    await welcome.reload();
    await welcome.getByRole('heading', { name: 'Welcome to Vigie' }).waitFor();
    await until(
      () => welcome.getByRole('radio', { name: /^clinician/i }).isChecked(),
      'the clinician choice after a reload',
    );
    await welcome.close();
  });

  test('clinician mode shows unsourced-advice and patient-privacy marks; patient mode hides them, live', async () => {
    assert.equal((await storedSettings())?.mode, 'clinician', 'set by the previous test');
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/modes');
    assert.equal(await settledMarks(page, { min: 3 }), 3, 'dose, privacy and the claim are marked');
    assert.deepEqual(await badgeLabels(page), ['May mislead', 'No source', 'Patient details?']);

    // Back to patient mode from the options page: the open tab follows through storage, without a reload.
    const options = await browser.context.newPage();
    await options.goto(extUrl('options.html'));
    await options.getByRole('radio', { name: /^patient/i }).check();
    await waitForMarks(page, (n) => n === 1, { what: 'patient mode' });
    assert.deepEqual(await badgeLabels(page), ['May mislead']);
    assert.equal((await storedSettings())?.mode, 'patient');

    await options.getByRole('radio', { name: /^clinician/i }).check();
    await waitForMarks(page, (n) => n === 3, { what: 'clinician mode again' });
    await options.getByRole('radio', { name: /^patient/i }).check();
    await waitForMarks(page, (n) => n === 1, { what: 'patient mode again' });
    await options.close();
    await page.close();
  });
});

describe('Chromium: options reach an open tab', () => {
  let options;
  let feed;

  before(async () => {
    feed = await browser.context.newPage();
    await feed.goto('https://www.tiktok.com/foryou');
    await settledMarks(feed, { min: 10 });
    options = await browser.context.newPage();
    await options.goto(extUrl('options.html'));
    await options.locator('#vg-lang').waitFor();
  });

  after(async () => {
    await options?.close();
    await feed?.close();
  });

  test('language: French badges after choosing Français, English again after English', async () => {
    assert.ok((await badgeLabels(feed)).includes('May mislead'));
    await options.selectOption('#vg-lang', 'fr');
    await until(async () => (await badgeLabels(feed)).includes('Peut tromper'), 'French badges');
    assert.ok(!(await badgeLabels(feed)).includes('May mislead'));
    await options.selectOption('#vg-lang', 'en');
    await until(async () => (await badgeLabels(feed)).includes('May mislead'), 'English badges');
  });

  test('sensitivity: "warning" shows fewer marks than the default "caution", and some remain', async () => {
    const atCaution = await settledMarks(feed, { min: 10 });
    await options.selectOption('#vg-sev', 'warning');
    const atWarning = await waitForMarks(feed, (n) => n < atCaution, { what: 'warning floor' });
    assert.ok(atWarning > 0, 'warnings stay marked');
    await options.selectOption('#vg-sev', 'caution');
    await waitForMarks(feed, (n) => n === atCaution, { what: 'caution floor again' });
  });

  test('sites: TikTok off removes its marks, X stays marked; on again brings them back', async () => {
    const before = await settledMarks(feed, { min: 10 });
    const tiktok = options.getByRole('checkbox', { name: 'TikTok' });
    await tiktok.uncheck();
    await waitForMarks(feed, (n) => n === 0, { what: 'TikTok off' });
    const x = await browser.context.newPage();
    await x.goto('https://x.com/home');
    assert.ok((await settledMarks(x)) > 0, 'x.com is still marked');
    await x.close();
    await tiktok.check();
    await waitForMarks(feed, (n) => n === before, { what: 'TikTok on again' });
  });
});

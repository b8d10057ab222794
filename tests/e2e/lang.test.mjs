// The UI language follows the browser's (here Chromium started in French, fr-FR): badges, the popover, the
// first-run page and the popup speak French with the setting left on "browser language"; the setting still
// overrides it (English chosen in the options page).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { closeFirstRunTab, settledMarks } from './marks.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium({ port: server.port, locale: 'fr-FR' });
  await closeFirstRunTab(browser);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const extUrl = (path) => `chrome-extension://${browser.extensionId}/${path}`;
const badgeLabels = (page) =>
  page.evaluate(() => [
    ...new Set(
      [
        ...(document.querySelector('vigie-overlay')?.shadowRoot?.querySelectorAll('.vg-badge .vg-label') ??
          []),
      ].map((l) => l.textContent),
    ),
  ]);

describe('Chromium in French: the UI follows the browser language', () => {
  test('badges and the popover are in French on the demo feed', async () => {
    const page = await browser.context.newPage();
    await page.bringToFront();
    await page.goto('https://www.tiktok.com/foryou');
    await settledMarks(page, { min: 10 });
    const labels = await badgeLabels(page);
    assert.ok(labels.includes('Peut tromper'), `French badge labels: ${labels.join(', ')}`);
    assert.ok(!labels.includes('May mislead'));
    await page.bringToFront();
    const badge = page.locator('vigie-overlay .vg-mark:not(.vg-hidden) .vg-badge').first();
    await badge.waitFor({ timeout: 5000 });
    await badge.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('vigie-overlay [role=dialog]');
    await dialog.waitFor({ timeout: 5000 });
    assert.match((await dialog.textContent()) ?? '', /pas de la vidéo/);
    await page.close();
  });

  test('the first-run page and the popup are in French', async () => {
    const welcome = await browser.context.newPage();
    await welcome.goto(extUrl('welcome.html'));
    await welcome.getByRole('heading', { name: 'Bienvenue dans Vigie' }).waitFor({ timeout: 5000 });
    assert.equal(await welcome.evaluate(() => document.documentElement.lang), 'fr');
    await welcome.close();
    const popup = await browser.context.newPage();
    await popup.goto(extUrl('popup.html'));
    await popup.getByRole('heading', { name: 'Vigie sur cet onglet' }).waitFor({ timeout: 5000 });
    await popup.close();
  });

  test('the language setting overrides the browser: English chosen in the options page', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    await settledMarks(page, { min: 10 });
    const options = await browser.context.newPage();
    await options.goto(extUrl('options.html'));
    await options.selectOption('#vg-lang', 'en');
    const deadline = Date.now() + 5000;
    while (!(await badgeLabels(page)).includes('May mislead') && Date.now() < deadline)
      await page.waitForTimeout(100);
    assert.ok((await badgeLabels(page)).includes('May mislead'), 'English badges after choosing English');
    await options.selectOption('#vg-lang', 'auto');
    await options.close();
    await page.close();
  });
});

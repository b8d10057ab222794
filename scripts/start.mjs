#!/usr/bin/env node
// `npm start`: build the extension, serve the demo pages under the real sites' host names on 127.0.0.1, and open
// Chromium with Vigie loaded. With a display it stays open for you to scroll; without one (or with CI set) it runs
// headless, saves screenshots of the marked pages to demo-output/, prints what was marked, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';
import { launchChromium, chromiumPath } from '../tests/e2e/browser.mjs';
import { closeFirstRunTab } from '../tests/e2e/marks.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'demo-output');
const headless = !process.env.DISPLAY || !!process.env.CI || process.argv.includes('--headless');

if (!chromiumPath()) {
  console.error('npm start needs Chromium or Chrome. On Debian/Ubuntu: sudo apt-get install chromium');
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build:chrome'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = await startServer();
const browser = await launchChromium({ port: server.port, headless });
// The first-run page opens on install and takes the front; a tab behind it gets no frames, so its badges wait.
// Headless, nobody reads it: close it. With a display it stays, behind the demo pages.
if (headless) await closeFirstRunTab(browser);
const pages = [
  ['tiktok-feed', 'https://www.tiktok.com/foryou'],
  ['youtube-watch', 'https://www.youtube.com/watch?v=demo'],
  ['x-timeline', 'https://x.com/home'],
];

mkdirSync(OUT, { recursive: true });
const summary = [];
for (const [name, url] of pages) {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.bringToFront();
  // Vigie publishes its mark count on <html data-vigie-marks>; wait until it holds still for a second
  // (it reads 0 while the snapshot loads), 15 s at most.
  let marks = -1;
  let still = 0;
  for (let i = 0; i < 60 && still < 4; i++) {
    await page.waitForTimeout(250);
    const now = Number((await page.getAttribute('html', 'data-vigie-marks')) ?? -1);
    still = now >= 0 && now === marks ? still + 1 : 0;
    marks = now;
  }
  await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  const posts = await page.evaluate(
    () =>
      document.querySelectorAll(
        '[data-e2e=recommend-list-item-container], [data-e2e^=comment-level-], ytd-watch-metadata, ytd-comment-thread-renderer, article[data-testid=tweet]',
      ).length,
  );
  summary.push({ page: name, url, posts, marks: Math.max(marks, 0) });
  if (headless) await page.close();
}

console.log('\nVigie demo: what was marked');
for (const s of summary)
  console.log(
    `  ${s.page.padEnd(14)} ${String(s.posts).padStart(4)} posts and comments, ${String(s.marks).padStart(4)} marked  (${s.url})`,
  );
console.log(`Screenshots in ${OUT}/`);

if (headless) {
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with Vigie on the demo pages. Press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
}

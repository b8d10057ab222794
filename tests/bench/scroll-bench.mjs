// What Vigie adds to the page's own work while the page scrolls: the 500-post demo feed, once marked, is scrolled
// by the mouse wheel in a Chrome trace, with the built extension and with an empty one (same browser flags, same
// page). The figure is the tab's renderer main-thread time (every task: style, layout, paint, commit, hit tests,
// intersection observers, scripts), which the content script's own timers cannot see: it is the browser work
// Vigie causes. Reported as a ratio against the run without Vigie, and the longest task of each.
//
// Found this way: ::highlight() rules with a text-decoration made the browser repaint the whole page on every
// frame with a DOM change (7-9 ms a frame on this feed), and badges in viewport coordinates were written on every
// frame of a scroll.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../e2e/server.mjs';
import { launchChromium } from '../e2e/browser.mjs';
import { median, settle } from './page-bench.mjs';

const POSTS = 500;
const STEPS = 120;
const STEP_PX = 100;
const PAIRS = 2;

/** An extension that does nothing: the baseline runs with the same flags (an extension loaded, its worker up). */
function emptyExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty',
      version: '1.0',
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(join(dir, 'sw.js'), '');
  return dir;
}

/** One scroll of the feed under trace: the tab renderer's main-thread tasks, summed, and the longest. */
async function traceScroll(port, extension, vigie) {
  const browser = await launchChromium({ port, extension });
  try {
    const page = await browser.context.newPage();
    await page.goto(`https://www.tiktok.com/foryou?count=${2 * POSTS}&initial=${POSTS}&bench`);
    // Vigie marked the feed (its figures stop changing); the empty extension has nothing to wait for.
    if (vigie) await settle(page);
    else await page.waitForTimeout(1000);
    await page.mouse.move(500, 400);
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    for (let k = 0; k < STEPS; k++) {
      await page.mouse.wheel(0, STEP_PX);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await complete;
    const threads = new Map(
      events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
    );
    const tasks = events.filter(
      (e) => e.ph === 'X' && e.name === 'RunTask' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
    );
    // The tab's renderer is the one that worked most (an extension page has a renderer of its own).
    const byPid = new Map();
    for (const t of tasks) byPid.set(t.pid, (byPid.get(t.pid) ?? 0) + t.dur);
    const pid = [...byPid].sort((a, b) => b[1] - a[1])[0]?.[0];
    const mine = tasks.filter((t) => t.pid === pid);
    return {
      ms: mine.reduce((s, t) => s + t.dur, 0) / 1000,
      longestMs: Math.max(0, ...mine.map((t) => t.dur)) / 1000,
    };
  } finally {
    await browser.close();
  }
}

/** `extension`: the build to measure. Alternates runs without and with it; medians of PAIRS each. */
export async function runScrollBench({ extension, log = () => {} }) {
  const empty = emptyExtension();
  const server = await startServer();
  const without = [];
  const withVigie = [];
  try {
    for (let i = 0; i < PAIRS; i++) {
      log(`Scrolling the feed under trace, without and with Vigie (${i + 1}/${PAIRS})...`);
      without.push(await traceScroll(server.port, empty, false));
      withVigie.push(await traceScroll(server.port, extension, true));
    }
  } finally {
    await server.close();
  }
  const w = median(withVigie.map((r) => r.ms));
  const wo = median(without.map((r) => r.ms));
  return {
    steps: STEPS,
    pixels: STEPS * STEP_PX,
    mainThreadMs: +w.toFixed(0),
    withoutVigieMs: +wo.toFixed(0),
    ratio: +(w / wo).toFixed(2),
    longestTaskMs: +median(withVigie.map((r) => r.longestMs)).toFixed(1),
    longestTaskWithoutVigieMs: +median(without.map((r) => r.longestMs)).toFixed(1),
  };
}

export function printScrollBench(s) {
  console.log(
    `  page scrolling      ${s.pixels} px in ${s.steps} wheel steps: the tab's main thread ${s.mainThreadMs} ms with Vigie, ${s.withoutVigieMs} without (x${s.ratio}); longest task ${s.longestTaskMs} ms (${s.longestTaskWithoutVigieMs} without)`,
  );
}

// Helpers shared by the newer browser tests (Playwright pages in Chromium): wait for Vigie's published mark count,
// and read where its badges and highlights are, so a test can say which unit a mark sits on.

/** Waits until `data-vigie-marks` is at least `min` and unchanged over three reads 200 ms apart. */
export async function settledMarks(page, { min = 1, timeout = 20000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = -1;
  let stable = 0;
  while (Date.now() < deadline) {
    const now = Number((await page.getAttribute('html', 'data-vigie-marks')) ?? -1);
    if (now >= min && now === last) {
      if (++stable >= 3) return now;
    } else stable = 0;
    last = now;
    await page.waitForTimeout(200);
  }
  return last;
}

/** Waits for the mark count to satisfy `test(count)`; returns the count (or throws with the last value). */
export async function waitForMarks(page, test, { timeout = 10000, what = 'marks' } = {}) {
  const deadline = Date.now() + timeout;
  let now = NaN;
  while (Date.now() < deadline) {
    now = Number((await page.getAttribute('html', 'data-vigie-marks')) ?? NaN);
    if (test(now)) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`${what}: data-vigie-marks is ${now} after ${timeout} ms`);
}

/**
 * Where the mark for `claim` is: the claim's element and the previous unit's text element (found by a snippet
 * of their text), every visible badge's box, and every highlighted range's text and whether it lies inside the
 * claim's element. The claim is scrolled to the middle of the viewport first (badges are placed near it).
 */
export async function markPlacement(page, { claim, previous }) {
  return page.evaluate(
    async ({ claim, previous }) => {
      // The deepest element whose text contains the snippet: the site's own element holding it.
      const deepest = (snippet) => {
        let best = null;
        const walk = (el) => {
          // Page scripts hold texts too (the demo feed's later posts, our own test scripts).
          if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName)) return;
          if (!(el.textContent ?? '').includes(snippet)) return;
          best = el;
          for (const child of el.children) walk(child);
        };
        walk(document.body);
        return best;
      };
      const claimEl = deepest(claim);
      if (!claimEl) return { error: `claim "${claim}" not found in the page` };
      claimEl.scrollIntoView({ block: 'center' });
      // Two frames: the scroll listener schedules a layout pass on the next animation frame.
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      await new Promise((ok) => setTimeout(ok, 150));
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const prevEl = previous ? deepest(previous) : null;
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      const badges = [...(root?.querySelectorAll('.vg-mark:not(.vg-hidden)') ?? [])].map(box);
      const ranges = [];
      for (const [name, h] of CSS.highlights ?? []) {
        if (name === 'vigie-active') continue;
        for (const r of h)
          ranges.push({ name, text: r.toString(), inClaim: claimEl.contains(r.startContainer) });
      }
      return { claim: box(claimEl), previous: prevEl ? box(prevEl) : null, badges, ranges };
    },
    { claim, previous },
  );
}

/** The number of elements in the page matching `selector`, piercing Vigie's open shadow root. */
export async function overlayCount(page, selector) {
  return page.evaluate(
    (sel) => document.querySelector('vigie-overlay')?.shadowRoot?.querySelectorAll(sel).length ?? 0,
    selector,
  );
}

/**
 * Closes the first-run tab that the extension opens on install (a fresh profile). It opens a moment after the
 * service worker starts and takes the front, which leaves the test's tab in the background: no animation
 * frames (badge layout, the popover's focus) and slow timers. Waits for it up to `timeout` ms.
 */
export async function closeFirstRunTab(browser, { timeout = 5000 } = {}) {
  const isWelcome = (p) => p.url() === `chrome-extension://${browser.extensionId}/welcome.html`;
  const welcome =
    browser.context.pages().find(isWelcome) ??
    (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout }).catch(() => null));
  await welcome?.close();
}

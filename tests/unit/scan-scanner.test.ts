// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScanner } from '../../scan/index.ts';
import type { Scanner } from '../../scan/index.ts';
import type { RequestIdle } from '../../scan/scheduler.ts';
import { partFromElement } from '../../sites/text-walker.ts';
import type { PostUnit, SiteAdapter } from '../../sites/types.ts';
import { buildUnit, selectAll } from '../../sites/unit.ts';

/** A tiny adapter: every .post is a unit keyed by its data-id, text from .text. */
function testAdapter(onCall?: () => void): SiteAdapter {
  return {
    id: 'test',
    name: 'Test',
    hosts: [],
    detect: () => true,
    findPosts(root) {
      onCall?.();
      const out: PostUnit[] = [];
      for (const p of selectAll(root, '.post')) {
        const t = p.querySelector('.text');
        const u =
          t &&
          buildUnit({
            site: 'test',
            kind: 'post',
            parts: [partFromElement('body', t)],
            anchor: p,
            permalink: `https://t.example/${p.getAttribute('data-id')}`,
          });
        if (u) out.push(u);
      }
      return out;
    },
  };
}

/** Manual idle queue: slices run only when the test flushes. */
function manualIdle() {
  const q: (() => void)[] = [];
  const requestIdle: RequestIdle = (cb) =>
    void q.push(() => cb({ timeRemaining: () => 50, didTimeout: false }));
  return {
    requestIdle,
    async flush(max = 100) {
      for (let i = 0; i < max; i++) {
        await new Promise((r) => setTimeout(r, 0)); // let MutationObserver callbacks arrive
        const next = q.shift();
        if (!next) return i;
        next();
      }
      return max;
    },
  };
}

const post = (id: string, text: string) =>
  `<div class="post" data-id="${id}"><p class="text">${text}</p></div>`;

describe('createScanner', () => {
  let scanner: Scanner | undefined;
  let batches: PostUnit[][];
  let idle: ReturnType<typeof manualIdle>;
  const keys = () => batches.flat().map((u) => u.key.replace('https://t.example/', ''));

  beforeEach(() => {
    document.body.innerHTML = `<main id="feed">${post('a', 'Garlic cures flu')}${post('b', 'Le citron soigne tout')}</main>`;
    batches = [];
    idle = manualIdle();
  });
  afterEach(() => scanner?.stop());

  const start = (adapter = testAdapter(), extra: Partial<Parameters<typeof createScanner>[0]> = {}) =>
    (scanner = createScanner({
      root: document,
      adapter,
      onPosts: (p) => batches.push(p),
      requestIdle: idle.requestIdle,
      navigation: { win: null },
      log: () => {},
      ...extra,
    }));

  it('reports every post once on the first scan', async () => {
    start();
    await idle.flush();
    expect(keys()).toEqual(['a', 'b']);
    scanner!.rescan();
    await idle.flush();
    expect(keys()).toEqual(['a', 'b']);
  });

  it('reads only what was added, in a later idle slice', async () => {
    start();
    await idle.flush();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', post('c', 'Vitamin C stops colds'));
    expect(keys()).toEqual(['a', 'b']); // the observer callback only queues
    await idle.flush();
    expect(keys()).toEqual(['a', 'b', 'c']);
    expect(scanner!.stats.fullScans).toBe(1);
  });

  it('reports a post again when its text changes or the site re-renders it', async () => {
    start();
    await idle.flush();
    document.querySelector('[data-id=a] .text')!.firstChild!.textContent = 'Garlic cures every flu';
    await idle.flush();
    expect(batches.at(-1)!.map((u) => u.text)).toEqual(['Garlic cures every flu']);
    const b = document.querySelector('[data-id=b]')!;
    b.outerHTML = post('b', 'Le citron soigne tout'); // same text, new nodes: old ranges are gone
    await idle.flush();
    expect(batches.at(-1)!.map((u) => u.key)).toEqual(['https://t.example/b']);
    expect(batches).toHaveLength(3);
  });

  it('says which posts are gone when a re-read no longer finds them, and keeps repeated keys apart', async () => {
    // Keys from the text (no permalink), like comments: an edit gives the post a new key.
    const byText: SiteAdapter = {
      ...testAdapter(),
      findPosts: (root) =>
        selectAll(root, '.post').flatMap((p) => {
          const t = p.querySelector('.text');
          const u =
            t && buildUnit({ site: 'test', kind: 'post', parts: [partFromElement('body', t)], anchor: p });
          return u ? [u] : [];
        }),
    };
    const gone: string[][] = [];
    start(byText, { onGone: (k) => gone.push(k) });
    await idle.flush();
    const [a, b] = batches.flat().map((u) => u.key);
    document.querySelector('[data-id=a] .text')!.firstChild!.textContent = 'An ordinary walk';
    await idle.flush();
    expect(gone).toEqual([[a]]);
    expect(batches.at(-1)!.map((u) => u.text)).toEqual(['An ordinary walk']);
    // A second post with the same text as b, added later, is its own post: b keeps its key.
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', post('c', 'Le citron soigne tout'));
    await idle.flush();
    expect(batches.at(-1)!.map((u) => u.key)).toEqual([`${b}#2`]);
    expect(gone).toHaveLength(1);
    // A copy put before b, then a full pass that meets it first: b and c keep their keys.
    document.getElementById('feed')!.insertAdjacentHTML('afterbegin', post('d', 'Le citron soigne tout'));
    await idle.flush();
    expect(batches.at(-1)!.map((u) => u.key)).toEqual([`${b}#3`]);
    const count = batches.length;
    scanner!.rescan();
    await idle.flush();
    expect(batches).toHaveLength(count); // nothing re-reported: no key moved
  });

  it('keeps each slice within the budget and spreads work over slices', async () => {
    let clock = 0;
    start(
      testAdapter(() => (clock += 3)),
      { now: () => clock, budgetMs: 8, climb: 0 },
    );
    await idle.flush();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 12; i++) {
      const wrap = document.createElement('section');
      wrap.innerHTML = post(`n${i}`, `claim ${i}`);
      feed.appendChild(wrap);
    }
    const before = scanner!.stats.slices;
    await idle.flush();
    expect(keys()).toHaveLength(14);
    expect(scanner!.stats.slices - before).toBeGreaterThan(2);
    expect(scanner!.stats.longestSliceMs).toBeLessThanOrEqual(16);
  });

  it('does one full rescan when a batch is huge', async () => {
    start(undefined, { hugeBatch: 5, climb: 0 });
    await idle.flush();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 20; i++)
      feed.insertAdjacentHTML('beforeend', `<section>${post(`h${i}`, `text ${i}`)}</section>`);
    await idle.flush();
    expect(scanner!.stats.fullScans).toBe(2);
    expect(keys()).toHaveLength(22);
  });

  it('finds posts in open shadow roots and follows changes there', async () => {
    const host = document.createElement('x-feed');
    document.body.appendChild(host);
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = post('s1', 'Shadow claim');
    start();
    await idle.flush();
    expect(keys()).toContain('s1');
    sr.appendChild(document.createElement('div')).outerHTML = post('s2', 'Second shadow claim');
    await idle.flush();
    expect(keys()).toContain('s2');
  });

  it('follows changes in a shadow root inside a post, read with it', async () => {
    document.body.innerHTML = `<main id="feed"><div class="post" data-id="h"><p class="text"><x-cap></x-cap></p></div></main>`;
    const sr = document.querySelector('x-cap')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<span>First words</span>';
    start();
    await idle.flush();
    expect(batches.flat().map((u) => u.text)).toEqual(['First words']);
    // A change deep in the shadow tree, then text put directly in the shadow root: the post is read again.
    sr.querySelector('span')!.textContent = 'Garlic cures flu';
    await idle.flush();
    expect(batches.flat().map((u) => u.text)).toEqual(['First words', 'Garlic cures flu']);
    sr.replaceChildren(document.createTextNode('Lemon cures all'));
    await idle.flush();
    expect(
      batches
        .flat()
        .map((u) => [u.key, u.text])
        .at(-1),
    ).toEqual(['https://t.example/h', 'Lemon cures all']);
  });

  it("ignores changes inside Vigie's own UI", async () => {
    start();
    await idle.flush();
    const slices = scanner!.stats.subtreeScans;
    const ui = document.createElement('div');
    ui.setAttribute('data-vigie', '');
    document.body.appendChild(ui);
    ui.innerHTML = '<div class="post" data-id="ui"><p class="text">badge</p></div>';
    await idle.flush();
    expect(keys()).not.toContain('ui');
    expect(scanner!.stats.subtreeScans).toBe(slices);
  });

  it('never observes the overlay host (vigie-overlay) or its shadow root', async () => {
    start();
    await idle.flush();
    const scans = scanner!.stats.subtreeScans;
    const host = document.createElement('vigie-overlay');
    document.documentElement.appendChild(host);
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = post('badge', 'inside our UI');
    await idle.flush();
    sr.appendChild(document.createElement('div')).textContent = 'more UI';
    await idle.flush();
    expect(keys()).not.toContain('badge');
    expect(scanner!.stats.subtreeScans).toBe(scans);
    host.remove();
  });

  it('never throws adapter errors into the page, and logs once', async () => {
    const logs: string[] = [];
    const broken: SiteAdapter = {
      ...testAdapter(),
      id: 'broken',
      findPosts: () => {
        throw new Error('markup changed');
      },
    };
    start(broken, { log: (m) => logs.push(m) });
    await idle.flush();
    document.body.insertAdjacentHTML('beforeend', post('z', 'x'));
    await idle.flush();
    expect(batches).toEqual([]);
    expect(logs).toHaveLength(1);
  });

  it('survives a throwing onPosts callback', async () => {
    const logs: string[] = [];
    scanner = createScanner({
      root: document,
      adapter: testAdapter(),
      onPosts: () => {
        throw new Error('overlay');
      },
      requestIdle: idle.requestIdle,
      navigation: { win: null },
      log: (m) => logs.push(m),
    });
    await expect(idle.flush()).resolves.toBeGreaterThan(0);
    expect(logs).toHaveLength(1);
  });

  it('rescans from scratch after in-app navigation', async () => {
    const urls: string[] = [];
    let fire: () => void = () => {};
    start(undefined, {
      onNavigate: (u) => urls.push(u),
      navigation: { win: null, subscribe: (cb) => ((fire = cb), () => {}) },
    });
    await idle.flush();
    document.getElementById('feed')!.innerHTML = post('p2', 'New page claim');
    fire();
    await idle.flush();
    expect(urls).toHaveLength(1);
    expect(keys()).toEqual(['a', 'b', 'p2']);
    expect(scanner!.stats.fullScans).toBe(2);
  });

  it('follows popstate / URL changes on its own', async () => {
    const urls: string[] = [];
    start(undefined, { onNavigate: (u) => urls.push(u), navigation: { win: window, pollMs: 0 } });
    await idle.flush();
    history.pushState({}, '', '/other');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(urls).toEqual([location.href]);
  });

  it('stops: no more reports after stop()', async () => {
    start();
    await idle.flush();
    scanner!.stop();
    document.body.insertAdjacentHTML('beforeend', post('late', 'late claim'));
    await idle.flush();
    expect(keys()).toEqual(['a', 'b']);
  });
});

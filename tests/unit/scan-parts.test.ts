// @vitest-environment happy-dom
// The scanner's parts on their own: seen-set, slicer, dirty subtrees; and the scanner with a real adapter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan/index.ts';
import { dirtyRoots } from '../../scan/observer.ts';
import { createSlicer } from '../../scan/scheduler.ts';
import { createSeen } from '../../scan/seen.ts';
import { tiktok } from '../../sites/tiktok.ts';
import type { PostUnit } from '../../sites/types.ts';
import { buildUnit } from '../../sites/unit.ts';
import { partFromElement } from '../../sites/text-walker.ts';

function unit(el: Element, key: string): PostUnit {
  return buildUnit({
    site: 't',
    kind: 'post',
    parts: [partFromElement('body', el)],
    anchor: el,
    permalink: key,
  })!;
}

describe('seen', () => {
  it('remembers key + text, and stays bounded', () => {
    const seen = createSeen(3);
    const els = [1, 2, 3, 4].map((i) => Object.assign(document.createElement('p'), { textContent: `t${i}` }));
    expect(els.map((e, i) => seen.changed(unit(e, `k${i}`)))).toEqual([true, true, true, true]);
    expect(seen.size).toBe(3);
    expect(seen.changed(unit(els[3]!, 'k3'))).toBe(false);
    expect(seen.changed(unit(els[0]!, 'k0'))).toBe(true); // dropped as the oldest
    els[3]!.textContent = 'changed';
    expect(seen.changed(unit(els[3]!, 'k3'))).toBe(true);
  });

  it('reports a post again when the site re-renders it, also back onto an element it used before', () => {
    const seen = createSeen();
    const a = Object.assign(document.createElement('p'), { textContent: 'same text' });
    const b = Object.assign(document.createElement('p'), { textContent: 'same text' });
    expect(seen.changed(unit(a, 'k'))).toBe(true);
    expect(seen.changed(unit(a, 'k'))).toBe(false);
    expect(seen.changed(unit(b, 'k'))).toBe(true); // new anchor
    expect(seen.changed(unit(a, 'k'))).toBe(true); // a recycled element: its old record is stale
    a.replaceChildren(document.createTextNode('same text'));
    expect(seen.changed(unit(a, 'k'))).toBe(true); // new text node under the same anchor
    seen.forget('k');
    expect(seen.changed(unit(a, 'k'))).toBe(true);
    seen.clear();
    expect(seen.changed(unit(a, 'k'))).toBe(true);
  });
});

describe('slicer', () => {
  it('stops work when the budget is spent and asks for another slice', () => {
    let clock = 0;
    const q: (() => void)[] = [];
    let items = 10;
    const perSlice: number[] = [];
    const slicer = createSlicer({
      now: () => clock,
      budgetMs: 8,
      requestIdle: (cb) => void q.push(() => cb(undefined)),
      run(hasTime) {
        let n = 0;
        while (items > 0 && hasTime()) {
          items--;
          n++;
          clock += 3;
        }
        perSlice.push(n);
        return items > 0;
      },
    });
    slicer.kick();
    slicer.kick(); // no double scheduling
    expect(q).toHaveLength(1);
    while (q.length) q.shift()!();
    expect(perSlice).toEqual([3, 3, 3, 1]);
  });

  it('respects a short idle period', () => {
    let clock = 0;
    let ran = 0;
    const slicer = createSlicer({
      now: () => clock,
      requestIdle: (cb) => void cb({ timeRemaining: () => 2, didTimeout: false }),
      run(hasTime) {
        while (hasTime()) {
          ran++;
          clock += 1;
        }
        return false;
      },
    });
    slicer.kick();
    expect(ran).toBe(2);
  });
});

describe('dirtyRoots', () => {
  it('maps a change inside a known post to that post, and drops nested subtrees', () => {
    document.body.innerHTML =
      '<div id="feed"><div id="p1"><span id="t1">a</span></div><div id="p2"><b id="t2">b</b></div></div>';
    const p1 = document.getElementById('p1')!;
    const t1 = document.getElementById('t1')!;
    const t2 = document.getElementById('t2')!;
    const rec = (target: Node, added: Node[]) =>
      ({ type: 'childList', target, addedNodes: added }) as unknown as MutationRecord;
    const roots = dirtyRoots([rec(t1, [t1.firstChild!]), rec(p1, [t1]), rec(t2, [t2.firstChild!])], {
      isAnchor: (e) => e === p1,
      climb: 0,
    });
    expect(roots.map((r) => r.id)).toEqual(['p1', 't2']);
  });

  it('remembers a container too large to climb past, across batches', () => {
    const items = Array.from({ length: 450 }, (_, i) => `<p id="i${i}">x</p>`).join('');
    document.body.innerHTML = `<div id="feed">${items}</div><div id="small"><p id="s">y</p></div>`;
    const feed = document.getElementById('feed')!;
    const small = document.getElementById('small')!;
    const rec = (el: Element) =>
      ({ type: 'childList', target: el.parentNode, addedNodes: [el] }) as unknown as MutationRecord;
    const large = new WeakSet<Element>();
    const opts = { isAnchor: () => false, climb: 3, large };
    // The feed has more than 400 elements: a new item is read alone, and the feed is remembered as large.
    expect(dirtyRoots([rec(document.getElementById('i3')!)], opts).map((r) => r.id)).toEqual(['i3']);
    expect(large.has(feed)).toBe(true);
    expect(large.has(small)).toBe(false);
    // A small container is climbed past, unless it was found large before (then it is not counted again).
    expect(dirtyRoots([rec(document.getElementById('s')!)], opts)[0]!.id).toBe('small');
    large.add(small);
    expect(dirtyRoots([rec(document.getElementById('s')!)], opts)[0]!.id).toBe('s');
  });
});

describe('scanner with the TikTok adapter', () => {
  it('reports the fixture posts, then only a reply added later', async () => {
    const html = readFileSync(join(__dirname, '..', 'fixtures', 'sites', 'tiktok.html'), 'utf8');
    document.documentElement.innerHTML = html
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
    const batches: PostUnit[][] = [];
    const q: (() => void)[] = [];
    const scanner = createScanner({
      root: document,
      adapter: tiktok,
      onPosts: (p) => batches.push(p),
      requestIdle: (cb) => void q.push(() => cb(undefined)),
      navigation: { win: null },
    });
    const flush = async () => {
      for (let i = 0; i < 50; i++) {
        await new Promise((r) => setTimeout(r, 0));
        const n = q.shift();
        if (!n) break;
        n();
      }
    };
    await flush();
    expect(batches.flat().map((u) => u.kind)).toEqual(['video', 'video', 'comment', 'reply', 'grid-item']);
    document
      .querySelector('.replies')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="box"><div data-e2e="comment-username-2"><a href="/@nina"><p>Nina</p></a></div><span data-e2e="comment-level-2"><span>Mon pédiatre a dit la même chose.</span></span></div>',
      );
    await flush();
    expect(batches.at(-1)!.map((u) => [u.kind, u.author, u.text])).toEqual([
      ['reply', '@nina', 'Mon pédiatre a dit la même chose.'],
    ]);
    scanner.stop();
  });
});

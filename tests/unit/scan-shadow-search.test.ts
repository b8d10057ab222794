// @vitest-environment happy-dom
// The shadow-root search passes over the subtrees of posts already read (a full scan's largest cost outside the
// adapter was visiting every element of the page), but still checks the post's own element.
import { describe, expect, it } from 'vitest';
import { findShadowRoots, shadowRootsIn } from '../../scan/observer.ts';

function page() {
  document.body.innerHTML = `<div id="a"></div><div id="post"><span><i id="b"></i></span></div><div id="c"></div>`;
  const roots: Record<string, ShadowRoot> = {};
  for (const id of ['a', 'b', 'post', 'c']) {
    roots[id] = document.getElementById(id)!.attachShadow({ mode: 'open' });
    roots[id].innerHTML = `<p>${id}</p>`;
  }
  // A root inside a root is found too.
  const inner = document.createElement('b');
  roots.c!.append(inner);
  roots.inner = inner.attachShadow({ mode: 'open' });
  return roots;
}

const all = (it: Iterable<ShadowRoot | null>) => [...it].filter((s): s is ShadowRoot => s !== null);

describe('shadowRootsIn', () => {
  it('finds every open shadow root, nested ones included', () => {
    const r = page();
    expect(new Set(findShadowRoots(document))).toEqual(new Set([r.a, r.b, r.post, r.c, r.inner]));
  });

  it('passes over the descendants of the elements `over` names, not over the elements themselves', () => {
    const r = page();
    const post = document.getElementById('post')!;
    const found = all(shadowRootsIn(document, (el) => el === post));
    expect(new Set(found)).toEqual(new Set([r.a, r.post, r.c, r.inner]));
    // Document order is kept for what remains.
    expect(found.slice(0, 3)).toEqual([r.a, r.post, r.c]);
  });

  it('passes over a subtree that ends the page (no next sibling at any level)', () => {
    const r = page();
    const last = document.getElementById('c')!;
    expect(new Set(all(shadowRootsIn(document, (el) => el === last)))).toEqual(
      new Set([r.a, r.b, r.post, r.c, r.inner]),
    );
    const body = document.body;
    expect(all(shadowRootsIn(document, (el) => el === body))).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { createOverlay, type Overlay } from '../../overlay/marks.tsx';
import { HOST_TAG } from '../../overlay/host.ts';
import { createHighlighter } from '../../overlay/highlights.ts';
import type { ActionHandler, MarkTarget } from '../../overlay/types.ts';
import { finding } from './components-fixtures.ts';
import { installIntersection, type FakeIntersection } from './fake-intersection.ts';

let overlay: Overlay;
let onAction: ReturnType<typeof vi.fn<ActionHandler>>;
let counts: number[];
let io: FakeIntersection;

function target(key: string, kind = 'caption', withPlayer = false): MarkTarget {
  const el = document.createElement('div');
  el.textContent = 'sample claim here';
  document.body.append(el);
  const player = withPlayer ? document.body.appendChild(document.createElement('video')) : null;
  return { key, anchor: el, player, partKindAt: () => kind, rangesFor: () => [] };
}

function shadow(): ShadowRoot {
  return document.querySelector(HOST_TAG)!.shadowRoot!;
}

beforeEach(() => {
  io = installIntersection();
  onAction = vi.fn<ActionHandler>();
  counts = [];
  overlay = createOverlay({
    doc: document,
    win: window as Window & typeof globalThis,
    getLang: () => 'en',
    getMode: () => 'patient',
    onAction,
    onChange: (n) => counts.push(n),
  });
});

afterEach(() => {
  overlay.destroy();
  io.restore();
  document.body.replaceChildren();
});

describe('overlay marks', () => {
  it('uses one shadow host for the whole page and one badge per unit', () => {
    act(() => {
      overlay.setMarks(target('a'), [finding()]);
      overlay.setMarks(target('b', 'comment'), [
        finding({ category: 'oversimplified', severity: 'caution' }),
      ]);
    });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(shadow().querySelectorAll('.vg-badge')).toHaveLength(2);
    expect(overlay.count()).toBe(2);
    expect(counts.at(-1)).toBe(2);
    act(() => overlay.setMarks(target('a'), []));
    expect(overlay.count()).toBe(1);
  });

  it('opens from the badge, Escape closes and returns focus to the badge', () => {
    act(() => overlay.setMarks(target('a'), [finding()]));
    const badge = shadow().querySelector<HTMLButtonElement>('.vg-badge')!;
    badge.focus();
    act(() => badge.click());
    const dialog = shadow().querySelector('[role="dialog"]')!;
    expect(dialog).not.toBeNull();
    expect(shadow().querySelector('.vg-badge')!.getAttribute('aria-expanded')).toBe('true');
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(shadow().activeElement).toBe(shadow().querySelector('.vg-badge'));
    expect(shadow().querySelector('.vg-badge')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps keys typed in Vigie away from the site', () => {
    const siteKeys = vi.fn();
    document.addEventListener('keydown', siteKeys);
    act(() => overlay.setMarks(target('a'), [finding()]));
    const badge = shadow().querySelector<HTMLButtonElement>('.vg-badge')!;
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true, composed: true }));
    expect(siteKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', siteKeys);
  });

  it('passes actions with the post key and closes the popover', () => {
    act(() => overlay.setMarks(target('post-1'), [finding()]));
    act(() => shadow().querySelector<HTMLButtonElement>('.vg-badge')!.click());
    act(() => shadow().querySelector<HTMLButtonElement>('[data-action="hide-rule"]')!.click());
    expect(onAction).toHaveBeenCalledWith(
      'hide-rule',
      expect.objectContaining({ ruleId: 'test-rule' }),
      'post-1',
    );
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
  });

  it('adds a strip on the player for caption findings only, never for comments', () => {
    act(() => {
      overlay.setMarks(target('cap', 'caption', true), [finding()]);
      overlay.setMarks(target('com', 'comment', true), [finding()]);
      overlay.setMarks(target('src', 'caption', true), [
        finding({ category: 'cites-verified-source', severity: 'info' }),
      ]);
    });
    const strips = shadow().querySelectorAll('.vg-strip');
    expect(strips).toHaveLength(1);
    expect(strips[0]!.textContent).toContain('The caption says something that may be misleading');
    act(() => shadow().querySelector<HTMLButtonElement>('.vg-strip-open')!.click());
    expect(shadow().querySelector('[role="dialog"]')).not.toBeNull();
    act(() => shadow().querySelector<HTMLButtonElement>('[aria-label="Close"]')!.click());
    act(() => shadow().querySelector<HTMLButtonElement>('[aria-label="Collapse the Vigie note"]')!.click());
    expect(shadow().querySelector('.vg-strip-collapsed')).not.toBeNull();
  });

  it('never shows the source note beside a negative finding', () => {
    act(() =>
      overlay.setMarks(target('a'), [
        finding({ category: 'cites-verified-source', severity: 'info' }),
        finding(),
      ]),
    );
    const badge = shadow().querySelector('.vg-badge')!;
    expect(badge.textContent).toContain('May mislead');
    expect(badge.textContent).not.toContain('+1');
  });

  it('scrolls to a mark (popup list) and focuses its badge', async () => {
    const t = target('far');
    const spy = vi.fn();
    t.anchor.scrollIntoView = spy;
    act(() => overlay.setMarks(t, [finding()]));
    expect(overlay.scrollTo('far')).toBe(true);
    expect(overlay.scrollTo('missing')).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(spy).toHaveBeenCalled();
    expect(shadow().activeElement).toBe(shadow().querySelector('.vg-badge'));
  });

  it('counts a far mark at once but draws its badge only when its unit comes near', () => {
    const t = target('far');
    io.far.add(t.anchor);
    act(() => overlay.setMarks(t, [finding()]));
    expect(overlay.count()).toBe(1);
    expect(overlay.summary().map((s) => s.key)).toEqual(['far']);
    expect(shadow().querySelectorAll('.vg-badge')).toHaveLength(0);
    act(() => io.bring(t.anchor));
    expect(shadow().querySelectorAll('.vg-badge')).toHaveLength(1);
  });

  it('draws a far mark when the popup scrolls to it', () => {
    const t = target('far');
    t.anchor.scrollIntoView = () => {};
    io.far.add(t.anchor);
    act(() => overlay.setMarks(t, [finding()]));
    expect(overlay.scrollTo('far')).toBe(true);
    expect(shadow().activeElement).toBe(shadow().querySelector('.vg-badge'));
  });

  it('drops marks whose unit left the page', async () => {
    const t = target('gone');
    act(() => overlay.setMarks(t, [finding()]));
    t.anchor.remove();
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await new Promise((r) => setTimeout(r, 20));
    expect(overlay.count()).toBe(0);
  });
});

describe('highlighter', () => {
  it('falls back to badge-only when the Highlight API is missing', () => {
    const h = createHighlighter({} as Window & typeof globalThis);
    expect(h.supported).toBe(false);
    expect(() => h.set('k', [{ name: 'vigie-warning', ranges: [] }])).not.toThrow();
  });

  it('registers named highlights and removes a unit’s ranges', () => {
    const registry = new Map<string, { ranges: Set<unknown> }>();
    class FakeHighlight {
      ranges = new Set<unknown>();
      priority = 0;
      add(r: unknown) {
        this.ranges.add(r);
      }
      delete(r: unknown) {
        return this.ranges.delete(r);
      }
      clear() {
        this.ranges.clear();
      }
    }
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window &
      typeof globalThis;
    const h = createHighlighter(win);
    expect(h.supported).toBe(true);
    const r = document.createRange();
    h.set('k', [{ name: 'vigie-caution', ranges: [r] }]);
    expect(registry.get('vigie-caution')!.ranges.has(r)).toBe(true);
    h.remove('k');
    expect(registry.get('vigie-caution')!.ranges.size).toBe(0);
    h.destroy();
    expect(registry.size).toBe(0);
  });
});

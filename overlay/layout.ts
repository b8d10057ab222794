// Positions badges and strips. Cheap by design: one rAF-batched pass on scroll/resize (scroll listened in the
// capture phase so inner scrolling feeds count) over the marks an IntersectionObserver reports near the
// viewport; the others stay hidden and cost nothing. The one open popover is placed by floating-ui's
// computePosition, again on every pass (overlay/marks.tsx).
//
// Badges and strips sit in document coordinates (the overlay host is absolute at the document's origin), so the
// page's own scrolling moves them with the text, on the compositor, with no frame of lag: a pass during a scroll
// of the page writes only for badges that cross the band around the viewport. In viewport coordinates
// (position: fixed) every near badge and strip was written on every frame (measured: 386 attribute writes in
// the overlay over 60 wheel steps on the demo feed, 194 now).
//
// A pass reads every geometry first (badge widths too: a new badge is laid out invisibly until its first pass)
// and writes every style after, so the page is laid out once per pass; reading one badge's rects after writing
// the previous one's styles forced a layout per badge.
import { HOST_TAG } from './host.ts';

export interface LayoutItem {
  /** The unit the badge belongs to. */
  anchor: Element;
  wrap: HTMLElement;
  /** Player + strip container, placed inside the top of the player (video controls sit at the bottom). */
  player?: Element | null;
  strip?: HTMLElement;
}

const MARGIN = 200; // px around the viewport where badges are still placed, so they are ready when scrolled in
const SHIFT_PADDING = 4; // px kept between a badge and the viewport's side
const STRIP_INSET = 8;

function visible(rect: DOMRect, win: Window): boolean {
  return (
    rect.width + rect.height > 0 &&
    rect.bottom > -MARGIN &&
    rect.top < win.innerHeight + MARGIN &&
    rect.right > 0 &&
    rect.left < win.innerWidth
  );
}

/** px between a unit's right edge and a badge placed beside it. */
const GAP = 6;
/** Height of the first line's band where a badge beside the unit sits (the hit test looks at its middle). */
const LINE = 20;

/**
 * Badge position. Beside the unit's first line, just outside its right edge, when that space is free
 * (`beside`, see freeBeside): then the badge covers none of the unit's words. Otherwise inside the unit's
 * top-right corner (a badge above the unit sat on the previous comment's line and read as belonging to it),
 * shifted to stay within the viewport's width.
 */
export function badgePosition(
  rect: DOMRect,
  width: number,
  viewportWidth: number,
  beside = false,
): { x: number; y: number } {
  const y = Math.round(rect.top + 2);
  if (beside && fitsBeside(rect, width, viewportWidth)) return { x: Math.round(rect.right + GAP), y };
  const max = viewportWidth - width - SHIFT_PADDING;
  const x = Math.max(SHIFT_PADDING, Math.min(rect.right - width, max));
  return { x: Math.round(x), y };
}

const fitsBeside = (rect: DOMRect, width: number, viewportWidth: number) =>
  rect.right + GAP + width + SHIFT_PADDING <= viewportWidth;

/**
 * Whether the band beside a unit's first line shows only the background of a box that holds the unit (the
 * page's topmost element there, Vigie's own layer skipped, is an ancestor of the anchor): no text, video or
 * control of the site's would be covered. Asked once per unit and horizontal layout (cached); a unit whose
 * first line is off screen cannot be hit-tested and keeps its badge inside until it is on screen.
 */
function freeBeside(anchor: Element, rect: DOMRect, width: number, win: Window): boolean {
  const vw = win.document.documentElement.clientWidth || win.innerWidth;
  if (!fitsBeside(rect, width, vw)) return false;
  const left = Math.round(rect.left);
  const right = Math.round(rect.right);
  const known = beside.get(anchor);
  // The same horizontal layout as last asked (a scroll moves units up and down only): no new hit test.
  if (known && known.left === left && known.right === right && known.vw === vw && known.width === width)
    return known.free;
  const y = rect.top + Math.min(rect.height, LINE) / 2;
  if (y < 0 || y >= win.innerHeight || typeof win.document.elementsFromPoint !== 'function') return false;
  let free = false;
  for (const el of win.document.elementsFromPoint(rect.right + GAP + width / 2, y)) {
    if (el.localName === HOST_TAG) continue;
    free = el.contains(anchor);
    break;
  }
  beside.set(anchor, { left, right, vw, width, free });
  return free;
}
const beside = new WeakMap<
  Element,
  { left: number; right: number; vw: number; width: number; free: boolean }
>();

function setHidden(el: HTMLElement, hidden: boolean) {
  if (el.classList.contains('vg-hidden') !== hidden) el.classList.toggle('vg-hidden', hidden);
}

function setPx(el: HTMLElement, prop: 'left' | 'top' | 'width', value: number) {
  const v = `${value}px`;
  if (el.style[prop] !== v) el.style[prop] = v;
}

/**
 * Badge widths, measured once per drawing: reading offsetWidth after the pass's visibility writes forced a
 * second layout on every pass (scrolling ran one a frame); a badge's width changes only when it is drawn again.
 */
const widths = new WeakMap<HTMLElement, number>();

/** Forgets a badge's width (call when its content is drawn again). */
export function forgetWidth(wrap: HTMLElement): void {
  widths.delete(wrap);
}

function widthOf(wrap: HTMLElement): number {
  let w = widths.get(wrap);
  if (w === undefined) {
    w = wrap.offsetWidth;
    if (w > 0) widths.set(wrap, w); // 0: not laid out yet, measure again next time
  }
  return w;
}

/**
 * Places a batch of badges (and their strips): one read phase and one write phase for the whole batch (a read
 * after the writes only for a badge drawn again while hidden, which has no width yet). `origin`: the element
 * their coordinates are relative to (the overlay host, at the document's origin); returns the units' viewport
 * rects.
 */
export function placeAll(items: readonly LayoutItem[], win: Window, origin: Element): readonly DOMRect[] {
  if (!items.length) return [];
  const o = origin.getBoundingClientRect();
  const rects = items.map((i) => i.anchor.getBoundingClientRect());
  const players = items.map((i) => (i.strip && i.player ? i.player.getBoundingClientRect() : null));
  const viewportWidth = win.document.documentElement.clientWidth || win.innerWidth;
  const shown: number[] = [];
  items.forEach((_, k) => {
    if (visible(rects[k]!, win)) shown.push(k);
  });
  // Widths with the other reads, while the layout is clean: a badge drawn since the last pass is laid out but
  // invisible (vg-new), so it is measured now, shown or not (cached). Measured after the writes below, each
  // pass that drew badges forced a second layout.
  const w = items.map((i) => widthOf(i.wrap));
  // Hit tests with the other reads too (the layout is clean): where a badge beside its unit is free.
  const free: boolean[] = [];
  for (const k of shown) free[k] = w[k]! > 0 && freeBeside(items[k]!.anchor, rects[k]!, w[k]!, win);
  let s = 0;
  items.forEach((item, k) => {
    const on = shown[s] === k;
    if (on) s++;
    setHidden(item.wrap, !on);
    if (item.wrap.classList.contains('vg-new')) item.wrap.classList.remove('vg-new');
    const p = players[k];
    if (!item.strip || !p) return;
    const stripOn = visible(p, win) && p.width >= 120;
    setHidden(item.strip, !stripOn);
    if (!stripOn) return;
    setPx(item.strip, 'left', Math.round(p.left - o.left + STRIP_INSET));
    setPx(item.strip, 'top', Math.round(p.top - o.top + STRIP_INSET));
    setPx(item.strip, 'width', Math.round(p.width - 2 * STRIP_INSET));
  });
  shown.forEach((k) => {
    // A badge drawn again while hidden has no width yet: measured now (a second layout, rare).
    const width = w[k] || widthOf(items[k]!.wrap);
    const { x, y } = badgePosition(rects[k]!, width, viewportWidth, free[k]);
    setPx(items[k]!.wrap, 'left', Math.round(x - o.left));
    setPx(items[k]!.wrap, 'top', Math.round(y - o.top));
  });
  return rects;
}

/** A scheduler that runs `pass` at most once per animation frame. */
export function createFrameScheduler(win: Window, pass: () => unknown): { schedule(): void; cancel(): void } {
  let frame = 0;
  return {
    schedule() {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        pass();
      });
    },
    cancel() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

// Positions badges and strips. Cheap by design: one rAF-batched pass on scroll/resize (scroll listened in the
// capture phase so inner scrolling feeds count) over the marks an IntersectionObserver reports near the
// viewport; the others stay hidden and cost nothing. floating-ui's autoUpdate runs only for the one open
// popover (overlay/marks.tsx).
import { computePosition, offset, shift } from '@floating-ui/dom';

export interface Placed {
  anchor: Element;
  wrap: HTMLElement;
}

export interface LayoutItem {
  badge: Placed;
  /** Player + strip container, placed inside the top of the player (video controls sit at the bottom). */
  strip?: Placed;
}

const MARGIN = 200; // px around the viewport where badges are still placed, so they are ready when scrolled in

function visible(rect: DOMRect, win: Window): boolean {
  return (
    rect.width + rect.height > 0 &&
    rect.bottom > -MARGIN &&
    rect.top < win.innerHeight + MARGIN &&
    rect.right > 0 &&
    rect.left < win.innerWidth
  );
}

export async function placeBadge(p: Placed, win: Window): Promise<void> {
  const rect = p.anchor.getBoundingClientRect();
  if (!visible(rect, win)) {
    p.wrap.classList.add('vg-hidden');
    return;
  }
  p.wrap.classList.remove('vg-hidden');
  const { x, y } = await computePosition(p.anchor, p.wrap, {
    strategy: 'fixed',
    placement: 'top-end',
    // Inside the unit's top-right corner (the negative offset pulls it down onto the unit): a badge above the
    // unit sat on the previous comment's line and read as belonging to it.
    // No hide(): it walks every clipping ancestor of the anchor on every pass. The overlay's
    // IntersectionObserver already says which anchors are visible (clipping included).
    middleware: [offset(({ rects }) => -rects.floating.height - 2), shift({ padding: 4 })],
  });
  p.wrap.style.left = `${Math.round(x)}px`;
  p.wrap.style.top = `${Math.round(y)}px`;
}

export function placeStrip(p: Placed, win: Window): void {
  const rect = p.anchor.getBoundingClientRect();
  if (!visible(rect, win) || rect.width < 120) {
    p.wrap.classList.add('vg-hidden');
    return;
  }
  p.wrap.classList.remove('vg-hidden');
  const inset = 8;
  p.wrap.style.left = `${Math.round(rect.left + inset)}px`;
  p.wrap.style.top = `${Math.round(Math.max(rect.top, 0) + inset)}px`;
  p.wrap.style.width = `${Math.round(rect.width - 2 * inset)}px`;
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

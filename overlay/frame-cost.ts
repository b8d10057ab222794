// The overlay's own main-thread time, for the bench (entrypoints/content/self-report.ts): its layout passes and
// intersection callbacks, with the page's own pending layout apart. A layout pass's first geometry read makes
// the browser lay the page out now, which it would do before painting this frame anyway: that part is the
// page's, not Vigie's.

export interface FrameCost {
  /** Main-thread time of the overlay's callbacks, ms. */
  frameMs: number;
  /** The longest of those callbacks, without the page's own layout, ms. */
  longestFrameMs: number;
  /** Of frameMs: the page's own pending layout that the layout passes' first geometry read flushed. */
  pageLayoutMs: number;
  longestPageLayoutMs: number;
}

export interface FrameTimer {
  readonly cost: Readonly<FrameCost>;
  /** Runs an overlay callback and adds its time to the cost. */
  timed(fn: () => void): void;
  /** Makes the browser lay the page out now (a pass that reads geometry does), timed as the page's. */
  flushLayout(): void;
}

export function createFrameTimer(win: Window, doc: Document): FrameTimer {
  const cost: FrameCost = { frameMs: 0, longestFrameMs: 0, pageLayoutMs: 0, longestPageLayoutMs: 0 };
  const clock = () => win.performance?.now?.() ?? Date.now();
  return {
    cost,
    timed(fn) {
      const t0 = clock();
      const flushed = cost.pageLayoutMs;
      try {
        fn();
      } finally {
        const spent = clock() - t0;
        cost.frameMs += spent;
        const own = spent - (cost.pageLayoutMs - flushed);
        if (own > cost.longestFrameMs) cost.longestFrameMs = own;
      }
    },
    flushLayout() {
      const t0 = clock();
      void doc.documentElement.getBoundingClientRect();
      const spent = clock() - t0;
      cost.pageLayoutMs += spent;
      if (spent > cost.longestPageLayoutMs) cost.longestPageLayoutMs = spent;
    },
  };
}

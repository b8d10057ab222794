// What the content script says about itself on the page's <html>: the mark count (data-vigie-marks) always, and,
// only on a page that carries data-vigie-bench (`npm run bench`), its own main-thread cost (data-vigie-stats) and
// the time of its latest new mark (data-vigie-marked-at). Never otherwise: a site's scripts could read them.
import type { Overlay } from '../../overlay/marks.tsx';

export interface ScannerStats {
  totalMs: number;
  longestSliceMs: number;
  longestStepMs?: number;
  slices: number;
  reported: number;
}

export interface SelfReport {
  /** Whether the page asked for the cost figures (data-vigie-bench). */
  readonly bench: boolean;
  /** The analysis client's own tasks: answers and mark slices (what runs in a scanner slice counts there). */
  readonly idle: { ms: number; longest: number };
  /**
   * Under the bench flag: where the analysis client's time goes: handing texts to the background and reading
   * its answers (handoffMs, in `messages` messages) vs drawing marks.
   */
  readonly split: { handoffMs: number; marksMs: number; messages: number };
  /** One-time costs before the first post: setting the overlay up. */
  readonly setup: { ms: number };
  /** The mark count changed (or may have): data-vigie-marks, and the latest new mark's time under the flag. */
  marks(count: number): void;
  /** Under the flag, the cost figures every 250 ms from now on (not on every drain: they would count their own
   * writing); they include the overlay's frame callbacks, which run after the drains. */
  start(): void;
  stop(): void;
}

export function createSelfReport(
  doc: Document,
  win: Window,
  parts: () => { scanner?: { readonly stats?: ScannerStats }; overlay?: Overlay },
): SelfReport {
  const bench = doc.documentElement?.hasAttribute('data-vigie-bench') ?? false;
  const idle = { ms: 0, longest: 0 };
  const split = { handoffMs: 0, marksMs: 0, messages: 0 };
  const setup = { ms: 0 };
  let lastCount = 0;
  let timer = 0;

  const stats = () => {
    const root = doc.documentElement;
    const { scanner, overlay } = parts();
    const st = scanner?.stats;
    const text = JSON.stringify({
      posts: st?.reported ?? 0,
      marks: lastCount,
      mainThreadMs: (st?.totalMs ?? 0) + idle.ms,
      longestSliceMs: Math.max(st?.longestSliceMs ?? 0, idle.longest, overlay?.cost.longestFrameMs ?? 0),
      // Which kind of task it was: a scanner slice (reading, then the analysis that fits), an analysis slice, an
      // overlay callback.
      longestBy: [st?.longestSliceMs ?? 0, idle.longest, overlay?.cost.longestFrameMs ?? 0],
      // Of a scanner slice: its longest single step (one post read, or one chunk of the shadow-root search).
      longestStepMs: st?.longestStepMs ?? 0,
      handoffMs: split.handoffMs,
      marksMs: split.marksMs,
      messages: split.messages,
      // Outside the slices: the overlay's layout passes and intersection callbacks, and the set-up.
      frameMs: overlay?.cost.frameMs ?? 0,
      pageLayoutMs: overlay?.cost.pageLayoutMs ?? 0,
      longestPageLayoutMs: overlay?.cost.longestPageLayoutMs ?? 0,
      setupMs: setup.ms,
      slices: st?.slices ?? 0,
    });
    if (root.dataset.vigieStats !== text) root.dataset.vigieStats = text;
  };

  return {
    bench,
    idle,
    split,
    setup,
    marks(count) {
      const root = doc.documentElement;
      const marks = String(count);
      if (root.dataset.vigieMarks !== marks) root.dataset.vigieMarks = marks;
      if (!bench) return;
      if (count > lastCount) root.dataset.vigieMarkedAt = String(win.performance.now());
      lastCount = count;
    },
    start() {
      if (!bench || timer) return;
      stats();
      timer = win.setInterval(stats, 250);
    },
    stop() {
      if (timer) win.clearInterval(timer);
      timer = 0;
    },
  };
}

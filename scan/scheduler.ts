// Runs work in idle slices so the page stays responsive: each slice gets a small time budget (default 8 ms,
// half a 60 Hz frame) and the work function stops between items once it is spent. requestIdleCallback with a
// short timeout, else setTimeout. Time and idle scheduling are injectable for tests.
//
// Why a short timeout (50 ms): Chromium starts an idle period only after a frame, and a page that has pending
// DOM changes but produces no frame (a background or headless tab, a busy app) never gets one: with a long
// timeout every slice waited that long, and a new post took 300 ms to be marked. A timed-out slice is still
// one short budgeted slice, so the page keeps at least ~85% of the main thread while Vigie has a backlog.

export interface IdleDeadlineLike {
  timeRemaining(): number;
  readonly didTimeout?: boolean;
}
export type RequestIdle = (cb: (deadline?: IdleDeadlineLike) => void, opts: { timeout: number }) => unknown;

export interface SlicerOptions {
  /**
   * Does work while `hasTime()` is true; returns true when work remains. A caller that has just read the
   * clock passes that time (`hasTime(t)`), which saves a clock read per item.
   */
  run(hasTime: (at?: number) => boolean): boolean;
  requestIdle?: RequestIdle;
  now?: () => number;
  budgetMs?: number;
  /** Longest wait for an idle period before the slice runs anyway (default 50 ms). */
  timeoutMs?: number;
}

export interface Slicer {
  /** Asks for a slice (no-op when one is already pending). */
  kick(): void;
  stop(): void;
  readonly pending: boolean;
}

/** Default longest wait for idle time, ms. */
export const IDLE_TIMEOUT_MS = 50;

/** performance.now, the object looked up once (a global lookup each call cost as much as the call itself in a
 * content script, which reads the clock several times per post). */
const perf = globalThis.performance;
export const perfNow = (): number => perf.now();

/** `g`'s requestIdleCallback (the content script passes its window), else a short timer. */
export function defaultRequestIdle(
  g: {
    requestIdleCallback?: (cb: (d: IdleDeadlineLike) => void, o: { timeout: number }) => unknown;
    setTimeout(fn: () => void, ms: number): unknown;
  } = globalThis,
): RequestIdle {
  if (typeof g.requestIdleCallback === 'function') return (cb, opts) => g.requestIdleCallback!(cb, opts);
  return (cb) => g.setTimeout(() => cb(undefined), 16);
}

export function createSlicer(opts: SlicerOptions): Slicer {
  const requestIdle = opts.requestIdle ?? defaultRequestIdle();
  const now = opts.now ?? perfNow;
  const budget = opts.budgetMs ?? 8;
  const timeout = opts.timeoutMs ?? IDLE_TIMEOUT_MS;
  let pending = false;
  let stopped = false;

  const slice = (deadline?: IdleDeadlineLike) => {
    pending = false;
    if (stopped) return;
    const start = now();
    // An idle period shorter than our budget is respected; a timed-out callback still gets the full budget.
    const idleLeft = deadline && !deadline.didTimeout ? deadline.timeRemaining() : budget;
    const limit = Math.max(1, Math.min(budget, idleLeft));
    const more = opts.run((at = now()) => at - start < limit);
    if (more) api.kick();
  };

  const api: Slicer = {
    kick() {
      if (pending || stopped) return;
      pending = true;
      requestIdle(slice, { timeout });
    },
    stop() {
      stopped = true;
    },
    get pending() {
      return pending;
    },
  };
  return api;
}

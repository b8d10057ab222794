// Analysed posts wait here to be drawn: as many as fit in the caller's time, the rest in idle slices of at most
// SLICE_MS, so an answer for hundreds of posts never holds the page's main thread for long.
import { createSlicer, defaultRequestIdle } from '../../scan/scheduler.ts';
import type { Entry } from './analysis-client.ts';

/** Longest stretch of drawing marks in one go, ms (the rest waits for idle time). */
export const SLICE_MS = 8;

export interface MarkQueueDeps {
  win: Window & typeof globalThis;
  /** The current entry of each post: an entry replaced since it was queued is not drawn. */
  posts: Map<string, Entry>;
  display(entry: Entry): void;
  /** After a run of displays: the overlay's mark count is published once. */
  drained(): void;
  log(where: string, error?: unknown): void;
  /** Adds a task's time to the main-thread figures (self-report.ts). */
  timed(t0: number): void;
  split: { marksMs: number };
  bench: boolean;
  clock(): number;
}

export interface MarkQueue {
  push(entry: Entry): void;
  /** Draws while `hasTime` (at least one), the rest in idle slices. */
  draw(hasTime: (at?: number) => boolean): void;
  clear(): void;
  stop(): void;
  /** Overlay changes during a run of displays are published once, at its end (not once per mark). */
  readonly draining: boolean;
}

export function createMarkQueue(deps: MarkQueueDeps): MarkQueue {
  const { clock } = deps;
  let waiting: Entry[] = [];
  let draining = false;

  /** Draws while there is time; true when some are left. */
  function drawSome(hasTime: (at?: number) => boolean): boolean {
    if (!waiting.length) return false;
    const t0 = clock();
    let i = 0;
    draining = true;
    try {
      while (i < waiting.length && (i === 0 || hasTime())) {
        const entry = waiting[i++]!;
        // A post replaced or gone since its answer came is not drawn.
        if (deps.posts.get(entry.post.key) === entry) deps.display(entry);
      }
    } finally {
      draining = false;
      waiting = waiting.slice(i);
      if (deps.bench) deps.split.marksMs += clock() - t0;
    }
    deps.drained();
    return waiting.length > 0;
  }

  const slicer = createSlicer({
    run: (hasTime) => {
      const t0 = clock();
      try {
        return drawSome(hasTime);
      } catch (error) {
        deps.log('marks', error);
        return false;
      } finally {
        deps.timed(t0);
      }
    },
    requestIdle: defaultRequestIdle(deps.win),
    now: clock,
    budgetMs: SLICE_MS,
  });

  return {
    push: (entry) => void waiting.push(entry),
    draw(hasTime) {
      if (drawSome(hasTime)) slicer.kick();
    },
    clear() {
      waiting = [];
    },
    stop: () => slicer.stop(),
    get draining() {
      return draining;
    },
  };
}

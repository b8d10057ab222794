// Posts wait here and are analysed in slices of at most SLICE_MS, so a page that delivers hundreds of posts at
// once (first scan, new rules) never holds the main thread for long. A long text (an article) is analysed a few
// hundred words at a time (engine analyzeSteps), between which the page runs: one slice never reads it whole.
import type { Finding, PostLink } from '../../engine/types.ts';
import type { PostUnit } from '../../sites/types.ts';
import { createSlicer, defaultRequestIdle } from '../../scan/scheduler.ts';

type Result = { findings: Finding[] };
type Input = { text: string; links?: PostLink[] };

export interface EngineLike {
  analyze(input: Input): Result;
  /** analyze() in steps (engine/analyze.ts); engines without it analyse long texts in one go. */
  analyzeSteps?(input: Input, opts?: object, stepTokens?: number): Iterator<void, Result, void>;
}

export interface Entry {
  post: PostUnit;
  findings: Finding[] | null;
  /** The engine generation that produced `findings` (a new snapshot makes them stale). */
  gen: number;
}

export interface QueueDeps {
  win: Window & typeof globalThis;
  /** Analysed posts by key, least recently seen first (the queue re-inserts each post it takes). */
  posts: Map<string, Entry>;
  engine(): EngineLike | undefined;
  /** The current engine's generation. */
  gen(): number;
  stopped(): boolean;
  display(entry: Entry): void;
  /** After each drain: the overlay's mark count is published once. */
  drained(): void;
  log(where: string, error?: unknown): void;
  /** Cost figures the bench reads (self-report.ts). */
  split: { analyzeMs: number; marksMs: number };
  idle: { ms: number; longest: number };
  bench: boolean;
}

/** Longest stretch of analysis in one go, ms (then the rest waits for idle time). */
export const SLICE_MS = 8;
/** Texts longer than this (characters) are analysed in steps. */
export const LONG_TEXT = 2000;
/** Words matched and read per step of a long text: ~2,500 characters, a few ms of a claim-dense text, warm. */
export const STEP_TOKENS = 400;
const MAX_CACHED_POSTS = 3000;

/**
 * A text with no letter and no digit (emoji-only and punctuation comments, common under videos) and no link
 * cannot give a finding: every rule needs a word or a number, source notes need a link. No engine run for it.
 */
const HAS_WORD = /[\p{L}\p{N}]/u;
function cannotMatch(post: PostUnit): boolean {
  return post.links.length === 0 && !HAS_WORD.test(post.text);
}

/** Same text and links: the engine would give the same findings (offsets are into the text). */
function sameInput(a: PostUnit, b: PostUnit): boolean {
  if (a.text !== b.text || a.links.length !== b.links.length) return false;
  for (let i = 0; i < a.links.length; i++)
    if (a.links[i]!.href !== b.links[i]!.href || a.links[i]!.text !== b.links[i]!.text) return false;
  return true;
}

export interface AnalysisQueue {
  add(posts: Iterable<PostUnit>): void;
  delete(key: string): void;
  clear(): void;
  /** Drains now within the caller's budget (default: one SLICE_MS), the rest in idle slices. */
  drain(hasTime?: (at?: number) => boolean): void;
  /** The rest in idle slices. */
  later(): void;
  stop(): void;
  /** Overlay changes during a drain are published once, at its end (not once per mark). */
  readonly draining: boolean;
}

export function createAnalysisQueue(deps: QueueDeps): AnalysisQueue {
  const { posts, split } = deps;
  // A Map: a post re-reported before its turn keeps its place and its newest version.
  const queue = new Map<string, PostUnit>();
  const perf = deps.win.performance;
  const clock = () => perf?.now?.() ?? Date.now();
  let draining = false;

  /**
   * What analysing a text is expected to cost (ms per character, a running average of the measured calls): a
   * slice starts a post only when it has time left for it, so one long or cold analysis does not push the
   * slice past a frame. Starts high (the engine's first calls run unoptimised code).
   */
  let msPerChar = 0.01;
  const expectedMs = (post: PostUnit) => 0.3 + msPerChar * Math.max(post.text.length, 40);
  const measured = (post: PostUnit, ms: number) => {
    msPerChar = 0.8 * msPerChar + (0.2 * ms) / Math.max(post.text.length, 40);
  };

  /** The long text being analysed, and what one of its steps is expected to cost (running average, ms). */
  let long: { entry: Entry; steps: Iterator<void, Result, void> } | undefined;
  let stepMs = 4;

  function analyze(engine: EngineLike, entry: Entry): void {
    if (cannotMatch(entry.post)) {
      entry.findings = [];
      return;
    }
    try {
      entry.findings = engine.analyze({ text: entry.post.text, links: entry.post.links }).findings;
    } catch (error) {
      entry.findings = [];
      deps.log('analyze', error);
    }
  }

  /**
   * Steps the long text on while there is time (`force`: one step even without). True when it is done (or
   * dropped: its post left the page, or a new engine came, which queues the post again).
   */
  function stepLong(hasTime: (at?: number) => boolean, force: boolean): boolean {
    while (long) {
      const { entry, steps } = long;
      if (posts.get(entry.post.key) !== entry || entry.gen !== deps.gen()) {
        long = undefined;
        return true;
      }
      const t0 = clock();
      if (!force && !hasTime(t0 + stepMs)) return false;
      force = false;
      let r: IteratorResult<void, Result>;
      try {
        r = steps.next();
      } catch (error) {
        deps.log('analyze', error);
        r = { done: true, value: { findings: [] } };
      }
      const t1 = clock();
      stepMs = 0.8 * stepMs + 0.2 * (t1 - t0);
      if (deps.bench) split.analyzeMs += t1 - t0;
      if (r.done) {
        long = undefined;
        entry.findings = r.value.findings;
        deps.display(entry);
        if (deps.bench) split.marksMs += clock() - t1;
      }
    }
    return true;
  }

  /**
   * Analyses and marks queued posts while there is time for the next one. `progress`: at least one post (or one
   * step of a long one) even without time (an idle slice of its own, so a busy page still progresses); a drain
   * inside the scanner's slice leaves a post it has no time for to the next idle slice.
   */
  const drainSome = (hasTime: (at?: number) => boolean, progress: boolean): boolean => {
    const engine = deps.engine();
    if (deps.stopped() || !engine) return false;
    let done = 0;
    draining = true;
    try {
      if (long) {
        if (!stepLong(hasTime, progress)) return true;
        done++;
      }
      for (const [key, post] of queue) {
        const t0 = clock();
        const old = posts.get(key);
        // A post re-rendered by the site (new nodes) with the same text and links keeps its findings: only
        // its mark is drawn again, over the new nodes (no analysis to make time for).
        const known = old?.findings && old.gen === deps.gen() && sameInput(old.post, post) ? old : undefined;
        const stepped = !known && post.text.length > LONG_TEXT && engine.analyzeSteps !== undefined;
        const cost = known ? 0 : stepped ? stepMs : expectedMs(post);
        if ((done > 0 || !progress) && !hasTime(t0 + cost)) break;
        queue.delete(key);
        posts.delete(key); // re-insert: the Map's order doubles as least-recently-seen
        if (known) {
          const entry: Entry = { post, findings: known.findings, gen: known.gen };
          posts.set(key, entry);
          deps.display(entry);
          done++;
          continue;
        }
        const entry: Entry = { post, findings: null, gen: deps.gen() };
        posts.set(key, entry);
        if (stepped) {
          long = {
            entry,
            steps: engine.analyzeSteps!({ text: post.text, links: post.links }, {}, STEP_TOKENS),
          };
          const finished = stepLong(hasTime, done === 0 && progress);
          done++;
          if (!finished) break;
          continue;
        }
        analyze(engine, entry);
        const t1 = clock();
        measured(post, t1 - t0);
        deps.display(entry);
        if (deps.bench) {
          split.analyzeMs += t1 - t0;
          split.marksMs += clock() - t1;
        }
        done++;
      }
    } finally {
      draining = false;
    }
    if (posts.size > MAX_CACHED_POSTS) {
      for (const [key, e] of posts) {
        if (posts.size <= MAX_CACHED_POSTS) break;
        if (!e.post.anchor.isConnected) posts.delete(key);
      }
    }
    deps.drained();
    return queue.size > 0 || long !== undefined;
  };

  /** A drain slice of its own (idle time): its cost is added to the published main-thread time. */
  const idleDrain = (hasTime: (at?: number) => boolean) => {
    const t0 = clock();
    try {
      if (drainSome(hasTime, true)) slicer.kick();
    } catch (error) {
      deps.log('analyze', error);
    } finally {
      const spent = clock() - t0;
      deps.idle.ms += spent;
      deps.idle.longest = Math.max(deps.idle.longest, spent);
    }
  };
  const slicer = createSlicer({
    run: (hasTime) => (idleDrain(hasTime), false),
    requestIdle: defaultRequestIdle(deps.win),
    now: clock,
    budgetMs: SLICE_MS,
  });

  return {
    add(batch) {
      for (const post of batch) queue.set(post.key, post);
    },
    delete: (key) => queue.delete(key),
    clear() {
      queue.clear();
      long = undefined;
    },
    drain(hasTime) {
      try {
        const t0 = clock();
        if (drainSome(hasTime ?? ((at = clock()) => at - t0 < SLICE_MS), hasTime === undefined))
          slicer.kick();
      } catch (error) {
        deps.log('analyze', error);
      }
    },
    later: () => slicer.kick(),
    stop: () => slicer.stop(),
    get draining() {
      return draining;
    },
  };
}

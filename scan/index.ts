// The page scanner used by the content script. Reads the DOM only.
//
//   MutationObserver (document + open shadow roots) --queues records--> idle slice (<= budget):
//     records -> dirty subtrees (the known post around a change, else a few levels up) -> one job each
//     huge batch, navigation or rescan() -> one full-page job instead
//     jobs yield posts one at a time (adapter.iteratePosts) and find new shadow roots in chunks, so a slice
//     stops between two posts once its budget is spent
//     posts -> seen (key + text + same nodes?) -> onPosts(new or changed), one call per slice
//     a subtree job that ends: known posts under its root that it no longer found -> onGone (their marks go: a post
//     whose key came from its text, edited, or a cell the site reused for another post)
//     a key already held by another post still on the page -> the newcomer gets `key#2` (as in one pass)
//
// An adapter or callback error is logged once and never thrown into the page.
import { failure, safeFindPosts } from '../sites/registry.ts';
import type { PostUnit, SiteAdapter } from '../sites/types.ts';
import { watchNavigation } from './navigation.ts';
import type { NavigationOptions } from './navigation.ts';
import { createWatcher, dirtyRoots, shadowRootsIn } from './observer.ts';
import { createSlicer, perfNow } from './scheduler.ts';
import type { RequestIdle } from './scheduler.ts';
import { createSeen } from './seen.ts';

export interface ScannerOptions {
  root: Document;
  adapter: SiteAdapter;
  /**
   * New or changed posts, in batches (one call per slice at most). Runs inside the slice: `hasTime` says
   * whether the slice's budget is left, so work done here (analysis, marks) keeps the whole slice short.
   */
  onPosts(posts: PostUnit[], hasTime: (at?: number) => boolean): void;
  /** Called after an in-app navigation, before the new page is scanned (the overlay clears its marks). */
  onNavigate?(url: string): void;
  /**
   * Keys of posts reported before that a completed re-read of their part of the page no longer found (the
   * text they were keyed by changed, the site reused their element for another post, or they are hidden).
   */
  onGone?(keys: string[]): void;
  now?: () => number;
  requestIdle?: RequestIdle;
  /** Time budget per slice, ms (default 8). */
  budgetMs?: number;
  /** More changed subtrees than this waiting at once: rescan the whole page instead (default 150). */
  hugeBatch?: number;
  /** Levels to climb from a change outside known posts (default 4). */
  climb?: number;
  /** Navigation signal; default: popstate + URL poll on root.defaultView. */
  navigation?: NavigationOptions;
  log?: (msg: string) => void;
  MutationObserver?: typeof MutationObserver;
}

export interface ScanStats {
  slices: number;
  fullScans: number;
  subtreeScans: number;
  reported: number;
  /** Longest slice seen, ms (one post's reading is the smallest step: a slice ends after the step that spends the budget). */
  longestSliceMs: number;
  /** Longest single step (one post read, or one chunk of the shadow-root search), ms. */
  longestStepMs: number;
  /** Main-thread time spent in all slices so far, ms (for the page benchmark). */
  totalMs: number;
}

export interface Scanner {
  /** Queues a full rescan (settings changed, packs updated). */
  rescan(): void;
  /** Tells the scanner the page navigated (when the caller has its own signal). */
  navigate(url?: string): void;
  /** Forgets a post so it is reported again on the next scan of it. */
  forget(key: string): void;
  stop(): void;
  readonly stats: ScanStats;
}

/** A unit of scanning work: yields posts, or null after a step that found none. */
type Job = Iterator<PostUnit | null>;
interface QueuedJob {
  root: Element | null; // null for a full-page job
  job: Job;
  /** Keys this job yielded; set when it failed (an adapter error), so nothing is taken for gone. */
  found: Set<string>;
  /** A full job's anchors read so far (fullJob). */
  read?: WeakSet<Element>;
  failed?: boolean;
}

/** Most posts remembered with their anchor (for gone posts and repeated keys), like the seen set. */
const MAX_KNOWN = 5000;

export function createScanner(opts: ScannerOptions): Scanner {
  const { root: doc, adapter } = opts;
  const now = opts.now ?? perfNow;
  const log = opts.log ?? ((m: string) => console.warn(m));
  const hugeBatch = opts.hugeBatch ?? 150;
  const climb = opts.climb ?? 4;
  const seen = createSeen();
  /** Key -> anchor of every post reported, least recently reported first. */
  const known = new Map<string, Element>();
  /** Anchor -> keys it was reported with (stale entries are told apart by `known`); its keys are every anchor
   * ever reported, which tells a change inside a known post (dirtyRoots). */
  const anchorKeys = new WeakMap<Element, string[]>();
  const stats: ScanStats = {
    slices: 0,
    fullScans: 0,
    subtreeScans: 0,
    reported: 0,
    longestSliceMs: 0,
    longestStepMs: 0,
    totalMs: 0,
  };
  let queue: QueuedJob[] = [];
  /** Containers too large to climb past (dirtyRoots), until the page is read afresh. */
  let large = new WeakSet<Element>();
  let current: QueuedJob | null = null;
  let stopped = false;
  let adapterFailed = false;
  let callbackFailed = false;

  const watcher = createWatcher(() => slicer.kick(), opts.MutationObserver);

  const once = (what: string, error: unknown) => log(failure(what, error));

  /**
   * Posts of one root, lazily when the adapter allows it. The adapter's iterator is stepped as it is, not
   * wrapped in a generator: a post read on a feed passed through four generators, each resumed per post.
   */
  const postsIn = (r: ParentNode): Iterable<PostUnit | null> =>
    // Keys are made unique by ownKey() as posts are taken, across passes (not per pass, like findPosts).
    adapter.iteratePosts ? adapter.iteratePosts(r) : safeFindPosts(adapter, r, log);

  /** Observes the open shadow roots below `r` and reads their posts (`over`: see shadowRootsIn). */
  function* shadowsOf(r: ParentNode, over?: (el: Element) => boolean): Generator<PostUnit | null> {
    for (const sr of shadowRootsIn(r, over)) {
      if (!sr) {
        yield null;
        continue;
      }
      watcher.observe(sr);
      yield* postsIn(sr);
      yield null; // pages with server-rendered shadow DOM have thousands of small roots (Reddit: ~1,500)
    }
  }

  /**
   * `read`: anchors of the posts this job has read. The shadow-root search passes over their subtrees (half the
   * elements of a feed): the text walker entered any shadow root there, and the scanner observes those (run).
   */
  const fullJob = (read: WeakSet<Element>): Job =>
    chain([
      () => {
        stats.fullScans++;
        return postsIn(doc);
      },
      () => shadowsOf(doc, (el) => read.has(el)),
    ]);

  const subtreeJob = (r: Element): Job =>
    chain([
      () => {
        if (!r.isConnected) return null;
        stats.subtreeScans++;
        return postsIn(r);
      },
      () => shadowsOf(r),
    ]);

  const job = (root: Element | null, j: Job): QueuedJob => ({ root, job: j, found: new Set() });

  const requestFull = () => {
    large = new WeakSet();
    const read = new WeakSet<Element>();
    queue = [{ ...job(null, fullJob(read)), read }];
    current = null;
  };

  /** Turns queued records into subtree jobs (cheap ancestor walks), or one full job when there are too many. */
  const takeRecords = () => {
    const records = watcher.take();
    if (!records.length || queue.some((q) => q.root === null)) return;
    for (const r of dirtyRoots(records, { isAnchor: (e) => anchorKeys.has(e), climb, large })) {
      if (queue.some((q) => q.root && (q.root === r || q.root.contains(r)))) continue;
      queue.push(job(r, subtreeJob(r)));
    }
    if (queue.length > hugeBatch) requestFull();
  };

  /** Next step of the current job; an adapter error ends that job only. */
  const step = (q: QueuedJob): IteratorResult<PostUnit | null> => {
    try {
      return q.job.next();
    } catch (error) {
      if (!adapterFailed) once(`the ${adapter.name} reader`, error);
      adapterFailed = true;
      q.failed = true;
      return { done: true, value: undefined };
    }
  };

  /**
   * Unique keys across passes: two posts with one key (same author and text, no permalink; one video twice)
   * are told apart by `#2`, `#3`... in the order they were first seen, and a post keeps the key it had (a pass
   * that meets the later copy first does not swap them, which would move their marks).
   */
  const ownKey = (u: PostUnit) => {
    const base = u.key;
    const ks = anchorKeys.get(u.anchor);
    if (ks)
      for (const k of ks)
        if (
          known.get(k) === u.anchor &&
          (k === base || (k.startsWith(base + '#') && /^#\d+$/.test(k.slice(base.length))))
        ) {
          u.key = k;
          return;
        }
    if (!taken(base, u.anchor)) return;
    let n = 2;
    while (taken(`${base}#${n}`, u.anchor)) n++;
    u.key = `${base}#${n}`;
  };
  /** True when another post still on the page holds `key`. */
  const taken = (key: string, anchor: Element) => {
    const a = known.get(key);
    return a !== undefined && a !== anchor && a.isConnected;
  };

  /**
   * Known posts under a finished subtree job's root that it did not find. It looks up the anchors among the
   * root's elements, or checks every known post against the root when that is fewer: a new post appended to
   * a feed costs its own few elements, not the whole feed's posts. Not after a full job: changes while one is
   * queued are left to it (takeRecords), so a post moved behind its cursor would be taken for gone;
   * posts removed from the page lose their marks in the overlay's own sweep.
   */
  const goneAfter = (q: QueuedJob): string[] => {
    if (q.failed || !q.root) return [];
    const gone: string[] = [];
    const check = (key: string, anchor: Element) => {
      if (!q.found.has(key) && known.get(key) === anchor) gone.push(key);
    };
    const root = q.root;
    // Most elements were never an anchor: no array or iterator made for them (a new feed item has ~45).
    const checkAnchor = (el: Element) => {
      const keys = anchorKeys.get(el);
      if (keys) for (const key of keys) check(key, el);
    };
    const els = root.getElementsByTagName('*');
    const n = els.length;
    if (n < known.size) {
      checkAnchor(root);
      for (let i = 0; i < n; i++) checkAnchor(els[i]!);
    } else for (const [key, anchor] of known) if (root.contains(anchor)) check(key, anchor);
    for (const key of gone) {
      known.delete(key);
      seen.forget(key);
    }
    return gone;
  };

  const deliver = (batch: PostUnit[], hasTime: (at?: number) => boolean) => {
    if (!batch.length) return;
    stats.reported += batch.length;
    try {
      opts.onPosts(batch, hasTime);
    } catch (error) {
      if (!callbackFailed) once('showing marks', error);
      callbackFailed = true;
    }
  };

  const run = (hasTime: (at?: number) => boolean): boolean => {
    const t0 = now();
    stats.slices++;
    takeRecords();
    const batch: PostUnit[] = [];
    const gone: string[] = [];
    let steps = 0;
    // One clock read per step: its end time starts the next step and answers hasTime.
    let s0 = t0;
    // At least one step per slice, so a page busier than every budget still makes progress.
    while (steps === 0 || hasTime(s0)) {
      current ??= queue.shift() ?? null;
      if (!current) break;
      steps++;
      const r = step(current);
      const s1 = now();
      const took = s1 - s0;
      s0 = s1;
      if (took > stats.longestStepMs) stats.longestStepMs = took;
      if (r.done) {
        for (const key of goneAfter(current)) gone.push(key);
        current = null;
        continue;
      }
      const u = r.value;
      if (!u) continue;
      // Shadow roots its text came from: a change there re-reads it (dirtyRoots climbs out to its anchor).
      for (const p of u.parts) if (p.shadows) for (const sr of p.shadows) watcher.observe(sr);
      ownKey(u);
      current.found.add(u.key);
      current.read?.add(u.anchor);
      known.delete(u.key);
      known.set(u.key, u.anchor);
      const ks = anchorKeys.get(u.anchor);
      if (!ks) anchorKeys.set(u.anchor, [u.key]);
      else if (!ks.includes(u.key)) ks.push(u.key);
      if (known.size > MAX_KNOWN) known.delete(known.keys().next().value!);
      if (seen.changed(u)) batch.push(u);
    }
    if (gone.length) {
      try {
        opts.onGone?.(gone.filter((k) => known.get(k) === undefined));
      } catch (error) {
        if (!callbackFailed) once('removing marks', error);
        callbackFailed = true;
      }
    }
    deliver(batch, hasTime);
    const spent = now() - t0;
    stats.totalMs += spent;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    return !stopped && (current !== null || queue.length > 0 || watcher.queued > 0);
  };

  const slicer = createSlicer({ run, requestIdle: opts.requestIdle, now, budgetMs: opts.budgetMs });

  const onNavigate = (url: string) => {
    if (stopped) return;
    try {
      opts.onNavigate?.(url);
    } catch (error) {
      once('the navigation handler', error);
    }
    seen.clear();
    known.clear();
    requestFull();
    slicer.kick();
  };

  watcher.observe(doc);
  const nav = opts.navigation ?? {};
  const stopNav = watchNavigation(onNavigate, {
    ...nav,
    win: nav.win === undefined ? doc.defaultView : nav.win,
  });
  requestFull();
  slicer.kick();

  return {
    rescan() {
      requestFull();
      slicer.kick();
    },
    navigate(url) {
      onNavigate(url ?? doc.location?.href ?? '');
    },
    forget: (key) => seen.forget(key),
    stop() {
      stopped = true;
      slicer.stop();
      watcher.disconnect();
      stopNav();
      queue = [];
      current = null;
    },
    stats,
  };
}

/**
 * A job made of several iterators taken in turn, each made when the one before it ends (a factory returning
 * null ends the whole job). What `function* () { yield* a(); yield* b(); }` does, without a generator resumed
 * around every post.
 */
function chain(parts: (() => Iterable<PostUnit | null> | null)[]): Job {
  let i = 0;
  let cur: Iterator<PostUnit | null> | null = null;
  const done: IteratorResult<PostUnit | null> = { done: true, value: undefined };
  return {
    next() {
      for (;;) {
        if (!cur) {
          if (i >= parts.length) return done;
          const part = parts[i++]!();
          if (!part) {
            i = parts.length;
            return done;
          }
          cur = part[Symbol.iterator]();
        }
        const r = cur.next();
        if (!r.done) return r;
        cur = null;
      }
    },
  };
}

// The page scanner used by the content script. Reads the DOM only.
//
//   MutationObserver (document + open shadow roots) --queues records--> idle slice (<= budget):
//     records -> dirty subtrees (the known post around a change, else a few levels up)
//     huge batch or navigation -> one full rescan instead
//     adapter.findPosts(subtree) -> units -> seen (key + text hash + same nodes?) -> onPosts(new or changed)
//
// Everything after the observer callback runs in idle slices (scan/scheduler.ts); an adapter or callback error
// is logged once and never thrown into the page.
import { safeFindPosts } from '../sites/index.ts';
import type { PostUnit, SiteAdapter } from '../sites/types.ts';
import { watchNavigation } from './navigation.ts';
import type { NavigationOptions } from './navigation.ts';
import { createWatcher, dirtyRoots, findShadowRoots } from './observer.ts';
import type { ScanRoot } from './observer.ts';
import { createSlicer } from './scheduler.ts';
import type { RequestIdle } from './scheduler.ts';
import { createSeen } from './seen.ts';

export interface ScannerOptions {
  root: Document;
  adapter: SiteAdapter;
  /** New or changed posts, in batches (one call per slice at most). */
  onPosts(posts: PostUnit[]): void;
  /** Called after an in-app navigation, before the new page is scanned (the overlay clears its marks). */
  onNavigate?(url: string): void;
  now?: () => number;
  requestIdle?: RequestIdle;
  /** Time budget per slice, ms (default 8). */
  budgetMs?: number;
  /** More changed subtrees than this in one batch: rescan the whole page instead (default 150). */
  hugeBatch?: number;
  /** Levels to climb from a change outside known posts (default 4). */
  climb?: number;
  /** Navigation signal; default: popstate + URL poll on root.defaultView. */
  navigation?: Omit<NavigationOptions, 'win'> & { win?: NavigationOptions['win'] };
  log?: (msg: string) => void;
  MutationObserver?: typeof MutationObserver;
}

export interface ScanStats {
  slices: number;
  fullScans: number;
  subtreeScans: number;
  reported: number;
  /** Longest slice seen, ms (a full rescan of a very large page is one adapter call and may exceed the budget). */
  longestSliceMs: number;
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

export function createScanner(opts: ScannerOptions): Scanner {
  const { root: doc, adapter } = opts;
  const now = opts.now ?? (() => performance.now());
  const log = opts.log ?? ((m: string) => console.warn(m));
  const hugeBatch = opts.hugeBatch ?? 150;
  const climb = opts.climb ?? 4;
  const seen = createSeen();
  const anchors = new WeakSet<Element>();
  const stats: ScanStats = { slices: 0, fullScans: 0, subtreeScans: 0, reported: 0, longestSliceMs: 0 };
  let full = true; // the first slice reads the whole page
  let dirty: Element[] = [];
  let found: PostUnit[] = [];
  let stopped = false;
  let callbackFailed = false;

  const watcher = createWatcher(() => slicer.kick(), opts.MutationObserver);

  const observeShadows = (r: ParentNode) => {
    for (const sr of findShadowRoots(r)) watcher.observe(sr);
  };

  const read = (r: ParentNode) => {
    for (const u of safeFindPosts(adapter, r, log)) found.push(u);
  };

  const deliver = (batch: PostUnit[]) => {
    if (!batch.length) return;
    stats.reported += batch.length;
    try {
      opts.onPosts(batch);
    } catch (error) {
      if (!callbackFailed)
        log(`Vigie: showing marks failed (${error instanceof Error ? error.message : String(error)}).`);
      callbackFailed = true;
    }
  };

  const run = (hasTime: () => boolean): boolean => {
    const t0 = now();
    stats.slices++;
    // 1. Turn queued records into subtrees (cheap: ancestor walks), or decide on a full rescan.
    const records = watcher.take();
    if (records.length && !full) {
      const roots = dirtyRoots(records, { isAnchor: (e) => anchors.has(e), climb });
      for (const r of roots) if (!dirty.some((d) => d === r || d.contains(r))) dirty.push(r);
      if (dirty.length > hugeBatch) full = true;
    }
    // 2. Read posts: the whole page (every observed root) or subtrees one by one while time remains.
    if (full) {
      full = false;
      dirty = [];
      stats.fullScans++;
      observeShadows(doc);
      for (const r of watcher.roots()) read(r as ScanRoot);
    }
    while (dirty.length && hasTime()) {
      const r = dirty.shift()!;
      if (!r.isConnected) continue;
      stats.subtreeScans++;
      observeShadows(r);
      read(r);
    }
    // 3. Keep only new or changed posts.
    const batch: PostUnit[] = [];
    while (found.length && (hasTime() || batch.length === 0)) {
      const u = found.shift()!;
      anchors.add(u.anchor);
      if (seen.changed(u)) batch.push(u);
    }
    deliver(batch);
    stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - t0);
    return !stopped && (full || dirty.length > 0 || found.length > 0 || watcher.queued > 0);
  };

  const slicer = createSlicer({ run, requestIdle: opts.requestIdle, now, budgetMs: opts.budgetMs });

  const onNavigate = (url: string) => {
    if (stopped) return;
    try {
      opts.onNavigate?.(url);
    } catch (error) {
      log(`Vigie: navigation handler failed (${error instanceof Error ? error.message : String(error)}).`);
    }
    seen.clear();
    found = [];
    full = true;
    slicer.kick();
  };

  watcher.observe(doc);
  const nav = opts.navigation ?? {};
  const stopNav = watchNavigation(onNavigate, {
    ...nav,
    win: nav.win === undefined ? doc.defaultView : nav.win,
  });
  slicer.kick();

  return {
    rescan() {
      full = true;
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
    },
    stats,
  };
}

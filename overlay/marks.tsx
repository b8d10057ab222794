// The overlay controller: one mark per flagged text unit (badge + highlights + optional video strip), one
// popover at a time. Flow: content script -> setMarks(target, shownFindings) -> the mark is recorded (counts,
// popup list) -> when its unit comes within ten screens of the viewport (IntersectionObserver), its badge
// and strip are drawn into per-mark containers inside the single shadow root and its spans highlighted -> a
// layout pass places them in viewport coordinates. Drawing every mark at once cost ~0.1 ms a mark: on a
// 500-post feed that was most of the overlay's time, for badges nobody had scrolled to yet.
import type { Finding, Lang } from '../engine/types.ts';
import type { Mode } from '../common/settings.ts';
import { badgeClick, mountBadge } from '../components/Badge.tsx';
import { mountStrip, stripClick } from '../components/VideoStrip.tsx';
import { dropSourceNoteBesideNegative, isNegative, orderFindings } from '../components/finding-view.ts';
import { createHost, type OverlayHost } from './host.ts';
import { createHighlighter, highlightName, type Highlighter } from './highlights.ts';
import { createFrameScheduler, forgetWidth, placeAll, type LayoutItem } from './layout.ts';
import { createPopoverControl, safeRanges } from './popover-control.tsx';
import { createFrameTimer, type FrameCost } from './frame-cost.ts';
import type { ActionHandler, MarkSummary, MarkTarget } from './types.ts';

export interface OverlayEnv {
  doc: Document;
  win: Window & typeof globalThis;
  getLang(): Lang;
  getMode(): Mode;
  onAction: ActionHandler;
  /** Called after marks change (the content script publishes counts for tests, the popup, the bench). */
  onChange?(count: number): void;
}

interface Mark {
  target: MarkTarget;
  findings: Finding[];
  /** The badge's container; absent until the unit first comes near the viewport. */
  wrap?: HTMLDivElement;
  strip?: { wrap: HTMLDivElement; collapsed: boolean };
}

/**
 * Units within this margin of the viewport get their badge drawn: ten screens above and below, so a fast
 * fling lands on badges already drawn. Some 10-40 marks on a feed, ~0.1 ms each, against hundreds when every
 * mark was drawn.
 */
const NEAR_MARGIN = '1000% 0px';
/**
 * Spans are highlighted within one screen above or below the viewport only (as a share of its height): every
 * range in the registry costs Chromium paint work on each frame (~20 ms a frame with 600 ranges on the
 * 500-post feed, ~1 ms with a screen's worth). Decided in the layout pass, from the rects it reads anyway.
 */
const LIT_SCREENS = 1;

export interface Overlay {
  setMarks(target: MarkTarget, findings: readonly Finding[]): void;
  remove(key: string): void;
  clear(): void;
  /** Re-render every mark (language or mode changed). */
  refresh(): void;
  /** Main-thread time of the overlay's own callbacks (layout passes, intersection): for the bench. */
  readonly cost: Readonly<FrameCost>;
  keys(): string[];
  has(key: string): boolean;
  count(): number;
  summary(): MarkSummary[];
  open(key: string): boolean;
  close(returnFocus: boolean): void;
  scrollTo(key: string): boolean;
  readonly highlighter: Highlighter;
  readonly host: OverlayHost;
  destroy(): void;
}

/** The caption finding that earns a strip on the player: never comments, never the neutral source note. */
function stripFinding(target: MarkTarget, findings: Finding[]): Finding | undefined {
  if (!target.player) return undefined;
  return findings.find((f) => isNegative(f) && target.partKindAt(f.start) === 'caption');
}

export function createOverlay(env: OverlayEnv): Overlay {
  const { doc, win } = env;
  const host = createHost(doc);
  const highlighter = createHighlighter(win);
  const marks = new Map<string, Mark>();
  const popwrap = doc.createElement('div');
  popwrap.className = 'vg-popwrap vg-hidden';
  host.layer.append(popwrap);
  // One click listener for every badge and strip (a listener each cost more than drawing them).
  const onLayerClick = (e: Event) => {
    badgeClick(e);
    stripClick(e);
  };
  host.layer.addEventListener('click', onLayerClick);

  const { cost, timed, flushLayout } = createFrameTimer(win, doc);

  const layoutPass = (): void => {
    const items: LayoutItem[] = [];
    const keys: string[] = [];
    // Near units only (all of them without IntersectionObserver): the others are hidden and cost nothing.
    for (const key of near ?? marks.keys()) {
      const m = marks.get(key);
      if (!m) continue;
      // The site re-rendered the unit away: drop its mark; the scanner reports it again if it comes back.
      if (!m.target.anchor.isConnected) {
        remove(key);
        continue;
      }
      if (!m.wrap) continue;
      keys.push(key);
      items.push({
        anchor: m.target.anchor,
        wrap: m.wrap,
        player: m.target.player,
        ...(m.strip ? { strip: m.strip.wrap } : {}),
      });
    }
    // Only a pass with badges to place reads geometry (and so makes the browser lay the page out now).
    if (items.length) flushLayout();
    const rects = placeAll(items, win, host.host);
    popover.place();
    if (lit) {
      const h = win.innerHeight;
      rects.forEach((r, k) => {
        const key = keys[k]!;
        const on = r.bottom > -LIT_SCREENS * h && r.top < (1 + LIT_SCREENS) * h;
        if (on === lit.has(key)) return;
        if (on) lit.add(key);
        else lit.delete(key);
        applyHighlights(key, marks.get(key)!);
      });
    }
    // Far marks whose unit left the page: checked a few at a time, so a long feed costs nothing per frame.
    sweepGone();
  };
  let sweep: Iterator<string> | undefined;
  const SWEEP = 32;
  const sweepGone = () => {
    if (!near) return;
    for (let i = 0; i < SWEEP; i++) {
      sweep ??= marks.keys();
      const r = sweep.next();
      if (r.done) {
        sweep = undefined;
        return;
      }
      const m = marks.get(r.value);
      if (m && !m.target.anchor.isConnected) remove(r.value);
    }
  };
  const scheduler = createFrameScheduler(win, () => timed(layoutPass));
  const onViewport = () => scheduler.schedule();
  // Units that grow or shrink without a scroll ("see more", images loading above) move their badges too.
  const resizes = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(onViewport) : undefined;
  // Which units are within ten screens of the viewport (`near`): only they have a drawn badge and a place
  // in layout passes; within one screen (`lit`) their spans are highlighted. Without the API every mark is
  // drawn, highlighted and placed (placeAll still hides the ones out of view).
  const keyOf = new WeakMap<Element, string>();
  const near: Set<string> | undefined =
    typeof win.IntersectionObserver === 'function' ? new Set() : undefined;
  /** Near units whose spans are highlighted (set by the layout pass). */
  const lit = near ? new Set<string>() : undefined;
  const onIntersect = (entries: IntersectionObserverEntry[]) => {
    let fresh: HTMLElement[] = [];
    for (const e of entries) {
      const key = keyOf.get(e.target);
      if (key === undefined) continue;
      const m = marks.get(key);
      if (!m || m.target.anchor !== e.target) continue;
      if (e.isIntersecting) {
        if (near!.has(key)) continue;
        near!.add(key);
        resizes?.observe(m.target.anchor);
        fresh = draw(key, m, fresh);
      } else if (near!.delete(key)) {
        resizes?.unobserve(m.target.anchor);
        if (lit!.delete(key)) highlighter.remove(key);
        m.wrap?.classList.add('vg-hidden');
        m.strip?.wrap.classList.add('vg-hidden');
      }
    }
    insert(fresh);
    scheduler.schedule();
  };
  const intersections = near
    ? new win.IntersectionObserver((entries) => timed(() => onIntersect(entries)), {
        rootMargin: NEAR_MARGIN,
      })
    : undefined;
  const watch = (anchor: Element, key: string) => {
    keyOf.set(anchor, key);
    if (intersections) intersections.observe(anchor);
    else resizes?.observe(anchor);
  };
  const unwatch = (anchor: Element, key: string) => {
    resizes?.unobserve(anchor);
    intersections?.unobserve(anchor);
    near?.delete(key);
    lit?.delete(key);
  };
  /** Whether a mark is drawn now (near the viewport, or always without IntersectionObserver). */
  const isNear = (key: string) => !near || near.has(key);
  /** Containers made detached are inserted in one go: inserting each into the live shadow tree cost a style
   * invalidation per element. */
  const insert = (fresh: HTMLElement[]) => {
    for (const w of fresh) host.layer.insertBefore(w, popwrap);
  };
  win.addEventListener('scroll', onViewport, { capture: true, passive: true });
  win.addEventListener('resize', onViewport, { passive: true });

  const popover = createPopoverControl({
    env,
    wrap: popwrap,
    highlighter,
    resizes,
    mark: (key) => marks.get(key),
    redraw(key) {
      const m = marks.get(key);
      if (!m) return;
      renderBadge(key, m);
      renderStrip(key, m);
    },
  });

  const changed = () => {
    env.onChange?.(marks.size);
    scheduler.schedule();
  };

  /** Draws (or updates) a mark's badge and strip; new containers are pushed to `fresh` for insert(). */
  function draw(key: string, m: Mark, fresh: HTMLElement[]): HTMLElement[] {
    if (!m.wrap) {
      m.wrap = doc.createElement('div');
      // Laid out but invisible until its first layout pass, which measures it with the other reads (layout.ts).
      m.wrap.className = 'vg-mark vg-hidden vg-new';
      fresh.push(m.wrap);
    }
    const wantsStrip = Boolean(stripFinding(m.target, m.findings));
    if (wantsStrip && !m.strip) {
      const wrap = doc.createElement('div');
      wrap.className = 'vg-stripwrap vg-hidden';
      fresh.push(wrap);
      m.strip = { wrap, collapsed: false };
    } else if (!wantsStrip && m.strip) {
      m.strip.wrap.remove();
      m.strip = undefined;
    }
    renderBadge(key, m);
    renderStrip(key, m);
    return fresh;
  }

  function renderBadge(key: string, m: Mark) {
    if (!m.wrap) return;
    forgetWidth(m.wrap);
    const first = m.findings[0]!;
    mountBadge(m.wrap, {
      category: first.category,
      severity: first.severity,
      more: m.findings.length - 1,
      expanded: popover.isOpen(key, 'badge'),
      mode: env.getMode(),
      lang: env.getLang(),
      onOpen: (btn) => popover.toggle(key, btn, 'badge'),
    });
  }

  function renderStrip(key: string, m: Mark) {
    if (!m.strip) return;
    const f = stripFinding(m.target, m.findings);
    if (!f || f.category === 'cites-verified-source') return;
    const strip = m.strip;
    mountStrip(strip.wrap, {
      category: f.category,
      lang: env.getLang(),
      collapsed: strip.collapsed,
      expanded: popover.isOpen(key, 'strip'),
      onOpen: (btn) => popover.toggle(key, btn, 'strip'),
      onToggle: () => {
        strip.collapsed = !strip.collapsed;
        renderStrip(key, m);
        scheduler.schedule();
      },
    });
  }

  /**
   * Highlights only for units near the viewport (all of them without IntersectionObserver): every range in
   * the registry costs Chromium paint work on each frame (~20 ms a frame with 600 ranges on the 500-post
   * feed, against ~1 ms with the near ones only), and off-screen ranges paint nothing anyway.
   */
  function applyHighlights(key: string, m: Mark) {
    if (!highlighter.supported) return;
    if (lit && !lit.has(key)) {
      highlighter.remove(key);
      return;
    }
    highlighter.set(
      key,
      m.findings.map((f) => ({
        name: highlightName(f.category, f.severity),
        ranges: safeRanges(m.target, f),
      })),
    );
  }

  function remove(key: string) {
    const m = marks.get(key);
    if (!m) return;
    if (popover.isOpen(key)) popover.close(false);
    m.wrap?.remove();
    m.strip?.wrap.remove();
    highlighter.remove(key);
    unwatch(m.target.anchor, key);
    marks.delete(key);
    changed();
  }

  function setMarks(target: MarkTarget, input: readonly Finding[]) {
    const findings = orderFindings(dropSourceNoteBesideNegative(input));
    if (findings.length === 0) return remove(target.key);
    let m = marks.get(target.key);
    if (!m) {
      m = { target, findings };
      marks.set(target.key, m);
      watch(target.anchor, target.key);
    } else {
      if (m.target.anchor !== target.anchor) {
        unwatch(m.target.anchor, target.key);
        highlighter.remove(target.key);
        m.wrap?.classList.add('vg-hidden');
        m.strip?.wrap.classList.add('vg-hidden');
        watch(target.anchor, target.key);
      }
      m.target = target;
      m.findings = findings;
    }
    // A unit far from the viewport is only recorded: the intersection callback draws it when it comes near.
    if (isNear(target.key)) {
      insert(draw(target.key, m, []));
      applyHighlights(target.key, m);
    }
    popover.refresh(target.key);
    changed();
  }

  /** Draws a mark now, wherever its unit is (popup list, keyboard open). */
  function drawNow(key: string, m: Mark) {
    if (near && !near.has(key)) {
      near.add(key);
      resizes?.observe(m.target.anchor);
    }
    lit?.add(key);
    if (!m.wrap) insert(draw(key, m, []));
    applyHighlights(key, m);
  }

  return {
    setMarks,
    remove,
    clear() {
      for (const key of [...marks.keys()]) remove(key);
    },
    refresh() {
      for (const [key, m] of marks) {
        renderBadge(key, m);
        renderStrip(key, m);
      }
      popover.refresh();
    },
    cost,
    keys: () => [...marks.keys()],
    has: (key) => marks.has(key),
    count: () => marks.size,
    summary: () =>
      [...marks.entries()].map(([key, m]) => ({
        key,
        category: m.findings[0]!.category,
        severity: m.findings[0]!.severity,
        ruleId: m.findings[0]!.ruleId,
        excerpt: m.findings[0]!.excerpt,
        count: m.findings.length,
      })),
    open(key) {
      const m = marks.get(key);
      if (!m) return false;
      drawNow(key, m);
      const btn = m.wrap?.querySelector('button');
      if (!btn) return false;
      popover.open(key, btn, 'badge');
      return true;
    },
    close: (returnFocus) => popover.close(returnFocus),
    scrollTo(key) {
      const m = marks.get(key);
      if (!m) return false;
      // An instant jump (feeds are long: smooth scrolling there is slow and ignores reduced motion), then a
      // layout pass so the badge is placed and visible, then focus it (a hidden button cannot take focus).
      m.target.anchor.scrollIntoView({ block: 'center', behavior: 'auto' });
      drawNow(key, m); // do not wait for the intersection callback to place and focus it
      layoutPass();
      m.wrap?.querySelector('button')?.focus({ preventScroll: true });
      return true;
    },
    highlighter,
    host,
    destroy() {
      popover.destroy();
      for (const key of [...marks.keys()]) remove(key);
      scheduler.cancel();
      resizes?.disconnect();
      intersections?.disconnect();
      win.removeEventListener('scroll', onViewport, { capture: true });
      win.removeEventListener('resize', onViewport);
      highlighter.destroy();
      host.layer.removeEventListener('click', onLayerClick);
      host.destroy();
    },
  };
}

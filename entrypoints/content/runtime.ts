// The content script's runtime, with every browser and module dependency passed in so it runs under tests.
//
//   storage.local (settings, feedback, the snapshot's hash) --read + onChanged--> state
//   scanner (sites adapter, idle slices) --onPosts--> analysis-client --message--> background engine
//   --findings--> selectForDisplay --> overlay marks
//   overlay action --> local feedback updated at once --> message to the background (which stores it and
//   writes storage, which comes back through onChanged)
//   popup --tabs.sendMessage--> summary / scroll to a mark
//
// Never throws into the page: every entry point is wrapped and each distinct error is logged once.
import type { Finding, Lang } from '../../engine/types.ts';
import {
  DEFAULT_SETTINGS,
  EMPTY_FEEDBACK,
  STORAGE_KEYS,
  type FeedbackState,
  type Settings,
  type StoredSnapshot,
} from '../../common/settings.ts';
import type { MessageType, Payload, Reply, Responses } from '../../messaging/protocol.ts';
import type { PostUnit, SiteAdapter } from '../../sites/types.ts';
import { locateInUnit, unitSpanToRanges } from '../../sites/text-walker.ts';
import { resolveUiLang } from '../../i18n/index.ts';
import { createOverlay, type Overlay } from '../../overlay/marks.tsx';
import { feedbackKey, selectForDisplay, type DisplaySettings } from '../../overlay/filter.ts';
import { isTabMessage, type TabSummary } from '../../overlay/tab-messages.ts';
import type { MarkTarget } from '../../overlay/types.ts';
import type { MarkAction } from '../../components/Popover.tsx';
import { createSelfReport, type ScannerStats } from './self-report.ts';
import { defaultRequestIdle, IDLE_TIMEOUT_MS } from '../../scan/scheduler.ts';
import { createAnalysisClient, type AskAnalysis, type Entry } from './analysis-client.ts';

export interface ScannerLike {
  start?(): void;
  stop?(): void;
  readonly stats?: ScannerStats;
}
export interface ScannerOptions {
  root: Document;
  adapter: SiteAdapter;
  /** `hasTime`: whether the scanner's slice has budget left for the work done here. */
  onPosts(posts: PostUnit[], hasTime?: (at?: number) => boolean): void;
  /** In-app navigation: the old page's marks go before the new page is scanned. */
  onNavigate?(url: string): void;
  /** Posts no longer found where they were: their marks go. */
  onGone?(keys: string[]): void;
}
type Send = <K extends MessageType>(type: K, payload: Payload<K>) => Promise<Reply<Responses[K]>>;

export interface ContentDeps {
  doc: Document;
  win: Window & typeof globalThis;
  adapter: SiteAdapter;
  readStorage(keys: string[]): Promise<Record<string, unknown>>;
  /** Returns an unsubscribe function. */
  onStorageChange(cb: (changes: Record<string, { newValue?: unknown }>) => void): () => void;
  onTabMessage(cb: (message: unknown) => Promise<unknown> | undefined): () => void;
  send: Send;
  /** 'analyze' to the background's engine (messaging/analysis-port.ts). */
  ask: AskAnalysis;
  createScanner(options: ScannerOptions): ScannerLike;
  /** engine/visibility.ts isShown when available. */
  isShown?: (f: Finding, s: DisplaySettings) => boolean;
  log?: (message: string, error?: unknown) => void;
}

export interface ContentRuntime {
  ready: Promise<void>;
  stop(): void;
  /** For tests: the overlay, once created. */
  overlay(): Overlay | undefined;
}

export function startContent(deps: ContentDeps): ContentRuntime {
  const { doc, win, adapter } = deps;
  const host = win.location.host;
  const logged = new Set<string>();
  const log = (where: string, error?: unknown) => {
    const text = `${where}: ${error instanceof Error ? error.message : String(error ?? '')}`;
    if (logged.has(text)) return;
    logged.add(text);
    (deps.log ?? ((m, e) => console.warn('[Vigie]', m, e ?? '')))(where, error);
  };
  const guard =
    <A extends unknown[]>(where: string, fn: (...args: A) => void) =>
    (...args: A) => {
      try {
        fn(...args);
      } catch (error) {
        log(where, error);
      }
    };

  let settings: Settings = { ...DEFAULT_SETTINGS };
  let feedback: FeedbackState = { ...EMPTY_FEEDBACK };
  let overlay: Overlay | undefined;
  let scanner: ScannerLike | undefined;
  let stopped = false;
  const posts = new Map<string, Entry>();

  const isActive = () => settings.sites[adapter.id] !== false && !feedback.pausedHosts.includes(host);
  // The UI language, worked out once per settings value (every badge asks; navigator.languages is a fresh
  // array on each read) and again when the browser's languages change.
  let langMemo: { ui: Settings['uiLang']; lang: Lang } | undefined;
  const lang = (): Lang => {
    if (!langMemo || langMemo.ui !== settings.uiLang)
      langMemo = { ui: settings.uiLang, lang: resolveUiLang(settings.uiLang, win.navigator) };
    return langMemo.lang;
  };
  const onLanguageChange = () => (langMemo = undefined);
  win.addEventListener?.('languagechange', onLanguageChange);
  const report = createSelfReport(doc, win, () => ({ scanner, overlay }));
  const { idle, split, setup } = report;
  const publish = (count: number) => report.marks(count);

  /** The video strip is for short-video players only (TikTok, Shorts, reels), like the platforms' own banners. */
  const stripSite = () =>
    adapter.id === 'tiktok' ||
    adapter.id === 'instagram' ||
    (adapter.id === 'youtube' && win.location.pathname.startsWith('/shorts'));

  function targetOf(post: PostUnit): MarkTarget {
    return {
      key: post.key,
      anchor: post.anchor,
      player: stripSite() ? (post.player ?? null) : null,
      partKindAt: (offset) => {
        const at = locateInUnit(post, offset);
        return at ? post.parts[at.part]?.kind : undefined;
      },
      rangesFor: (start, end) => unitSpanToRanges(post, start, end, doc),
    };
  }

  function display(entry: Entry) {
    if (!overlay || !entry.findings) return;
    // Most posts have no finding and no mark to take away: nothing to select or draw.
    if (entry.findings.length === 0 && !overlay.has(entry.post.key)) return;
    const shown = selectForDisplay(entry.post.key, entry.findings, settings, feedback, deps.isShown);
    overlay.setMarks(targetOf(entry.post), shown);
  }

  function ensureOverlay(): Overlay {
    overlay ??= createOverlay({
      doc,
      win,
      getLang: lang,
      getMode: () => settings.mode,
      onAction: (action, f, key) =>
        void act(action, f, key).catch((error: unknown) => log(`action ${action}`, error)),
      onChange: (count) => {
        if (!analysis.draining) publish(count);
      },
    });
    return overlay;
  }

  const perf = win.performance;
  const clock = () => perf?.now?.() ?? Date.now();
  const analysis = createAnalysisClient({
    win,
    posts,
    ask: deps.ask,
    stopped: () => stopped,
    display,
    drained: () => publish(overlay?.count() ?? 0),
    log,
    split,
    idle,
    bench: report.bench,
  });

  const onPosts = guard('scan', (batch: PostUnit[], hasTime?: (at?: number) => boolean) => {
    if (stopped) return;
    // Sent at once; posts whose text is known are marked again inside the scanner's slice while it has time.
    analysis.add(batch, hasTime);
  });

  /** Posts the scanner no longer finds where they were (edited text keyed anew, a reused cell): marks go. */
  const onGone = guard('scan', (keys: string[]) => {
    for (const key of keys) {
      posts.delete(key);
      analysis.delete(key);
      overlay?.remove(key);
    }
    publish(overlay?.count() ?? 0);
  });

  const onNavigate = guard('navigate', () => {
    overlay?.clear();
    posts.clear();
    analysis.clear();
    publish(0);
  });

  function activate() {
    if (stopped || scanner || !analysis.hash || !isActive()) return;
    ensureOverlay();
    scanner = deps.createScanner({ root: doc, adapter, onPosts, onNavigate, onGone });
    scanner.start?.();
  }

  function deactivate() {
    scanner?.stop?.();
    scanner = undefined;
    overlay?.clear();
    posts.clear();
    analysis.clear();
    publish(0);
  }

  function redisplayAll() {
    for (const [key, e] of posts) {
      if (!e.post.anchor.isConnected) {
        posts.delete(key);
        overlay?.remove(key);
      } else display(e);
    }
    publish(overlay?.count() ?? 0);
  }

  /**
   * The overlay's first-time cost (shadow root, styles) in an idle task of its own before the scanner starts,
   * not inside the slice that marks the first post.
   */
  function warmUp(): Promise<void> {
    return new Promise<void>((done) => {
      defaultRequestIdle(win)(
        () => {
          const t0 = clock();
          if (!stopped && isActive()) guard('warm-up', ensureOverlay)();
          setup.ms += clock() - t0;
          done();
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
    });
  }

  function applyState() {
    if (!isActive()) deactivate();
    else {
      overlay?.refresh();
      redisplayAll();
      activate();
    }
  }

  /** Rule ids of the findings a post's mark shows now (`fallback` first, and alone when unknown). */
  function shownRuleIds(postKey: string, fallback: string): string[] {
    const e = posts.get(postKey);
    const shown = e?.findings ? selectForDisplay(postKey, e.findings, settings, feedback, deps.isShown) : [];
    return [fallback, ...new Set(shown.map((x) => x.ruleId).filter((id) => id !== fallback))];
  }

  async function act(action: MarkAction, f: Finding, postKey: string) {
    // The page changes at once; the background's storage write confirms it through onChanged.
    const fk = feedbackKey(postKey, f.ruleId);
    // "Hide this mark" hides the badge: every finding it shows (two rules on the same words make one badge),
    // not only the one on show in the popover.
    const hidden = action === 'hide-mark' ? shownRuleIds(postKey, f.ruleId) : [f.ruleId];
    if (action === 'hide-mark' || action === 'report-wrong') {
      const keys = hidden
        .map((id) => feedbackKey(postKey, id))
        .filter((k) => k === fk || !feedback.dismissed.includes(k));
      feedback = { ...feedback, dismissed: [...feedback.dismissed, ...keys] };
    } else if (action === 'hide-rule') {
      feedback = { ...feedback, hiddenRules: [...feedback.hiddenRules, f.ruleId] };
    } else {
      feedback = { ...feedback, pausedHosts: [...feedback.pausedHosts, host] };
    }
    applyState();
    if (action === 'hide-mark') {
      for (const ruleId of hidden) {
        const r = await deps.send('feedback:dismiss', { postKey, ruleId, host });
        if (!r.ok) log(`action ${action}`, r.error);
      }
      return;
    }
    const reply =
      action === 'report-wrong'
        ? await deps.send('feedback:report-wrong', {
            postKey,
            ruleId: f.ruleId,
            host,
            excerpt: f.excerpt.slice(0, 500),
          })
        : action === 'hide-rule'
          ? await deps.send('feedback:hide-rule', { ruleId: f.ruleId })
          : await deps.send('site:pause', { host });
    if (!reply.ok) log(`action ${action}`, reply.error);
  }

  const unStorage = deps.onStorageChange(
    guard('storage', (changes) => {
      if (stopped) return;
      const s = changes[STORAGE_KEYS.settings];
      if (s) settings = { ...DEFAULT_SETTINGS, ...(s.newValue as Partial<Settings> | undefined) };
      const fb = changes[STORAGE_KEYS.feedback];
      if (fb) feedback = { ...EMPTY_FEEDBACK, ...(fb.newValue as Partial<FeedbackState> | undefined) };
      if (s || fb) applyState();
      // New rules: what is on the page now is analysed again, no reload.
      const snap = changes[STORAGE_KEYS.snapshot]?.newValue as Partial<StoredSnapshot> | undefined;
      if (typeof snap?.hash === 'string') analysis.setHash(snap.hash);
    }),
  );

  const unTab = deps.onTabMessage((message) => {
    if (stopped || !isTabMessage(message)) return undefined;
    try {
      if (message.type === 'vigie:tab:summary') {
        const summary: TabSummary = {
          site: adapter.id,
          host,
          active: isActive(),
          engineReady: Boolean(analysis.hash),
          marks: overlay?.summary() ?? [],
        };
        return Promise.resolve(summary);
      }
      return Promise.resolve(overlay?.scrollTo(message.key) ?? false);
    } catch (error) {
      log('popup message', error);
      return Promise.resolve(null);
    }
  });

  const ready = (async () => {
    try {
      const stored = await deps.readStorage([STORAGE_KEYS.settings, STORAGE_KEYS.feedback]);
      if (stopped) return;
      settings = { ...DEFAULT_SETTINGS, ...(stored[STORAGE_KEYS.settings] as Partial<Settings> | undefined) };
      feedback = {
        ...EMPTY_FEEDBACK,
        ...(stored[STORAGE_KEYS.feedback] as Partial<FeedbackState> | undefined),
      };
      // The scanner starts once the background's engine answers: after the overlay's set-up when it answers
      // the first time, else whenever a later try succeeds.
      let firstTry = true;
      const answered = await analysis.connect(guard('start', () => firstTry || activate()));
      firstTry = false;
      if (answered) await warmUp();
      activate();
      publish(overlay?.count() ?? 0);
      if (!stopped) report.start();
    } catch (error) {
      log('start', error);
    }
  })();

  return {
    ready,
    overlay: () => overlay,
    stop() {
      stopped = true;
      report.stop();
      win.removeEventListener?.('languagechange', onLanguageChange);
      unStorage();
      unTab();
      scanner?.stop?.();
      analysis.stop();
      overlay?.destroy();
      overlay = undefined;
    },
  };
}

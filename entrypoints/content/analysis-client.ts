// The content script's side of analysis: posts the scanner read are sent to the background's engine
// ('analyze', background/analysis.ts) in batches, and their findings come back to be marked. The engine never
// runs on the page's main thread; what does is handing texts over (the browser copies the message) and reading
// the answer (one JSON text, messaging/analysis-wire.ts), both measured, and drawing the marks (mark-queue.ts).
//
//   add(posts) -> known text? marks again : queue -> send (<= MAX_IN_FLIGHT batches at a time)
//   answer -> findings per post -> mark-queue (drawn in slices)
//   no answer -> the batch again later;  refused -> halves at once, down to single posts (MAX_TRIES tries each)
import type { Finding } from '../../engine/types.ts';
import type { PostUnit } from '../../sites/types.ts';
import { analyzeItem, decodeAnswer, findingOf, type RuleInfo } from '../../messaging/analysis-wire.ts';
import type { Payload, Reply } from '../../messaging/protocol.ts';
import type { AskReply } from '../../messaging/analysis-port.ts';
import { createMarkQueue, SLICE_MS } from './mark-queue.ts';

export interface Entry {
  post: PostUnit;
  findings: Finding[] | null;
  /** The snapshot hash `findings` come from (a new snapshot makes them stale). */
  gen: string;
}

export type AskAnalysis = (payload: Payload<'analyze'>) => Promise<AskReply>;

export interface ClientDeps {
  win: Window & typeof globalThis;
  /** Analysed posts by key, least recently seen first (each answer re-inserts its posts). */
  posts: Map<string, Entry>;
  ask: AskAnalysis;
  stopped(): boolean;
  display(entry: Entry): void;
  /** After a run of displays: the overlay's mark count is published once. */
  drained(): void;
  log(where: string, error?: unknown): void;
  /** Cost figures the bench reads (self-report.ts): handing over and reading answers vs drawing marks. */
  split: { handoffMs: number; marksMs: number; messages: number };
  /** Tasks of the client's own (answers, display slices): their time is main-thread time too. */
  idle: { ms: number; longest: number };
  bench: boolean;
}

/**
 * Batches on their way to the background at once. One: posts read while it is away wait and leave together
 * with the answer, and each message costs the page a fixed ~0.2-1 ms (measured in Chromium here), whatever
 * its size.
 */
const MAX_IN_FLIGHT = 1;
/** Texts and characters per batch (a longer single text goes alone). */
const MAX_ITEMS = 400;
const MAX_CHARS = 256_000;
const MAX_CACHED_POSTS = 3000;
/** Waits before trying the background again after a failure, ms: doubled each time up to the last. */
const RETRY_MS = [1000, 2000, 4000, 8000, 16000, 30000];
const MAX_TRIES = 3;

/**
 * A text with no letter and no digit (emoji-only and punctuation comments, common under videos) and no link
 * cannot give a finding: every rule needs a word or a number, source notes need a link. Not sent.
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

export interface AnalysisClient {
  /**
   * Asks the background which rules are on and calls `onReady` once it answers. Resolves after the first try
   * (false: it failed, and later tries go on in the background until one succeeds).
   */
  connect(onReady: () => void): Promise<boolean>;
  /** Queues posts and sends what it can now; marks known texts again within `hasTime` (else in idle slices). */
  add(posts: Iterable<PostUnit>, hasTime?: (at?: number) => boolean): void;
  /** New rules were announced (storage): every post on the page is analysed again. */
  setHash(hash: string): void;
  delete(key: string): void;
  clear(): void;
  stop(): void;
  /** The snapshot the current findings come from ('' before the background first answered). */
  readonly hash: string;
  /** Overlay changes during a run of displays are published once, at its end (not once per mark). */
  readonly draining: boolean;
}

export function createAnalysisClient(deps: ClientDeps): AnalysisClient {
  const { posts, split } = deps;
  const perf = deps.win.performance;
  const clock = () => perf?.now?.() ?? Date.now();
  /** Posts waiting to be sent, in order; a post re-reported before its turn keeps its place, newest version. */
  const queue = new Map<string, PostUnit>();
  /** The newest version of each post queued or on its way: an answer for an older one is dropped. */
  const wanted = new Map<string, PostUnit>();
  /** Failed tries of posts whose batches failed (a post that fails MAX_TRIES times is left unmarked). */
  const tries = new Map<string, number>();
  let hash = '';
  const pastHashes = new Set<string>();
  /** Fixed parts of the rules seen under `hash`. */
  const rules = new Map<string, RuleInfo>();
  let inFlight = 0;
  /** Texts per batch now: MAX_ITEMS, or less while a refused batch is split to find the post it refused. */
  let limit: number = MAX_ITEMS;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let connectTimer: ReturnType<typeof setTimeout> | undefined;
  /** The old snapshot the latest stale answer came from. */
  let lastStale = '';

  const timed = (t0: number) => {
    const spent = clock() - t0;
    deps.idle.ms += spent;
    deps.idle.longest = Math.max(deps.idle.longest, spent);
  };

  const marks = createMarkQueue({ ...deps, timed, clock });

  function settle(post: PostUnit, findings: Finding[]): void {
    const entry: Entry = { post, findings, gen: hash };
    posts.delete(post.key); // re-insert: the Map's order doubles as least-recently-seen
    posts.set(post.key, entry);
    marks.push(entry);
  }

  function prune(): void {
    if (posts.size <= MAX_CACHED_POSTS) return;
    for (const [key, e] of posts) {
      if (posts.size <= MAX_CACHED_POSTS) break;
      if (!e.post.anchor.isConnected) posts.delete(key);
    }
  }

  /** The snapshot changed: findings of the old one are stale, every post on the page goes again. */
  function adopt(next: string): void {
    if (next === hash) return;
    if (hash) pastHashes.add(hash);
    // A hash names the rules' content: a rollback brings an older one back, current again.
    pastHashes.delete(next);
    hash = next;
    rules.clear();
    for (const [key, e] of posts) {
      if (!e.post.anchor.isConnected) posts.delete(key);
      else if (cannotMatch(e.post)) e.gen = next;
      else if (!wanted.has(key)) {
        queue.set(key, e.post);
        wanted.set(key, e.post);
      }
    }
  }

  function retryLater(): void {
    if (retryTimer !== undefined || deps.stopped()) return;
    const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
    failures++;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      pump();
    }, wait);
  }

  function answered(batch: PostUnit[], reply: AskReply): void {
    const t0 = clock();
    try {
      if (deps.stopped()) return;
      if (!reply.ok && 'unreachable' in reply) {
        // Nobody answered: the same batch again later (the next message wakes the background).
        deps.log('analyze', new Error(reply.error));
        requeue(batch);
        retryLater();
        return;
      }
      if (!reply.ok) throw new Error(reply.error);
      const answer = decodeAnswer(reply.value);
      if (pastHashes.has(answer.hash)) {
        // Rules changed while this batch was away: it goes again with the new ones, after a pause if the
        // background is still on the old ones (it loads the new ones before it announces them).
        requeue(batch);
        if (answer.hash === lastStale) retryLater();
        lastStale = answer.hash;
        return;
      }
      lastStale = '';
      adopt(answer.hash);
      for (const id in answer.rules) rules.set(id, answer.rules[id]!);
      batch.forEach((post, i) => {
        if (wanted.get(post.key) !== post) return; // re-read or gone meanwhile
        wanted.delete(post.key);
        tries.delete(post.key);
        const found: Finding[] = [];
        for (const w of answer.findings[i] ?? []) {
          const f = findingOf(w, rules.get(w[0]), post.text);
          if (f) found.push(f);
        }
        settle(post, found);
      });
      failures = 0;
      limit = MAX_ITEMS;
      if (deps.bench) split.handoffMs += clock() - t0;
      prune();
      const t1 = clock();
      marks.draw((at = clock()) => at - t1 < SLICE_MS);
    } catch (error) {
      // The background answered with a refusal (or an answer that does not read): some post of the batch may be
      // one it cannot take. Halves go next, at once, down to single posts, which get MAX_TRIES tries each.
      deps.log('analyze', error);
      if (batch.length > 1) {
        limit = Math.ceil(batch.length / 2);
        requeue(batch);
      } else if (requeue(batch, true)) retryLater();
    } finally {
      inFlight--;
      if (!deps.stopped()) {
        pump();
        timed(t0);
      }
    }
  }

  /**
   * A batch's posts go back to the front of the queue, unless a newer version is already waiting. `failed`: a
   * try more for each; one that has had MAX_TRIES is left unmarked. True when some post went back.
   */
  function requeue(batch: PostUnit[], failed = false): boolean {
    const rest = [...queue];
    queue.clear();
    let back = false;
    for (const post of batch) {
      if (wanted.get(post.key) !== post) continue;
      const n = failed ? (tries.get(post.key) ?? 0) + 1 : 0;
      if (n < MAX_TRIES) {
        if (failed) tries.set(post.key, n);
        queue.set(post.key, post);
        back = true;
        continue;
      }
      // A post every batch it was in failed with: left unmarked, so it cannot hold back the posts after it.
      tries.delete(post.key);
      wanted.delete(post.key);
      deps.log('analyze', new Error(`a post could not be checked after ${MAX_TRIES} tries`));
      settle(post, []);
    }
    for (const [key, post] of rest) if (!queue.has(key)) queue.set(key, post);
    return back;
  }

  /** Sends batches while fewer than MAX_IN_FLIGHT are away. */
  function pump(): void {
    if (!hash || retryTimer !== undefined) return;
    while (queue.size && inFlight < MAX_IN_FLIGHT && !deps.stopped()) {
      const t0 = clock();
      const batch: PostUnit[] = [];
      let chars = 0;
      for (const [key, post] of queue) {
        if (batch.length && (batch.length >= limit || chars + post.text.length > MAX_CHARS)) break;
        queue.delete(key);
        batch.push(post);
        chars += post.text.length;
      }
      inFlight++;
      const items = batch.map((p) => analyzeItem(p.text, p.links));
      let sent: Promise<AskReply>;
      try {
        // The browser copies the message here, on this thread: part of the hand-over's measured cost.
        sent = deps.ask({ hash, known: [...rules.keys()], items });
      } catch (error) {
        sent = Promise.resolve({ ok: false, error: String(error), unreachable: true });
      }
      if (deps.bench) {
        split.handoffMs += clock() - t0;
        split.messages++;
      }
      void sent.then(
        (reply) => answered(batch, reply),
        (error: unknown) => answered(batch, { ok: false, error: String(error), unreachable: true }),
      );
    }
  }

  return {
    connect(onReady) {
      const attempt = async (): Promise<boolean> => {
        const reply = await deps
          .ask({ hash: '', known: [], items: [] })
          .catch((error: unknown): Reply<string> => ({ ok: false, error: String(error) }));
        if (deps.stopped()) return false;
        try {
          if (!reply.ok) throw new Error(reply.error);
          adopt(decodeAnswer(reply.value).hash);
          failures = 0;
          onReady();
          pump();
          return true;
        } catch (error) {
          deps.log('rules', error);
        }
        const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
        connectTimer = setTimeout(() => void attempt(), wait);
        return false;
      };
      return attempt();
    },
    add(batch, hasTime) {
      for (const post of batch) {
        const old = posts.get(post.key);
        // A post re-rendered by the site (new nodes) with the same text and links keeps its findings: only its
        // mark is drawn again, over the new nodes.
        if (old?.findings && old.gen === hash && hash && sameInput(old.post, post) && !wanted.has(post.key))
          settle(post, old.findings);
        else if (cannotMatch(post)) {
          wanted.delete(post.key);
          queue.delete(post.key);
          settle(post, []);
        } else {
          queue.set(post.key, post);
          wanted.set(post.key, post);
        }
      }
      pump();
      const t0 = clock();
      marks.draw(hasTime ?? ((at = clock()) => at - t0 < SLICE_MS));
    },
    setHash(next) {
      if (!hash || next === hash) return;
      adopt(next);
      pump();
    },
    delete(key) {
      queue.delete(key);
      wanted.delete(key);
    },
    clear() {
      queue.clear();
      wanted.clear();
      tries.clear();
      marks.clear();
    },
    stop() {
      marks.stop();
      clearTimeout(retryTimer);
      clearTimeout(connectTimer);
      retryTimer = undefined;
    },
    get hash() {
      return hash;
    },
    get draining() {
      return marks.draining;
    },
  };
}

// @vitest-environment happy-dom
// The content runtime end to end with fakes for storage, the scanner, and the background (an engine per
// snapshot hash, answering 'analyze' in the real wire format).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startContent, type ContentDeps, type ContentRuntime } from '../../entrypoints/content/runtime.ts';
import { STORAGE_KEYS, DEFAULT_SETTINGS } from '../../common/settings.ts';
import type { PostUnit, SiteAdapter } from '../../sites/types.ts';
import { partFromElement } from '../../sites/text-walker.ts';
import { HOST_TAG } from '../../overlay/host.ts';
import type { Finding } from '../../engine/types.ts';
import { encodeAnswer } from '../../messaging/analysis-wire.ts';
import type { Payload } from '../../messaging/protocol.ts';
import type { AskReply } from '../../messaging/analysis-port.ts';
import { finding } from './components-fixtures.ts';
import { installIntersection } from './fake-intersection.ts';

const adapter: SiteAdapter = {
  id: 'test',
  name: 'Test',
  hosts: ['localhost'],
  detect: () => true,
  findPosts: () => [],
};

function post(key: string, text: string): PostUnit {
  const el = document.createElement('p');
  el.textContent = text;
  document.body.append(el);
  const part = partFromElement('caption', el);
  return {
    key,
    site: 'test',
    kind: 'video',
    parts: [part],
    text: part.text,
    partStart: [0],
    links: [],
    anchor: el,
  };
}

type Analyzer = { analyze(input: { text: string }): { findings: Finding[] } };

/** A fake engine: flags the word "cure" with a finding whose rule id is the snapshot's hash. */
function fakeEngine(hash: string): Analyzer {
  return {
    analyze({ text }) {
      const i = text.indexOf('cure');
      return { findings: i < 0 ? [] : [finding({ ruleId: hash, start: i, end: i + 4, excerpt: 'cure' })] };
    },
  };
}

/** The background: rules of snapshot `state.hash`; the first `state.fail` messages get no answer; texts asked are logged. */
function fakeBackground(engineFor: (hash: string) => Analyzer) {
  const state = { hash: 'r', fail: 0, asked: [] as string[][] };
  const send = vi.fn(async (type: string, payload?: unknown): Promise<AskReply> => {
    if (type !== 'analyze') return { ok: true as const, value: {} as never };
    if (state.fail > 0) {
      state.fail--;
      return { ok: false as const, error: 'the background is restarting', unreachable: true as const };
    }
    const req = payload as Payload<'analyze'>;
    const engine = engineFor(state.hash);
    if (req.items.length) state.asked.push(req.items.map((i) => i.text));
    const known = new Set(req.hash === state.hash ? req.known : []);
    const results = req.items.map((i) => engine.analyze(i).findings);
    return { ok: true as const, value: encodeAnswer(state.hash, results, known) };
  });
  return { state, send };
}

function setup(
  store: Record<string, unknown> = {},
  engineFor: (hash: string) => Analyzer = fakeEngine,
  onScanner?: (o: Parameters<ContentDeps['createScanner']>[0]) => void,
) {
  const listeners: ((c: Record<string, { newValue?: unknown }>) => void)[] = [];
  let onPosts: ((p: PostUnit[], hasTime?: (at?: number) => boolean) => void) | undefined;
  const bg = fakeBackground(engineFor);
  const deps: ContentDeps = {
    doc: document,
    win: window as Window & typeof globalThis,
    adapter,
    readStorage: async () => store,
    onStorageChange: (cb) => {
      listeners.push(cb);
      return () => undefined;
    },
    onTabMessage: () => () => undefined,
    send: bg.send as unknown as ContentDeps['send'],
    ask: (payload) => bg.send('analyze', payload) as ReturnType<ContentDeps['ask']>,
    createScanner: (o) => {
      onPosts = o.onPosts;
      onScanner?.(o);
      return { start() {}, stop() {} };
    },
  };
  const rt = startContent(deps);
  return {
    rt,
    send: bg.send,
    background: bg.state,
    posts: (p: PostUnit[], hasTime?: (at?: number) => boolean) => onPosts!(p, hasTime),
    change: (c: Record<string, { newValue?: unknown }>) => listeners.forEach((l) => l(c)),
    /** A new snapshot in the background, announced through storage as the real one does. */
    newRules(hash: string) {
      bg.state.hash = hash;
      listeners.forEach((l) => l({ [STORAGE_KEYS.snapshot]: { newValue: { version: 1, hash, data: '' } } }));
    },
  };
}

let rt: ContentRuntime | undefined;
// Units on screen: every mark is drawn at once (overlay-marks.test.tsx covers far units).
const io = installIntersection();
afterAll(() => io.restore());
afterEach(() => {
  rt?.stop();
  document.body.replaceChildren();
  delete document.documentElement.dataset.vigieMarks;
});

/** Runs `fn` with fake setTimeout/clearTimeout (the client's retry waits), real timers again after. */
async function withFakeTimers(fn: () => Promise<void>): Promise<void> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    await fn();
  } finally {
    vi.useRealTimers();
  }
}

/** Lets the background's answers arrive (and the idle slices they start run). */
const answers = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const marks = () => document.documentElement.dataset.vigieMarks;

describe('content runtime', () => {
  it('marks flagged posts, publishes the count, and reacts to new rules without reload', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'lemon cure works'), post('b', 'nothing here')]);
    await answers();
    expect(marks()).toBe('1');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    const shown = s.rt.overlay()!.summary()[0]!;
    expect(shown.ruleId).toBe('r');
    s.newRules('r2');
    await answers();
    expect(s.rt.overlay()!.summary()[0]!.ruleId).toBe('r2');
  });

  it('hides a mark at once and tells the background (report-wrong keeps it hidden)', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure')]);
    await answers();
    const shadow = document.querySelector(HOST_TAG)!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('.vg-badge')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-action="report-wrong"]')!.click();
    expect(marks()).toBe('0');
    await Promise.resolve();
    expect(s.send).toHaveBeenCalledWith(
      'feedback:report-wrong',
      expect.objectContaining({ postKey: 'a', ruleId: 'r', excerpt: 'cure' }),
    );
  });

  it('sends again only changed text, and never a text without words or links', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure'), post('e', '😂😂 !!')]);
    await answers();
    expect(s.background.asked).toEqual([['a cure']]);
    // The site re-renders post a (new nodes, same text): its mark is drawn again without asking.
    s.posts([post('a', 'a cure')]);
    await answers();
    expect(s.background.asked).toHaveLength(1);
    expect(marks()).toBe('1');
    s.posts([post('a', 'a cure, edited')]);
    await answers();
    expect(s.background.asked.at(-1)).toEqual(['a cure, edited']);
    // New rules: everything is analysed again.
    s.newRules('r2');
    await answers();
    expect(s.background.asked.at(-1)).toEqual(['a cure, edited']);
    expect(s.rt.overlay()!.summary()[0]!.ruleId).toBe('r2');
  });

  it('removes the marks of posts the scanner reports gone, also while their answer is on its way', async () => {
    let gone: ((keys: string[]) => void) | undefined;
    const s = setup({}, fakeEngine, (o) => (gone = o.onGone));
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure'), post('b', 'another cure')]);
    await answers();
    expect(marks()).toBe('2');
    gone!(['a']);
    expect(marks()).toBe('1');
    expect(s.rt.overlay()!.keys()).toEqual(['b']);
    s.posts([post('c', 'a third cure')]);
    gone!(['c']);
    await answers();
    expect(s.rt.overlay()!.keys()).toEqual(['b']);
  });

  it('"hide this mark" hides every finding the badge shows', async () => {
    const two = (): Analyzer => ({
      analyze: ({ text }) => ({
        findings: text.includes('cure')
          ? [finding({ ruleId: 'r1', start: 0, end: 4 }), finding({ ruleId: 'r2', start: 0, end: 4 })]
          : [],
      }),
    });
    const s = setup({}, two);
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'cure all')]);
    await answers();
    expect(marks()).toBe('1');
    const shadow = document.querySelector(HOST_TAG)!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('.vg-badge')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-action="hide-mark"]')!.click();
    expect(marks()).toBe('0');
    await answers();
    const dismissed = s.send.mock.calls.filter((c) => (c as unknown[])[0] === 'feedback:dismiss');
    expect(dismissed.map((c) => ((c as unknown[])[1] as { ruleId: string }).ruleId).sort()).toEqual([
      'r1',
      'r2',
    ]);
  });

  it('stops marking when the site is paused and follows feedback from storage', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure')]);
    await answers();
    expect(marks()).toBe('1');
    s.change({
      [STORAGE_KEYS.feedback]: { newValue: { dismissed: [], hiddenRules: ['r'], pausedHosts: [] } },
    });
    expect(marks()).toBe('0');
    s.change({ [STORAGE_KEYS.settings]: { newValue: { ...DEFAULT_SETTINGS, sites: { test: false } } } });
    expect(marks()).toBe('0');
  });

  it('sends a large page in batches, one on its way at a time, and marks every post', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    s.posts(Array.from({ length: 450 }, (_, i) => post(`p${i}`, `cure number ${i}`)));
    // One batch leaves at once; the next waits for its answer.
    expect(s.background.asked.map((b) => b.length)).toEqual([400]);
    await vi.waitFor(() => expect(marks()).toBe('450'), { timeout: 10_000 });
    expect(s.background.asked.map((b) => b.length)).toEqual([400, 50]);
    // Rule parts travel once: the later batches name the rule as known.
    const calls = s.send.mock.calls.filter((c) => (c as unknown[])[0] === 'analyze');
    expect(((calls.at(-1) as unknown[])[1] as Payload<'analyze'>).known).toEqual(['r']);
  });

  it('follows a rollback to rules it saw before', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure')]);
    await answers();
    s.newRules('r2');
    await answers();
    expect(s.rt.overlay()!.summary()[0]!.ruleId).toBe('r2');
    s.newRules('r');
    await answers();
    expect(s.rt.overlay()!.summary()[0]!.ruleId).toBe('r');
  });

  it('asks again after a failed answer and loses no post', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    await withFakeTimers(async () => {
      s.background.fail = 1;
      s.posts([post('a', 'a cure'), post('b', 'b cure')]);
      await vi.advanceTimersByTimeAsync(0);
      expect(marks()).toBe('0');
      await vi.advanceTimersByTimeAsync(1500);
      expect(marks()).toBe('2');
    });
  });

  it('leaves unmarked a post that every try fails with, and marks the posts after it', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    await withFakeTimers(async () => {
      // The background refuses any batch holding the poison post (as it would a malformed one).
      const answer = s.send.getMockImplementation()!;
      s.send.mockImplementation(async (type: string, payload?: unknown) =>
        type === 'analyze' && (payload as Payload<'analyze'>).items.some((i) => i.text.includes('poison'))
          ? { ok: false as const, error: 'The message "analyze" is malformed at "items.0.text".' }
          : answer(type, payload),
      );
      s.posts([post('p', 'poison cure'), post('a', 'a cure'), post('b', 'b cure')]);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(marks()).toBe('2');
      expect(s.rt.overlay()!.keys().sort()).toEqual(['a', 'b']);
    });
  });

  it('drops an answer made with older rules and asks again with the new ones', async () => {
    const s = setup();
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure')]);
    // The announcement of new rules arrives while the first answer (old rules) is on its way.
    s.change({ [STORAGE_KEYS.snapshot]: { newValue: { version: 1, hash: 'r2', data: '' } } });
    await answers();
    expect(marks()).toBe('0');
    // Still old rules on a second try: the next waits a moment instead of asking in a loop.
    await answers();
    const tries = s.background.asked.length;
    expect(tries).toBeLessThanOrEqual(3);
    s.background.hash = 'r2';
    await vi.waitFor(() => expect(marks()).toBe('1'), { timeout: 5_000 });
    expect(
      s.rt
        .overlay()!
        .summary()
        .map((m) => m.ruleId),
    ).toEqual(['r2']);
  });

  it('waits for the background, starts once it answers, and never throws', async () => {
    await withFakeTimers(async () => {
      let started = 0;
      const s = setup({}, fakeEngine, () => started++);
      s.background.fail = 2;
      rt = s.rt;
      await s.rt.ready;
      expect(started).toBe(0);
      await vi.advanceTimersByTimeAsync(4000);
      expect(started).toBe(1);
    });
  });
});

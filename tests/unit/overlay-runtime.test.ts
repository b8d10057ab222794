// @vitest-environment happy-dom
// The content runtime end to end with fakes for storage, messaging, the engine and the scanner.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startContent, type ContentDeps, type ContentRuntime } from '../../entrypoints/content/runtime.ts';
import { STORAGE_KEYS, DEFAULT_SETTINGS } from '../../common/settings.ts';
import type { PostUnit, SiteAdapter } from '../../sites/types.ts';
import { partFromElement } from '../../sites/text-walker.ts';
import { HOST_TAG } from '../../overlay/host.ts';
import type { Finding } from '../../engine/types.ts';
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

/** A fake engine: flags the word "cure" with a finding whose rule id carries the snapshot data. */
function fakeEngine(data: string) {
  return {
    analyze({ text }: { text: string }): { findings: Finding[] } {
      const i = text.indexOf('cure');
      return { findings: i < 0 ? [] : [finding({ ruleId: data, start: i, end: i + 4, excerpt: 'cure' })] };
    },
  };
}

function setup(
  store: Record<string, unknown>,
  loadEngine: ContentDeps['loadEngine'] = fakeEngine,
  onScanner?: (o: Parameters<ContentDeps['createScanner']>[0]) => void,
) {
  const listeners: ((c: Record<string, { newValue?: unknown }>) => void)[] = [];
  let onPosts: ((p: PostUnit[], hasTime?: (at?: number) => boolean) => void) | undefined;
  const send = vi.fn(async () => ({ ok: true as const, value: {} as never }));
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
    send: send as unknown as ContentDeps['send'],
    loadEngine,
    createScanner: (o) => {
      onPosts = o.onPosts;
      onScanner?.(o);
      return { start() {}, stop() {} };
    },
  };
  const rt = startContent(deps);
  return {
    rt,
    send,
    posts: (p: PostUnit[], hasTime?: (at?: number) => boolean) => onPosts!(p, hasTime),
    change: (c: Record<string, { newValue?: unknown }>) => listeners.forEach((l) => l(c)),
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

const snap = (data: string) => ({ version: 1, hash: data, data });

/** The fake engine, slowed to `ms` milliseconds a post (busy wait: the runtime measures real time). */
const slowEngine = (ms: number) => (data: string) => {
  const inner = fakeEngine(data);
  return {
    analyze(input: { text: string }) {
      const t0 = performance.now();
      while (performance.now() - t0 < ms);
      return inner.analyze(input);
    },
  };
};

/** An engine that reads a long text in `steps` steps of `ms` milliseconds each (engine analyzeSteps). */
function steppingEngine(steps: number, ms: number, log: { steps: number; whole: number }) {
  return (data: string) => {
    const inner = fakeEngine(data);
    return {
      analyze(input: { text: string }) {
        log.whole++;
        return inner.analyze(input);
      },
      *analyzeSteps(input: { text: string }) {
        for (let i = 0; i < steps; i++) {
          const t0 = performance.now();
          while (performance.now() - t0 < ms);
          log.steps++;
          yield;
        }
        return inner.analyze(input);
      },
    };
  };
}

const LONG = 'cure ' + 'and so on, '.repeat(300);

describe('content runtime', () => {
  it('marks flagged posts, publishes the count, and reacts to a new snapshot without reload', async () => {
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('rule-v1') });
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'lemon cure works'), post('b', 'nothing here')]);
    expect(document.documentElement.dataset.vigieMarks).toBe('1');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(s.rt.overlay()!.summary()[0]!.ruleId).toBe('rule-v1');
    s.change({ [STORAGE_KEYS.snapshot]: { newValue: snap('rule-v2') } });
    expect(s.rt.overlay()!.summary()[0]!.ruleId).toBe('rule-v2');
  });

  it('hides a mark at once and tells the background (report-wrong keeps it hidden)', async () => {
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') });
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure')]);
    const shadow = document.querySelector(HOST_TAG)!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('.vg-badge')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-action="report-wrong"]')!.click();
    expect(document.documentElement.dataset.vigieMarks).toBe('0');
    await Promise.resolve();
    expect(s.send).toHaveBeenCalledWith(
      'feedback:report-wrong',
      expect.objectContaining({ postKey: 'a', ruleId: 'r' }),
    );
  });

  it('runs the engine again only for changed text, and never for a text without words or links', async () => {
    const seen: string[] = [];
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') }, (data) => {
      const inner = fakeEngine(data);
      return {
        analyze(input: { text: string }) {
          seen.push(input.text);
          return inner.analyze(input);
        },
      };
    });
    rt = s.rt;
    await s.rt.ready;
    seen.length = 0; // warm-up texts
    s.posts([post('a', 'a cure'), post('e', '😂😂 !!')]);
    expect(seen).toEqual(['a cure']);
    // The site re-renders post a (new nodes, same text): its mark is drawn again without the engine.
    s.posts([post('a', 'a cure')]);
    expect(seen).toEqual(['a cure']);
    expect(document.documentElement.dataset.vigieMarks).toBe('1');
    s.posts([post('a', 'a cure, edited')]);
    expect(seen).toEqual(['a cure', 'a cure, edited']);
    // New rules: everything is analysed again.
    s.change({ [STORAGE_KEYS.snapshot]: { newValue: snap('r2') } });
    expect(seen.at(-1)).toBe('a cure, edited');
    expect(s.rt.overlay()!.summary()[0]!.ruleId).toBe('r2');
  });

  it('removes the marks of posts the scanner reports gone', async () => {
    let gone: ((keys: string[]) => void) | undefined;
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') }, fakeEngine, (o) => (gone = o.onGone));
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure'), post('b', 'another cure')]);
    expect(document.documentElement.dataset.vigieMarks).toBe('2');
    gone!(['a']);
    expect(document.documentElement.dataset.vigieMarks).toBe('1');
    expect(s.rt.overlay()!.keys()).toEqual(['b']);
  });

  it('"hide this mark" hides every finding the badge shows', async () => {
    const two = () => ({
      analyze: ({ text }: { text: string }) => ({
        findings: text.includes('cure')
          ? [finding({ ruleId: 'r1', start: 0, end: 4 }), finding({ ruleId: 'r2', start: 0, end: 4 })]
          : [],
      }),
    });
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') }, two);
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'cure all')]);
    expect(document.documentElement.dataset.vigieMarks).toBe('1');
    const shadow = document.querySelector(HOST_TAG)!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('.vg-badge')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-action="hide-mark"]')!.click();
    expect(document.documentElement.dataset.vigieMarks).toBe('0');
    await new Promise((r) => setTimeout(r, 0));
    const dismissed = s.send.mock.calls.filter((c) => (c as unknown[])[0] === 'feedback:dismiss');
    expect(dismissed.map((c) => ((c as unknown[])[1] as { ruleId: string }).ruleId).sort()).toEqual([
      'r1',
      'r2',
    ]);
  });

  it('stops marking when the site is paused and follows feedback from storage', async () => {
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') });
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('a', 'a cure')]);
    expect(document.documentElement.dataset.vigieMarks).toBe('1');
    s.change({
      [STORAGE_KEYS.feedback]: { newValue: { dismissed: [], hiddenRules: ['r'], pausedHosts: [] } },
    });
    expect(document.documentElement.dataset.vigieMarks).toBe('0');
    s.change({ [STORAGE_KEYS.settings]: { newValue: { ...DEFAULT_SETTINGS, sites: { test: false } } } });
    expect(document.documentElement.dataset.vigieMarks).toBe('0');
  });

  it('analyses a large batch in short slices instead of one long task', async () => {
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') }, slowEngine(3));
    rt = s.rt;
    await s.rt.ready;
    s.posts(Array.from({ length: 12 }, (_, i) => post(`p${i}`, `cure number ${i}`)));
    const first = Number(document.documentElement.dataset.vigieMarks);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(12);
    await new Promise((r) => setTimeout(r, 500));
    expect(document.documentElement.dataset.vigieMarks).toBe('12');
  });

  it("does not start, inside the scanner's slice, an analysis it has no time left for", async () => {
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') }, slowEngine(4));
    rt = s.rt;
    await s.rt.ready;
    // The runtime learns the engine's cost from the posts of its idle slices.
    s.posts(Array.from({ length: 6 }, (_, i) => post(`a${i}`, `cure number ${i}`)));
    await new Promise((r) => setTimeout(r, 300));
    expect(document.documentElement.dataset.vigieMarks).toBe('6');
    // A scanner slice with 2 ms left: the next post (4 ms) waits for an idle slice of its own.
    const deadline = performance.now() + 2;
    s.posts([post('late', 'cure arrives late')], (at = performance.now()) => at < deadline);
    expect(document.documentElement.dataset.vigieMarks).toBe('6');
    await new Promise((r) => setTimeout(r, 300));
    expect(document.documentElement.dataset.vigieMarks).toBe('7');
  });

  it('reads a long text a step at a time, in slices, and marks the posts queued after it too', async () => {
    const log = { steps: 0, whole: 0 };
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') }, steppingEngine(12, 3, log));
    rt = s.rt;
    await s.rt.ready;
    log.whole = 0; // the warm-up's short texts
    s.posts([post('article', LONG), post('after', 'a cure after it')]);
    // One slice (8 ms) holds two or three steps of 3 ms, not twelve.
    expect(log.steps).toBeGreaterThan(0);
    expect(log.steps).toBeLessThan(12);
    expect(document.documentElement.dataset.vigieMarks).toBe('0');
    await new Promise((r) => setTimeout(r, 600));
    expect(log.steps).toBe(12);
    expect(document.documentElement.dataset.vigieMarks).toBe('2');
    // The short post was analysed whole, the long one never.
    expect(log.whole).toBe(1);
  });

  it('drops a long analysis whose post left the page', async () => {
    const log = { steps: 0, whole: 0 };
    let gone: ((keys: string[]) => void) | undefined;
    const s = setup({ [STORAGE_KEYS.snapshot]: snap('r') }, steppingEngine(40, 3, log), (o) => {
      gone = o.onGone;
    });
    rt = s.rt;
    await s.rt.ready;
    s.posts([post('article', LONG)]);
    gone!(['article']);
    await new Promise((r) => setTimeout(r, 400));
    expect(log.steps).toBeLessThan(40);
    expect(document.documentElement.dataset.vigieMarks).toBe('0');
  });

  it('asks the background when storage has no snapshot yet and never throws', async () => {
    const s = setup({});
    rt = s.rt;
    await s.rt.ready;
    expect(s.send).toHaveBeenCalledWith('snapshot:get', {});
  });
});

// @vitest-environment happy-dom
// What the content script writes about itself on <html>: the mark count always; its cost figures and the time of
// its latest mark only when the page carries data-vigie-bench.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSelfReport } from '../../entrypoints/content/self-report.ts';

const stats = { totalMs: 12, longestSliceMs: 3, slices: 4, reported: 9 };

afterEach(() => {
  vi.useRealTimers();
  for (const a of ['data-vigie-bench', 'data-vigie-marks', 'data-vigie-stats', 'data-vigie-marked-at'])
    document.documentElement.removeAttribute(a);
});

describe('self report', () => {
  it('without the bench flag: the mark count only', () => {
    vi.useFakeTimers();
    const report = createSelfReport(document, window, () => ({ scanner: { stats } }));
    report.marks(3);
    report.start();
    vi.advanceTimersByTime(1000);
    const root = document.documentElement;
    expect(root.dataset.vigieMarks).toBe('3');
    expect(root.dataset.vigieStats).toBeUndefined();
    expect(root.dataset.vigieMarkedAt).toBeUndefined();
  });

  it('with the flag: the latest new mark is stamped, and the figures are written by the timer', () => {
    vi.useFakeTimers();
    document.documentElement.setAttribute('data-vigie-bench', '');
    const report = createSelfReport(document, window, () => ({ scanner: { stats } }));
    report.idle.ms = 5;
    report.marks(2);
    const root = document.documentElement;
    expect(root.dataset.vigieMarkedAt).toBeDefined();
    report.start();
    expect(JSON.parse(root.dataset.vigieStats!)).toMatchObject({
      posts: 9,
      marks: 2,
      mainThreadMs: 17,
      slices: 4,
    });
    report.split.handoffMs = 7;
    vi.advanceTimersByTime(250);
    expect(JSON.parse(root.dataset.vigieStats!).handoffMs).toBe(7);
    report.stop();
    report.split.handoffMs = 99;
    vi.advanceTimersByTime(1000);
    expect(JSON.parse(root.dataset.vigieStats!).handoffMs).toBe(7);
  });
});

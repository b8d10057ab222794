// The badge position that replaced floating-ui's computePosition (top-end, pulled down onto the unit, shifted
// to stay inside the viewport's width).
import { describe, expect, it } from 'vitest';
import { badgePosition } from '../../overlay/layout.ts';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

describe('badgePosition', () => {
  it.each([
    ['inside the top-right corner', rect(100, 50, 400, 200), 80, 1000, { x: 420, y: 52 }],
    ['shifted left of the viewport edge', rect(600, 10, 600, 100), 80, 1000, { x: 916, y: 12 }],
    ['kept off the left edge', rect(-300, 0, 320, 40), 80, 1000, { x: 4, y: 2 }],
    ['rounded to whole pixels', rect(10.4, 20.6, 100.3, 10), 50, 1000, { x: 61, y: 23 }],
  ])('%s', (_name, r, width, vw, want) => {
    expect(badgePosition(r, width, vw)).toEqual(want);
  });

  it.each([
    ['beside the first line when the space is free', rect(100, 50, 400, 200), 80, 1000, { x: 506, y: 52 }],
    // 600 + 6 + 80 + 4 > 660: no room beside it, so inside the corner as before.
    ['inside when no room is left beside it', rect(100, 50, 500, 200), 80, 660, { x: 520, y: 52 }],
  ])('%s', (_name, r, width, vw, want) => {
    expect(badgePosition(r, width, vw, true)).toEqual(want);
  });
});

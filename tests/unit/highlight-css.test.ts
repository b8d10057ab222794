// The ::highlight() rules paint over the site's own text. In Chromium a text-decoration there makes every DOM
// change repaint the whole page on the next frame (7-9 ms a frame on the 500-post demo feed while it scrolled,
// measured with tests/bench/scroll-bench.mjs): backgrounds only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '../../entrypoints/content/style.css'), 'utf8');
const rules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)].map((m) => ({
  name: m[1]!,
  body: m[2]!,
}));

describe('content-script highlight styles', () => {
  it('style every highlight Vigie registers, with a background', () => {
    const names = new Set(rules.map((r) => r.name));
    for (const n of ['vigie-warning', 'vigie-caution', 'vigie-info', 'vigie-source', 'vigie-active'])
      expect(names.has(n)).toBe(true);
    for (const r of rules) expect(r.body).toMatch(/background-color:/);
  });

  it('never use a text decoration (a full repaint on every DOM change in Chromium)', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(r.body).not.toMatch(/text-decoration|text-underline/);
  });
});

// Static checks on Vigie's UI code: text-only rendering and a content script limited to the supported sites.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out;
}

const UI_DIRS = [
  'overlay',
  'components',
  'i18n',
  'entrypoints/content',
  'entrypoints/popup',
  'entrypoints/options',
  'entrypoints/welcome',
];

describe('UI code safety', () => {
  it('never turns text into HTML', () => {
    for (const file of UI_DIRS.flatMap(sources)) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(code, file).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/,
      );
    }
  });

  it('runs the content script on the supported sites only (no localhost in the shipped manifest)', () => {
    const code = readFileSync(join(ROOT, 'entrypoints/content/index.ts'), 'utf8');
    const block = /matches:\s*\[([^\]]*)\]/.exec(code)?.[1] ?? '';
    const matches = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches)
      expect(m).toMatch(/^https:\/\/\*\.(tiktok|youtube|x|twitter|instagram|reddit)\.com\/\*$/);
    expect(code).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('makes no network requests from the content script code', () => {
    const files = ['entrypoints/content', 'overlay'].flatMap(sources);
    for (const file of files) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
    }
  });
});

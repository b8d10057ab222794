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

  it('runs the content scripts on the supported sites only (no localhost in the shipped manifest)', () => {
    const dir = join(ROOT, 'entrypoints');
    const entries = readdirSync(dir).filter((f) => f.endsWith('.content.ts'));
    expect(entries.length).toBeGreaterThan(0);
    for (const f of [...entries, 'content/index.ts']) {
      const code = readFileSync(join(dir, f), 'utf8');
      const block = /matches:\s*\[([^\]]*)\]/.exec(code)?.[1] ?? '';
      const matches = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      for (const m of matches)
        expect(m).toMatch(/^https:\/\/\*\.(tiktok|youtube|x|twitter|instagram|reddit)\.com\/\*$/);
      expect(code).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });

  it('makes no network requests from the content script code', () => {
    const siteScripts = readdirSync(join(ROOT, 'entrypoints'))
      .filter((f) => f.endsWith('.content.ts'))
      .map((f) => `entrypoints/${f}`);
    const files = [...['entrypoints/content', 'overlay'].flatMap(sources), ...siteScripts];
    for (const file of files) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
    }
  });
});

// Meta-test: every adapter is registered, has an invented fixture, a test file and a README row,
// and its declared hosts resolve back to it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById, adapterForHost, guessAdapter, safeFindPosts } from '../../sites/index.ts';
import type { SiteAdapter } from '../../sites/types.ts';
import { FIXTURES, loadFixture, parsePage } from './helpers.ts';

const SITES_DIR = join(FIXTURES, '..', '..', '..', 'sites');
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts', 'text-walker.ts', 'unit.ts', 'registry.ts']);
const readme = readFileSync(join(SITES_DIR, 'README.md'), 'utf8');

describe('site adapter registry', () => {
  it('registers every adapter file in sites/', () => {
    const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s has a fixture, a test, a README row and unique hosts',
    (id, a) => {
      expect(existsSync(join(FIXTURES, `${id}.html`))).toBe(true);
      expect(existsSync(join(FIXTURES, '..', '..', 'sites', `${id}.test.ts`))).toBe(true);
      expect(readme).toMatch(new RegExp(`^\\| ${id} +\\| \`${id}\\.ts\` +\\|`, 'm'));
      expect(adapterById(id)).toBe(a);
      for (const h of a.hosts) expect(adapterForHost(h)).toBe(a);
      if (!a.optIn) expect(a.hosts.length).toBeGreaterThan(0);
    },
  );

  it('guesses each site from its fixture markup (generic never wins a guess)', () => {
    for (const a of ADAPTERS.filter((x) => !x.optIn)) expect(guessAdapter(loadFixture(a.id))?.id).toBe(a.id);
    expect(guessAdapter(parsePage('<p>hello</p>'))).toBeUndefined();
  });

  it('guesses from the URL or the canonical link before markup', () => {
    const doc = loadFixture('x');
    expect(guessAdapter(doc, 'https://www.reddit.com/r/x')?.id).toBe('reddit');
    expect(
      guessAdapter(
        parsePage(
          '<html><head><link rel="canonical" href="https://m.youtube.com/watch?v=1"></head><body></body></html>',
        ),
      )?.id,
    ).toBe('youtube');
    expect(adapterForHost('vm.tiktok.com')?.id).toBe('tiktok');
    expect(adapterForHost('nottiktok.com')).toBeUndefined();
  });

  it('never throws when an adapter fails, and logs once', () => {
    const broken: SiteAdapter = {
      id: 'broken',
      name: 'Broken',
      hosts: [],
      detect: () => false,
      findPosts: () => {
        throw new Error('boom');
      },
    };
    const logs: string[] = [];
    expect(safeFindPosts(broken, loadFixture('x'), (m) => logs.push(m))).toEqual([]);
    expect(safeFindPosts(broken, loadFixture('x'), (m) => logs.push(m))).toEqual([]);
    expect(logs).toHaveLength(1);
  });
});

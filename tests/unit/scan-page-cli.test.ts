// `vigie scan --page`: adapter output plus findings, readable and --json.
import { describe, expect, it } from 'vitest';
import { analyzePage, parsePageHtml, scanPage } from '../../cli/scan-page.ts';
import { memoryIO } from '../../cli/io.ts';
import { compile } from '../../engine/index.ts';
import type { Pack } from '../../engine/types.ts';
import { readFileSync } from 'node:fs';

const FIXTURE = 'tests/fixtures/sites/tiktok.html';

/** A one-rule pack written for this test (not a real pack). */
const pack: Pack = {
  id: 'test-pack',
  title: 'Test',
  version: '1.0.0',
  languages: ['en'],
  license: 'MIT',
  expires: '7d',
  minEngine: 1,
  reviewedBy: [],
  lexicon: {},
  rules: [
    {
      id: 'test-lemon-diabetes',
      category: 'contradicts-evidence',
      severity: 'warning',
      lang: 'en',
      patterns: ['lemon water cures diabetes'],
      message: { en: 'Test message.' },
      title: { en: 'Lemon water and diabetes' },
      citations: [],
      examples: { flag: [{ text: '[[lemon water cures diabetes]]' }], pass: [] },
    },
  ],
};

describe('scan --page', () => {
  it('maps findings to the post text of the right unit', () => {
    const doc = parsePageHtml(readFileSync(FIXTURE, 'utf8'));
    const scan = analyzePage(doc, undefined, compile({ packs: [pack] }));
    expect(scan.site).toBe('tiktok');
    expect(scan.posts).toHaveLength(5);
    const [f] = scan.posts[0]!.findings;
    expect(f?.ruleId).toBe('test-lemon-diabetes');
    expect(scan.posts[0]!.text.slice(f!.start, f!.end)).toBe('Lemon water cures diabetes');
    expect(scan.posts.slice(1).every((p) => p.findings.length === 0)).toBe(true);
  });

  it('prints exactly one JSON object with --json', async () => {
    const io = memoryIO();
    expect(await scanPage(['--page', FIXTURE, '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout) as { site: string; posts: Record<string, unknown>[] };
    expect(out.site).toBe('tiktok');
    expect(Object.keys(out.posts[0]!)).toEqual(['kind', 'text', 'parts', 'author', 'permalink', 'findings']);
    expect(out.posts[0]!.parts).toEqual([
      { kind: 'caption', text: 'Lemon water cures diabetes in 7 days, no meds needed' },
      { kind: 'hashtags', text: '#health #detox' },
    ]);
  });

  it('prints a readable list and honours --site', async () => {
    const io = memoryIO();
    expect(await scanPage(['--page', 'tests/fixtures/sites/generic.html', '--site', 'generic'], io)).toBe(0);
    expect(io.stdout).toMatch(/^site: generic \| 1 post/);
    expect(io.stdout).toContain('title: Five detox myths');
  });

  it('says in words when the site is unknown or the file is missing', async () => {
    const io = memoryIO();
    expect(await scanPage(['--page', FIXTURE, '--site', 'myspace'], io)).toBe(2);
    expect(io.stderr).toContain('unknown site "myspace"');
    const io2 = memoryIO();
    expect(await scanPage(['--page', 'nope.html'], io2)).toBe(1);
    expect(io2.stderr).toContain('no such file');
  });
});

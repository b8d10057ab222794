// `vigie check`: cross-file problems with both places named, canonical form and --fix, --json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/check.ts';
import { memoryIO } from '../../cli/io.ts';
import { GOOD_PACK, variant, workspace } from './pack-fixtures.ts';

async function check(packs: Record<string, string>, extra: string[] = []) {
  const ws = workspace(packs);
  const io = memoryIO();
  const code = await run([join(ws.dir, 'packs'), ...ws.args, ...extra], io);
  return { code, out: io.stdout, err: io.stderr, dir: ws.dir };
}

describe('vigie check', () => {
  it('passes the fixture pack', async () => {
    const r = await check({ 'demo.en.yaml': GOOD_PACK });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 pack checked: 0 errors, 0 warnings/);
  });

  it('names both places of a duplicate pack id and rule id', async () => {
    const r = await check({ 'a.en.yaml': GOOD_PACK, 'b.en.yaml': GOOD_PACK });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/b\.en\.yaml:3:5: pack id 'demo-en' is also used by .*a\.en\.yaml:3/);
    expect(r.out).toMatch(
      /b\.en\.yaml:17:\d+: rule 'demo-glowberry-cures-en' is also defined in .*a\.en\.yaml:17/,
    );
  });

  it('suggests the closest source id', async () => {
    const r = await check({ 'demo.en.yaml': variant('source: example-agency', 'source: example-agncy') });
    expect(r.out).toMatch(
      /demo\.en\.yaml:28:\d+: .*citation source 'example-agncy' is not in the verified-source list.*did you mean 'example-agency'/,
    );
  });

  it('reports a pattern that cannot match, at its column in the YAML line', async () => {
    const r = await check({
      'demo.en.yaml': variant("'{remedy} ~2 {cure} ~3 {illness}'", "'{remedy} ~2 {cure} ~3 {ilness}'"),
    });
    expect(r.code).toBe(1);
    // '{ilness}' is at column 32: 6 spaces, "- ", the quote, then 22 characters of the pattern.
    expect(r.out).toMatch(
      /demo\.en\.yaml:24:32: rule 'demo-glowberry-cures-en': pattern .* unknown word class \{ilness\}: did you mean \{illness\}\?/,
    );
    const stop = await check({
      'demo.en.yaml': variant("'{remedy} ~2 {cure} ~3 {illness}'", "'the (a|an)?'"),
    });
    expect(stop.out).toMatch(/cannot be used: .*stop words/);
  });

  it('reports a non-canonical file and --fix rewrites it', async () => {
    const messy = variant('languages: [en]', 'languages:\n  - en');
    const r = await check({ 'demo.en.yaml': messy });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /demo\.en\.yaml:6:1: the file is not in canonical form .*expected: "languages: \[en\]", found: "languages:"/,
    );
    const fixed = await check({ 'demo.en.yaml': messy }, ['--fix']);
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(fixed.dir, 'packs', 'demo.en.yaml'), 'utf8')).toBe(GOOD_PACK);
  });

  it('prints exactly one JSON object with --json', async () => {
    const r = await check({ 'demo.en.yaml': variant('url: https://', 'url: http://') }, ['--json']);
    const report = JSON.parse(r.out);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(report.errors).toBe(1);
    expect(report.issues[0]).toMatchObject({ line: 29, level: 'error' });
  });

  it('says once that links cannot be checked offline, without failing', async () => {
    const { checkLinks } = await import('../../cli/format/links.ts');
    const offline = Object.assign(new Error('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    const report = await checkLinks(['https://example.org/a', 'https://example.org/b'], {
      fetcher: () => Promise.reject(offline),
    });
    expect(report).toEqual({ offline: true });
    const answers = await checkLinks(['https://example.org/a', 'https://example.org/b'], {
      fetcher: (url) => Promise.resolve({ status: url.endsWith('a') ? 200 : 404 }),
    });
    expect(answers).toMatchObject({
      offline: false,
      problems: [{ url: 'https://example.org/b', status: 404 }],
    });
  });
});

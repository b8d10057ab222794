// Each supported site has its own content script (entrypoints/<site>.content.ts) that imports its own adapter
// and no other, and matches only that adapter's hosts: a page loads one site's code (content bundle budget).
// The generic article reader (entrypoints/content/index.ts) is registered at run time, never in the manifest.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById } from '../../sites/index.ts';

const ENTRYPOINTS = join(import.meta.dirname, '..', '..', 'entrypoints');
const siteScripts = readdirSync(ENTRYPOINTS)
  .filter((f) => f.endsWith('.content.ts'))
  .map((f) => {
    const code = readFileSync(join(ENTRYPOINTS, f), 'utf8');
    return {
      file: f,
      id: f.replace(/\.content\.ts$/, ''),
      adapters: [...code.matchAll(/from '\.\.\/sites\/([a-z-]+)\.ts'/g)].map((m) => m[1]!),
      matches: [...code.matchAll(/'https:\/\/\*\.([a-z0-9.-]+)\/\*'/g)].map((m) => m[1]!),
    };
  });

describe('content scripts per site', () => {
  it('has one for each site Vigie runs on', () => {
    expect(siteScripts.map((s) => s.id).sort()).toEqual(['instagram', 'reddit', 'tiktok', 'x', 'youtube']);
  });

  it.each(siteScripts.map((s) => [s.file, s] as const))('%s imports its own adapter only', (_f, s) => {
    expect(s.adapters).toEqual([s.id]);
  });

  it.each(siteScripts.map((s) => [s.file, s] as const))('%s matches only its adapter hosts', (_f, s) => {
    const adapter = adapterById(s.id)!;
    expect(s.matches.length).toBeGreaterThan(0);
    for (const m of s.matches)
      expect(
        adapter.hosts.some((h) => h === m || h.endsWith('.' + m)),
        m,
      ).toBe(true);
  });

  it('keeps the generic reader out of the manifest and the later sites out of every script', () => {
    const reader = readFileSync(join(ENTRYPOINTS, 'content', 'index.ts'), 'utf8');
    expect(reader).toMatch(/registration: 'runtime'/);
    expect(reader).toMatch(/matches: \[\]/);
    for (const later of ['facebook', 'linkedin', 'threads', 'bluesky']) {
      expect(ADAPTERS.map((a) => a.id)).toContain(later);
      expect(siteScripts.some((s) => s.adapters.includes(later))).toBe(false);
    }
  });
});

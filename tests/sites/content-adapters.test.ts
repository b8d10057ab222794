// The content script ships the adapters of the sites in its manifest matches (and the opt-in generic reader),
// not the others: each adapter costs content-bundle size. The full registry still has every adapter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ADAPTERS, contentAdapterForHost } from '../../sites/content-adapters.ts';
import { ADAPTERS } from '../../sites/index.ts';

const ENTRY = join(import.meta.dirname, '..', '..', 'entrypoints', 'content', 'index.ts');
/** Host suffixes of the entry's `matches` ('https://*.tiktok.com/*' -> 'tiktok.com'). */
const matched = [...readFileSync(ENTRY, 'utf8').matchAll(/'https:\/\/\*\.([a-z0-9.-]+)\/\*'/g)].map(
  (m) => m[1]!,
);

describe('content script adapters', () => {
  it('reads the manifest matches', () => expect(matched).toContain('tiktok.com'));

  it('has an adapter for every matched site, and the generic reader', () => {
    for (const host of matched) expect(contentAdapterForHost('www.' + host), host).toBeDefined();
    expect(CONTENT_ADAPTERS.some((a) => a.optIn)).toBe(true);
  });

  it('ships no adapter whose site the content script does not match', () => {
    for (const a of CONTENT_ADAPTERS.filter((x) => !x.optIn))
      expect(
        a.hosts.some((h) => matched.some((m) => h === m || h.endsWith('.' + m))),
        a.id,
      ).toBe(true);
  });

  it('is a subset of the full registry, which keeps the later sites', () => {
    for (const a of CONTENT_ADAPTERS) expect(ADAPTERS).toContain(a);
    expect(ADAPTERS.map((a) => a.id)).toEqual(
      expect.arrayContaining(['facebook', 'linkedin', 'threads', 'bluesky']),
    );
    expect(contentAdapterForHost('www.facebook.com')).toBeUndefined();
  });
});

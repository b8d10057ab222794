// Registry of site adapters (all of them: CLI, tests, popup). Adding a platform is one file in sites/ plus one line here
// (and a content script, entrypoints/<site>.content.ts, once Vigie runs on its site), a fixture in
// tests/fixtures/sites/ and a row in sites/README.md (tests/sites/registry.test.ts checks all three).
//
// Which adapter runs on a page: the URL host when it is known (content script), else markup detection
// (saved pages in the CLI). The generic article reader is opt-in: it never wins a guess, it runs only where
// the user turned it on (settings.genericHosts) or when asked by id.
import type { SiteAdapter } from './types.ts';
import { findById, findForHost } from './registry.ts';
import { bluesky } from './bluesky.ts';
import { facebook } from './facebook.ts';
import { generic } from './generic.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { reddit } from './reddit.ts';
import { threads } from './threads.ts';
import { tiktok } from './tiktok.ts';
import { x } from './x.ts';
import { youtube } from './youtube.ts';

export { safeFindPosts } from './registry.ts';

export const ADAPTERS: readonly SiteAdapter[] = [
  tiktok,
  youtube,
  x,
  instagram,
  reddit,
  facebook,
  linkedin,
  threads,
  bluesky,
  generic,
];

export function adapterById(id: string): SiteAdapter | undefined {
  return findById(ADAPTERS, id);
}

/** The adapter for a host name (exact match, or a subdomain of a listed host). Opt-in adapters never match. */
export function adapterForHost(host: string): SiteAdapter | undefined {
  return findForHost(ADAPTERS, host);
}

/** Host from a URL string, or null. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * Guess the site of a document: its URL (when given), then canonical / og:url / base, then markup.
 * Returns undefined when nothing matches (the caller may then use the generic reader if the user allows it).
 */
export function guessAdapter(doc: Document, url?: string | null): SiteAdapter | undefined {
  const fromMeta =
    doc.querySelector('link[rel=canonical]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    doc.querySelector('base[href]')?.getAttribute('href');
  for (const u of [url, fromMeta]) {
    const host = hostOf(u);
    const a = host ? adapterForHost(host) : undefined;
    if (a) return a;
  }
  for (const a of ADAPTERS) {
    if (a.optIn) continue;
    try {
      if (a.detect(doc)) return a;
    } catch {
      // A broken detector must not stop the others.
    }
  }
  return undefined;
}

/** True when the adapter may run on `host` given the user's settings (generic only on hosts turned on). */
export function adapterAllowed(
  adapter: SiteAdapter,
  host: string,
  sites: Record<string, boolean>,
  genericHosts: readonly string[],
): boolean {
  if (sites[adapter.id] === false) return false;
  return !adapter.optIn || genericHosts.includes(host.toLowerCase());
}

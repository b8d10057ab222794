// Registry helpers over a list of adapters, with no adapter imported here: the full list (sites/index.ts) uses
// them, and a site's content script (entrypoints/<site>.content.ts), which imports only its own adapter, carries
// none of the others.
import type { PostUnit, SiteAdapter } from './types.ts';

export function findById(list: readonly SiteAdapter[], id: string): SiteAdapter | undefined {
  return list.find((a) => a.id === id);
}

/** The adapter for a host name (exact match, or a subdomain of a listed host). Opt-in adapters never match. */
export function findForHost(list: readonly SiteAdapter[], host: string): SiteAdapter | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return list.find((a) => !a.optIn && a.hosts.some((x) => h === x || h.endsWith('.' + x)));
}

const reported = new WeakSet<SiteAdapter>();

/** The one message for a reader that failed (adapter, scanner step, marks). */
export const failure = (what: string, error: unknown): string =>
  `Vigie: ${what} failed (${error instanceof Error ? error.message : String(error)}); this page is read partly.`;

/** Runs an adapter and never throws: an adapter error is logged once per adapter and gives no posts. */
export function safeFindPosts(
  adapter: SiteAdapter,
  root: ParentNode,
  log: (msg: string) => void = console.warn,
): PostUnit[] {
  try {
    return adapter.findPosts(root);
  } catch (error) {
    if (!reported.has(adapter)) {
      reported.add(adapter);
      log(failure(`the ${adapter.name} reader`, error));
    }
    return [];
  }
}

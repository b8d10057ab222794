// Looks up which verified source a URL belongs to. A source's domains include their subdomains; the most
// specific listed domain wins (nccih.nih.gov over nih.gov). Matching walks the host's own suffixes at
// label boundaries, so "who.int.evil.com" and "notcdc.gov" never match who.int or cdc.gov.
// An entry may be scoped to a path ("lemonde.fr/les-decodeurs"): a fact-checking desk that is one section of
// a newspaper is verified for its own pages only. On one host the longest matching path wins, at a segment
// boundary ("/les-decodeurs" matches "/les-decodeurs/article/..." but not "/les-decodeurs-bis").
import type { VerifiedSource } from '../types';

interface Scoped {
  /** Lower-case path prefix without a trailing slash; "" for the whole host. */
  path: string;
  source: VerifiedSource;
}

export interface SourceIndex {
  /** Listed host (lower case, no "www.") -> its entries, longest path first. */
  hosts: ReadonlyMap<string, readonly Scoped[]>;
}

export function buildSourceIndex(sources: readonly VerifiedSource[]): SourceIndex {
  const hosts = new Map<string, Scoped[]>();
  for (const s of sources)
    for (const d of s.domains) {
      const slash = d.indexOf('/');
      const host = normalHost(slash < 0 ? d : d.slice(0, slash));
      if (!host) continue;
      const path = slash < 0 ? '' : d.slice(slash).toLowerCase().replace(/\/+$/, '');
      const list = hosts.get(host) ?? [];
      // The first source to list a host and path keeps it.
      if (!list.some((e) => e.path === path)) list.push({ path, source: s });
      hosts.set(host, list);
    }
  for (const list of hosts.values()) list.sort((a, b) => b.path.length - a.path.length);
  return { hosts };
}

/** Lower case, no trailing dot, no leading "www.". */
export function normalHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d?\./, '');
}

/**
 * The verified source whose domain equals the host or is a parent domain of it, and whose path scope (if
 * any) contains `path` (the URL's path, decoded; "/" when unknown).
 */
export function sourceForHost(index: SourceIndex, host: string, path = '/'): VerifiedSource | undefined {
  const p = path.toLowerCase();
  let h = normalHost(host);
  for (;;) {
    const list = index.hosts.get(h);
    if (list)
      for (const e of list) if (e.path === '' || p === e.path || p.startsWith(e.path + '/')) return e.source;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

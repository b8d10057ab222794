// Looks up which verified source a URL belongs to. A source's domains include their subdomains; the most
// specific listed domain wins (nccih.nih.gov over nih.gov). Matching walks the host's own suffixes at
// label boundaries, so "who.int.evil.com" and "notcdc.gov" never match who.int or cdc.gov.
import type { VerifiedSource } from '../types';

export interface SourceIndex {
  /** Listed host (lower case, no "www.") -> source. */
  hosts: ReadonlyMap<string, VerifiedSource>;
}

export function buildSourceIndex(sources: readonly VerifiedSource[]): SourceIndex {
  const hosts = new Map<string, VerifiedSource>();
  for (const s of sources)
    for (const d of s.domains) {
      const host = normalHost(d.split('/')[0] ?? '');
      if (host && !hosts.has(host)) hosts.set(host, s);
    }
  return { hosts };
}

/** Lower case, no trailing dot, no leading "www.". */
export function normalHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d?\./, '');
}

/** The verified source whose domain equals the host or is a parent domain of it. */
export function sourceForHost(index: SourceIndex, host: string): VerifiedSource | undefined {
  let h = normalHost(host);
  for (;;) {
    const hit = index.hosts.get(h);
    if (hit) return hit;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

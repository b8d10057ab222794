// Small helpers every adapter shares: assembling a PostUnit from parts, stable keys, links, page URL.
// Kept DOM-reading only and free of browser-only globals so adapters run under linkedom in the CLI.
import type { PostLink } from '../engine/types.ts';
import type { PostUnit, TextPart, UnitKind } from './types.ts';

/** FNV-1a 32-bit, base 36: short stable ids for posts without a permalink (not a security hash). */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export interface UnitInput {
  site: string;
  kind: UnitKind;
  parts: (TextPart | null | undefined)[];
  anchor: Element;
  author?: string | null;
  links?: PostLink[];
  permalink?: string | null;
  player?: Element | null;
}

/** Joins non-empty parts with '\n'; returns null when there is no text at all. */
export function buildUnit(input: UnitInput): PostUnit | null {
  // The caller's own array when no part is missing or empty (most units): no copy made.
  const given = input.parts;
  const parts = given.every(hasText) ? (given as TextPart[]) : given.filter(hasText);
  if (!parts.length) return null;
  const partStart: number[] = [];
  let text = '';
  for (const p of parts) {
    if (text) text += '\n';
    partStart.push(text.length);
    text += p.text;
  }
  const author = input.author?.trim() || undefined;
  const permalink = input.permalink || undefined;
  const key = permalink ?? `${input.site}:${input.kind}:${hashText((author ?? '') + '\u0000' + text)}`;
  const unit: PostUnit = {
    key,
    site: input.site,
    kind: input.kind,
    parts,
    text,
    partStart,
    links: input.links ?? [],
    anchor: input.anchor,
  };
  if (author) unit.author = author;
  if (permalink) unit.permalink = permalink;
  if (input.player) unit.player = input.player;
  return unit;
}

const hasText = (p: TextPart | null | undefined): p is TextPart => !!p && p.text.length > 0;

/** Pushes a unit when it was built (keeps adapters free of null checks). */
export function pushUnit(out: PostUnit[], unit: PostUnit | null): void {
  if (unit) out.push(unit);
}

/** The document of any root (Document, element, shadow root). */
export function docOf(root: ParentNode): Document | null {
  const n = root as Node;
  return n.nodeType === 9 ? (n as Document) : n.ownerDocument;
}

/** The parsed http(s) URL of `href` against `base`; null for javascript:, mailto: and unparsable values. */
export function httpUrl(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** An origin-only base ("https://www.tiktok.com/"): lower-case host, no port, user or path. */
const PLAIN_ORIGIN = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\/$/;
/** A root-relative path of plain segments ("/@lea/video/73"): the URL parser would copy it as it is. */
const PLAIN_PATH = /^(?:\/[\w@~.-]+)+\/?$/;
/** ...except for "." and ".." segments, which it resolves. */
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** Absolute URL against the site origin; null for javascript:, mailto: and unparsable values. */
export function absUrl(href: string | null | undefined, base: string): string | null {
  // Permalinks are mostly plain root-relative paths: joined as the URL parser would, without it (a feed page
  // asks for hundreds). Anything else (query, percent signs, other characters) goes through the parser.
  if (href && PLAIN_PATH.test(href) && !DOT_SEGMENT.test(href) && PLAIN_ORIGIN.test(base))
    return base + href.slice(1);
  return httpUrl(href, base)?.href ?? null;
}

/** Links inside `el` (hashtag and profile links are the site's own and carry no evidence: callers filter). */
export function linksIn(
  el: ParentNode,
  base: string,
  keep: (href: string) => boolean = () => true,
): PostLink[] {
  const out: PostLink[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = absUrl(a.getAttribute('href'), base);
    if (!href || !keep(href) || seen.has(href)) continue;
    seen.add(href);
    out.push(linkOf(a, href));
  }
  return out;
}

function linkOf(a: Element, href: string): PostLink {
  const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text !== href ? { href, text } : { href };
}

/**
 * A root-relative path ("/tag/x", "/@user"): it resolves to the base's own host whatever follows. Excluded:
 * "//host" and "/\\host" (a backslash is a slash in http URLs) and tabs or newlines, which the URL parser drops
 * (so "/\n/host" would become "//host").
 */
const SAME_HOST_PATH = /^\/(?![/\\])[^\t\n\r]*$/;

/**
 * `linksIn(el, base, (href) => isExternal(href, siteHosts))` as one function made once per adapter, cheaper: the
 * site's own root-relative links (hashtags, profiles: most links in a post) are dropped without parsing, and the
 * others are parsed once instead of twice.
 */
export function externalLinks(
  base: string,
  siteHosts: readonly string[],
): (el: ParentNode, anchors?: ArrayLike<Element>) => PostLink[] {
  const baseIsOwn = !!httpUrl(base, base) && !isExternal(base, siteHosts);
  // `anchors`: the element's a[href] list when the caller has it already (it reads hashtags from it too).
  return (el, anchors = el.querySelectorAll('a[href]')) => {
    const out: PostLink[] = [];
    if (!anchors.length) return out;
    const seen = new Set<string>();
    for (let i = 0; i < anchors.length; i++) {
      const a = anchors[i]!;
      const raw = a.getAttribute('href');
      if (baseIsOwn && raw && SAME_HOST_PATH.test(raw)) continue;
      const u = httpUrl(raw, base);
      // u.href parses back to the same host name: this is isExternal(u.href) without a second parse.
      if (!u || !isExternalHost(u.hostname, siteHosts)) continue;
      const href = u.href;
      if (seen.has(href)) continue;
      seen.add(href);
      out.push(linkOf(a, href));
    }
    return out;
  };
}

/** True when a link leaves the site (only those can point to sources). */
export function isExternal(href: string, siteHosts: readonly string[]): boolean {
  try {
    return isExternalHost(new URL(href).hostname, siteHosts);
  } catch {
    return false;
  }
}

/** `isExternal` for a host name already parsed. */
export function isExternalHost(host: string, siteHosts: readonly string[]): boolean {
  return !siteHosts.some((h) => host === h || host.endsWith('.' + h));
}

/** Canonical page URL from <link rel=canonical>, og:url or <base>, when the page says it. */
export function pageUrl(doc: Document | null): string | null {
  if (!doc) return null;
  // In order, and only as far as needed: a page without a canonical link would be searched whole three times.
  return (
    doc.querySelector('link[rel=canonical]')?.getAttribute('href') ||
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ||
    doc.querySelector('base[href]')?.getAttribute('href') ||
    null
  );
}

/** Nearest ancestor (or self) with a `hidden` attribute below `stop`: such units are not on screen (YouTube keeps old pages). */
export function inHiddenSubtree(el: Element, stop?: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
  }
  return false;
}

/**
 * `inHiddenSubtree(el)` (no stop) for many elements of one pass: each ancestor's answer is remembered, so a page of
 * comments ~30 levels deep climbs each level once instead of once per comment. Make one per pass (the DOM changes).
 */
export function hiddenSubtreeTest(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const test = (el: Element): boolean => {
    const path: Element[] = [];
    let hidden = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const k = known.get(e);
      if (k !== undefined) {
        hidden = k;
        break;
      }
      path.push(e);
      if (e.hasAttribute('hidden')) {
        hidden = true;
        break;
      }
    }
    // Every element on the path below the answer shares it (below a hidden one, all are hidden).
    for (const e of path) known.set(e, hidden);
    return hidden;
  };
  return test;
}

/**
 * Elements matching `selector` in `root`, plus the nearest matching ancestor-or-self of `root`: the scanner passes
 * the subtree a mutation touched, which may lie inside a post's text element as well as around whole posts.
 */
export function selectAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  const r = root as Node;
  if (r.nodeType === 1) {
    const up = (r as Element).closest(selector);
    if (up) out.push(up);
  }
  for (const el of Array.from(root.querySelectorAll(selector))) out.push(el);
  return out;
}

/** Visible text of a small element (names, handles), whitespace collapsed. */
export function plainText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Makes keys unique within one scan: the same video can sit twice in a page (feed card and detail overlay), and
 * two identical short comments by one author hash alike. The second gets `#2`, in document order.
 */
export function uniqueKeys(units: PostUnit[]): PostUnit[] {
  const dedupe = keyDeduper();
  for (const u of units) dedupe(u);
  return units;
}

/** The same, one unit at a time (the scanner reads a pass in several slices). */
export function keyDeduper(): (u: PostUnit) => PostUnit {
  const seen = new Map<string, number>();
  return (u) => {
    const n = (seen.get(u.key) ?? 0) + 1;
    seen.set(u.key, n);
    if (n > 1) u.key = `${u.key}#${n}`;
    return u;
  };
}

/** Adapter helper: `findPosts` from a generator of units, keys de-duplicated over the pass. */
export function collect(gen: (root: ParentNode) => Iterable<PostUnit>): (root: ParentNode) => PostUnit[] {
  return (root) => uniqueKeys(Array.from(gen(root)));
}

/** Builds a unit per element, lazily, skipping elements that give none. */
export function* unitsOf(
  els: Iterable<Element>,
  make: (el: Element) => PostUnit | null,
): Generator<PostUnit> {
  for (const el of els) {
    const u = make(el);
    if (u) yield u;
  }
}

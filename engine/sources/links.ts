// Finds the links of a post and says what they point to: a verified source, a study (DOI, PubMed), or
// something else. Links come from the text (URLs, www., bare domains with a known ending, DOIs, PMIDs)
// and from the page's anchors (PostLink: href plus visible text; behind a link shortener the visible
// text is what tells us where it goes). Only http(s) links count.
import type { LinkInfo, PostLink } from '../types';
import { normalHost, sourceForHost, type SourceIndex } from './index-sources';

export { buildSourceIndex, sourceForHost, type SourceIndex } from './index-sources';

// Characters that end a link written in text: spaces, quotes, brackets of markup, emoji, ellipsis.
const STOP = `\\s<>"'\`«»“”‘’|^{}\\\\\\p{Extended_Pictographic}…`;
const TLDS =
  'com|org|net|gov|edu|int|mil|eu|uk|fr|de|be|ch|ca|au|nz|ie|es|it|nl|io|co|ly|in|me|info|health|news|tv|app|gouv';
// Loose on purpose (no backtracking-heavy length limits): every word of a page is tried against it.
const HOST = '[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*';

// In priority order: a later pattern never takes text an earlier one already took.
const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => string | undefined }[] = [
  { re: new RegExp(`https?://[^${STOP}]+`, 'giu'), make: (m) => m[0] },
  { re: new RegExp(`(?<![\\w.@/:-])www\\.[^${STOP}]+`, 'giu'), make: (m) => `https://${m[0]}` },
  { re: new RegExp(`\\bdoi:\\s*(10\\.\\d{4,9}/[^${STOP}]+)`, 'giu'), make: (m) => doiUrl(m[1]) },
  { re: /\bPMID:?\s*(\d{1,9})\b/giu, make: (m) => `https://pubmed.ncbi.nlm.nih.gov/${m[1]}/` },
  { re: /\bPMCID:?\s*(PMC\d{1,9})\b/giu, make: (m) => `https://pmc.ncbi.nlm.nih.gov/articles/${m[1]}/` },
  { re: new RegExp(`(?<![\\w./])10\\.\\d{4,9}/[^${STOP}]+`, 'giu'), make: (m) => doiUrl(m[0]) },
  {
    re: new RegExp(`(?<![\\w.@/:#-])${HOST}\\.(?:${TLDS})(?![\\w-])(?:/[^${STOP}]*)?`, 'giu'),
    make: (m) => `https://${m[0]}`,
  },
];

function doiUrl(doi: string | undefined): string | undefined {
  return doi ? `https://doi.org/${doi}` : undefined;
}

/** Drops what a sentence puts after a link: "see cdc.gov." -> "cdc.gov"; keeps "(...)" that the URL opened. */
function trimEnd(s: string): string {
  let out = s.replace(/(\.\.\.|…)+$/u, '');
  for (;;) {
    const last = out.at(-1) ?? '';
    if (/[.,;:!?\]}'"»”’*…]/u.test(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0))
      out = out.slice(0, -1);
    else return out;
  }
}

interface Found {
  url: string;
  start: number;
  end: number;
}

/**
 * /pmc?id/i.test(text) by native searches for the rare "pm" in its four cases (the expression, case-insensitive,
 * tries every position of every post). Non-ASCII characters never match ASCII ones under /i without /u.
 */
const PM = ['pm', 'pM', 'Pm', 'PM'];
function mentionsPmid(text: string): boolean {
  for (let k = 0; k < PM.length; k++) {
    const s = PM[k]!;
    for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 2)) {
      let j = i + 2;
      if ((text.charCodeAt(j) | 32) === 99) j++; // c
      if ((text.charCodeAt(j) | 32) === 105 && (text.charCodeAt(j + 1) | 32) === 100) return true; // id
    }
  }
  return false;
}

/**
 * Which of PATTERNS can match the text at all (bit k for PATTERNS[k]), from the literal each one needs:
 * "://"; "www."; "0." before a digit (DOIs); "pmid" or "pmcid"; "." before a letter (a domain ending;
 * U+017F and U+212A match s and k under the i and u flags). Most posts need none of the expressions.
 */
function candidates(text: string): number {
  let bits = text.includes('://') ? 1 : 0;
  if (mentionsPmid(text)) bits |= 8 | 16;
  for (let i = text.indexOf('.'); i !== -1 && (bits & 0x66) !== 0x66; i = text.indexOf('.', i + 1)) {
    // Reads stay in bounds (a read past either end deopts the optimised loop); -1 stands for "no character".
    const before = i > 0 ? text.charCodeAt(i - 1) | 32 : -1;
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    const lower = after | 32;
    if (
      before === 119 &&
      i >= 3 &&
      (text.charCodeAt(i - 2) | 32) === 119 &&
      (text.charCodeAt(i - 3) | 32) === 119
    )
      bits |= 2;
    if (before === 48 && after >= 48 && after <= 57) bits |= 4 | 32;
    if ((lower >= 97 && lower <= 122) || after === 0x17f || after === 0x212a) bits |= 64;
  }
  return bits;
}

/** Links written in the text, with their spans, in text order. */
export function findTextLinks(text: string): Found[] {
  const found: Found[] = [];
  const bits = candidates(text);
  if (bits === 0) return found;
  // Characters already inside a found link: a later pattern never takes them (linear, pages can be large).
  let used: Uint8Array | undefined;
  for (let k = 0; k < PATTERNS.length; k++) {
    if ((bits & (1 << k)) === 0) continue;
    const { re, make } = PATTERNS[k]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const raw = trimEnd(m[0]);
      const start = m.index;
      const end = start + raw.length;
      if (raw.length < 4 || taken(used, start, end)) continue;
      const url = make(m);
      if (!url) continue;
      found.push({ url: trimEnd(url), start, end });
      (used ??= new Uint8Array(text.length)).fill(1, start, end);
    }
  }
  return found.sort(byStart);
}

// Module functions, not closures made per post.
const byStart = (a: Found, b: Found): number => a.start - b.start;

function taken(used: Uint8Array | undefined, a: number, b: number): boolean {
  if (!used) return false;
  for (let i = a; i < b; i++) if (used[i]) return true;
  return false;
}

/** Adds a link unless one with the same address is there. */
function addLink(out: LinkInfo[], seen: Set<string>, info: LinkInfo | undefined): void {
  if (!info) return;
  const key = sameKey(info.url);
  if (seen.has(key)) return;
  seen.add(key);
  out.push(info);
}

function parseHttp(raw: string): URL | undefined {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

const DOI_IN_PATH = /(?:^|\/|=)(10\.\d{4,9}\/[^?#\s]+)/u;

/** What a URL points to; undefined when it is not an http(s) URL. */
export function classifyUrl(raw: string, index: SourceIndex): LinkInfo | undefined {
  const u = parseHttp(raw);
  if (!u) return undefined;
  const host = normalHost(u.hostname);
  const path = decodeURIComponentSafe(u.pathname);
  if ((host === 'doi.org' || host === 'dx.doi.org') && /^\/10\.\d{4,9}\//u.test(path))
    return { url: raw, kind: 'study', sourceId: 'doi' };
  if (
    (host === 'pubmed.ncbi.nlm.nih.gov' && /^\/\d+/u.test(path)) ||
    (host === 'ncbi.nlm.nih.gov' && /^\/(pubmed\/\d+|pmc\/articles\/PMC\d+)/iu.test(path)) ||
    (host === 'pmc.ncbi.nlm.nih.gov' && /^\/articles\/PMC\d+/iu.test(path))
  )
    return { url: raw, kind: 'study', sourceId: 'pubmed' };
  const source = sourceForHost(index, host, path);
  if (source) return { url: raw, kind: 'verified', sourceId: source.id };
  if (DOI_IN_PATH.test(path + (u.search ? decodeURIComponentSafe(u.search) : '')))
    return { url: raw, kind: 'study', sourceId: 'doi' };
  return { url: raw, kind: 'other' };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Shorteners: the href says nothing, the visible text may show the real address. */
const SHORTENERS = new Set(
  't.co bit.ly lnkd.in youtu.be buff.ly ow.ly tinyurl.com goo.gl dlvr.it shorturl.at rb.gy is.gd tiny.cc fb.me trib.al amzn.to spoti.fi vm.tiktok.com linktr.ee'.split(
    ' ',
  ),
);

/** Redirect wrappers: the real address is a query parameter. */
const WRAPPERS: Record<string, string[]> = {
  'l.facebook.com': ['u'],
  'lm.facebook.com': ['u'],
  'l.instagram.com': ['u'],
  'youtube.com': ['q'],
  'google.com': ['q', 'url'],
  'out.reddit.com': ['url'],
  'linkedin.com': ['url'],
  't.umblr.com': ['z'],
  'l.threads.net': ['u'],
  'l.threads.com': ['u'],
};

/** The address behind a redirect wrapper, when the href is one. */
function unwrap(u: URL): URL {
  const params = WRAPPERS[normalHost(u.hostname)];
  if (!params) return u;
  for (const p of params) {
    const inner = parseHttp(u.searchParams.get(p) ?? '');
    if (inner) return inner;
  }
  return u;
}

function sameKey(url: string): string {
  const u = parseHttp(url);
  if (!u) return url;
  return normalHost(u.hostname) + u.pathname.replace(/\/+$/, '') + u.search;
}

/**
 * All links of a post: those written in the text (with spans) then the anchors not already listed.
 */
export function extractLinks(text: string, links: PostLink[] | undefined, index: SourceIndex): LinkInfo[] {
  const out: LinkInfo[] = [];
  const seen = new Set<string>();
  for (const f of findTextLinks(text ?? '')) {
    const info = classifyUrl(f.url, index);
    if (info) addLink(out, seen, { ...info, start: f.start, end: f.end });
  }
  for (const link of links ?? []) {
    const href = parseHttp(link.href?.trim() ?? '');
    if (!href) continue; // javascript:, data:, mailto:, relative or broken
    const real = unwrap(href);
    if (SHORTENERS.has(normalHost(real.hostname)) && link.text) {
      const shown = findTextLinks(link.text)[0];
      if (shown && !SHORTENERS.has(normalHost(parseHttp(shown.url)?.hostname ?? ''))) {
        addLink(out, seen, classifyUrl(shown.url, index));
        continue;
      }
    }
    addLink(out, seen, classifyUrl(real.href, index));
  }
  return out;
}

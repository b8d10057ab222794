// Generic article reader (opt-in per host): one unit per page holding the title and the main text only.
// Main text: <article> / [itemprop=articleBody] / <main> / role=main, else the block with the most paragraph
// text. Navigation, headers, footers, asides, menus, forms, share bars and comment sections are left out, so a
// health claim in a sidebar advert or a reader comment is not blamed on the article.
import type { PostLink } from '../engine/types.ts';
import type { SiteAdapter } from './types.ts';
import { partFromElement, tagOf } from './text-walker.ts';
import { buildUnit, docOf, httpUrl, pageUrl, plainText, uniqueKeys } from './unit.ts';

const ARTICLE_BODY = '[itemprop=articleBody]';
const ARTICLE = 'article';
const MAIN = 'main, [role=main]';
const TITLE = 'h1';
const AUTHOR = 'meta[name=author], [rel=author], [itemprop=author]';
const BOILERPLATE_TAGS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'menu',
  'form',
  'button',
  'dialog',
  'select',
]);
const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'dialog',
  'search',
  'alert',
]);
const BOILERPLATE_NAMES =
  /(^|[-_\s])(comments?|share|sharing|social|related|newsletter|promo|advert|ads?|cookie|breadcrumbs?|sidebar|subscribe|paywall)([-_\s]|$)/i;
/** Below this many characters of paragraph text a block is not an article. */
const MIN_TEXT = 200;

function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  return BOILERPLATE_NAMES.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
}

/** Paragraph text length directly under an element: the "largest text block" heuristic. */
function paragraphScore(el: Element): number {
  let n = 0;
  for (const c of Array.from(el.children)) if (tagOf(c) === 'p') n += (c.textContent ?? '').length;
  return n;
}

function largest(els: Element[]): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of els) {
    const len = (el.textContent ?? '').length;
    if (len > bestLen) [best, bestLen] = [el, len];
  }
  return best;
}

/** The element holding the article's main text, or null when the page has none worth reading. */
export function mainBlock(doc: Document): Element | null {
  const direct =
    doc.querySelector(ARTICLE_BODY) ??
    largest(Array.from(doc.querySelectorAll(ARTICLE))) ??
    doc.querySelector(MAIN);
  if (direct && (direct.textContent ?? '').trim().length >= MIN_TEXT) return direct;
  let best: Element | null = null;
  let bestScore = MIN_TEXT - 1;
  for (const el of Array.from(doc.querySelectorAll('div, section, td'))) {
    const s = paragraphScore(el);
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  return best;
}

/** Links in the main text that leave the site (sources), not those in share bars or related-article lists. */
function articleLinks(block: Element, base: string, skip: (el: Element) => boolean): PostLink[] {
  const host = new URL(base).hostname;
  const out: PostLink[] = [];
  // Whether an element sits in boilerplate below `block`, remembered per ancestor: links share most of them.
  const known = new Map<Element, boolean>();
  const inBoilerplate = (el: Element | null): boolean => {
    if (!el || el === block) return false;
    let v = known.get(el);
    if (v === undefined) known.set(el, (v = skip(el) || inBoilerplate(el.parentElement)));
    return v;
  };
  for (const a of Array.from(block.querySelectorAll('a[href]'))) {
    if (inBoilerplate(a.parentElement)) continue;
    const u = httpUrl(a.getAttribute('href'), base); // parsed once: u.href parses back to the same host
    const href = u?.href;
    if (!u || !href || u.hostname === host || out.some((l) => l.href === href)) continue;
    const text = plainText(a);
    out.push(text ? { href, text } : { href });
  }
  return out;
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Articles (any site)',
  hosts: [],
  optIn: true,
  detect: (doc) => !!mainBlock(doc),
  findPosts(root) {
    // One page, one article: the scanner may pass a subtree, but the main block is chosen from the whole page.
    const doc = docOf(root);
    if (!doc) return [];
    const block = mainBlock(doc);
    if (!block) return [];
    // A change elsewhere (adverts, comment widgets) does not re-read the article.
    const r = root as Node;
    if (r.nodeType === 1 && !block.contains(r) && !r.contains(block)) return [];
    const title = block.querySelector(TITLE) ?? doc.querySelector(TITLE);
    const skip = (el: Element) => isBoilerplate(el) || el === title;
    const page = pageUrl(doc);
    const base = page ?? 'https://invalid.example/';
    const authorEl = doc.querySelector(AUTHOR);
    const author = authorEl?.getAttribute('content') ?? plainText(authorEl);
    const unit = buildUnit({
      site: 'generic',
      kind: 'article',
      parts: [title ? partFromElement('title', title) : null, partFromElement('body', block, { skip })],
      anchor: title ?? block,
      author: author || undefined,
      links: articleLinks(block, base, skip),
      permalink: page,
    });
    return uniqueKeys(unit ? [unit] : []);
  },
};

// TikTok: For You feed items and /video/ pages (caption + hashtags), comments and replies (each its own unit),
// profile grids (captions exist only in img[alt]: badge-only units).
// TikTok renames tags and hashed classes often; data-e2e attributes have held since 2022, so match those only.
import type { PostUnit, SiteAdapter } from './types.ts';
import { partFromAttribute, partFromElement, partFromElements, tagOf } from './text-walker.ts';
import { absUrl, buildUnit, collect, docOf, externalLinks, pageUrl, plainText } from './unit.ts';

const DESC = '[data-e2e=video-desc], [data-e2e=browse-video-desc]';
/** Hashtag links: a[href^="/tag/"] (tested by attribute reads: the walker asks for every element). */
const HASHTAG_PATH = '/tag/';
/** "more" link in a caption: [data-e2e=more-link]. */
const MORE_LINK_E2E = 'more-link';
const AUTHOR_NAME = '[data-e2e=browse-username], [data-e2e=video-author-uniqueid]';
const PROFILE_LINK = 'a[href^="/@"]';
const ITEM = 'article, [data-e2e=recommend-list-item-container]';
const COMMENT_TEXT = '[data-e2e=comment-level-1], [data-e2e=comment-level-2]';
const COMMENT_USER = '[data-e2e=comment-username-1], [data-e2e=comment-username-2]';
const GRID_ITEM = '[data-e2e=user-post-item]';
const VIDEO_LINK = 'a[href*="/video/"]';

const HOSTS = ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'];
const ORIGIN = 'https://www.tiktok.com/';
/** How far up from a caption to look for the player (feed cards nest ~8 levels, detail pages ~6). */
const PLAYER_CLIMB = 12;

/** `tag`: the element's tag when the caller has it (the text walker passes it to `skip`). */
const isHashtag = (el: Element, tag = tagOf(el)) =>
  tag === 'a' && (el.getAttribute('href') ?? '').startsWith(HASHTAG_PATH);
/** For Array.filter, whose second argument is an index, not a tag. */
const isHashtagLink = (el: Element) => isHashtag(el);
const skipInCaption = (el: Element, tag: string) =>
  isHashtag(el, tag) || el.getAttribute('data-e2e') === MORE_LINK_E2E;
const externalLinksIn = externalLinks(ORIGIN, HOSTS);

/** '@handle' from a profile link's href. */
function handleFrom(el: Element | null): string | undefined {
  const href = el?.getAttribute('href') ?? '';
  if (!href.startsWith('/@')) return undefined;
  // The handle runs to the first '/', '?' or '#' (a regex and a match array per comment, before).
  let end = 2;
  for (; end < href.length; end++) {
    const c = href.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35) break; // '/', '?', '#'
  }
  if (end === 2) return undefined;
  const h = href.slice(2, end);
  return '@' + (h.includes('%') ? decodeURIComponent(h) : h);
}

/**
 * The nearest ancestor-or-self of `start` (up to `max` levels) with a descendant matching `selector`, and that
 * descendant: the caller used to query the holder a second time for it. (Searching only the children each level
 * adds was measured slower in Chromium: captions and comments are small subtrees, and calls cost more than nodes.)
 */
function climbToMatch(
  start: Element,
  selector: string,
  max: number,
): { holder: Element; found: Element } | null {
  let e: Element | null = start;
  for (let i = 0; e && i < max; i++, e = e.parentElement) {
    const found = e.querySelector(selector);
    if (found) return { holder: e, found };
  }
  return null;
}

function videoUnit(desc: Element): PostUnit | null {
  const item = desc.closest(ITEM);
  const player = climbToMatch(desc, 'video', PLAYER_CLIMB);
  const scope = item ?? player?.holder ?? desc.parentElement ?? desc;
  const nameEl = scope.querySelector(AUTHOR_NAME);
  const author = nameEl
    ? '@' + plainText(nameEl).replace(/^@/, '')
    : handleFrom(scope.querySelector(PROFILE_LINK));
  // A detail page shows one video: the page's own URL is its permalink. Feed cards carry no video link.
  const page = desc.getAttribute('data-e2e') === 'browse-video-desc' ? pageUrl(docOf(desc)) : null;
  const permalink =
    absUrl(scope.querySelector(VIDEO_LINK)?.getAttribute('href'), ORIGIN) ??
    (page?.includes('/video/') ? page : null);
  // One query for the hashtags and the links: every HASHTAG is an a[href].
  const anchors = Array.from(desc.querySelectorAll('a[href]'));
  return buildUnit({
    site: 'tiktok',
    kind: 'video',
    parts: [
      partFromElement('caption', desc, { skip: skipInCaption }),
      partFromElements('hashtags', anchors.filter(isHashtagLink)),
    ],
    anchor: desc,
    author,
    links: externalLinksIn(desc, anchors),
    permalink,
    player: player?.found ?? null,
  });
}

function commentUnit(text: Element): PostUnit | null {
  const reply = text.getAttribute('data-e2e') === 'comment-level-2';
  // The comment's own box: the nearest ancestor that also holds its user name (not the thread around it).
  const found = climbToMatch(text, COMMENT_USER, 6);
  const box = found?.holder ?? text;
  const user = found?.found ?? null; // level 0 searched all of `text`: box.querySelector would find none
  return buildUnit({
    site: 'tiktok',
    kind: reply ? 'reply' : 'comment',
    parts: [partFromElement(reply ? 'reply' : 'comment', text, { skip: isHashtag })],
    anchor: box,
    author: handleFrom(user?.querySelector(PROFILE_LINK) ?? null) ?? plainText(user),
    links: externalLinksIn(text),
  });
}

function gridUnit(item: Element): PostUnit | null {
  const img = item.querySelector('img[alt]');
  if (!img) return null;
  return buildUnit({
    site: 'tiktok',
    kind: 'grid-item',
    parts: [partFromAttribute('alt', img, 'alt')],
    anchor: item,
    permalink: absUrl(item.querySelector(VIDEO_LINK)?.getAttribute('href'), ORIGIN),
  });
}

const GROUPS = [DESC, COMMENT_TEXT, GRID_ITEM];
const ANY = GROUPS.join(', ');

/**
 * The three groups (captions, comments, grid cells) from one query: one walk of the page instead of three, the
 * largest single cost of a full scan once the code is warm. Each group keeps document order and comes whole
 * before the next, as with a query each; an element is told apart by its data-e2e value (every selector above
 * tests that attribute). For an element root, the nearest match around it comes first in its group (selectAll).
 */
function groups(root: ParentNode): Element[][] {
  // One closest() for an element root: it is inside no caption, comment or grid cell (nearly always: the
  // scanner passes new feed items), else one per group (each group's nearest may be a different ancestor).
  const inside = (root as Partial<Element>).closest?.(ANY);
  const out = GROUPS.map((sel) => {
    const up = inside ? (root as Element).closest(sel) : null;
    return up ? [up] : [];
  });
  for (const el of Array.from(root.querySelectorAll(ANY))) {
    const v = el.getAttribute('data-e2e');
    out[v === 'video-desc' || v === 'browse-video-desc' ? 0 : v === 'user-post-item' ? 2 : 1]!.push(el);
  }
  return out;
}

const MAKERS = [videoUnit, commentUnit, gridUnit];

/**
 * The units of the three groups in turn, one per next() (the page is queried at the first). A plain iterator:
 * a generator per group, resumed per post, cost more than the units' own reading on a cold first load.
 */
function posts(root: ParentNode): IterableIterator<PostUnit> {
  let all: Element[][] | null = null;
  let g = 0;
  let i = 0;
  const it: IterableIterator<PostUnit> = {
    next() {
      all ??= groups(root);
      for (; g < all.length; g++, i = 0) {
        const els = all[g]!;
        const make = MAKERS[g]!;
        while (i < els.length) {
          const u = make(els[i++]!);
          if (u) return { done: false, value: u };
        }
      }
      return { done: true, value: undefined };
    },
    [Symbol.iterator]: () => it,
  };
  return it;
}

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  hosts: HOSTS,
  detect: (doc) =>
    !!doc.querySelector(ANY) ||
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') === 'TikTok',
  findPosts: collect(posts),
  iteratePosts: posts,
};

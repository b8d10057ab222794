// Instagram: post/reel caption and comments. Instagram has no data attributes and hashed classes, so this
// reads structure: every caption or comment is a block holding exactly one <time>, the author's profile link
// (href="/<name>/") and the text. The block is the highest ancestor of the <time> that holds no other <time>.
// Comment times link to /p/<post>/c/<comment>/ (their permalink); the caption's time does not.
import type { PostUnit, SiteAdapter } from './types.ts';
import { partFromElement } from './text-walker.ts';
import { absUrl, buildUnit, collect, docOf, externalLinks, pageUrl, selectAll } from './unit.ts';

const TIME = 'time[datetime]';
const PROFILE_HREF = /^\/([A-Za-z0-9._]+)\/$/;
const COMMENT_HREF = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel)\/[^/]+\/c\/\d+\/?/;
const POST_HREF = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel)\/[^/]+\/?$/;
/** Post pages nest a block ~20 levels deep: stop climbing well before the page root. */
const MAX_CLIMB = 14;

const HOSTS = ['www.instagram.com', 'instagram.com'];
const ORIGIN = 'https://www.instagram.com/';
const externalLinksIn = externalLinks(ORIGIN, HOSTS);

function blockOf(time: Element): Element {
  let b = time;
  for (let i = 0; i < MAX_CLIMB && b.parentElement; i++) {
    const p = b.parentElement;
    // A second <time> below p: the collection stops at it (querySelectorAll listed every time in the thread).
    if (p.getElementsByTagName('time')[1]) break;
    b = p;
  }
  return b;
}

/** The author's profile link: a /<name>/ link that is not the time link. */
function authorLink(block: Element): Element | null {
  for (const a of Array.from(block.querySelectorAll('a[href]'))) {
    if (!a.querySelector('time') && PROFILE_HREF.test(a.getAttribute('href') ?? '')) return a;
  }
  return null;
}

function unitFor(time: Element): PostUnit | null {
  const block = blockOf(time);
  const author = authorLink(block);
  if (!author) return null; // like counts and dates under the post, not a text block
  const authorHref = author.getAttribute('href');
  const timeHref = time.closest('a')?.getAttribute('href') ?? '';
  const isComment = COMMENT_HREF.test(timeHref);
  // The text is what is left once the header (author links, time) and the buttons (likes, reply, translate) go.
  const skip = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    return (
      (tag === 'a' && (el.getAttribute('href') === authorHref || !!el.querySelector('time'))) ||
      tag === 'time' ||
      el.getAttribute('role') === 'button' ||
      tag === 'img'
    );
  };
  const part = partFromElement(isComment ? 'comment' : 'caption', block, { skip });
  const postLink = POST_HREF.test(timeHref) ? absUrl(timeHref, ORIGIN) : null;
  // The page's own URL is read only for a caption without a post link (three document queries when absent).
  const canonical = isComment || postLink ? null : pageUrl(docOf(block));
  return buildUnit({
    site: 'instagram',
    kind: isComment ? 'comment' : 'post',
    parts: [part],
    anchor: block,
    author: '@' + PROFILE_HREF.exec(authorHref ?? '')![1],
    links: externalLinksIn(block),
    permalink: isComment
      ? absUrl(timeHref, ORIGIN)
      : (postLink ?? (canonical && /\/(p|reel)\//.test(canonical) ? canonical : null)),
  });
}

function* posts(root: ParentNode): Generator<PostUnit> {
  const blocks = new Set<Element>();
  for (const t of selectAll(root, TIME)) {
    const u = unitFor(t);
    if (u && !blocks.has(u.anchor)) {
      blocks.add(u.anchor);
      yield u;
    }
  }
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  hosts: HOSTS,
  detect: (doc) =>
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') === 'Instagram' ||
    !!doc.querySelector('a[href^="/p/"][href*="/c/"] time, link[href*="instagram.com"][rel=canonical]'),
  findPosts: collect(posts),
  iteratePosts: posts,
};

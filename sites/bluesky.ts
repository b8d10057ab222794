// Bluesky (bsky.app): feed items and thread posts, found by their test ids (React Native Web keeps them in
// production). No saved page yet: selectors from open-source clients (2025), check against a live page.
// A quoted post's text is its own unit.
import type { PostUnit, SiteAdapter } from './types.ts';
import { partFromElement } from './text-walker.ts';
import { absUrl, buildUnit, collect, isExternal, linksIn, selectAll } from './unit.ts';

const ITEM = '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]';
const POST_TEXT = '[data-testid=postText]';
const POST_LINK = 'a[href*="/post/"]';

const HOSTS = ['bsky.app', 'www.bsky.app'];
const ORIGIN = 'https://bsky.app/';
const external = (href: string) => isExternal(href, HOSTS);

function handleOf(item: Element): string | null {
  const m = /^(?:feedItem|postThreadItem)-by-(.+)$/.exec(item.getAttribute('data-testid') ?? '');
  return m ? '@' + m[1] : null;
}

/** The profile/<handle>/post/<id> link nearest the text (the quoted post's own link for a quote). */
function permalinkFor(scope: Element, handle: string | null): string | null {
  for (const a of Array.from(scope.querySelectorAll(POST_LINK))) {
    const m = /^\/profile\/([^/]+)\/post\/([^/?#]+)/.exec(a.getAttribute('href') ?? '');
    if (m && (!handle || m[1] === handle.slice(1))) return absUrl(m[0], ORIGIN);
  }
  return null;
}

function* itemPosts(item: Element): Generator<PostUnit> {
  const texts = Array.from(item.querySelectorAll(POST_TEXT)).filter((t) => t.closest(ITEM) === item);
  const handle = handleOf(item);
  for (const [i, text] of texts.entries()) {
    // The first text is the item's own post; later ones sit in quote embeds (a link block to the quoted post).
    const quote = i > 0 ? (text.closest('[role=link], a') ?? text.parentElement!) : null;
    const permalink = quote ? permalinkFor(quote, null) : permalinkFor(item, handle);
    const quoted = quote && permalink ? /\/profile\/([^/]+)\//.exec(new URL(permalink).pathname)?.[1] : null;
    const u = buildUnit({
      site: 'bluesky',
      kind: 'post',
      parts: [partFromElement('body', text)],
      anchor: quote ?? text,
      author: quote ? (quoted ? '@' + quoted : null) : handle,
      links: linksIn(text, ORIGIN, external),
      permalink,
    });
    if (u) yield u;
  }
}

function* posts(root: ParentNode): Generator<PostUnit> {
  for (const item of selectAll(root, ITEM)) yield* itemPosts(item);
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: HOSTS,
  detect: (doc) => !!doc.querySelector(`${ITEM} ${POST_TEXT}`),
  findPosts: collect(posts),
  iteratePosts: posts,
};

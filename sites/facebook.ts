// Facebook (comet UI, 2025): feed, group and search posts. Classes are obfuscated; the stable hooks are the
// data-ad-* attributes Facebook keeps for its ad previews, which regular posts carry too. Posts sit in
// [aria-posinset] rows (feeds, search) or role=article. Comments: not yet (no saved page with comments).
import type { PostUnit, SiteAdapter } from './types.ts';
import { partFromElement } from './text-walker.ts';
import { absUrl, buildUnit, collect, isExternal, linksIn, plainText, selectAll, unitsOf } from './unit.ts';

const MESSAGE = '[data-ad-rendering-role=story_message], [data-ad-preview=message]';
const ROW = '[aria-posinset], [role=article]';
const PROFILE_NAME = '[data-ad-rendering-role=profile_name]';
const PERMALINK = /\/(posts|permalink|videos|reel|photo)\/|story_fbid=|\/photo\.php/;

const HOSTS = ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'];
const ORIGIN = 'https://www.facebook.com/';
const skipControls = (el: Element) => el.getAttribute('role') === 'button';
/** Facebook wraps outgoing links in l.facebook.com/l.php?u=<url>: keep the real target. */
function external(href: string): boolean {
  return isExternal(href, [...HOSTS, 'fb.com', 'fbcdn.net']);
}

/** Permalink without tracking parameters (__cft__, __tn__ change on every render). */
function cleanPermalink(href: string | null | undefined): string | null {
  const abs = absUrl(href, ORIGIN);
  if (!abs) return null;
  const u = new URL(abs);
  const keep = new URLSearchParams();
  for (const k of ['story_fbid', 'id', 'fbid', 'v']) {
    const v = u.searchParams.get(k);
    if (v) keep.set(k, v);
  }
  u.search = keep.toString();
  u.hash = '';
  return u.href;
}

function unwrap(href: string): string {
  try {
    const u = new URL(href);
    if (u.hostname === 'l.facebook.com' && u.pathname === '/l.php')
      return absUrl(u.searchParams.get('u'), ORIGIN) ?? href;
  } catch {
    // keep as is
  }
  return href;
}

function postUnit(msg: Element): PostUnit | null {
  // Nested preview elements: read the outermost message only.
  if (msg.parentElement?.closest(MESSAGE)) return null;
  const row = msg.closest(ROW) ?? msg.parentElement ?? msg;
  const link = Array.from(row.querySelectorAll('a[href]')).find((a) =>
    PERMALINK.test(a.getAttribute('href') ?? ''),
  );
  const links = linksIn(msg, ORIGIN)
    .map((l) => ({ ...l, href: unwrap(l.href) }))
    .filter((l) => external(l.href));
  return buildUnit({
    site: 'facebook',
    kind: 'post',
    parts: [partFromElement('body', msg, { skip: skipControls })],
    anchor: msg,
    author: plainText(row.querySelector(`${PROFILE_NAME} a`) ?? row.querySelector(PROFILE_NAME)),
    links,
    permalink: cleanPermalink(link?.getAttribute('href')),
  });
}

function* posts(root: ParentNode): Generator<PostUnit> {
  yield* unitsOf(selectAll(root, MESSAGE), postUnit);
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  hosts: HOSTS,
  detect: (doc) => !!doc.querySelector(`[data-ad-rendering-role], [data-ad-preview=message]`),
  findPosts: collect(posts),
  iteratePosts: posts,
};

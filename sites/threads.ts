// Threads: profile, feed and post pages. Posts sit in div[data-pressable-container=true]; classes are hashed.
// Inside one container, each <time> (linked to /@user/post/<id>) opens a post (a quoted post or a thread
// reply opens another); its text is the following boxes made only of span[dir=auto] lines.
import type { PostUnit, SiteAdapter } from './types.ts';
import { partFromElements } from './text-walker.ts';
import { absUrl, buildUnit, collect, isExternal, linksIn, selectAll } from './unit.ts';

const CONTAINER = 'div[data-pressable-container=true]';
const TIME = 'time';
const POST_HREF = /^(?:https:\/\/www\.threads\.(?:net|com))?\/@([^/]+)\/post\/([^/?#]+)/;

const HOSTS = ['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com'];
const ORIGIN = 'https://www.threads.net/';

/** A box whose element children are all text lines (span[dir=auto]): a post's text, one line per span. */
function isTextBox(el: Element): boolean {
  if (el.localName !== 'div' || el.children.length === 0) return false;
  // A quoted post is one big link to it: text inside a post link counts, text inside a profile link does not.
  const link = el.closest('a');
  if (link && !POST_HREF.test(link.getAttribute('href') ?? '')) return false;
  for (const c of Array.from(el.children))
    if (c.localName !== 'span' || c.getAttribute('dir') !== 'auto') return false;
  return true;
}

/** l.threads.net/?u=<url> wraps outgoing links. */
function unwrap(href: string): string {
  try {
    const u = new URL(href);
    if (u.hostname === 'l.threads.net') return absUrl(u.searchParams.get('u'), ORIGIN) ?? href;
  } catch {
    // keep as is
  }
  return href;
}

function* postsOf(container: Element, done: Set<Element>): Generator<PostUnit> {
  const groups: { time: Element; boxes: Element[] }[] = [];
  for (const el of Array.from(container.querySelectorAll(`${TIME}, div`))) {
    if (el.localName === TIME) groups.push({ time: el, boxes: [] });
    else if (groups.length && isTextBox(el)) groups.at(-1)!.boxes.push(el);
  }
  for (const { time, boxes } of groups) {
    if (done.has(time) || !boxes.length) continue;
    done.add(time);
    const m = POST_HREF.exec(time.closest('a')?.getAttribute('href') ?? '');
    const lines = boxes.flatMap((b) => Array.from(b.children));
    const links = boxes
      .flatMap((b) => linksIn(b, ORIGIN))
      .map((l) => ({ ...l, href: unwrap(l.href) }))
      .filter((l) => isExternal(l.href, [...HOSTS, 'threads.net', 'threads.com']));
    const u = buildUnit({
      site: 'threads',
      kind: 'post',
      parts: [partFromElements('body', lines, undefined, '\n')],
      anchor: boxes[0]!.parentElement ?? boxes[0]!,
      author: m ? '@' + decodeURIComponent(m[1]!) : null,
      links,
      permalink: m ? `https://www.threads.net/@${m[1]}/post/${m[2]}` : null,
    });
    if (u) yield u;
  }
}

function* posts(root: ParentNode): Generator<PostUnit> {
  const done = new Set<Element>();
  for (const c of selectAll(root, CONTAINER)) yield* postsOf(c, done);
}

export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  hosts: HOSTS,
  detect: (doc) => !!doc.querySelector(`${CONTAINER} a[href*="/post/"] time`),
  findPosts: collect(posts),
  iteratePosts: posts,
};

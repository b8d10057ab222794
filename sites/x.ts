// X (Twitter): each article[data-testid=tweet] is a unit; a quoted tweet inside it is its own unit with its own
// anchor, so a claim in the quote is not blamed on the quoter. Links: X rewrites every URL to t.co and shows the
// real domain as the link text ("cdc.gov/…"), so each link keeps both.
import type { PostLink } from '../engine/types.ts';
import type { PostUnit, SiteAdapter } from './types.ts';
import { partFromElement } from './text-walker.ts';
import { absUrl, buildUnit, collect, httpUrl, plainText, selectAll, unitsOf } from './unit.ts';

const TWEET = 'article[data-testid=tweet]';
const TWEET_TEXT = '[data-testid=tweetText]';
const USER_NAME = '[data-testid=User-Name]';
/** A quoted tweet is a clickable block (role=link) holding its own User-Name. */
const QUOTE = 'div[role=link]';
const STATUS_LINK = 'a[href*="/status/"]';
const CARD = '[data-testid="card.wrapper"]';

const ORIGIN = 'https://x.com/';
const OWN_HOSTS = /(^|\.)(x\.com|twitter\.com)$/;

/** Quote blocks inside a tweet (role=link divs that carry a user name). */
function quotesIn(tweet: Element): Element[] {
  return Array.from(tweet.querySelectorAll(QUOTE)).filter((q) => !!q.querySelector(USER_NAME));
}

/** '@handle' from the User-Name block (the span that starts with '@'). */
function handleIn(scope: Element, inQuote: (el: Element) => boolean): string | undefined {
  const name = Array.from(scope.querySelectorAll(USER_NAME)).find((n) => !inQuote(n));
  if (!name) return undefined;
  for (const s of Array.from(name.querySelectorAll('span'))) {
    const t = plainText(s);
    if (/^@\w+$/.test(t)) return t;
  }
  return plainText(name) || undefined;
}

/**
 * https://x.com/<user>/status/<id>, cut before /photo/1, /analytics... A quote block can hold links to the
 * quoting tweet (its video player does), so prefer the author's own status link; a quote without one gets none.
 */
function statusUrl(
  scope: Element,
  inQuote: (el: Element) => boolean,
  handle: string | undefined,
  isQuote: boolean,
): string | null {
  let first: string | null = null;
  for (const a of Array.from(scope.querySelectorAll(STATUS_LINK))) {
    if (inQuote(a)) continue;
    const m = /^\/([^/]+)\/status\/\d+/.exec(a.getAttribute('href') ?? '');
    if (!m) continue;
    if (handle && m[1]!.toLowerCase() === handle.slice(1).toLowerCase()) return absUrl(m[0], ORIGIN);
    first ??= absUrl(m[0], ORIGIN);
  }
  return isQuote ? null : first;
}

/** Links in the tweet text and its link card; text is what the reader sees (the real domain). */
function tweetLinks(textEls: Element[], scope: Element, inQuote: (el: Element) => boolean): PostLink[] {
  const out: PostLink[] = [];
  const add = (a: Element, text: string) => {
    const u = httpUrl(a.getAttribute('href'), ORIGIN); // parsed once: u.href parses back to the same host
    if (!u || OWN_HOSTS.test(u.hostname)) return; // hashtags, mentions
    const href = u.href;
    if (out.some((l) => l.href === href)) return;
    out.push(text ? { href, text } : { href });
  };
  for (const t of textEls)
    for (const a of Array.from(t.querySelectorAll('a[href]'))) add(a, plainText(a).replace(/…$/, ''));
  for (const card of Array.from(scope.querySelectorAll(CARD))) {
    if (inQuote(card)) continue;
    for (const a of Array.from(card.querySelectorAll('a[href]'))) {
      // Cards show "From whitehouse.gov" or carry the domain first in aria-label.
      const label = /^(\S+\.\S+)\s/.exec(a.getAttribute('aria-label') ?? '')?.[1];
      add(a, label ?? plainText(a).replace(/^From\s+/i, ''));
    }
  }
  return out;
}

function unitFor(scope: Element, anchor: Element, quotes: Element[]): PostUnit | null {
  // Inside a tweet, everything in a quote block belongs to the quote; inside a quote, nothing is excluded.
  const inQuote = (el: Element) => quotes.some((q) => q !== scope && q.contains(el));
  const texts = Array.from(scope.querySelectorAll(TWEET_TEXT)).filter((t) => !inQuote(t));
  const author = handleIn(scope, inQuote);
  return buildUnit({
    site: 'x',
    kind: 'post',
    parts: texts.map((t) => partFromElement('body', t)),
    anchor,
    author,
    links: tweetLinks(texts, scope, inQuote),
    permalink: statusUrl(scope, inQuote, author, quotes.includes(scope)),
  });
}

function* posts(root: ParentNode): Generator<PostUnit> {
  for (const tweet of selectAll(root, TWEET)) {
    const quotes = quotesIn(tweet);
    yield* unitsOf([tweet, ...quotes], (el) => unitFor(el, el, quotes));
  }
}

export const x: SiteAdapter = {
  id: 'x',
  name: 'X (Twitter)',
  hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  detect: (doc) => !!doc.querySelector(`${TWEET}, [data-testid=cellInnerDiv] ${TWEET_TEXT}`),
  findPosts: collect(posts),
  iteratePosts: posts,
};

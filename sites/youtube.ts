// YouTube: watch page (title + description), comments and replies, Shorts, search results (title + snippet).
// YouTube keeps earlier pages in the DOM with a `hidden` attribute (ytd-page-manager): units there are skipped.
import type { PostLink } from '../engine/types.ts';
import type { PostUnit, SiteAdapter, TextPart } from './types.ts';
import { partFromElement, tagOf, walkText } from './text-walker.ts';
import { buildUnit, collect, hiddenSubtreeTest, httpUrl, plainText, selectAll, unitsOf } from './unit.ts';

const WATCH = 'ytd-watch-metadata';
const WATCH_TITLE = 'h1 yt-formatted-string, #title h1';
const DESC_EXPANDER = '#description-inline-expander';
const DESC_EXPANDED = '#expanded';
const DESC_SNIPPET = '#snippet-text, #attributed-snippet-text';
const WATCH_OWNER = '#owner ytd-channel-name #text';
const WATCH_ROOT = 'ytd-watch-flexy';
const PLAYER = '#movie_player';
const PLAYER_FALLBACK = 'ytd-player';
const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';
const COMMENT_TEXT = '#content-text';
const COMMENT_AUTHOR = '#author-text';
const COMMENT_LINK = '#published-time-text a';
const REPLIES = 'ytd-comment-replies-renderer';
const SEARCH_RESULT = 'ytd-video-renderer';
const RESULT_TITLE = '#video-title';
const RESULT_SNIPPET = '.metadata-snippet-text, #description-text';
const RESULT_CHANNEL = 'ytd-channel-name #text';
// Shorts: no saved page yet; selectors from open-source extensions (2025), check against a live page.
const SHORT = 'ytd-reel-video-renderer';
const SHORT_PANEL = 'yt-reel-metapanel-view-model, ytd-reel-player-overlay-renderer #metapanel';
const SHORT_TITLE = 'yt-shorts-video-title-view-model, .ytShortsVideoTitleViewModelShortsVideoTitle, h2';
const SHORT_CHANNEL = 'yt-reel-channel-bar-view-model a, #channel-name a';

const ORIGIN = 'https://www.youtube.com/';
/** Buttons and chips inside text areas ("...more", "Show less"): not the author's words. */
const skipControls = (el: Element) => {
  const tag = tagOf(el);
  return (
    tag === 'tp-yt-paper-button' ||
    tag === 'button' ||
    el.id === 'ellipsis' ||
    el.getAttribute('role') === 'button'
  );
};

/** Links in YouTube text: external ones go through /redirect?q=<url>; keep the real target. */
function ytLinks(el: Element | null): PostLink[] {
  if (!el) return [];
  const out: PostLink[] = [];
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    // Parsed once (u.href parses back to the same URL).
    const u = httpUrl(a.getAttribute('href'), ORIGIN);
    if (!u) continue;
    if (u.pathname === '/redirect') {
      const q = httpUrl(u.searchParams.get('q'), ORIGIN)?.href;
      if (q) out.push({ href: q, text: plainText(a) || undefined });
    } else if (!/(^|\.)youtube\.com$|(^|\.)youtu\.be$/.test(u.hostname)) {
      out.push({ href: u.href, text: plainText(a) || undefined });
    }
  }
  return out;
}

/** First element of a list whose walked text is not empty. */
function firstPart(kind: TextPart['kind'], els: Element[]): TextPart | null {
  for (const el of els) {
    const p = partFromElement(kind, el, { skip: skipControls });
    if (p.text) return p;
  }
  return null;
}

function watchUnit(meta: Element): PostUnit | null {
  const flexy = meta.closest(WATCH_ROOT);
  const expander = meta.querySelector(DESC_EXPANDER) ?? flexy?.querySelector(DESC_EXPANDER) ?? null;
  const expanded = expander?.querySelector(DESC_EXPANDED) ?? null;
  const descEl =
    expanded && walkText(expanded).text ? expanded : (expander?.querySelector(DESC_SNIPPET) ?? null);
  const id = flexy?.getAttribute('video-id');
  return buildUnit({
    site: 'youtube',
    kind: 'video',
    parts: [
      firstPart('title', Array.from(meta.querySelectorAll(WATCH_TITLE))),
      descEl ? partFromElement('description', descEl, { skip: skipControls }) : null,
    ],
    anchor: meta,
    author: plainText(meta.querySelector(WATCH_OWNER)),
    links: ytLinks(descEl),
    permalink: id ? `https://www.youtube.com/watch?v=${encodeURIComponent(id)}` : null,
    player: flexy?.querySelector(PLAYER) ?? flexy?.querySelector(PLAYER_FALLBACK) ?? null,
  });
}

/** watch?v=..&lc=.. without tracking parameters (pp changes between renders and would change the key). */
function commentPermalink(href: string | null | undefined): string | null {
  const u = httpUrl(href, ORIGIN);
  if (!u) return null;
  const v = u.searchParams.get('v');
  const lc = u.searchParams.get('lc');
  return v && lc
    ? `https://www.youtube.com/watch?v=${encodeURIComponent(v)}&lc=${encodeURIComponent(lc)}`
    : u.href;
}

function commentUnit(c: Element): PostUnit | null {
  const text = c.querySelector(COMMENT_TEXT);
  if (!text) return null;
  const reply = !!c.closest(REPLIES);
  return buildUnit({
    site: 'youtube',
    kind: reply ? 'reply' : 'comment',
    parts: [partFromElement(reply ? 'reply' : 'comment', text, { skip: skipControls })],
    anchor: c,
    author: plainText(c.querySelector(COMMENT_AUTHOR)),
    links: ytLinks(text),
    permalink: commentPermalink(c.querySelector(COMMENT_LINK)?.getAttribute('href')),
  });
}

function resultUnit(r: Element): PostUnit | null {
  const title = r.querySelector(RESULT_TITLE);
  const u = httpUrl(title?.getAttribute('href'), ORIGIN);
  const v = u?.searchParams.get('v');
  const permalink = v ? `https://www.youtube.com/watch?v=${encodeURIComponent(v)}` : (u?.href ?? null);
  return buildUnit({
    site: 'youtube',
    kind: 'search-result',
    parts: [
      firstPart('title', title ? [title] : []),
      firstPart('snippet', Array.from(r.querySelectorAll(RESULT_SNIPPET))),
    ],
    anchor: r,
    author: plainText(r.querySelector(RESULT_CHANNEL)),
    permalink,
  });
}

function shortUnit(s: Element): PostUnit | null {
  const panel = s.querySelector(SHORT_PANEL);
  if (!panel) return null;
  return buildUnit({
    site: 'youtube',
    kind: 'video',
    parts: [firstPart('caption', Array.from(panel.querySelectorAll(SHORT_TITLE)))],
    anchor: panel,
    author: plainText(panel.querySelector(SHORT_CHANNEL)),
    player: s.querySelector('#shorts-player, video'),
  });
}

function* posts(root: ParentNode): Generator<PostUnit> {
  // Ancestors' hidden state is looked up once for all groups (one query per group: see reddit.ts).
  const hidden = hiddenSubtreeTest();
  const visible = (sel: string) => selectAll(root, sel).filter((el) => !hidden(el));
  yield* unitsOf(visible(WATCH), watchUnit);
  yield* unitsOf(visible(COMMENT), commentUnit);
  yield* unitsOf(visible(SEARCH_RESULT), resultUnit);
  yield* unitsOf(visible(SHORT), shortUnit);
}

export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  detect: (doc) => !!doc.querySelector(`ytd-app, ${WATCH}, ${COMMENT}, ${SEARCH_RESULT}, ${SHORT}`),
  findPosts: collect(posts),
  iteratePosts: posts,
};

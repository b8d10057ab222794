// LinkedIn: public post pages (guest, data-test-id hooks) and the logged-in feed (class hooks; no saved page
// yet, from 2025 markup descriptions: check against a live page). A reshared post is its own unit.
import type { PostUnit, SiteAdapter } from './types.ts';
import { partFromElement } from './text-walker.ts';
import { buildUnit, collect, isExternal, linksIn, plainText, selectAll, unitsOf } from './unit.ts';

// Guest pages (/posts/..., /pulse/...)
const GUEST_TEXT = '[data-test-id=main-feed-activity-card__commentary]';
const GUEST_LOCKUP = '[data-test-id=main-feed-activity-card__entity-lockup]';
const RESHARE_TEXT = '[data-test-id=feed-reshare-content__commentary]';
const RESHARE_LOCKUP = '[data-test-id=feed-reshare-content__entity-lockup]';
const RESHARE = '[data-test-id=feed-reshare-content]';
const ACTIVITY = '[data-activity-urn], [data-urn*="urn:li:activity:"]';
// Logged-in feed
const FEED_TEXT = '.feed-shared-update-v2__description, .update-components-update-v2__commentary';
const FEED_ACTOR = '.update-components-actor__title, .update-components-actor__name';
const FEED_ACTOR_VISIBLE =
  '.update-components-actor__title span[aria-hidden=true], .update-components-actor__name span[aria-hidden=true]';
const COMMENT_TEXT = '.comments-comment-item__main-content, .comments-comment-entity .update-components-text';
const COMMENT_ACTOR = '.comments-comment-meta__description-title, .comments-post-meta__name-text';
const COMMENT = 'article.comments-comment-entity, article.comments-comment-item';

const HOSTS = ['www.linkedin.com', 'linkedin.com'];
const ORIGIN = 'https://www.linkedin.com/';
const external = (href: string) => isExternal(href, [...HOSTS, 'licdn.com']);
/** "see more" buttons and visually hidden duplicates are not the author's words. */
const skipControls = (el: Element) => el.localName === 'button' || el.classList.contains('visually-hidden');

function activityUrl(el: Element, inside = false): string | null {
  const holder = inside ? (el.matches(ACTIVITY) ? el : el.querySelector(ACTIVITY)) : el.closest(ACTIVITY);
  const urn = holder?.getAttribute('data-activity-urn') ?? holder?.getAttribute('data-urn');
  const m = urn ? /urn:li:activity:\d+/.exec(urn) : null;
  return m ? `https://www.linkedin.com/feed/update/${m[0]}/` : null;
}

/** First line of a lockup: the name, without the headline and the date under it. */
function lockupName(lockup: Element | null): string | undefined {
  const name = lockup?.querySelector('a[data-tracking-control-name$="actor-name"]') ?? lockup;
  return plainText(name).split(/\s{2,}|\n/)[0] || undefined;
}

function textUnit(text: Element, reshare: boolean): PostUnit | null {
  const scope = reshare
    ? (text.closest(RESHARE) ?? text.parentElement!)
    : (text.closest('article') ?? text.parentElement!);
  const lockup = Array.from(scope.querySelectorAll(reshare ? RESHARE_LOCKUP : GUEST_LOCKUP)).find(
    (l) => reshare || !l.closest(RESHARE),
  );
  return buildUnit({
    site: 'linkedin',
    kind: 'post',
    parts: [partFromElement('body', text, { skip: skipControls })],
    anchor: text,
    author: lockupName(lockup ?? null),
    links: linksIn(text, ORIGIN, external),
    permalink: reshare ? activityUrl(scope, true) : activityUrl(text),
  });
}

function feedUnit(text: Element): PostUnit | null {
  const post = text.closest(ACTIVITY) ?? text.parentElement!;
  return buildUnit({
    site: 'linkedin',
    kind: 'post',
    parts: [partFromElement('body', text, { skip: skipControls })],
    anchor: text,
    // The actor name is written twice (visible, and again for screen readers): read the visible copy.
    author: plainText(post.querySelector(FEED_ACTOR_VISIBLE) ?? post.querySelector(FEED_ACTOR)) || null,
    links: linksIn(text, ORIGIN, external),
    permalink: activityUrl(text),
  });
}

function commentUnit(text: Element): PostUnit | null {
  const c = text.closest(COMMENT) ?? text.parentElement!;
  const reply = !!c.parentElement?.closest(COMMENT);
  return buildUnit({
    site: 'linkedin',
    kind: reply ? 'reply' : 'comment',
    parts: [partFromElement(reply ? 'reply' : 'comment', text, { skip: skipControls })],
    anchor: c,
    author: plainText(c.querySelector(COMMENT_ACTOR)) || null,
    links: linksIn(text, ORIGIN, external),
  });
}

function* posts(root: ParentNode): Generator<PostUnit> {
  yield* unitsOf(selectAll(root, GUEST_TEXT), (t) => textUnit(t, false));
  yield* unitsOf(selectAll(root, RESHARE_TEXT), (t) => textUnit(t, true));
  yield* unitsOf(selectAll(root, FEED_TEXT), feedUnit);
  yield* unitsOf(selectAll(root, COMMENT_TEXT), commentUnit);
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: HOSTS,
  detect: (doc) => !!doc.querySelector(`${GUEST_TEXT}, ${FEED_TEXT}, .feed-shared-update-v2`),
  findPosts: collect(posts),
  iteratePosts: posts,
};

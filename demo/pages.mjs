// Demo pages that imitate the markup of TikTok, YouTube and X closely enough for Vigie's site adapters
// (same data-e2e / data-testid / custom-element names as the live sites), filled with the team's own posts.
// Served by tests/e2e/server.mjs under the real host names, so the shipped manifest's match patterns apply.
import { CAPTIONS, COMMENTS, buildFeed } from './content.mjs';

const esc = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const shell = (title, lang, body, style = '', htmlAttrs = '') => `<!doctype html>
<html lang="${lang}"${htmlAttrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title>
<style>
body{margin:0;font:15px/1.4 system-ui,sans-serif;background:#fff;color:#161823}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}}
${style}
</style></head><body>${body}</body></html>`;

// ------------------------------------------------------------------ TikTok-like feed

function tiktokDesc(caption, idx) {
  let html = `<div data-e2e="video-desc"><span data-e2e="desc-span-${idx}_-1" style="display:inline-block">${esc(caption.text)} </span>`;
  caption.tags.forEach((tag, i) => {
    html += `<a data-e2e="search-common-link" target="_self" href="/tag/${esc(tag.toLowerCase())}"><p style="display:inline;color:#2b5db9">#${esc(tag)}</p></a>`;
    html += `<span data-e2e="desc-span-${idx}_${i * 2 + 1}" style="display:inline-block"> </span>`;
  });
  return html + '</div>';
}

function tiktokComment(c, level) {
  return `<div class="comment-item"><div data-e2e="comment-username-${level}"><a href="/@${esc(c.handle)}"><p>${esc(c.handle)}</p></a></div>
<span data-e2e="comment-level-${level}"><span>${esc(c.text)}</span></span>
<div><span data-e2e="comment-reply-${level}" role="button" tabindex="0">Reply</span></div></div>`;
}

export function tiktokItem(item, i) {
  const comments = item.comments.map((c, k) => tiktokComment(c, k === 2 ? 2 : 1)).join('');
  return `<article data-e2e="recommend-list-item-container" class="item" data-index="${i}">
<section class="player" data-e2e="feed-video"><video muted playsinline></video>
<div class="controls" aria-label="Video controls"><button type="button">Play</button><input type="range" aria-label="Seek"></div></section>
<div class="info"><a data-e2e="video-author-uniqueid" href="/@${esc(item.handle)}">${esc(item.handle)}</a>
${tiktokDesc(item.caption, i)}
<a class="permalink" href="/@${esc(item.handle)}/video/${item.id}">Open</a></div>
<div class="comments" data-e2e="comment-list">${comments}</div>
</article>`;
}

export function tiktokFeedPage({ count = 220, initial = 40, bench = false } = {}) {
  const feed = buildFeed(count);
  const first = feed.slice(0, initial).map(tiktokItem).join('\n');
  const rest = JSON.stringify(feed.slice(initial).map((item, k) => tiktokItem(item, k + initial)));
  const style = `.item{max-width:640px;margin:16px auto;padding:12px;border-bottom:1px solid #8883}
.player{position:relative;height:300px;border-radius:8px;background:linear-gradient(135deg,#333,#666)}
.player video{width:100%;height:100%}.controls{position:absolute;left:0;right:0;bottom:0;height:40px;background:#0006;display:flex;gap:8px;align-items:center;padding:0 8px}
.comments{margin-left:24px;font-size:14px}.comment-item{margin:6px 0}nav a{margin-right:12px}`;
  const body = `<nav><a href="/foryou" data-nav="feed">For You</a><a href="/@lea.health" data-nav="profile">Profile</a></nav>
<main id="app">${first}</main>
<script>
const rest = ${rest.replace(/</g, '\\u003c')};
let next = 0;
function more(n){ const app=document.getElementById('app'); for(let k=0;k<n&&next<rest.length;k++,next++){ app.insertAdjacentHTML('beforeend', rest[next]); } }
window.vigieDemoMore = more;
addEventListener('scroll', () => { if (innerHeight + scrollY > document.body.scrollHeight - 800) more(10); });
document.querySelector('[data-nav=profile]').addEventListener('click', (e) => {
  e.preventDefault(); history.pushState({}, '', '/@lea.health');
  document.getElementById('app').innerHTML = ${JSON.stringify(profileGrid(feed.slice(0, 12)))};
});
document.querySelector('[data-nav=feed]').addEventListener('click', (e) => { e.preventDefault(); location.href = '/foryou'; });
</script>`;
  // data-vigie-bench asks the extension to report its own cost on <html> (npm run bench).
  return shell('TikTok demo feed (Vigie)', 'en', body, style, bench ? ' data-vigie-bench' : '');
}

function profileGrid(items) {
  const cells = items
    .map(
      (item) =>
        `<div data-e2e="user-post-item"><a href="/@lea.health/video/${item.id}"><img alt="${esc(item.caption.text)} ${item.caption.tags.map((t) => '#' + esc(t)).join(' ')}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="120" height="160"></a></div>`,
    )
    .join('');
  return `<h1>@lea.health</h1><div data-e2e="user-post-item-list" style="display:grid;grid-template-columns:repeat(4,130px);gap:8px">${cells}</div>`;
}

// ------------------------------------------------------------------ YouTube-like watch page

export function youtubeWatchPage() {
  const comments = COMMENTS.slice(0, 10)
    .map(
      (c, i) => `<ytd-comment-thread-renderer><ytd-comment-view-model id="comment"><div id="main">
<div id="header"><a id="author-text" href="/@viewer${i}"><span>@viewer${i}</span></a></div>
<ytd-expander id="expander"><div id="content"><yt-attributed-string id="content-text"><span>${esc(c.text)}</span></yt-attributed-string></div></ytd-expander>
</div></ytd-comment-view-model></ytd-comment-thread-renderer>`,
    )
    .join('\n');
  const body = `<ytd-app><div id="content"><ytd-watch-flexy>
<div id="player" style="height:320px;background:#222"></div>
<ytd-watch-metadata><div id="title"><h1><yt-formatted-string>The alkaline diet cures cancer: what they never told you</yt-formatted-string></h1></div>
<div id="owner"><ytd-channel-name><a href="/@naturalhealthnow">Natural Health Now</a></ytd-channel-name></div>
<div id="description-inline-expander"><yt-attributed-string><span>In this video I explain why chemo kills more than it cures and how to heal with diet alone. Sources in my book. #health #cancer</span></yt-attributed-string></div>
</ytd-watch-metadata>
<ytd-comments id="comments"><div id="contents">${comments}</div></ytd-comments>
</ytd-watch-flexy></div></ytd-app>`;
  return shell('YouTube demo (Vigie)', 'en', body);
}

// ------------------------------------------------------------------ X-like timeline

export function xTimelinePage() {
  const picks = CAPTIONS.filter((_, i) => i % 3 === 0).slice(0, 20);
  const tweets = picks
    .map(
      (c, i) => `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0">
<div data-testid="User-Name"><a href="/user${i}" role="link"><span>User ${i}</span></a><a href="/user${i}"><span>@user${i}</span></a>
<a href="/user${i}/status/19${i}000"><time datetime="2026-11-2${i % 9}T10:00:00.000Z">Nov 2${i % 9}</time></a></div>
<div lang="${c.lang}" dir="auto" data-testid="tweetText"><span>${esc(c.text)}</span>${
        i % 4 === 0
          ? ` <a href="https://t.co/abc${i}" rel="noopener noreferrer nofollow" target="_blank" role="link"><span aria-hidden="true">https://</span>www.who.int/news-room<span aria-hidden="true">/fact-sheets</span><span>…</span></a>`
          : ''
      }</div>
</article></div>`,
    )
    .join('\n');
  const body = `<div id="react-root"><main role="main"><div aria-label="Timeline: Your Home Timeline">${tweets}</div></main></div>`;
  return shell('X demo (Vigie)', 'en', body);
}

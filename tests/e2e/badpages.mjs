// Pages of bad input for the browser tests (badinput.test.mjs in Chromium, firefox-ui.test.mjs in Firefox): our own
// texts, built at run time. Each page carries its own probes: window.__ticks (a timer that counts) and
// window.__errors (every error or unhandled rejection that reaches the page).

// Claims the shipped packs mark (checked with `vigie scan`), our own wording from demo/content.mjs.
export const CLAIMS = [
  'Nobody talks about this but vaccines cause autism, my neighbour saw it happen',
  'Baking soda cures cancer in 3 weeks, the oncologists are hiding it',
  'Stop taking your insulin and fix diabetes with cinnamon instead',
  'Drinking chlorine dioxide every morning kills every virus in your body',
  'Ivermectin cures covid, they just do not want you to know',
  'Apricot kernels cure cancer naturally, eat ten a day',
  'The covid vax changes your DNA forever, do your research',
  'Chemo kills more people than it cures. Skip it and heal with juices',
];
const ZW = '\u200b'; // zero-width space
const ZWJ = '\u200d';
const ZWNJ = '\u200c';
const WJ = '\u2060'; // word joiner
const RLO = '\u202e'; // right-to-left override
const PDF = '\u202c';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A TikTok-like feed item whose caption is `inner` (HTML). */
const item = (
  i,
  inner,
  attrs = '',
) => `<article data-e2e="recommend-list-item-container" data-index="${i}"${attrs}>
<div data-e2e="feed-video"></div><div data-e2e="video-desc"><span data-e2e="desc-span-${i}_-1">${inner} </span></div></article>`;

/** The page's own probes: a timer that counts, and every error or rejection that reaches the page. */
const PROBES = `<script>
window.__ticks = 0; setInterval(() => { window.__ticks++; }, 10);
window.__errors = [];
addEventListener('error', (e) => window.__errors.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + e.reason));
</script>`;

const page = (body, { dir = 'ltr', lang = 'en', script = '' } = {}) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>bad input</title>${PROBES}
<style>article{margin:12px;padding:8px;border:1px solid #ccc;overflow:hidden}</style></head>
<body><main id="app">${body}</main>${script}</body></html>`;

const normalPosts = (from) => CLAIMS.map((c, k) => item(from + k, esc(c))).join('\n');

export function hugePage() {
  // ~1 MB of ordinary words with a claim at the start, then the normal posts.
  const words = 'the garden was lovely today and the tomatoes are almost ready for picking ';
  const filler = words.repeat(Math.ceil(1_000_000 / words.length));
  return page(item(0, `${esc(CLAIMS[0])}. ${filler}`) + normalPosts(1));
}

export function manyPage() {
  // 3,000 posts, the 8 claims spread among ordinary ones (each ordinary text differs, so nothing is cached).
  const posts = [];
  for (let i = 0; i < 3000; i++) {
    const claim = i % 375 === 200 ? CLAIMS[(i - 200) / 375] : null;
    posts.push(item(i, esc(claim ?? `Ordinary post number ${i}: a walk by the river with my dog`)));
  }
  return page(posts.join('\n'));
}

export const DEEP_CLAIM = 'Baking soda cures cancer, stop chemo now';

export function deepPage() {
  // The HTML parser caps nesting at 512, so the page script builds the deep trees: a caption whose words sit
  // 1,000 elements down, and 1,000 nested divs beside the posts (not in any post). Deeper block trees crash
  // Chromium's renderer by themselves, without any extension (3,000 nested divs did here).
  const script = `<script>
(() => {
  const deepCaption = document.querySelector('[data-e2e="desc-span-0_-1"]');
  let at = deepCaption;
  for (let d = 0; d < 1000; d++) { const b = document.createElement(d % 2 ? 'span' : 'b'); at.append(b); at = b; }
  at.append(document.createTextNode(${JSON.stringify(DEEP_CLAIM)}));
  let box = document.createElement('div');
  const top = box;
  for (let d = 0; d < 1000; d++) { const c = document.createElement('div'); box.append(c); box = c; }
  box.textContent = 'the bottom of a very deep tree';
  document.getElementById('app').append(top);
})();
</script>`;
  return page(item(0, '') + normalPosts(1), { script });
}

// Right-to-left and zero-width tricks. The engine folds zero-width characters away (checked with `vigie scan`),
// so these claims are expected to be marked; the Arabic-only post has no rule and stays unmarked.
export const ZW_CLAIM = `Baking${ZW} soda cures can${ZW}cer, stop chemo now`;
export const TRICKS = [
  ZW_CLAIM,
  `B${ZWJ}ak${ZWNJ}ing soda cures cancer${WJ}, stop chemo now`,
  `${RLO}Baking soda cures cancer, stop chemo now${PDF}`,
  'שלום Baking soda cures cancer, stop chemo now مرحبا',
];
export function rtlPage() {
  const arabic = 'بيكنج صودا تعالج السرطان';
  const hebrew = 'טיול נעים ליד האגם הבוקר';
  const posts = [
    ...TRICKS.map((t, k) => item(k, esc(t), ' dir="auto"')),
    item(4, esc(arabic)),
    item(5, esc(hebrew)),
    item(6, `${esc(ZW.repeat(5000))}${esc('\u202b'.repeat(200))}`), // only invisible characters
  ];
  return page(posts.join('\n') + normalPosts(7), { dir: 'rtl', lang: 'ar' });
}

export function staleSelectorsPage() {
  // Yesterday's markup renamed: data-e2e attributes gone, the same claims in plain divs.
  return page(
    CLAIMS.map((c) => `<article class="feed-item"><div class="desc">${esc(c)}</div></article>`).join(''),
  );
}

// The cheaper adapter helpers must answer exactly as the plain ones they replace: externalLinks as linksIn with
// an isExternal filter (it skips root-relative links without parsing them), hiddenSubtreeTest as inHiddenSubtree
// (it remembers ancestors), absUrl as the URL parser (it joins plain root-relative paths itself).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absUrl,
  externalLinks,
  hiddenSubtreeTest,
  inHiddenSubtree,
  isExternal,
  linksIn,
} from '../../sites/unit.ts';
import { parsePage } from './helpers.ts';

const HOSTS = ['www.tiktok.com', 'tiktok.com'];
const ORIGIN = 'https://www.tiktok.com/';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function linksBothWays(hrefs: string[], base = ORIGIN, hosts = HOSTS) {
  const doc = parsePage(
    `<div id="p">${hrefs.map((h, i) => `<a href="${esc(h)}">link ${i % 3}</a>`).join('')}</div>`,
  );
  const el = doc.getElementById('p')!;
  return {
    fast: externalLinks(base, hosts)(el),
    plain: linksIn(el, base, (h) => isExternal(h, hosts)),
  };
}

describe('externalLinks', () => {
  const tricky = [
    '/tag/health',
    '/@someone',
    '/tag/caf\u00e9 au lait',
    '//evil.example/x',
    '/\\evil.example/x',
    '/\n/evil.example/x',
    '/\t/evil.example/x',
    ' //evil.example/x',
    '\u0000/x',
    '/',
    '',
    'tag/relative',
    '../up',
    '?q=1',
    '#frag',
    'javascript:void(0)',
    'mailto:a@b.example',
    'https://www.who.int/news-room',
    'https://www.who.int/news-room',
    'HTTPS://Sub.TikTok.com/x',
    'https://www.tiktok.com.evil.example/',
    'https://tiktok.com/@x',
    'http://[::1]/x',
    'https://exa mple.com/',
    '/%2F%2Fevil.example',
  ];

  it('gives the same links as linksIn + isExternal on tricky hrefs', () => {
    const { fast, plain } = linksBothWays(tricky);
    expect(fast).toEqual(plain);
    expect(fast.map((l) => l.href)).toContain('https://www.who.int/news-room');
  });

  it('parses every href when the base is not one of the site hosts', () => {
    const { fast, plain } = linksBothWays(tricky, 'https://elsewhere.example/');
    expect(fast).toEqual(plain);
    expect(fast.some((l) => l.href.startsWith('https://elsewhere.example/tag/'))).toBe(true);
  });

  it('agrees with linksIn on random hrefs', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      '//',
      'tag',
      '@',
      '.',
      ':',
      '?',
      '#',
      ' ',
      '\t',
      '\n',
      'x.example',
    );
    const href = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(href, { maxLength: 8 }), (hrefs) => {
        const { fast, plain } = linksBothWays(hrefs);
        expect(fast).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the anchor list from the caller when given', () => {
    const doc = parsePage(
      '<p id="p"><a href="https://a.example/">a</a><a href="https://b.example/">b</a></p>',
    );
    const el = doc.getElementById('p')!;
    const anchors = Array.from(el.querySelectorAll('a[href]')).slice(1);
    expect(externalLinks(ORIGIN, HOSTS)(el, anchors)).toEqual([{ href: 'https://b.example/', text: 'b' }]);
  });
});

describe('absUrl', () => {
  // The plain absUrl: every value through the parser (an empty href is no link).
  const viaParser = (href: string, base: string) => {
    if (!href) return null;
    try {
      const u = new URL(href, base);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };
  const bases = [
    'https://www.tiktok.com/',
    'http://x.com/',
    'https://www.reddit.com/r/a/',
    'https://Ex.com/',
  ];

  it('joins plain root-relative paths as the URL parser does', () => {
    const hrefs = [
      '/@lea.health/video/7300',
      '/r/x/comments/1/',
      '/a/./b',
      '/a/../b',
      '/..',
      '/.',
      '/.a/..b',
    ];
    for (const base of bases) for (const h of hrefs) expect(absUrl(h, base)).toBe(viaParser(h, base));
  });

  it('agrees with the URL parser on random paths', () => {
    const piece = fc.constantFrom(
      '/',
      '.',
      '..',
      'a',
      'Z',
      '@',
      '~',
      '-',
      '_',
      '%2e',
      '?',
      '#',
      ' ',
      '\\',
      'é',
    );
    const href = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(href, fc.constantFrom(...bases), (h, base) => {
        expect(absUrl(h, base)).toBe(viaParser(h, base));
      }),
      { numRuns: 1000 },
    );
  });
});

/** A random nested tree of divs, some with `hidden` or a data-k attribute. */
const div = (hidden: boolean, k: string, kids: string[]) =>
  `<div${hidden ? ' hidden' : ''}${k ? ` data-k="${k}" class="${k}"` : ''}>${kids.join('')}</div>`;
const attrs = { hidden: fc.boolean(), k: fc.constantFrom('', 'a', 'b', 'ab') };
const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(attrs).map((n) => div(n.hidden, n.k, [])),
    fc
      .record({ ...attrs, kids: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) })
      .map((n) => div(n.hidden, n.k, n.kids)),
  ),
})).node;

describe('hiddenSubtreeTest', () => {
  it('answers as inHiddenSubtree for every element, in any order', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (html, reverse) => {
        const doc = parsePage(html);
        const els = Array.from(doc.querySelectorAll('*'));
        if (reverse) els.reverse();
        const test = hiddenSubtreeTest();
        for (const el of els) expect(test(el)).toBe(inHiddenSubtree(el));
      }),
      { numRuns: 200 },
    );
  });
});

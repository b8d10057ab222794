// @vitest-environment happy-dom
// The text walker must give the same text in Node and the browser and map every offset back to the site's nodes.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  partFromAttribute,
  partFromElement,
  partFromElements,
  segmentsToRanges,
  unitSpanToRanges,
  walkText,
} from '../../sites/text-walker.ts';

function mount(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

/** Every segment copies node data 1:1. */
function checkSegments(root: Node): string {
  const r = walkText(root);
  for (const s of r.segments) {
    const src = s.node ? s.node.data : (s.attr?.el.getAttribute(s.attr.name) ?? '');
    const from = s.nodeStart ?? 0;
    expect(r.text.slice(s.start, s.end)).toBe(src.slice(from, from + s.end - s.start));
  }
  return r.text;
}

describe('walkText', () => {
  it('collapses whitespace and separates blocks and <br>', () => {
    const el = mount('<p>Garlic   <b>cures</b> colds!</p><div>Line<br>two</div>  <span>end</span>');
    expect(checkSegments(el)).toBe('Garlic cures colds!\nLine\ntwo\nend');
  });

  it('keeps a newline for whitespace runs that hold one (pre-wrap captions)', () => {
    const el = mount('<span>Le citron détox.\n\nÇa marche !</span>');
    expect(checkSegments(el)).toBe('Le citron détox.\nÇa marche !');
  });

  it('skips script, style, svg, hidden and aria-hidden subtrees', () => {
    const el = mount(
      '<span>a</span><script>var x=1</script><style>.a{}</style><svg><text>s</text></svg>' +
        '<span hidden>h</span><span aria-hidden="true">x</span><noscript>n</noscript><template>t</template><span>b</span>',
    );
    expect(checkSegments(el)).toBe('ab');
  });

  it('applies the skip option to descendants only', () => {
    const el = mount('<div class="c">Top comment <div class="c">nested reply</div></div>');
    const top = el.firstElementChild!;
    expect(walkText(top, { skip: (e) => e.classList.contains('c') }).text).toBe('Top comment');
  });

  it('enters open shadow roots and follows slots', () => {
    const el = mount('<x-post><span slot="body">Light text</span></x-post>');
    const host = el.firstElementChild!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow title</p><slot name="body"></slot>';
    expect(checkSegments(el)).toContain('Shadow title');
    expect(walkText(el).text).toContain('Light text');
  });

  it('tells which shadow roots a part came from (none: no field)', () => {
    const el = mount('<x-post></x-post><b>plain</b>');
    const shadow = el.firstElementChild!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow title</p>';
    expect(partFromElement('body', el).shadows).toEqual([shadow]);
    expect(partFromElements('hashtags', [el, el.lastElementChild!]).shadows).toEqual([shadow]);
    expect('shadows' in partFromElement('body', el.lastElementChild!)).toBe(false);
  });

  it('maps offsets back to the right text nodes', () => {
    const el = mount('<p>Vitamin C <i>cures</i>   cancer</p>');
    const r = walkText(el);
    expect(r.text).toBe('Vitamin C cures cancer');
    const start = r.text.indexOf('cures');
    const ranges = segmentsToRanges(r.segments, start, r.text.length, document);
    expect(ranges.map((x) => x.toString())).toEqual(['cures', 'cancer']);
    expect(ranges[0]!.startContainer.parentElement!.tagName).toBe('I');
  });

  it('maps a span inside one node with collapsed whitespace to a single Range', () => {
    const el = mount('<p>one    two</p>');
    const r = walkText(el);
    expect(r.text).toBe('one two');
    const ranges = segmentsToRanges(r.segments, 0, 7, document);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.toString()).toBe('one    two');
  });

  it('handles zero-width, RTL and emoji text', () => {
    const el = mount('<p>\u200bزنجبيل\u200f يشفي 🤒🍋 ginger\u200d\ufeff</p><p>👨‍👩‍👧 família</p>');
    const text = checkSegments(el);
    expect(text).toContain('🤒🍋');
    const r = walkText(el);
    const i = r.text.indexOf('🍋');
    expect(segmentsToRanges(r.segments, i, i + 2, document)[0]!.toString()).toBe('🍋');
  });

  it('gives the same text under linkedom (CLI) and the browser DOM', () => {
    const html =
      '<article><h2>Titre</h2><p>Le <b>jeûne</b>   guérit\n tout.<br>Vraiment ?</p><span hidden>x</span></article>';
    const el = mount(html);
    const { document: ldoc } = parseHTML(`<html><body>${html}</body></html>`);
    expect(walkText(ldoc.querySelector('article')!).text).toBe(walkText(el.firstElementChild!).text);
  });

  it('walks a 10,000-level deep DOM without overflowing the stack', () => {
    const root = document.createElement('div');
    let cur: Element = root;
    for (let i = 0; i < 10000; i++) {
      const next = document.createElement(i % 2 ? 'div' : 'span');
      cur.appendChild(next);
      cur = next;
    }
    cur.appendChild(document.createTextNode('deep claim'));
    expect(walkText(root).text).toBe('deep claim');
  });
});

describe('parts', () => {
  it('reads attributes with attr segments', () => {
    const el = mount('<img alt="  Turmeric   heals  everything #health ">');
    const p = partFromAttribute('alt', el.firstElementChild!, 'alt');
    expect(p.text).toBe('Turmeric heals everything #health');
    expect(p.segments.every((s) => s.node === null && s.attr?.name === 'alt')).toBe(true);
    expect(segmentsToRanges(p.segments, 0, 5, document)).toEqual([]);
  });

  it('joins several elements with a virtual space', () => {
    const el = mount('<a>#detox</a><a>#santé</a>');
    const p = partFromElements('hashtags', Array.from(el.children));
    expect(p.text).toBe('#detox #santé');
    expect(segmentsToRanges(p.segments, 7, 13, document)[0]!.toString()).toBe('#santé');
  });

  it('maps unit offsets across parts', () => {
    const el = mount('<h1>Title here</h1><p>Body text</p>');
    const a = walkText(el.children[0]!);
    const b = walkText(el.children[1]!);
    const unit = {
      parts: [
        { kind: 'title' as const, ...a },
        { kind: 'body' as const, ...b },
      ],
      partStart: [0, a.text.length + 1],
    };
    const ranges = unitSpanToRanges(unit, 6, 15, document);
    expect(ranges.map((r) => r.toString())).toEqual(['here', 'Body']);
  });
});

describe('text split across nodes', () => {
  it('reads a lone edge space the same whether the parser split the text node or not', () => {
    const one = mount('<p>Policy.\u00a0We agree</p>');
    const whole = walkText(one).text;
    const split = mount('<p></p>');
    const p = split.firstElementChild!;
    p.append(document.createTextNode('Policy.'), document.createTextNode('\u00a0We agree'));
    expect(walkText(split).text).toBe(whole);
    expect(whole).toBe('Policy.\u00a0We agree');
    const r = walkText(split);
    // The edge space is a real, mapped character.
    expect(r.segments.map((s) => r.text.slice(s.start, s.end))).toEqual(['Policy.', '\u00a0', 'We agree']);
  });

  it('drops an edge space before a block boundary', () => {
    const el = mount('<div>one </div><div> two</div>');
    expect(walkText(el).text).toBe('one\ntwo');
  });

  it('gives a skip callback its tag, and walks again from inside one (the walk keeps its stack between walks)', () => {
    const el = mount('<p>Keep <b>this</b> <i>not <u>that</u></i> end</p><p>next</p>');
    const tags: string[] = [];
    const inner: string[] = [];
    const r = walkText(el, {
      skip: (e, tag) => {
        tags.push(tag);
        inner.push(walkText(e).text);
        return tag === 'i';
      },
    });
    expect(r.text).toBe('Keep this end\nnext');
    expect(tags).toEqual(['p', 'b', 'i', 'p']);
    expect(inner).toEqual(['Keep this not that end', 'this', 'not that', 'next']);
    expect(walkText(el).text).toBe('Keep this not that end\nnext');
  });

  it('reads correctly after a skip callback threw in the middle of a walk', () => {
    const el = mount('<p>a <b>b</b> c</p>');
    expect(() =>
      walkText(el, {
        skip: () => {
          throw new Error('adapter bug');
        },
      }),
    ).toThrow('adapter bug');
    expect(walkText(el).text).toBe('a b c');
  });

  it('shifts the segments of later elements by the text before them', () => {
    const el = mount('<a>#one</a><a>  </a><a>#two <b>x</b></a>');
    const part = partFromElements('hashtags', Array.from(el.children));
    expect(part.text).toBe('#one #two x');
    for (const s of part.segments)
      expect(part.text.slice(s.start, s.end)).toBe(
        s.node!.data.slice(s.nodeStart!, s.nodeStart! + s.end - s.start),
      );
  });
});

// @vitest-environment happy-dom
// Property tests for the text walker on random DOM trees: whatever the markup, segments copy node data 1:1,
// whitespace is collapsed, and ranges give back exactly the mapped characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentsToRanges, walkText } from '../../sites/text-walker.ts';

type Tree = string | { tag: string; hidden: boolean; kids: Tree[] };

const chunk = fc.stringMatching(/^[a-zé ,.\n\t\u00a0\u200b\u200f🍋]{0,12}$/u);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    chunk,
    fc.record({
      tag: fc.constantFrom('span', 'div', 'p', 'b', 'br', 'li', 'script', 'a'),
      hidden: fc.boolean(),
      kids: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function build(t: Tree): Node {
  if (typeof t === 'string') return document.createTextNode(t);
  const el = document.createElement(t.tag);
  if (t.hidden && t.tag === 'span') el.setAttribute('aria-hidden', 'true');
  if (t.tag !== 'br') for (const k of t.kids) el.appendChild(build(k));
  return el;
}

describe('walkText properties', () => {
  it('maps every segment to its node, collapses whitespace and round-trips through ranges', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (kids) => {
        const root = document.createElement('div');
        for (const k of kids) root.appendChild(build(k));
        const { text, segments } = walkText(root);
        expect(text).not.toMatch(/^[ \n]|[ \n]$/);
        expect(text).not.toMatch(/[ \n\u00a0]{2,}/);
        let last = 0;
        let mapped = '';
        for (const s of segments) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
          const from = s.nodeStart ?? 0;
          expect(text.slice(s.start, s.end)).toBe(s.node!.data.slice(from, from + s.end - s.start));
          mapped += text.slice(s.start, s.end);
        }
        const ranges = segmentsToRanges(segments, 0, text.length, document);
        // One range per text node may also cover collapsed whitespace inside that node: compare without it.
        const squash = (x: string) => x.replace(/[ \t\n\u00a0]+/g, '');
        expect(squash(ranges.map((r) => r.toString()).join(''))).toBe(squash(mapped));
      }),
      { numRuns: 300 },
    );
  });
});

/** The walker's whitespace handling before it matched only separator runs (one regex step per run). */
function referenceSeparators(data: string): { kind: 'run' | 'sep'; value: string }[] {
  const out: { kind: 'run' | 'sep'; value: string }[] = [];
  const ws = /[ \t\n\r\f\u00a0]+/g;
  let from = 0;
  for (let m = ws.exec(data); m; m = ws.exec(data)) {
    const single = m[0] === ' ' || m[0] === '\u00a0';
    const atEdge = m.index === 0 || m.index + m[0].length === data.length;
    if (single && !atEdge) continue;
    if (m.index > from) out.push({ kind: 'run', value: data.slice(from, m.index) });
    out.push({ kind: 'sep', value: m[0] });
    from = m.index + m[0].length;
  }
  if (from < data.length) out.push({ kind: 'run', value: data.slice(from) });
  return out;
}

describe('walkText whitespace runs', () => {
  it('reads one text node exactly as the one-match-per-run walker did', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab \n\t\r\u00a0]{0,16}$/), (data) => {
        const p = document.createElement('p');
        p.textContent = data;
        const { text, segments } = walkText(p);
        // Rebuild the expected text from the reference split: runs verbatim, separators as one ' ' or '\n'
        // between real characters, a lone edge space kept as itself.
        const parts = referenceSeparators(data);
        let expected = '';
        let pending = '';
        for (const x of parts) {
          if (x.kind === 'sep') {
            const kind = x.value.includes('\n')
              ? '\n'
              : x.value.length === 1 && /[ \u00a0]/.test(x.value)
                ? x.value
                : ' ';
            if (pending !== '\n') pending = kind === '\n' ? '\n' : pending || kind;
          } else {
            if (pending && expected) expected += pending;
            pending = '';
            expected += x.value;
          }
        }
        expect(text).toBe(expected);
        for (const s of segments)
          expect(s.node!.data.slice(s.nodeStart, s.nodeStart! + s.end - s.start)).toBe(
            text.slice(s.start, s.end),
          );
      }),
      { numRuns: 400 },
    );
  });
});

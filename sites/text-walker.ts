// The one text walker shared by the content script (real DOM) and the CLI/tests (linkedom, happy-dom).
// Why not innerText: it needs layout (absent in Node), and it loses the link between characters and text nodes,
// which the overlay needs to highlight a finding with a Range over the site's own nodes.
//
// Output text is close to what a reader sees: text nodes in document order (open shadow roots entered, slots
// followed), invisible subtrees skipped, one virtual '\n' at block boundaries and <br>, whitespace runs collapsed
// to one virtual ' ' (or '\n' when the run held a newline, since captions often use pre-wrap line breaks).
// Every non-virtual character belongs to a segment that copies node data 1:1, so offsets map back exactly.
// The walk is iterative (explicit stack): deep DOMs do not overflow the call stack.
import type { PartKind, PostUnit, TextPart, TextSegment } from './types.ts';

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);

// Elements that start a new line when rendered (custom elements are inline by default, like in the browser).
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'caption',
  'legend',
  'option',
  'button',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

export interface WalkOptions {
  /**
   * Extra subtrees to leave out (nested comments, a quoted tweet, "see more" buttons). Not applied to the root.
   * `tag`: the element's tag in lower case (tagOf), which the walk has already read.
   */
  skip?: (el: Element, tag: string) => boolean;
  /** Keep a newline for whitespace runs that contain one (default true). */
  keepNewlines?: boolean;
}

export interface WalkResult {
  text: string;
  segments: TextSegment[];
  /** Open shadow roots entered (absent when none). */
  shadows?: ShadowRoot[];
}

/** Tag name in lower case (linkedom and happy-dom differ on case for some elements). */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** Hidden from every reader: `hidden`, aria-hidden="true", inline display:none, or a tag that holds no readable text. */
export function isInvisible(el: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(el)) || hiddenByAttribute(el);
}

/** The attribute half of isInvisible (the walk has the tag already). */
function hiddenByAttribute(el: Element): boolean {
  // Most elements of a post carry one or two attributes (class, data-*): no attribute, nothing to look up.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Inline display:none is common in app markup; class-based hiding needs layout, which Node does not have.
  const style = el.getAttribute('style');
  // Most inline styles do not say `none` at all: a plain search first, the full pattern only when they do.
  return !!style && MAYBE_NONE.test(style) && INLINE_HIDDEN.test(style);
}

const MAYBE_NONE = /none/i;
const INLINE_HIDDEN = /(^|;)\s*display\s*:\s*none\s*(!important\s*)?(;|$)/i;

// No-break spaces collapse too (sites use them as separators), but a lone one between words is kept 1:1.
// Only the runs that become separators are matched: two or more whitespace characters, a control character
// (\t \n \r \f), or a lone space at the data's start or end. A lone space between words (most whitespace
// in a post) is not a match at all, so a caption costs one or two regex steps instead of one per word.
const WS = /[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f]|^[ \u00a0]|[ \u00a0]$/g;

/** Marker pushed on the stack to close a block element after its children. */
const BLOCK_END = { blockEnd: true } as const;
type StackItem = Node | typeof BLOCK_END;

/** A single space or no-break space at the edge of a text node, kept as a real character if nothing stronger follows. */
interface EdgeSpace {
  node: Text | null;
  attr: TextSegment['attr'];
  data: string;
  index: number;
}

/**
 * Collects text and segments; inserts at most one separator between real characters. A lone space at a text
 * node's edge stays a real (mapped) character, so "Policy.&nbsp;We" reads the same whether the parser made one
 * text node of it (browsers) or split it at the entity (linkedom).
 */
class Builder {
  text = '';
  segments: TextSegment[] = [];
  /** Open shadow roots entered, in walk order (null while none: most posts have none). */
  shadows: ShadowRoot[] | null = null;
  /** 0 none, 1 space, 2 newline: the strongest separator requested since the last real character. */
  private pending = 0;
  private edge: EdgeSpace | null = null;
  constructor(private keepNewlines: boolean) {}

  separator(kind: 1 | 2, edge: EdgeSpace | null = null): void {
    if (kind <= this.pending) return;
    this.pending = kind;
    this.edge = kind === 1 ? edge : null; // a newline (block, <br>) always wins over an edge space
  }

  private flush(): void {
    if (this.pending && this.text.length) {
      const e = this.pending === 1 ? this.edge : null;
      if (e) this.push(e.node, e.attr, e.data, e.index, e.index + 1);
      else this.text += this.pending === 2 ? '\n' : ' ';
    }
    this.pending = 0;
    this.edge = null;
  }

  private push(node: Text | null, attr: TextSegment['attr'], data: string, from: number, to: number): void {
    const start = this.text.length;
    this.text += data.slice(from, to);
    const seg: TextSegment = { node, start, end: this.text.length, nodeStart: from };
    if (attr) seg.attr = attr;
    this.segments.push(seg);
  }

  /** Adds a run of data[from,to) that holds no collapsible whitespace. */
  private run(node: Text | null, attr: TextSegment['attr'], data: string, from: number, to: number): void {
    if (to <= from) return;
    this.flush();
    this.push(node, attr, data, from, to);
  }

  /** Adds node or attribute data; a single ' ' between words stays inside the segment (1:1), longer runs become virtual. */
  add(node: Text | null, attr: TextSegment['attr'], data: string): void {
    let from = 0;
    WS.lastIndex = 0;
    for (let m = WS.exec(data); m; m = WS.exec(data)) {
      const ws = m[0];
      // A lone space or no-break space here is at the data's edge (see WS): kept as a real character if
      // nothing stronger follows.
      const single = ws === ' ' || ws === '\u00a0';
      this.run(node, attr, data, from, m.index);
      const edge = single ? { node, attr, data, index: m.index } : null;
      this.separator(this.keepNewlines && ws.includes('\n') ? 2 : 1, edge);
      from = m.index + ws.length;
    }
    this.run(node, attr, data, from, data.length);
  }
}

/**
 * Pushes a node's children in rendered order (last first, so they pop in order): a shadow host shows its open
 * shadow root; a slot shows what is assigned to it. No array per element: the walk visits every element of a
 * post, and an array each was a third of its time in Chromium.
 */
function pushRenderedChildren(stack: StackItem[], node: Node, tag: string, b: Builder): void {
  let parent: Node = node;
  if (node.nodeType === ELEMENT_NODE) {
    const shadow = (node as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      parent = shadow;
      (b.shadows ??= []).push(shadow);
    } else if (tag === 'slot') {
      const slot = node as HTMLSlotElement;
      const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes() : [];
      if (assigned.length) {
        for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i]!);
        return;
      }
    }
  }
  for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
}

/** Walks `root` (element, shadow root or document) and returns its readable text with segments. */
export function walkText(root: Node, options: WalkOptions = NO_OPTIONS): WalkResult {
  const b = walkInto(root, options);
  const r: WalkResult = { text: b.text, segments: b.segments };
  if (b.shadows) r.shadows = b.shadows;
  return r;
}

/** The default options, one object (a part made without options, such as each hashtag link, made one each). */
const NO_OPTIONS: WalkOptions = Object.freeze({});

/** The walk's stack, kept between walks (one array less per post); taken while in use, so a nested walk makes its own. */
let spareStack: StackItem[] | null = [];

/** The walk itself, into a new Builder (the part makers read its fields: no result object in between). */
function walkInto(root: Node, options: WalkOptions = NO_OPTIONS): Builder {
  const b = new Builder(options.keepNewlines ?? true);
  const skip = options.skip;
  const stack = spareStack ?? [];
  spareStack = null;
  stack.push(root);
  while (stack.length) {
    const item = stack.pop()!;
    if (item === BLOCK_END) {
      b.separator(2);
      continue;
    }
    const node = item as Node;
    if (node.nodeType === TEXT_NODE) {
      const t = node as Text;
      b.add(t, undefined, t.data ?? t.nodeValue ?? '');
      continue;
    }
    let tag = '';
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      tag = tagOf(el);
      if (SKIPPED_TAGS.has(tag)) continue;
      if (node !== root && (hiddenByAttribute(el) || (skip !== undefined && skip(el, tag)))) continue;
      if (tag === 'br') {
        b.separator(2);
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        b.separator(2);
        stack.push(BLOCK_END);
      }
    } else if (node.nodeType !== DOCUMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) {
      continue; // comments, processing instructions
    }
    pushRenderedChildren(stack, node, tag, b);
  }
  // Empty here; an exception above leaves it out, and the next walk makes a new one.
  spareStack = stack;
  return b;
}

/** A part from an element's visible text. */
export function partFromElement(kind: PartKind, el: Node, options?: WalkOptions): TextPart {
  const b = walkInto(el, options);
  const part: TextPart = { kind, text: b.text, segments: b.segments };
  if (b.shadows) part.shadows = b.shadows;
  return part;
}

/** A part from an attribute value (img alt, aria-label), whitespace collapsed the same way. */
export function partFromAttribute(kind: PartKind, el: Element, name: string): TextPart {
  const b = new Builder(true);
  b.add(null, { el, name }, el.getAttribute(name) ?? '');
  return { kind, text: b.text, segments: b.segments };
}

/** A part from several elements (hashtag links), separated by a virtual space (or `sep`: '\n' for paragraphs). */
export function partFromElements(
  kind: PartKind,
  els: Iterable<Node>,
  options?: WalkOptions,
  sep: ' ' | '\n' = ' ',
): TextPart {
  let text = '';
  const segments: TextSegment[] = [];
  let shadows: ShadowRoot[] | null = null;
  for (const el of els) {
    const r = walkInto(el, options);
    if (r.shadows) (shadows ??= []).push(...r.shadows);
    if (!r.text) continue;
    if (text) text += sep;
    const base = text.length;
    text += r.text;
    // The walk's segments are new objects of its own: shifted in place rather than copied.
    for (const s of r.segments) {
      s.start += base;
      s.end += base;
      segments.push(s);
    }
  }
  return shadows ? { kind, text, segments, shadows } : { kind, text, segments };
}

/**
 * DOM Ranges for [start, end) of a part's text: one Range per text node touched (never across shadow
 * boundaries or skipped subtrees). Attribute segments and virtual characters give no Range.
 */
export function segmentsToRanges(
  segments: readonly TextSegment[],
  start: number,
  end: number,
  doc: Document,
): Range[] {
  const ranges: Range[] = [];
  let cur: { node: Text; from: number; to: number } | null = null;
  const close = () => {
    if (!cur) return;
    const r = doc.createRange();
    r.setStart(cur.node, cur.from);
    r.setEnd(cur.node, cur.to);
    ranges.push(r);
    cur = null;
  };
  for (const s of segments) {
    if (s.end <= start || s.start >= end || !s.node) continue;
    const a = Math.max(start, s.start);
    const z = Math.min(end, s.end);
    const base = (s.nodeStart ?? 0) - s.start;
    if (cur && (cur as { node: Text }).node === s.node) (cur as { to: number }).to = z + base;
    else {
      close();
      cur = { node: s.node, from: a + base, to: z + base };
    }
  }
  close();
  return ranges;
}

/** The part that holds post-text offset `offset`, and the offset inside it. */
export function locateInUnit(
  unit: Pick<PostUnit, 'parts' | 'partStart'>,
  offset: number,
): { part: number; offset: number } | null {
  for (let i = unit.parts.length - 1; i >= 0; i--) {
    const ps = unit.partStart[i]!;
    if (offset >= ps) return { part: i, offset: offset - ps };
  }
  return null;
}

/** DOM Ranges for a finding's [start, end) in PostUnit.text (a span may cross parts). */
export function unitSpanToRanges(
  unit: Pick<PostUnit, 'parts' | 'partStart'>,
  start: number,
  end: number,
  doc: Document,
): Range[] {
  const out: Range[] = [];
  unit.parts.forEach((part, i) => {
    const ps = unit.partStart[i]!;
    const a = Math.max(start, ps) - ps;
    const z = Math.min(end, ps + part.text.length) - ps;
    if (z > a) out.push(...segmentsToRanges(part.segments, a, z, doc));
  });
  return out;
}

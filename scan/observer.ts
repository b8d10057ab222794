// One batched MutationObserver per root (the document and every open shadow root found). The callback only
// queues records; turning them into subtrees to re-read happens later, in an idle slice (scan/index.ts).
export type ScanRoot = Document | ShadowRoot;

/** Vigie's own UI carries this attribute or is the overlay host element (overlay/host.ts HOST_TAG): its changes
 * never trigger a scan and its shadow root is never observed. */
export const OWN_UI_ATTR = 'data-vigie';
export const OWN_UI_TAG = 'vigie-overlay';
const OWN_UI = `[${OWN_UI_ATTR}], ${OWN_UI_TAG}`;

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface RootWatcher {
  /** Starts observing a root (no-op when already observed). */
  observe(root: ScanRoot): void;
  /** Drains the queued records. */
  take(): MutationRecord[];
  readonly queued: number;
  disconnect(): void;
}

export function createWatcher(onQueued: () => void, MO?: typeof MutationObserver): RootWatcher {
  const Ctor = MO ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  let queue: MutationRecord[] = [];
  /** Weak: a post removed from the page takes the shadow roots observed inside it along (long feeds). */
  let observed = new WeakSet<ScanRoot>();
  const observer = Ctor
    ? new Ctor((records) => {
        for (const r of records) queue.push(r);
        onQueued();
      })
    : null;
  return {
    observe(root) {
      if (observed.has(root) || !observer) return;
      // Never Vigie's own overlay (a text walk that strayed into it would report its shadow root).
      if (root.nodeType === 11 && (root as ShadowRoot).host?.matches(OWN_UI)) return;
      observed.add(root);
      observer.observe(root, OPTIONS);
    },
    take() {
      const q = queue;
      queue = [];
      return q;
    },
    get queued() {
      return queue.length;
    },
    disconnect() {
      observer?.disconnect();
      observed = new WeakSet();
      queue = [];
    },
  };
}

export function isOwnUi(el: Element): boolean {
  return !!el.closest(OWN_UI);
}

const SHOW_ELEMENT = 1;

/** The open shadow root of an element that is not Vigie's own UI, else null. */
function openShadowOf(el: Element): ShadowRoot | null {
  const sr = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  return sr && !el.matches(OWN_UI) ? sr : null;
}

/**
 * Open shadow roots in a subtree, and inside those, skipping Vigie's own UI. Lazy: yields null every
 * `CHUNK` elements so a caller can stop between chunks when its time slice is spent. `over`: elements whose
 * descendants are not searched (posts already read: the text walker enters their shadow roots itself).
 * Elements come from a TreeWalker (~5x faster than a query in Chromium; every DOM Vigie runs in has one,
 * linkedom and happy-dom included), read in this one loop: a generator of elements resumed once per element
 * cost as much as the walk itself on a 14,000-element feed.
 */
export function* shadowRootsIn(
  root: ParentNode,
  over?: (el: Element) => boolean,
): Generator<ShadowRoot | null> {
  const CHUNK = 512;
  const todo: ParentNode[] = [root];
  while (todo.length) {
    const node = todo.pop()! as Node;
    let n = 0;
    // The root itself when it is an element (its descendants are searched even when `over` says to pass it).
    if (node.nodeType === 1) {
      const sr = openShadowOf(node as Element);
      if (sr) {
        todo.push(sr);
        yield sr;
      }
      if (++n % CHUNK === 0) yield null;
    }
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument!;
    const walker = doc.createTreeWalker(node, SHOW_ELEMENT);
    let el = walker.nextNode() as Element | null;
    while (el) {
      const sr = openShadowOf(el);
      if (sr) {
        todo.push(sr);
        yield sr;
      }
      if (++n % CHUNK === 0) yield null;
      if (over?.(el)) {
        // Past its subtree: its next sibling, else the nearest ancestor's (parentNode() stops at the root).
        let next = walker.nextSibling();
        while (!next && walker.parentNode()) next = walker.nextSibling();
        el = next as Element | null;
      } else el = walker.nextNode() as Element | null;
    }
  }
}

/** All open shadow roots of a subtree at once. */
export function findShadowRoots(root: ParentNode): ShadowRoot[] {
  return Array.from(shadowRootsIn(root)).filter((s): s is ShadowRoot => s !== null);
}

export interface DirtyOptions {
  /** True for the anchor of a post already reported: a change inside it re-reads the whole post. */
  isAnchor(el: Element): boolean;
  /** Levels to climb from a changed node that is in no known post (posts assemble from siblings). */
  climb: number;
  /**
   * Ancestors found too large to climb past, kept across batches by the caller (a feed only grows while it
   * scrolls: counting its first 400 elements again for every ten posts added was about a tenth of a CPU profile
   * of the bench's scrolling phase).
   * Only "large" is kept: a container that starts small grows. Clear it when the page is read afresh.
   */
  large?: WeakSet<Element>;
}

/** Up to this many ancestors are checked for a known anchor (post markup nests ~25 levels at most). */
const ANCHOR_SEARCH = 40;
/** Climbing stops below an ancestor this large: re-reading a whole feed for one new item would cost too much. */
const CLIMB_MAX_ELEMENTS = 400;

/**
 * True when `el` has more than `max` descendant elements, counting no further: `getElementsByTagName('*')`
 * counted a whole feed (13,000 elements on the bench page, ~1 ms) for each new post, and so did reading its
 * element `max` in Chromium, and so does `childElementCount` (Chromium walks the children to count them: a
 * feed of 1,000 posts cost that walk for each post added by scrolling).
 */
function larger(el: Element, max: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT);
  for (let n = 1; walker.nextNode(); n++) if (n > max) return true;
  return false;
}

/** larger(el, CLIMB_MAX_ELEMENTS), asked once per element in a batch of records (posts added together share
 * their feed), and once at all for an element found large (`opts.large`). */
const largeIn = (memo: Map<Element, boolean>, el: Element, opts: DirtyOptions): boolean => {
  if (opts.large?.has(el)) return true;
  let big = memo.get(el);
  if (big === undefined) {
    memo.set(el, (big = larger(el, CLIMB_MAX_ELEMENTS)));
    if (big) opts.large?.add(el);
  }
  return big;
};

/** The shadow root's host for the top of a shadow tree, else the parent element. */
function parentOrHost(n: Node): Element | null {
  const p = n.parentNode;
  return p?.nodeType === 11 ? ((p as ShadowRoot).host ?? null) : n.parentElement;
}

function rootFor(el: Element, opts: DirtyOptions, memo: Map<Element, boolean>): Element {
  // Out of shadow trees too: a post's text may sit in a shadow root that its walk entered (the scanner
  // observes those), and a change there re-reads the post around it.
  let e: Element | null = el;
  for (let i = 0; e && i < ANCHOR_SEARCH; i++, e = parentOrHost(e)) if (opts.isAnchor(e)) return e;
  let up = el;
  for (let i = 0; i < opts.climb; i++) {
    const p = up.parentElement;
    const tag = p?.localName;
    if (!p || tag === 'body' || tag === 'html') break;
    if (largeIn(memo, p, opts)) break;
    up = p;
  }
  return up;
}

/**
 * Subtrees to re-read for a batch of records: added elements and changed text, mapped to the post around them,
 * de-duplicated, and with subtrees inside another one dropped.
 */
export function dirtyRoots(records: readonly MutationRecord[], opts: DirtyOptions): Element[] {
  const picked = new Set<Element>();
  const memo = new Map<Element, boolean>();
  const pick = (n: Node) => {
    // A text directly in a shadow root belongs to its host.
    const el = n.nodeType === 1 ? (n as Element) : parentOrHost(n);
    if (el && el.isConnected && !isOwnUi(el)) picked.add(rootFor(el, opts, memo));
  };
  for (const r of records) {
    if (r.type === 'characterData') pick(r.target);
    else for (let i = 0, added = r.addedNodes; i < added.length; i++) pick(added[i]!);
  }
  const list = Array.from(picked);
  return list.filter((a) => !list.some((b) => b !== a && b.contains(a)));
}

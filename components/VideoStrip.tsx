// The slim note at the top of a video player whose CAPTION was flagged (never for comments), worded like the
// platforms' own information banners. It can be collapsed to a small pill; opening it shows the popover.
//
// Plain DOM like the badge (components/Badge.tsx): one per flagged video on a feed, so its render cost
// counts. A change of `expanded` updates the open button in place (focus returns to it after the popover).
// Clicks reach it through stripClick, added once by the container.
import type { Category, Lang } from '../engine/types.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { CATEGORY_ICON } from './finding-view.ts';

export interface VideoStripProps {
  category: Exclude<Category, 'cites-verified-source'>;
  lang: Lang;
  collapsed: boolean;
  expanded: boolean;
  onOpen: (button: HTMLButtonElement) => void;
  onToggle: () => void;
}

interface Drawn {
  /** What the current DOM was built for; another value rebuilds it. */
  shape: string;
  open: HTMLButtonElement | null;
  props: VideoStripProps;
}
const drawn = new WeakMap<HTMLElement, Drawn>();
const actions = new WeakMap<Element, (button: HTMLButtonElement) => void>();

/** The click handler for every strip, added once on a container that holds them (see badgeClick). */
export function stripClick(e: Event): void {
  for (const el of e.composedPath()) {
    const act = actions.get(el as Element);
    if (act) return act(el as HTMLButtonElement);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function icon(doc: Document, category: VideoStripProps['category']): HTMLSpanElement {
  const s = el(doc, 'span', 'vg-icon', CATEGORY_ICON[category]);
  s.setAttribute('aria-hidden', 'true');
  return s;
}

function build(wrap: HTMLElement, d: Drawn): void {
  const doc = wrap.ownerDocument;
  const { category, lang, collapsed } = d.props;
  const toggle = el(doc, 'button', 'vg-strip-toggle');
  toggle.type = 'button';
  toggle.setAttribute('aria-label', t(collapsed ? 'strip.expand' : 'strip.collapse', lang));
  actions.set(toggle, () => d.props.onToggle());
  if (collapsed) {
    const box = el(doc, 'div', 'vg-strip vg-strip-collapsed');
    toggle.append(icon(doc, category), el(doc, 'span', 'vg-label', 'Vigie'));
    box.append(toggle);
    d.open = null;
    wrap.replaceChildren(box);
    return;
  }
  const box = el(doc, 'div', `vg-strip vg-cat-${category}`);
  box.setAttribute('role', 'note');
  const open = el(doc, 'button', 'vg-strip-open', t('strip.open', lang));
  open.type = 'button';
  open.setAttribute('aria-haspopup', 'dialog');
  actions.set(open, (b) => d.props.onOpen(b));
  const dash = el(doc, 'span', '', '–');
  dash.setAttribute('aria-hidden', 'true');
  toggle.append(dash);
  box.append(
    icon(doc, category),
    el(doc, 'span', 'vg-strip-text', t(`strip.${category}` as MessageKey, lang)),
    open,
    toggle,
  );
  d.open = open;
  wrap.replaceChildren(box);
}

/** Draws the strip into `wrap`, or updates the one already there. */
export function mountStrip(wrap: HTMLElement, props: VideoStripProps): void {
  const shape = `${props.collapsed ? 'c' : 'o'}|${props.category}|${props.lang}`;
  let d = drawn.get(wrap);
  if (!d || d.shape !== shape || !wrap.firstChild) {
    d = { shape, open: null, props };
    drawn.set(wrap, d);
    build(wrap, d);
  }
  d.props = props;
  d.open?.setAttribute('aria-expanded', props.expanded ? 'true' : 'false');
}

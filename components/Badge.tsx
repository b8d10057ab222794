// The per-post mark: a real <button> (focusable, Enter/Space open it natively) with an icon and a text label,
// so the category never rests on colour alone.
//
// Built with plain DOM calls, not Preact: a feed page carries hundreds of badges and Preact's render cost
// ~80 µs each (a fifth of Vigie's per-post time outside the engine). Updates (expanded, language, mode)
// change the same button in place, so focus stays on it. Clicks reach it through badgeClick, added once by
// the container.
import type { Category, Lang, Severity } from '../engine/types.ts';
import type { Mode } from '../common/settings.ts';
import { t } from '../i18n/index.ts';
import { badgeLabel, CATEGORY_ICON } from './finding-view.ts';

export interface BadgeProps {
  category: Category;
  severity: Severity;
  /** Number of findings in the post beyond the first. */
  more: number;
  expanded: boolean;
  mode: Mode;
  lang: Lang;
  /** id of the dialog this badge controls, when open. */
  controls?: string;
  onOpen: (badge: HTMLButtonElement) => void;
}

interface BadgeParts {
  icon: HTMLSpanElement;
  label: HTMLSpanElement;
  /** The '+N' label, made when first needed (most posts have one finding). */
  more?: HTMLSpanElement;
  onOpen: (badge: HTMLButtonElement) => void;
}
const parts = new WeakMap<Element, BadgeParts>();

function span(doc: Document, cls: string): HTMLSpanElement {
  const s = doc.createElement('span');
  s.className = cls;
  return s;
}

/** An empty badge per document, cloned for each new one (one call instead of five). */
const blanks = new WeakMap<Document, HTMLButtonElement>();
function blank(doc: Document): HTMLButtonElement {
  let b = blanks.get(doc);
  if (!b) {
    b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute('aria-haspopup', 'dialog');
    const icon = span(doc, 'vg-icon');
    icon.setAttribute('aria-hidden', 'true');
    b.append(icon, span(doc, 'vg-label'));
    blanks.set(doc, b);
  }
  return b;
}

/** 'Vigie: <label>, open details' per language and label (formatted once, not per badge). */
const arias = new Map<string, string>();
function ariaLabel(lang: Lang, label: string): string {
  const k = `${lang}|${label}`;
  let v = arias.get(k);
  if (v === undefined) arias.set(k, (v = t('badge.aria', lang, { label })));
  return v;
}

function setAttr(el: Element, name: string, value: string | undefined) {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * The click handler for every badge, added once on a container that holds them (overlay layer): one
 * listener per badge cost ~70 µs each in a content script, more than building the badge.
 */
export function badgeClick(e: Event): void {
  for (const el of e.composedPath()) {
    const p = parts.get(el as Element);
    if (p) return p.onOpen(el as HTMLButtonElement);
  }
}

/** Draws the badge into `wrap` (or updates the one already there) and returns its button. */
export function mountBadge(wrap: HTMLElement, props: BadgeProps): HTMLButtonElement {
  let btn = wrap.firstElementChild as HTMLButtonElement | null;
  let p = btn ? parts.get(btn) : undefined;
  if (!btn || !p) {
    const b = blank(wrap.ownerDocument).cloneNode(true) as HTMLButtonElement;
    const [icon, label] = b.children as unknown as [HTMLSpanElement, HTMLSpanElement];
    p = { icon, label, onOpen: props.onOpen };
    parts.set(b, p);
    wrap.replaceChildren(b);
    btn = b;
  }
  p.onOpen = props.onOpen;
  const label = badgeLabel(props.category, props.lang);
  btn.className = `vg-badge vg-sev-${props.severity} vg-cat-${props.category} vg-${props.mode}`;
  setAttr(btn, 'aria-expanded', props.expanded ? 'true' : 'false');
  setAttr(btn, 'aria-controls', props.controls);
  setAttr(btn, 'aria-label', ariaLabel(props.lang, label));
  p.icon.textContent = CATEGORY_ICON[props.category];
  p.label.textContent = label;
  if (props.more > 0) {
    p.more ??= span(btn.ownerDocument, 'vg-more');
    p.more.textContent = t('badge.more', props.lang, { count: props.more });
    if (p.more.parentNode !== btn) btn.append(p.more);
  } else p.more?.remove();
  return btn;
}

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
  more: HTMLSpanElement;
  onOpen: (badge: HTMLButtonElement) => void;
}
const parts = new WeakMap<Element, BadgeParts>();

function span(doc: Document, cls: string): HTMLSpanElement {
  const s = doc.createElement('span');
  s.className = cls;
  return s;
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
    const doc = wrap.ownerDocument;
    const b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute('aria-haspopup', 'dialog');
    const icon = span(doc, 'vg-icon');
    icon.setAttribute('aria-hidden', 'true');
    const label = span(doc, 'vg-label');
    b.append(icon, label);
    p = { icon, label, more: span(doc, 'vg-more'), onOpen: props.onOpen };
    parts.set(b, p);
    wrap.replaceChildren(b);
    btn = b;
  }
  p.onOpen = props.onOpen;
  const label = badgeLabel(props.category, props.lang);
  btn.className = `vg-badge vg-sev-${props.severity} vg-cat-${props.category} vg-${props.mode}`;
  setAttr(btn, 'aria-expanded', props.expanded ? 'true' : 'false');
  setAttr(btn, 'aria-controls', props.controls);
  setAttr(btn, 'aria-label', t('badge.aria', props.lang, { label }));
  p.icon.textContent = CATEGORY_ICON[props.category];
  p.label.textContent = label;
  if (props.more > 0) {
    p.more.textContent = t('badge.more', props.lang, { count: props.more });
    if (!p.more.isConnected || p.more.parentNode !== btn) btn.append(p.more);
  } else p.more.remove();
  return btn;
}

// The one open popover: which mark it belongs to and what opened it (badge or video strip), its placement by
// the opener (floating-ui), focus back to the opener when it closes by keyboard, a click outside to close it.
import { render } from 'preact';
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { Finding } from '../engine/types.ts';
import { Popover, type CloseReason, type MarkAction } from '../components/Popover.tsx';
import type { Highlighter } from './highlights.ts';
import type { OverlayEnv } from './marks.tsx';
import type { MarkTarget } from './types.ts';

export type Opener = 'badge' | 'strip';

export interface PopoverMark {
  target: MarkTarget;
  findings: Finding[];
}

export interface PopoverControl {
  /** Whether the popover is open on `key` (from `via`, when given). */
  isOpen(key: string, via?: Opener): boolean;
  toggle(key: string, opener: HTMLElement, via: Opener): void;
  open(key: string, opener: HTMLElement, via: Opener): void;
  close(returnFocus: boolean): void;
  /** Draws the popover again when it is open on `key` (its findings changed; any key: language or mode). */
  refresh(key?: string): void;
  /** Places it by its opener again (layout passes). */
  place(): void;
  destroy(): void;
}

export interface PopoverDeps {
  env: OverlayEnv;
  /** The popover's container, inside the overlay's shadow root. */
  wrap: HTMLDivElement;
  highlighter: Highlighter;
  resizes: ResizeObserver | undefined;
  mark(key: string): PopoverMark | undefined;
  /** Draws a mark's badge and strip again (their expanded state follows the popover). */
  redraw(key: string): void;
}

export function createPopoverControl(deps: PopoverDeps): PopoverControl {
  const { env, wrap, highlighter, resizes } = deps;
  const doc = env.doc;
  let open: { key: string; opener: HTMLElement; via: Opener; update: () => void } | undefined;

  // A click outside the popover closes it (without stealing focus back).
  const onPointerDown = (e: Event) => {
    if (!open) return;
    const path = e.composedPath();
    if (path.includes(wrap) || path.includes(open.opener)) return;
    close(false);
  };
  doc.addEventListener('pointerdown', onPointerDown, true);

  function renderPopover() {
    if (!open) return;
    const key = open.key;
    const m = deps.mark(key);
    if (!m) return close(false);
    render(
      <Popover
        key={key}
        findings={m.findings}
        partKindOf={(f) => m.target.partKindAt(f.start)}
        mode={env.getMode()}
        lang={env.getLang()}
        onAction={(action: MarkAction, f: Finding) => {
          close(true);
          env.onAction(action, f, key);
        }}
        onClose={(reason: CloseReason) => close(reason === 'escape' || reason === 'button')}
      />,
      wrap,
    );
  }

  function openAt(key: string, opener: HTMLElement, via: Opener) {
    close(false);
    const m = deps.mark(key);
    if (!m) return;
    wrap.classList.remove('vg-hidden');
    const update = () =>
      void computePosition(opener, wrap, {
        strategy: 'fixed',
        placement: 'bottom-end',
        middleware: [
          offset(6),
          flip(),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              // The popover scrolls inside what fits (.vg-pop inherits this max-height).
              wrap.style.maxHeight = `${Math.max(160, Math.min(520, Math.floor(availableHeight)))}px`;
            },
          }),
        ],
      })
        .then(({ x, y }) => {
          wrap.style.left = `${Math.round(x)}px`;
          wrap.style.top = `${Math.round(y)}px`;
        })
        .catch(() => undefined);
    // The popover follows its opener on every layout pass (scroll, resize, the unit or the popover changing
    // size), which already moves the badge it hangs from: floating-ui's autoUpdate did the same with its own
    // listeners and observers, for 0.7 KB gzip of the content script.
    resizes?.observe(wrap);
    update();
    open = { key, opener, via, update };
    const first = m.findings[0];
    if (first) highlighter.setActive(safeRanges(m.target, first));
    renderPopover();
    deps.redraw(key);
  }

  function close(returnFocus: boolean) {
    if (!open) return;
    const { key, opener } = open;
    open = undefined;
    resizes?.unobserve(wrap);
    render(null, wrap);
    wrap.classList.add('vg-hidden');
    highlighter.setActive([]);
    deps.redraw(key);
    if (returnFocus && opener.isConnected) opener.focus();
  }

  return {
    isOpen: (key, via) => open?.key === key && (via === undefined || open.via === via),
    toggle(key, opener, via) {
      if (open?.key === key && open.via === via) close(true);
      else openAt(key, opener, via);
    },
    open: openAt,
    close,
    refresh(key) {
      if (key === undefined || open?.key === key) renderPopover();
    },
    place: () => open?.update(),
    destroy() {
      close(false);
      doc.removeEventListener('pointerdown', onPointerDown, true);
    },
  };
}

/** A finding's ranges over the site's nodes; none when the page changed under them. */
export function safeRanges(target: MarkTarget, f: Finding): Range[] {
  try {
    return target.rangesFor(f.start, f.end);
  } catch {
    return [];
  }
}

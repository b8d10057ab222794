// The single shadow-root host for the whole page: every badge, strip and popover lives inside it, so the
// site's CSS cannot reach them and they never sit inside the site's own (re-rendered) nodes.
import { OVERLAY_CSS } from './styles.ts';

export const HOST_TAG = 'vigie-overlay';
const ISOLATED_KEYS = ['keydown', 'keyup', 'keypress'] as const;

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Container for everything Vigie draws (inside the shadow root). */
  layer: HTMLElement;
  destroy(): void;
}

export function createHost(doc: Document): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  // Absolute at the document's origin, zero-size and on top: badges and strips sit in document coordinates and
  // scroll with the page on the compositor (overlay/layout.ts); the popover is fixed to the viewport.
  host.setAttribute(
    'style',
    'position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
      'margin:0!important;padding:0!important;border:0!important;z-index:2147483646!important;' +
      'display:block!important;overflow:visible!important;contain:none!important;',
  );
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const layer = doc.createElement('div');
  layer.className = 'vg-root vg-layer';
  root.append(style, layer);
  // Keys typed inside Vigie's UI must not trigger the site's shortcuts (TikTok: arrows, space, "l"...).
  const stop = (e: Event) => e.stopPropagation();
  for (const type of ISOLATED_KEYS) host.addEventListener(type, stop);
  (doc.documentElement ?? doc.body).append(host);
  return {
    host,
    root,
    layer,
    destroy() {
      for (const type of ISOLATED_KEYS) host.removeEventListener(type, stop);
      host.remove();
    },
  };
}

// The slim note at the top of a video player whose CAPTION was flagged (never for comments), worded like the
// platforms' own information banners. It can be collapsed to a small pill; opening it shows the popover.
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

export function VideoStrip(props: VideoStripProps) {
  const { lang } = props;
  if (props.collapsed) {
    return (
      <div class="vg-strip vg-strip-collapsed">
        <button
          type="button"
          class="vg-strip-toggle"
          aria-label={t('strip.expand', lang)}
          onClick={props.onToggle}
        >
          <span class="vg-icon" aria-hidden="true">
            {CATEGORY_ICON[props.category]}
          </span>
          <span class="vg-label">Vigie</span>
        </button>
      </div>
    );
  }
  return (
    <div class={`vg-strip vg-cat-${props.category}`} role="note">
      <span class="vg-icon" aria-hidden="true">
        {CATEGORY_ICON[props.category]}
      </span>
      <span class="vg-strip-text">{t(`strip.${props.category}` as MessageKey, lang)}</span>
      <button
        type="button"
        class="vg-strip-open"
        aria-haspopup="dialog"
        aria-expanded={props.expanded ? 'true' : 'false'}
        onClick={(e) => props.onOpen(e.currentTarget as HTMLButtonElement)}
      >
        {t('strip.open', lang)}
      </button>
      <button
        type="button"
        class="vg-strip-toggle"
        aria-label={t('strip.collapse', lang)}
        onClick={props.onToggle}
      >
        <span aria-hidden="true">–</span>
      </button>
    </div>
  );
}

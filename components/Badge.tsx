// The per-post mark: a real <button> (focusable, Enter/Space open it natively) with an icon and a text label,
// so the category never rests on colour alone.
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

export function Badge(props: BadgeProps) {
  const label = badgeLabel(props.category, props.lang);
  return (
    <button
      type="button"
      class={`vg-badge vg-sev-${props.severity} vg-cat-${props.category} vg-${props.mode}`}
      aria-haspopup="dialog"
      aria-expanded={props.expanded ? 'true' : 'false'}
      aria-controls={props.controls}
      aria-label={t('badge.aria', props.lang, { label })}
      onClick={(e) => props.onOpen(e.currentTarget as HTMLButtonElement)}
    >
      <span class="vg-icon" aria-hidden="true">
        {CATEGORY_ICON[props.category]}
      </span>
      <span class="vg-label">{label}</span>
      {props.more > 0 ? (
        <span class="vg-more">{t('badge.more', props.lang, { count: props.more })}</span>
      ) : null}
    </button>
  );
}

// The explanation shown when a badge (or the video strip) is opened. Text-only: every string from a page or a
// pack is a Preact text child or an attribute value, never HTML. Non-modal dialog: Escape closes and the
// overlay returns focus to the badge that opened it.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Finding, Lang } from '../engine/types.ts';
import type { Mode } from '../common/settings.ts';
import { pickLang, t, type MessageKey } from '../i18n/index.ts';
import { CATEGORY_ICON, findingTitle, partLabel, safeHref } from './finding-view.ts';

export type MarkAction = 'hide-mark' | 'report-wrong' | 'hide-rule' | 'pause-site';
export type CloseReason = 'escape' | 'button';

export interface PopoverProps {
  /** Findings of one post, most serious first. */
  findings: Finding[];
  /** The kind of post part (caption, comment...) a finding's span lies in. */
  partKindOf: (f: Finding) => string | undefined;
  mode: Mode;
  lang: Lang;
  onAction: (action: MarkAction, f: Finding) => void;
  onClose: (reason: CloseReason) => void;
  /** Focus the dialog when it opens (off in tests that check focus elsewhere). */
  autoFocus?: boolean;
}

function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  try {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  } catch {
    return iso;
  }
}

function Sources({ f, lang }: { f: Finding; lang: Lang }) {
  if (f.sources.length === 0) return null;
  return (
    <section class="vg-sources">
      <h3>{t('popover.sources', lang)}</h3>
      <ul>
        {f.sources.map((s, i) => {
          const href = safeHref(s.url);
          return (
            <li key={i}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {s.name}
                </a>
              ) : (
                <span>{s.name}</span>
              )}
              {s.checked ? (
                <span class="vg-checked">
                  {' '}
                  ({t('popover.checked', lang, { date: formatDate(s.checked, lang) })})
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ClinicianDetails({ f, lang }: { f: Finding; lang: Lang }) {
  const ctx =
    f.context.length === 0
      ? t('clin.none', lang)
      : f.context.map((c) => `${t(`context.${c.kind}` as MessageKey, lang)} (“${c.cue}”)`).join(', ');
  const sev =
    t(`severity.${f.severity}` as MessageKey, lang) +
    (f.effect === 'downgraded'
      ? ` (${t('clin.downgraded', lang)})`
      : f.effect === 'removed'
        ? ` (${t('clin.removed', lang)})`
        : '');
  return (
    <dl class="vg-clin">
      <dt>{t('clin.rule', lang)}</dt>
      <dd>
        <code>{f.ruleId}</code> · {f.packId}
      </dd>
      <dt>{t('clin.category', lang)}</dt>
      <dd>{t(`category.${f.category}` as MessageKey, lang)}</dd>
      <dt>{t('clin.severity', lang)}</dt>
      <dd>{sev}</dd>
      <dt>{t('clin.context', lang)}</dt>
      <dd>{ctx}</dd>
    </dl>
  );
}

export function Popover(props: PopoverProps) {
  const { findings, mode, lang, onAction, onClose } = props;
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  const titleId = `vg-t-${id}`;
  const descId = `vg-d-${id}`;
  const f = findings[Math.min(index, findings.length - 1)];

  useEffect(() => {
    if (props.autoFocus !== false) root.current?.focus();
  }, []);

  if (!f) return null;
  const message = pickLang(f.message, lang);
  const safety = f.category === 'dangerous-advice' ? pickLang(f.safety, lang) : undefined;
  const claim = pickLang(f.title, lang);
  const neutral = f.category === 'cites-verified-source';

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose('escape');
    }
  };

  return (
    <div
      ref={root}
      class={`vg-pop vg-${mode} vg-sev-${f.severity} vg-cat-${f.category}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={descId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header class="vg-head">
        <span class="vg-icon" aria-hidden="true">
          {CATEGORY_ICON[f.category]}
        </span>
        <h2 id={titleId}>{findingTitle(f, lang)}</h2>
        <button
          type="button"
          class="vg-close"
          aria-label={t('popover.close', lang)}
          onClick={() => onClose('button')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div id={descId} class="vg-body">
        {claim && mode === 'clinician' ? <p class="vg-claim">{claim}</p> : null}
        {!neutral ? (
          <>
            <p class="vg-noticed">
              {t('popover.noticed', lang, { part: partLabel(props.partKindOf(f), lang) })}
            </p>
            <blockquote class="vg-excerpt">{f.excerpt}</blockquote>
          </>
        ) : null}
        {message ? (
          <section class="vg-evidence">
            {!neutral ? <h3>{t('popover.evidence', lang)}</h3> : null}
            <p>{message}</p>
          </section>
        ) : null}
        {safety ? (
          <p class="vg-safety">
            <strong>{t('popover.safety', lang)}: </strong>
            {safety}
          </p>
        ) : null}
      </div>
      <Sources f={f} lang={lang} />
      {mode === 'clinician' ? <ClinicianDetails f={f} lang={lang} /> : null}
      {findings.length > 1 ? (
        <nav class="vg-pager">
          <button
            type="button"
            aria-label={t('popover.prev', lang)}
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
          >
            ‹
          </button>
          <span>{t('popover.of', lang, { index: index + 1, count: findings.length })}</span>
          <button
            type="button"
            aria-label={t('popover.next', lang)}
            disabled={index >= findings.length - 1}
            onClick={() => setIndex(index + 1)}
          >
            ›
          </button>
        </nav>
      ) : null}
      <div class="vg-actions">
        <button type="button" data-action="hide-mark" onClick={() => onAction('hide-mark', f)}>
          {t('action.hideMark', lang)}
        </button>
        {!neutral ? (
          <button type="button" data-action="report-wrong" onClick={() => onAction('report-wrong', f)}>
            {t('action.report', lang)}
          </button>
        ) : null}
        <button type="button" data-action="hide-rule" onClick={() => onAction('hide-rule', f)}>
          {t('action.hideRule', lang)}
        </button>
        <button type="button" data-action="pause-site" onClick={() => onAction('pause-site', f)}>
          {t('action.pauseSite', lang)}
        </button>
      </div>
      <footer class="vg-foot">
        <p>{t('popover.footer', lang)}</p>
        <p>{f.reviewed ? t('popover.reviewed', lang) : t('popover.notReviewed', lang)}</p>
      </footer>
    </div>
  );
}

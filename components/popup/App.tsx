// The toolbar popup: what Vigie marked on this tab (count per category, a list that scrolls the page to each
// post), on/off for this site, and the mode. Tab data comes from the tab's content script.
import { useEffect, useState } from 'preact/hooks';
import type { Category, Lang } from '../../engine/types.ts';
import type { Settings } from '../../common/settings.ts';
import type { TabSummary } from '../../overlay/tab-messages.ts';
import { t, type AnyKey } from '../../i18n/pages.ts';
import { CATEGORY_ICON } from '../finding-view.ts';
import { ModePicker } from '../ModePicker.tsx';
import { pageLang, type PageSend } from '../page-api.ts';

export interface TabApi {
  /** null when no content script answers (unsupported page). */
  summary(): Promise<TabSummary | null>;
  scrollTo(key: string): Promise<void>;
  openOptions(): void;
}

export function PopupApp(props: { send: PageSend; tab: TabApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<TabSummary | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const lang: Lang = pageLang(settings ?? undefined);

  const reload = async () => {
    const [s, sum] = await Promise.all([
      props.send('settings:get', {}),
      props.tab.summary().catch(() => null),
    ]);
    if (s.ok) setSettings(s.value);
    else setError(s.error);
    setSummary(sum);
  };
  useEffect(() => {
    void reload();
  }, []);

  const setMode = async (mode: Settings['mode']) => {
    const r = await props.send('settings:set', { patch: { mode } });
    if (r.ok) setSettings(r.value);
    else setError(r.error);
  };
  const setSiteOn = async (on: boolean) => {
    if (!summary) return;
    const r = await props.send(on ? 'site:resume' : 'site:pause', { host: summary.host });
    if (!r.ok) setError(r.error);
    // The content script follows storage; ask it again for the new state.
    setTimeout(() => void reload(), 150);
  };

  const counts = new Map<Category, number>();
  for (const m of summary?.marks ?? []) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
  const marks = summary?.marks ?? [];

  return (
    <main class="vg-popup">
      <h1>{t('popup.title', lang)}</h1>
      {error ? (
        <p class="vg-error" role="alert">
          {error}
        </p>
      ) : null}
      {summary === undefined ? null : summary === null ? (
        <p>{t('popup.unsupported', lang)}</p>
      ) : (
        <>
          <label class="vg-switch">
            <input
              type="checkbox"
              checked={summary.active}
              onChange={(e) => void setSiteOn((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('popup.siteOn', lang, { host: summary.host })}</span>
          </label>
          {!summary.engineReady ? <p>{t('popup.noEngine', lang)}</p> : null}
          {summary.active && summary.engineReady ? (
            marks.length === 0 ? (
              <p>{t('popup.none', lang)}</p>
            ) : (
              <>
                <p class="vg-count">
                  {marks.length === 1
                    ? t('popup.count.one', lang)
                    : t('popup.count', lang, { count: marks.length })}
                </p>
                <ul class="vg-cats">
                  {[...counts.entries()].map(([c, n]) => (
                    <li key={c}>
                      <span class={`vg-icon vg-cat-${c}`} aria-hidden="true">
                        {CATEGORY_ICON[c]}
                      </span>
                      {t(`category.${c}` as AnyKey, lang)}: {n}
                    </li>
                  ))}
                </ul>
                <ul class="vg-marks">
                  {marks.map((m) => (
                    <li key={m.key}>
                      <button
                        type="button"
                        class={`vg-cat-${m.category}`}
                        onClick={() => void props.tab.scrollTo(m.key)}
                      >
                        <span class="vg-icon" aria-hidden="true">
                          {CATEGORY_ICON[m.category]}
                        </span>
                        <span class="vg-excerpt">“{m.excerpt}”</span>
                        <span class="vg-sr">{t('popup.show', lang)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )
          ) : null}
        </>
      )}
      {settings ? <ModePicker mode={settings.mode} lang={lang} onChange={(m) => void setMode(m)} /> : null}
      <button type="button" class="vg-link" onClick={() => props.tab.openOptions()}>
        {t('popup.options', lang)}
      </button>
    </main>
  );
}

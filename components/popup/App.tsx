// The toolbar popup: what Vigie marked on this tab (count per category, a list that scrolls the page to each
// post), on/off for this site, and the mode. Tab data comes from the tab's content script. On a site without a
// built-in adapter, a switch turns the generic article reader on for that host (background/generic-reader.ts).
import { useEffect, useState } from 'preact/hooks';
import type { Category, Lang } from '../../engine/types.ts';
import type { Settings } from '../../common/settings.ts';
import type { TabSummary } from '../../overlay/tab-messages.ts';
import { t, type AnyKey } from '../../i18n/pages.ts';
import { CATEGORY_ICON } from '../finding-view.ts';
import { ModePicker } from '../ModePicker.tsx';
import { pageLang, type PageSend } from '../page-api.ts';
import { adapterForHost } from '../../sites/index.ts';

export interface TabApi {
  /** null when no content script answers (unsupported page). */
  summary(): Promise<TabSummary | null>;
  scrollTo(key: string): Promise<void>;
  openOptions(): void;
  /** The active tab's host and whether it is served over https; null for other pages. */
  page?(): Promise<{ host: string; https: boolean } | null>;
  /**
   * Asks the browser for `https://host/*`. Called first thing in the click handler, before any await:
   * browsers grant permission requests only inside the user's gesture.
   */
  requestHost?(host: string): Promise<boolean>;
  reload?(): Promise<void>;
}

/** The host the generic reader can be offered on: an https page no built-in adapter reads. */
export function genericCandidate(page: { host: string; https: boolean } | null): string | null {
  if (!page || !page.https || !page.host || adapterForHost(page.host)) return null;
  return page.host.toLowerCase();
}

export function PopupApp(props: { send: PageSend; tab: TabApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<TabSummary | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [genericHost, setGenericHost] = useState<string | null>(null);
  const [genericNote, setGenericNote] = useState<'reload' | 'denied' | null>(null);
  const lang: Lang = pageLang(settings ?? undefined);

  const reload = async () => {
    const [s, sum, page] = await Promise.all([
      props.send('settings:get', {}),
      props.tab.summary().catch(() => null),
      props.tab.page ? props.tab.page().catch(() => null) : Promise.resolve(null),
    ]);
    if (s.ok) setSettings(s.value);
    else setError(s.error);
    setSummary(sum);
    setGenericHost(genericCandidate(page));
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

  // No await before requestHost: the permission prompt needs the click's gesture. The add message leaves at
  // the same time, because some browsers close the popup while their prompt is open; the background only
  // registers hosts it has access to, and registers this one when the access arrives.
  const setGenericOn = (host: string, on: boolean) => {
    if (!on) {
      void props.send('generic:remove', { host }).then((r) => {
        if (!r.ok) return setError(r.error);
        setSettings(r.value);
        setGenericNote('reload');
      });
      return;
    }
    const asked = props.tab.requestHost ? props.tab.requestHost(host) : Promise.resolve(true);
    const added = props.send('generic:add', { host });
    void (async () => {
      const granted = await asked.catch(() => false);
      const r = await added;
      if (!granted) {
        const back = await props.send('generic:remove', { host });
        if (back.ok) setSettings(back.value);
        return setGenericNote('denied');
      }
      if (!r.ok) return setError(r.error);
      setSettings(r.value);
      setGenericNote('reload');
    })();
  };
  const genericOn = !!genericHost && !!settings?.genericHosts.includes(genericHost);

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
      {genericHost && settings ? (
        <div class="vg-generic">
          <label class="vg-switch">
            <input
              type="checkbox"
              checked={genericOn}
              onChange={(e) => setGenericOn(genericHost, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('popup.generic', lang)}</span>
          </label>
          {genericNote === null && !genericOn ? (
            <p class="vg-help">{t('popup.generic.help', lang, { host: genericHost })}</p>
          ) : null}
          {genericNote === 'denied' ? (
            <p role="status">{t('popup.generic.denied', lang, { host: genericHost })}</p>
          ) : null}
          {genericNote === 'reload' ? (
            <p role="status">
              {t('popup.generic.reload', lang)}{' '}
              {props.tab.reload ? (
                <button type="button" class="vg-link" onClick={() => void props.tab.reload?.()}>
                  {t('popup.generic.reloadButton', lang)}
                </button>
              ) : null}
            </p>
          ) : null}
        </div>
      ) : null}
      {settings ? <ModePicker mode={settings.mode} lang={lang} onChange={(m) => void setMode(m)} /> : null}
      <button type="button" class="vg-link" onClick={() => props.tab.openOptions()}>
        {t('popup.options', lang)}
      </button>
    </main>
  );
}

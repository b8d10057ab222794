// The options page: a tab list over the registered sections (components/options/sections.ts). ARIA tabs
// pattern: arrow keys move between tabs, the URL hash remembers the open one.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../common/settings.ts';
import { t } from '../../i18n/pages.ts';
import { pageLang, type PageSend } from '../page-api.ts';
import type { OptionsSection } from './types.ts';

export function OptionsApp(props: { send: PageSend; sections: OptionsSection[]; initial?: string }) {
  const { sections } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(
    sections.some((s) => s.id === props.initial) ? props.initial! : (sections[0]?.id ?? ''),
  );
  const lang = pageLang(settings ?? undefined);

  useEffect(() => {
    void props.send('settings:get', {}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
  }, []);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);
  // A link to options.html#packs while the page is already open changes only the hash: follow it.
  // popstate, not hashchange: browsers fire both on such a navigation and neither on our own replaceState,
  // but happy-dom (the tests' DOM) fires hashchange after replaceState too.
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const onNavigate = () => {
      const id = location.hash.slice(1);
      if (sections.some((s) => s.id === id)) setActive(id);
    };
    window.addEventListener('popstate', onNavigate);
    return () => window.removeEventListener('popstate', onNavigate);
  }, [sections]);

  const saveSettings = async (patch: Partial<Settings>) => {
    const r = await props.send('settings:set', { patch });
    if (r.ok) {
      setSettings(r.value);
      return null;
    }
    return r.error;
  };

  const select = (id: string, focus = false) => {
    setActive(id);
    if (typeof history !== 'undefined') history.replaceState(null, '', `#${id}`);
    if (focus) document.getElementById(`vg-tab-${id}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = sections.findIndex((s) => s.id === active);
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? sections.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    select(sections[(next + sections.length) % sections.length]!.id, true);
  };

  const current = sections.find((s) => s.id === active);
  const Section = current?.component;
  return (
    <main class="vg-options">
      <h1>{t('options.title', lang)}</h1>
      {error ? (
        <p class="vg-error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="tablist" aria-label={t('options.title', lang)} onKeyDown={onKeyDown}>
        {sections.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`vg-tab-${s.id}`}
            aria-selected={s.id === active ? 'true' : 'false'}
            aria-controls={`vg-panel-${s.id}`}
            tabIndex={s.id === active ? 0 : -1}
            onClick={() => select(s.id)}
          >
            {s.label(lang)}
          </button>
        ))}
      </div>
      {current && Section ? (
        <div role="tabpanel" id={`vg-panel-${current.id}`} aria-labelledby={`vg-tab-${current.id}`}>
          <Section lang={lang} send={props.send} settings={settings} saveSettings={saveSettings} />
        </div>
      ) : null}
    </main>
  );
}

// The first-run page (opened by the background on install): what Vigie does, its limits, and the mode choice.
import { useEffect, useState } from 'preact/hooks';
import type { Mode, Settings } from '../../common/settings.ts';
import { t } from '../../i18n/pages.ts';
import { ModePicker } from '../ModePicker.tsx';
import { pageLang, type PageSend } from '../page-api.ts';

export function Welcome(props: { send: PageSend }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [mode, setMode] = useState<Mode>('patient');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lang = pageLang(settings ?? undefined);

  useEffect(() => {
    void props.send('settings:get', {}).then((r) => {
      if (r.ok) {
        setSettings(r.value);
        setMode(r.value.mode);
      }
    });
  }, []);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);

  const finish = async () => {
    const r = await props.send('settings:set', { patch: { mode, onboarded: true } });
    if (r.ok) {
      setSettings(r.value);
      setDone(true);
      setError(null);
    } else setError(r.error);
  };

  return (
    <main class="vg-welcome">
      <h1>{t('welcome.title', lang)}</h1>
      <p>{t('welcome.what', lang)}</p>
      <h2>{t('welcome.limits', lang)}</h2>
      <ul>
        <li>{t('welcome.limit.auto', lang)}</li>
        <li>{t('welcome.limit.text', lang)}</li>
        <li>{t('welcome.limit.advice', lang)}</li>
        <li>{t('welcome.limit.local', lang)}</li>
      </ul>
      <ModePicker mode={mode} lang={lang} help legend={t('welcome.pick', lang)} onChange={setMode} />
      <button type="button" class="vg-primary" onClick={() => void finish()}>
        {t('welcome.done', lang)}
      </button>
      <p role="status" aria-live="polite">
        {done ? t('welcome.saved', lang) : ''}
      </p>
      {error ? (
        <p class="vg-error" role="alert">
          {error}
        </p>
      ) : null}
    </main>
  );
}

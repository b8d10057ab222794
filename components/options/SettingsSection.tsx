// General settings: language, mode, sensitivity (lowest severity shown in patient mode), sites on/off, and
// the hosts where the generic article reader runs.
import { useEffect, useState } from 'preact/hooks';
import type { UiLang } from '../../common/settings.ts';
import { SEVERITIES, type Severity } from '../../engine/types.ts';
import { t, type AnyKey } from '../../i18n/pages.ts';
import { ModePicker } from '../ModePicker.tsx';
import { normaliseHost, SITE_IDS } from '../page-api.ts';
import type { SectionProps } from './types.ts';

export interface HostPermissionApi {
  /** Asks for access to a host the user typed (needs the click's user gesture). */
  request(host: string): Promise<boolean>;
  /** Whether Vigie may read `https://host/*` now (absent: assume yes). */
  has?(host: string): Promise<boolean>;
}

let permissionApi: HostPermissionApi = { request: async () => true };
/** entrypoints/options/main.tsx installs the browser.permissions version. */
export function setHostPermissionApi(api: HostPermissionApi): void {
  permissionApi = api;
}

export function SettingsSection({ lang, send, settings, saveSettings }: SectionProps) {
  const [hostInput, setHostInput] = useState('');
  const [status, setStatus] = useState<{ key: AnyKey } | { error: string } | null>(null);
  // Hosts listed without access (restored from a backup, or a prompt answered "no" after the popup closed):
  // the reader cannot run there until the user allows it.
  const [noAccess, setNoAccess] = useState<string[]>([]);
  const hostsKey = settings?.genericHosts.join(' ') ?? '';
  const [checked, setChecked] = useState(0);
  useEffect(() => {
    const has = permissionApi.has;
    if (!settings || !has) return;
    let live = true;
    void Promise.all(
      settings.genericHosts.map(async (h) => ((await has(h).catch(() => false)) ? null : h)),
    ).then((list) => live && setNoAccess(list.filter((h): h is string => h !== null)));
    return () => {
      live = false;
    };
  }, [hostsKey, checked]);
  if (!settings) return null;

  // First thing in the click: the browser grants the request only inside the user's gesture.
  const allowHost = async (host: string) => {
    const granted = await permissionApi.request(host);
    setChecked((n) => n + 1);
    if (!granted) setStatus({ key: 'options.generic.denied' });
  };

  const save = async (patch: Parameters<typeof saveSettings>[0]) => {
    const err = await saveSettings(patch);
    setStatus(err ? { error: err } : { key: 'options.saved' });
  };

  const addHost = async (e: Event) => {
    e.preventDefault();
    const host = normaliseHost(hostInput);
    if (!host) return setStatus({ key: 'options.generic.invalid' });
    if (settings.genericHosts.includes(host)) return setHostInput('');
    if (!(await permissionApi.request(host))) return;
    await save({ genericHosts: [...settings.genericHosts, host] });
    setHostInput('');
  };

  // The background drops the host and gives back its access (unless a subscription still needs it); the
  // settings patch that follows refreshes the list shown here.
  const removeHost = async (host: string) => {
    const r = await send('generic:remove', { host });
    if (!r.ok) return setStatus({ error: r.error });
    await save({ genericHosts: settings.genericHosts.filter((x) => x !== host) });
  };

  return (
    <div class="vg-settings">
      <section>
        <h2>
          <label for="vg-lang">{t('options.language', lang)}</label>
        </h2>
        <select
          id="vg-lang"
          value={settings.uiLang}
          onChange={(e) => void save({ uiLang: (e.currentTarget as HTMLSelectElement).value as UiLang })}
        >
          <option value="auto">{t('options.language.auto', lang)}</option>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </section>

      <section>
        <ModePicker
          mode={settings.mode}
          lang={lang}
          help
          legend={t('options.mode', lang)}
          onChange={(mode) => void save({ mode })}
        />
      </section>

      <section>
        <h2>
          <label for="vg-sev">{t('options.sensitivity', lang)}</label>
        </h2>
        <select
          id="vg-sev"
          value={settings.minSeverity}
          onChange={(e) =>
            void save({ minSeverity: (e.currentTarget as HTMLSelectElement).value as Severity })
          }
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`options.sensitivity.${s}`, lang)}
            </option>
          ))}
        </select>
        <p class="vg-help">{t('options.sensitivity.help', lang)}</p>
      </section>

      <section>
        <h2>{t('options.sites', lang)}</h2>
        <p class="vg-help">{t('options.sites.help', lang)}</p>
        {SITE_IDS.map((id) => (
          <label key={id} class="vg-check">
            <input
              type="checkbox"
              checked={settings.sites[id] !== false}
              onChange={(e) =>
                void save({
                  sites: { ...settings.sites, [id]: (e.currentTarget as HTMLInputElement).checked },
                })
              }
            />
            {t(`site.${id}`, lang)}
          </label>
        ))}
      </section>

      <section>
        <h2>{t('options.generic', lang)}</h2>
        <p class="vg-help">{t('options.generic.help', lang)}</p>
        {settings.genericHosts.length === 0 ? <p>{t('options.generic.empty', lang)}</p> : null}
        <ul class="vg-hosts">
          {settings.genericHosts.map((h) => (
            <li key={h}>
              <span>{h}</span>
              {noAccess.includes(h) ? (
                <>
                  <span class="vg-help"> {t('options.generic.noAccess', lang)} </span>
                  <button type="button" onClick={() => void allowHost(h)}>
                    {t('options.generic.allow', lang)}
                  </button>
                </>
              ) : null}
              <button
                type="button"
                aria-label={t('options.generic.remove', lang, { host: h })}
                onClick={() => void removeHost(h)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={(e) => void addHost(e)}>
          <input
            type="text"
            inputMode="url"
            placeholder="example.org"
            aria-label={t('options.generic', lang)}
            value={hostInput}
            onInput={(e) => setHostInput((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('options.generic.add', lang)}</button>
        </form>
      </section>
      <p class="vg-status" role="status" aria-live="polite">
        {status === null ? '' : 'key' in status ? t(status.key, lang) : status.error}
      </p>
    </div>
  );
}

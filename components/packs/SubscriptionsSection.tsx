// Options tab "Subscriptions": published sites the background checks, and the keys the user trusts.
// Adding a site asks for its origin as an optional host permission first (in the click's user gesture).
import { useState } from 'preact/hooks';
import './packs.css';
import { checkSubscriptionUrl } from '../../background/urls.ts';
import type { SectionProps } from '../options/types.ts';
import { requestOrigin } from './permission.ts';
import { tp, when } from './strings.ts';
import { useLoaded } from './use-list.ts';
import { problemText, reasonIn } from '../../i18n/reasons.ts';

type Status = { text: string; error?: boolean } | null;

export function SubscriptionsSection({ lang, send }: SectionProps) {
  const subs = useLoaded(() => send('subscriptions:list', {}));
  const keys = useLoaded(() => send('keys:list', {}));
  const [url, setUrl] = useState('');
  const [keyName, setKeyName] = useState('');
  const [keyText, setKeyText] = useState('');
  const [message, setMessage] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const add = async (e: Event) => {
    e.preventDefault();
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return setMessage({ text: problemText(checked.problem, lang), error: true });
    // First await of the handler: the browser still sees the user's click.
    if (!(await requestOrigin(checked.originPattern))) {
      return setMessage({
        text: tp('subs.denied', lang, { origin: new URL(checked.url).origin }),
        error: true,
      });
    }
    setBusy(true);
    const r = await send('subscriptions:add', { url: checked.url });
    setBusy(false);
    if (!r.ok) return setMessage({ text: r.error, error: true });
    setUrl('');
    const failed = reasonIn(r.value, lang);
    setMessage(failed ? { text: failed, error: true } : { text: tp('subs.status.ok', lang) });
    await subs.reload();
  };

  const checkOne = async (target: string) => {
    setBusy(true);
    const r = await send('subscriptions:check-now', { url: target });
    setBusy(false);
    if (!r.ok) setMessage({ text: r.error, error: true });
    else {
      const o = r.value[0];
      setMessage(
        o?.reason
          ? { text: reasonIn(o, lang) ?? o.reason, error: true }
          : { text: tp('packs.checked', lang, { activated: o?.activated.length ?? 0 }) },
      );
    }
    await subs.reload();
  };

  const remove = async (target: string) => {
    const r = await send('subscriptions:remove', { url: target });
    if (r.ok) subs.set(r.value);
    else setMessage({ text: r.error, error: true });
  };

  const addKey = async (e: Event) => {
    e.preventDefault();
    const r = await send('keys:add', { key: keyText.trim(), name: keyName.trim() || 'Maintainers' });
    if (!r.ok) return setMessage({ text: r.error, error: true });
    keys.set(r.value);
    setKeyName('');
    setKeyText('');
    setMessage(null);
  };

  const removeKey = async (key: string) => {
    const r = await send('keys:remove', { key });
    if (r.ok) keys.set(r.value);
    else setMessage({ text: r.error, error: true });
  };

  return (
    <div class="vg-subs">
      <p class="vg-help">{tp('subs.intro', lang)}</p>
      {subs.error ? <p class="vg-error">{subs.error}</p> : null}
      {subs.value && subs.value.length === 0 ? <p>{tp('subs.none', lang)}</p> : null}
      <ul class="vg-sublist">
        {subs.value?.map((s) => (
          <li key={s.id} data-url={s.url}>
            <strong>{s.url}</strong>
            <div>
              {tp(`subs.status.${s.status}`, lang)}
              {s.lastCheck ? ` · ${when(s.lastCheck, lang)}` : ''}
              {s.nextCheck ? ` → ${when(s.nextCheck, lang)}` : ''}
            </div>
            {s.packIds.length ? (
              <div class="vg-help">{tp('subs.packs', lang, { ids: s.packIds.join(', ') })}</div>
            ) : null}
            {s.reason ? <p class="vg-error vg-reason">{reasonIn(s, lang)}</p> : null}
            <button type="button" disabled={busy} onClick={() => void checkOne(s.url)}>
              {tp('subs.checkOne', lang)}
            </button>{' '}
            <button
              type="button"
              aria-label={tp('subs.remove', lang, { url: s.url })}
              onClick={() => void remove(s.url)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <input
          type="url"
          inputMode="url"
          placeholder="https://example.org/vigie/"
          aria-label={tp('subs.url', lang)}
          value={url}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          {tp('subs.add', lang)}
        </button>
      </form>

      <h2>{tp('keys.title', lang)}</h2>
      <p class="vg-help">{tp('keys.intro', lang)}</p>
      <ul class="vg-keys">
        {keys.value?.map((k) => (
          <li key={k.key}>
            <span>{k.name}</span> <code>{k.key}</code>
            {k.builtIn ? (
              <span class="vg-help"> ({tp('keys.builtIn', lang)})</span>
            ) : (
              <button
                type="button"
                aria-label={tp('keys.remove', lang, { name: k.name })}
                onClick={() => void removeKey(k.key)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void addKey(e)}>
        <input
          type="text"
          aria-label={tp('keys.name', lang)}
          placeholder={tp('keys.name', lang)}
          value={keyName}
          onInput={(e) => setKeyName((e.currentTarget as HTMLInputElement).value)}
        />
        <input
          type="text"
          aria-label={tp('keys.key', lang)}
          placeholder={tp('keys.key', lang)}
          value={keyText}
          onInput={(e) => setKeyText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{tp('keys.add', lang)}</button>
      </form>
      <p class={message?.error ? 'vg-status vg-error' : 'vg-status'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

// Options tab "Rule packs": every active pack with its metadata, pack and rule switches, rollback, importing
// a signed pack file, and "check now" for all subscriptions. Notices from the background (fallbacks) on top.
import { useState } from 'preact/hooks';
import './packs.css';
import type { PackView, SubscriptionView } from '../../messaging/protocol.ts';
import type { SectionProps } from '../options/types.ts';
import { tp, when } from './strings.ts';
import { useLoaded } from './use-list.ts';
import { problemText, reasonIn } from '../../i18n/reasons.ts';

type Status = { text: string; error?: boolean } | null;

function Reviewers({ pack, lang }: { pack: PackView; lang: SectionProps['lang'] }) {
  if (pack.reviewedBy.length === 0) return <span class="vg-help">{tp('packs.notReviewed', lang)}</span>;
  return <span>{pack.reviewedBy.map((r) => `${r.name} (${r.role}, ${r.date})`).join('; ')}</span>;
}

function PackRow(props: {
  pack: PackView;
  sub?: SubscriptionView | undefined;
  lang: SectionProps['lang'];
  onToggle(enabled: boolean): void;
  onRule(ruleId: string, enabled: boolean): void;
  onRollback(): void;
}) {
  const { pack, sub, lang } = props;
  const origin =
    pack.origin === 'subscription' && pack.subscriptionUrl
      ? `${tp('packs.origin.subscription', lang)}: ${pack.subscriptionUrl}`
      : tp(`packs.origin.${pack.origin}`, lang);
  return (
    <tr data-pack={pack.id}>
      <td>
        <label class="vg-check">
          <input
            type="checkbox"
            checked={pack.enabled}
            aria-label={tp('packs.toggle', lang, { title: pack.title })}
            onChange={(e) => props.onToggle((e.currentTarget as HTMLInputElement).checked)}
          />
        </label>
      </td>
      <td>
        <strong>{pack.title}</strong>
        <div class="vg-help">{pack.id}</div>
        <details>
          <summary>{tp('packs.rules', lang, { count: pack.rules.length })}</summary>
          <ul class="vg-rules">
            {pack.rules.map((r) => (
              <li key={r.id}>
                <label class="vg-check">
                  <input
                    type="checkbox"
                    checked={r.enabled}
                    disabled={!pack.enabled}
                    aria-label={tp('packs.rule.toggle', lang, { title: r.title })}
                    onChange={(e) => props.onRule(r.id, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  {r.title}{' '}
                  <span class="vg-help">
                    ({r.id}, {r.lang})
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      </td>
      <td>
        {pack.version}
        {pack.previousVersion ? (
          <div>
            <button type="button" onClick={props.onRollback}>
              {tp('packs.rollback', lang, { version: pack.previousVersion })}
            </button>
          </div>
        ) : null}
      </td>
      <td>{pack.languages.join(', ')}</td>
      <td>{pack.license}</td>
      <td>
        <Reviewers pack={pack} lang={lang} />
      </td>
      <td>{origin}</td>
      <td>
        {sub
          ? `${when(sub.lastCheck, lang) || tp('packs.never', lang)} / ${when(sub.nextCheck, lang) || '–'}`
          : '–'}
      </td>
    </tr>
  );
}

/** Pairs chosen files: the first .json and the .sig next to it (same name + .sig, or the only .sig). */
export async function readPackFiles(
  files: ArrayLike<File>,
): Promise<{ text: string; name: string; sig?: string } | null> {
  const list = Array.from(files);
  const pack = list.find((f) => f.name.endsWith('.json'));
  if (!pack) return null;
  const sigFile =
    list.find((f) => f.name === `${pack.name}.sig`) ?? list.find((f) => f.name.endsWith('.sig'));
  const text = await pack.text();
  const name = pack.name;
  return sigFile ? { text, name, sig: (await sigFile.text()).trim() } : { text, name };
}

export function PacksSection({ lang, send }: SectionProps) {
  const packs = useLoaded(() => send('packs:list', {}));
  const subs = useLoaded(() => send('subscriptions:list', {}));
  const status = useLoaded(() => send('status:get', {}));
  const [message, setMessage] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const apply = async (
    reply: Promise<{ ok: true; value: PackView[] } | { ok: false; error: string }>,
    ok?: string,
  ) => {
    const r = await reply;
    if (r.ok) {
      packs.set(r.value);
      setMessage(ok ? { text: ok } : null);
      void status.reload();
    } else setMessage({ text: r.error, error: true });
  };

  const checkNow = async () => {
    setBusy(true);
    setMessage({ text: tp('packs.checking', lang) });
    const r = await send('subscriptions:check-now', {});
    setBusy(false);
    if (!r.ok) return setMessage({ text: r.error, error: true });
    const activated = r.value.reduce((n, o) => n + o.activated.length, 0);
    const reasons = r.value.filter((o) => o.reason).map((o) => `${o.url}: ${reasonIn(o, lang)}`);
    setMessage({
      text: [tp('packs.checked', lang, { activated }), ...reasons].join(' '),
      error: reasons.length > 0,
    });
    await Promise.all([packs.reload(), subs.reload(), status.reload()]);
  };

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files ? await readPackFiles(input.files) : null;
    input.value = '';
    if (!chosen) return setMessage({ text: tp('packs.import.missing', lang), error: true });
    const r = await send('packs:import', chosen);
    if (!r.ok) return setMessage({ text: r.error, error: true });
    if (r.value.result !== 'activated')
      return setMessage({ text: reasonIn(r.value, lang) ?? '', error: true });
    const [first] = r.value.activated;
    setMessage({
      text: tp('packs.import.done', lang, { id: first?.packId ?? '', version: first?.version ?? '' }),
    });
    await Promise.all([packs.reload(), status.reload()]);
  };

  const subFor = (pack: PackView) => subs.value?.find((s) => s.url === pack.subscriptionUrl);

  return (
    <div class="vg-packs">
      <p class="vg-help">{tp('packs.intro', lang)}</p>
      {status.value?.notices.map((n) => (
        <p key={problemText(n, 'en')} class="vg-error" role="alert">
          {problemText(n, lang)}
        </p>
      ))}
      {status.value ? (
        <p>
          {tp('packs.rules.count', lang, { rules: status.value.ruleCount, packs: status.value.packCount })}
        </p>
      ) : null}
      {packs.error ? <p class="vg-error">{packs.error}</p> : null}
      {packs.value === null ? (
        <p>{tp('packs.loading', lang)}</p>
      ) : packs.value.length === 0 ? (
        <p>{tp('packs.none', lang)}</p>
      ) : (
        <table class="vg-table">
          <thead>
            <tr>
              <th scope="col">{tp('packs.enabled', lang)}</th>
              <th scope="col">{tp('packs.title', lang)}</th>
              <th scope="col">{tp('packs.version', lang)}</th>
              <th scope="col">{tp('packs.languages', lang)}</th>
              <th scope="col">{tp('packs.license', lang)}</th>
              <th scope="col">{tp('packs.reviewer', lang)}</th>
              <th scope="col">{tp('packs.origin', lang)}</th>
              <th scope="col">{tp('packs.checks', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {packs.value.map((p) => (
              <PackRow
                key={p.id}
                pack={p}
                sub={subFor(p)}
                lang={lang}
                onToggle={(enabled) => void apply(send('packs:toggle', { packId: p.id, enabled }))}
                onRule={(ruleId, enabled) =>
                  void apply(send('packs:toggle-rule', { packId: p.id, ruleId, enabled }))
                }
                onRollback={() =>
                  void apply(
                    send('packs:rollback', { packId: p.id }),
                    tp('packs.rolledBack', lang, { title: p.title }),
                  )
                }
              />
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" disabled={busy} onClick={() => void checkNow()}>
          {tp('packs.checkNow', lang)}
        </button>
      </p>
      <h2>{tp('packs.import', lang)}</h2>
      <p class="vg-help">{tp('packs.import.help', lang)}</p>
      <input
        type="file"
        multiple
        accept=".json,.sig,application/json"
        aria-label={tp('packs.import.pick', lang)}
        onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
      />
      <p class={message?.error ? 'vg-status vg-error' : 'vg-status'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

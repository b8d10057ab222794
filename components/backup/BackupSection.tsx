// Options tab "Your data": export everything to one JSON file, import it back (merged, refused whole when
// invalid), and delete everything after an explicit second click.
import { useState } from 'preact/hooks';
import '../packs/packs.css';
import type { SectionProps } from '../options/types.ts';
import { tp } from '../packs/strings.ts';

type Status = { text: string; error?: boolean } | null;

/** Starts a download of `text` (no permission needed: a blob URL and an <a download>). */
export function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ lang, send }: SectionProps) {
  const [message, setMessage] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  const exportData = async () => {
    const r = await send('backup:export', {});
    if (!r.ok) return setMessage({ text: r.error, error: true });
    download(r.value.filename, r.value.json);
    setMessage(null);
  };

  const importData = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = await send('backup:import', { text: await file.text() });
    if (!r.ok) return setMessage({ text: r.error, error: true });
    const v = r.value;
    setMessage({
      text: tp('backup.import.done', lang, {
        subscriptions: v.subscriptionsAdded,
        keys: v.keysAdded,
        feedback: v.feedbackAdded,
        reports: v.reportsAdded,
      }),
    });
  };

  const deleteAll = async () => {
    setConfirming(false);
    const r = await send('backup:delete-all', { confirm: true });
    setMessage(r.ok ? { text: tp('backup.deleted', lang) } : { text: r.error, error: true });
  };

  return (
    <div class="vg-backup">
      <section>
        <h2>{tp('backup.export', lang)}</h2>
        <p class="vg-help">{tp('backup.export.help', lang)}</p>
        <button type="button" onClick={() => void exportData()}>
          {tp('backup.export', lang)}
        </button>
      </section>
      <section>
        <h2>
          <label for="vg-backup-file">{tp('backup.import', lang)}</label>
        </h2>
        <input
          id="vg-backup-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void importData(e.currentTarget as HTMLInputElement)}
        />
      </section>
      <section>
        <h2>{tp('backup.delete', lang)}</h2>
        <p class="vg-help">{tp('backup.delete.help', lang)}</p>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="vg-delete-ask">
            <p id="vg-delete-ask">{tp('backup.delete.ask', lang)}</p>
            <button type="button" class="vg-danger" onClick={() => void deleteAll()}>
              {tp('backup.delete.confirm', lang)}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {tp('backup.delete.cancel', lang)}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {tp('backup.delete', lang)}
          </button>
        )}
      </section>
      <p class={message?.error ? 'vg-status vg-error' : 'vg-status'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

// @vitest-environment happy-dom
// The options sections for packs, subscriptions and backup, against a fake background.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PacksSection, readPackFiles } from '../../components/packs/PacksSection.tsx';
import { SubscriptionsSection } from '../../components/packs/SubscriptionsSection.tsx';
import { BackupSection } from '../../components/backup/BackupSection.tsx';
import { setOriginPermission } from '../../components/packs/permission.ts';
import type { PageSend } from '../../components/page-api.ts';
import type { PackView } from '../../messaging/protocol.ts';

let box: HTMLElement;
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
};
async function mount(node: preact.ComponentChild) {
  box = document.createElement('div');
  document.body.append(box);
  act(() => render(node, box));
  await flush();
  return box;
}
afterEach(() => {
  act(() => render(null, box));
  box.remove();
});

const pack: PackView = {
  id: 'vaccines-en',
  title: 'Vaccine myths',
  version: '1.1.0',
  languages: ['en'],
  license: 'CC-BY-SA-4.0',
  reviewedBy: [],
  origin: 'subscription',
  subscriptionUrl: 'https://packs.example.org/index.json',
  enabled: true,
  rules: [
    {
      id: 'vaccines-autism',
      title: 'Vaccines and autism',
      category: 'contradicts-evidence',
      severity: 'warning',
      lang: 'en',
      enabled: true,
    },
  ],
  previousVersion: '1.0.0',
  activatedAt: '2026-11-28T12:00:00Z',
};

function fakeSend(answers: Record<string, unknown> = {}) {
  const calls: [string, Record<string, unknown>][] = [];
  const send = (async (type: string, payload: Record<string, unknown>) => {
    calls.push([type, payload]);
    if (type in answers) {
      const a = answers[type];
      return typeof a === 'function' ? (a as (p: unknown) => unknown)(payload) : { ok: true, value: a };
    }
    return { ok: true, value: [] };
  }) as unknown as PageSend;
  return { send, calls };
}

const props = (send: PageSend) => ({
  lang: 'en' as const,
  send,
  settings: null,
  saveSettings: async () => null,
});

describe('packs section', () => {
  it('shows each pack with its metadata and sends switches and rollback', async () => {
    const s = fakeSend({
      'packs:list': [pack],
      'subscriptions:list': [
        {
          id: 1,
          url: pack.subscriptionUrl,
          status: 'ok',
          packIds: [pack.id],
          failures: 0,
          lastCheck: '2026-11-28T12:00:00Z',
          nextCheck: '2026-11-29T12:00:00Z',
        },
      ],
      'status:get': {
        packCount: 1,
        ruleCount: 1,
        snapshotHash: 'h',
        notices: [{ key: 'notice.dbUnreadable' }],
      },
      'packs:toggle': [{ ...pack, enabled: false }],
      'packs:rollback': [{ ...pack, version: '1.0.0', previousVersion: undefined }],
    });
    const el = await mount(<PacksSection {...props(s.send)} />);
    const text = el.textContent ?? '';
    for (const part of [
      'Vaccine myths',
      '1.1.0',
      'CC-BY-SA-4.0',
      'Not reviewed by a clinician yet',
      'Subscription: https://packs.example.org/index.json',
      'Vaccines and autism',
    ]) {
      expect(text).toContain(part);
    }
    expect(el.querySelector('[role="alert"]')!.textContent).toMatch(/could not read its database/);
    const toggle = el.querySelector<HTMLInputElement>('input[aria-label="Use the pack Vaccine myths"]')!;
    await act(async () => toggle.click());
    await flush();
    expect(s.calls).toContainEqual(['packs:toggle', { packId: 'vaccines-en', enabled: false }]);
    const rollback = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Go back to 1.0.0')!;
    await act(async () => rollback.click());
    await flush();
    expect(s.calls).toContainEqual(['packs:rollback', { packId: 'vaccines-en' }]);
    expect(el.querySelector('[role="status"]')!.textContent).toBe(
      'Vaccine myths: back to the previous version.',
    );
  });

  it('reports the reason of a failed check in words', async () => {
    const s = fakeSend({
      'packs:list': [pack],
      'status:get': { packCount: 1, ruleCount: 1, snapshotHash: 'h', notices: [] },
      'subscriptions:check-now': [
        {
          url: 'https://packs.example.org/index.json',
          result: 'failed',
          reason: 'The server answered with error 500. Vigie will try again later.',
          activated: [],
        },
      ],
    });
    const el = await mount(<PacksSection {...props(s.send)} />);
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Check for updates now')!;
    await act(async () => button.click());
    await flush();
    expect(el.querySelector('[role="status"]')!.textContent).toMatch(/error 500/);
  });

  it('pairs a pack file with its signature', async () => {
    const files = [new File(['SIG\n'], 'a.json.sig'), new File(['{"id":"a"}'], 'a.json')];
    expect(await readPackFiles(files)).toEqual({ text: '{"id":"a"}', name: 'a.json', sig: 'SIG' });
    expect(await readPackFiles([new File(['x'], 'a.txt')])).toBeNull();
  });
});

describe('subscriptions section', () => {
  it('asks for the origin permission, then subscribes to the normalised address', async () => {
    const asked: string[] = [];
    setOriginPermission(async (p) => (asked.push(p), true));
    const s = fakeSend({
      'subscriptions:add': {
        id: 1,
        url: 'https://packs.example.org/vigie/index.json',
        status: 'ok',
        packIds: [],
        failures: 0,
      },
      'keys:list': [{ key: 'K'.repeat(43) + '=', name: 'Vigie project', builtIn: true, addedAt: '' }],
    });
    const el = await mount(<SubscriptionsSection {...props(s.send)} />);
    expect(el.textContent).toContain('Vigie project');
    expect(el.querySelector('button[aria-label^="Stop trusting"]')).toBeNull(); // the built-in key stays
    const input = el.querySelector<HTMLInputElement>('input[type="url"]')!;
    input.value = 'https://packs.example.org/vigie/';
    act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await act(
      async () => void input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
    );
    await flush();
    expect(asked).toEqual(['https://packs.example.org/*']);
    expect(s.calls).toContainEqual([
      'subscriptions:add',
      { url: 'https://packs.example.org/vigie/index.json' },
    ]);
  });

  it('refuses plain http and a denied permission without subscribing', async () => {
    setOriginPermission(async () => false);
    const s = fakeSend();
    const el = await mount(<SubscriptionsSection {...props(s.send)} />);
    const input = el.querySelector<HTMLInputElement>('input[type="url"]')!;
    for (const url of ['http://packs.example.org/', 'http://127.0.0.1:8080/']) {
      input.value = url;
      act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
      await act(
        async () => void input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
      );
      await flush();
    }
    expect(s.calls.filter(([t]) => t === 'subscriptions:add')).toEqual([]);
    expect(el.querySelector('[role="status"]')!.textContent).toMatch(
      /needs your permission to fetch from http:\/\/127.0.0.1:8080/,
    );
  });
});

describe('backup section', () => {
  it('deletes only after the second click', async () => {
    const s = fakeSend({ 'backup:delete-all': { ok: true } });
    const el = await mount(<BackupSection {...props(s.send)} />);
    const first = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Delete all my data…')!;
    await act(async () => first.click());
    expect(s.calls.some(([t]) => t === 'backup:delete-all')).toBe(false);
    const yes = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Yes, delete everything')!;
    await act(async () => yes.click());
    await flush();
    expect(s.calls).toContainEqual(['backup:delete-all', { confirm: true }]);
    expect(el.querySelector('[role="status"]')!.textContent).toBe('All your data was deleted.');
  });

  it('shows why an import was refused', async () => {
    const s = fakeSend({
      'backup:import': () => ({ ok: false, error: 'This file is not a Vigie backup: nothing was imported.' }),
    });
    const el = await mount(<BackupSection {...props(s.send)} />);
    const input = el.querySelector<HTMLInputElement>('#vg-backup-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'x.json')], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(el.querySelector('[role="status"]')!.textContent).toMatch(/not a Vigie backup/);
  });
});

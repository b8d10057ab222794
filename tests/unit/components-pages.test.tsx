// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupApp, type TabApi } from '../../components/popup/App.tsx';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { SECTIONS } from '../../components/options/sections.ts';
import { Welcome } from '../../components/welcome/Welcome.tsx';
import { normaliseHost, type PageSend } from '../../components/page-api.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings.ts';
import type { TabSummary } from '../../overlay/tab-messages.ts';

let box: HTMLElement;
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
};

function fakeSend(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, uiLang: 'en', ...initial };
  const calls: [string, unknown][] = [];
  const send = (async (type: string, payload: unknown) => {
    calls.push([type, payload]);
    if (type === 'settings:set')
      settings = { ...settings, ...(payload as { patch: Partial<Settings> }).patch };
    if (type === 'settings:get' || type === 'settings:set') return { ok: true, value: settings };
    return { ok: true, value: { dismissed: [], hiddenRules: [], pausedHosts: [] } };
  }) as unknown as PageSend;
  return { send, calls, settings: () => settings };
}

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

const summary: TabSummary = {
  site: 'tiktok',
  host: 'www.tiktok.com',
  active: true,
  engineReady: true,
  marks: [
    {
      key: 'k1',
      category: 'contradicts-evidence',
      severity: 'warning',
      ruleId: 'r1',
      excerpt: '<b>cure</b>',
      count: 1,
    },
    {
      key: 'k2',
      category: 'contradicts-evidence',
      severity: 'warning',
      ruleId: 'r2',
      excerpt: 'second',
      count: 2,
    },
    { key: 'k3', category: 'oversimplified', severity: 'caution', ruleId: 'r3', excerpt: 'third', count: 1 },
  ],
};

describe('popup', () => {
  it('lists what was found per category and scrolls to a post', async () => {
    const s = fakeSend();
    const tab: TabApi = {
      summary: async () => summary,
      scrollTo: vi.fn(async () => {}),
      openOptions: vi.fn(),
    };
    const el = await mount(<PopupApp send={s.send} tab={tab} />);
    expect(el.textContent).toContain('3 marked posts');
    expect(el.textContent).toContain('contradicts evidence: 2');
    expect(el.textContent).toContain('oversimplified: 1');
    expect(el.querySelector('b')).toBeNull();
    act(() => el.querySelector<HTMLButtonElement>('.vg-marks button')!.click());
    expect(tab.scrollTo).toHaveBeenCalledWith('k1');
  });

  it('pauses the site and changes mode through the background', async () => {
    const s = fakeSend();
    const tab: TabApi = { summary: async () => summary, scrollTo: async () => {}, openOptions: () => {} };
    const el = await mount(<PopupApp send={s.send} tab={tab} />);
    const toggle = el.querySelector<HTMLInputElement>('.vg-switch input')!;
    await act(async () => toggle.click());
    expect(s.calls).toContainEqual(['site:pause', { host: 'www.tiktok.com' }]);
    const clin = el.querySelector<HTMLInputElement>('input[value="clinician"]')!;
    await act(async () => clin.click());
    await flush();
    expect(s.settings().mode).toBe('clinician');
  });

  it('says when the page is not read by Vigie', async () => {
    const s = fakeSend({ uiLang: 'fr' });
    const el = await mount(
      <PopupApp
        send={s.send}
        tab={{ summary: async () => null, scrollTo: async () => {}, openOptions: () => {} }}
      />,
    );
    expect(el.textContent).toContain('Vigie ne lit pas cette page.');
  });
});

describe('options', () => {
  it('is a tab shell with the settings section, saving through the background', async () => {
    const s = fakeSend();
    const extra = { id: 'packs', label: () => 'Packs', component: () => <p>packs here</p> };
    const el = await mount(<OptionsApp send={s.send} sections={[SECTIONS[0]!, extra]} />);
    const tabs = el.querySelectorAll('[role="tab"]');
    expect(tabs).toHaveLength(2);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    const sev = el.querySelector<HTMLSelectElement>('#vg-sev')!;
    sev.value = 'warning';
    await act(async () => void sev.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(s.settings().minSeverity).toBe('warning');
    const tiktok = el.querySelector<HTMLInputElement>('.vg-check input')!;
    await act(async () => tiktok.click());
    await flush();
    expect(s.settings().sites).toEqual({ tiktok: false });
    act(
      () => void tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })),
    );
    expect(el.textContent).toContain('packs here');
  });

  it('adds a generic-reader host only when it is a host name', async () => {
    const s = fakeSend();
    const el = await mount(<OptionsApp send={s.send} sections={SECTIONS} />);
    const input = el.querySelector<HTMLInputElement>('form input')!;
    const form = el.querySelector('form')!;
    input.value = 'javascript:alert(1)';
    act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await act(async () => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(s.settings().genericHosts).toEqual([]);
    expect(el.textContent).toContain('Enter a host name such as example.org.');
    input.value = 'https://News.Example.org/path';
    act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await act(async () => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(s.settings().genericHosts).toEqual(['news.example.org']);
  });

  it('normalises hosts', () => {
    expect(normaliseHost('example.org')).toBe('example.org');
    expect(normaliseHost(' EXAMPLE.org/a ')).toBe('example.org');
    expect(normaliseHost('localhost')).toBeNull();
    expect(normaliseHost('a b.org')).toBeNull();
  });
});

describe('first-run page', () => {
  it('says what Vigie does and its limits, and saves the chosen mode', async () => {
    const s = fakeSend();
    const el = await mount(<Welcome send={s.send} />);
    expect(el.textContent).toContain('It can be wrong');
    expect(el.textContent).toContain('not what is said or shown in the video');
    expect(el.textContent).toContain('not medical advice');
    await act(async () => el.querySelector<HTMLInputElement>('input[value="clinician"]')!.click());
    await act(async () => el.querySelector<HTMLButtonElement>('.vg-primary')!.click());
    await flush();
    expect(s.settings()).toMatchObject({ mode: 'clinician', onboarded: true });
    expect(el.textContent).toContain('All set');
  });
});

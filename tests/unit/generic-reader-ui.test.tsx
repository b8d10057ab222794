// @vitest-environment happy-dom
// The article reader's switch in the popup, its host list in options, and the options page's URL hash.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupApp, genericCandidate, type TabApi } from '../../components/popup/App.tsx';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { SECTIONS } from '../../components/options/sections.ts';
import { setHostPermissionApi } from '../../components/options/SettingsSection.tsx';
import type { PageSend } from '../../components/page-api.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings.ts';

const boxes: HTMLElement[] = [];
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
};

/** A background that knows settings and the two generic messages; `log` keeps the order of events. */
function fakeBackground(initial: Partial<Settings> = {}, log: string[] = []) {
  let settings: Settings = { ...DEFAULT_SETTINGS, uiLang: 'en', ...initial };
  const send = (async (type: string, payload: Record<string, unknown>) => {
    log.push(`${type}${payload.host ? ` ${String(payload.host)}` : ''}`);
    const host = payload.host as string;
    if (type === 'settings:set') settings = { ...settings, ...(payload.patch as Partial<Settings>) };
    if (type === 'generic:add' && !settings.genericHosts.includes(host))
      settings = { ...settings, genericHosts: [...settings.genericHosts, host] };
    if (type === 'generic:remove')
      settings = { ...settings, genericHosts: settings.genericHosts.filter((h) => h !== host) };
    return { ok: true, value: settings };
  }) as unknown as PageSend;
  return { send, log, settings: () => settings };
}

function tabOn(url: string, log: string[], grant = true): TabApi {
  return {
    summary: async () => null,
    scrollTo: async () => {},
    openOptions: () => {},
    page: async () => {
      const u = new URL(url);
      return { host: u.hostname, https: u.protocol === 'https:' };
    },
    requestHost: (host) => {
      log.push(`request ${host}`);
      return Promise.resolve(grant);
    },
    reload: async () => void log.push('reload'),
  };
}

async function mount(node: preact.ComponentChild) {
  const box = document.createElement('div');
  boxes.push(box);
  document.body.append(box);
  act(() => render(node, box));
  await flush();
  return box;
}

afterEach(() => {
  for (const box of boxes.splice(0)) {
    act(() => render(null, box));
    box.remove();
  }
  history.replaceState(null, '', '#');
});

const genericSwitch = (el: HTMLElement) =>
  [...el.querySelectorAll<HTMLLabelElement>('.vg-generic label')]
    .find((l) => l.textContent?.includes('Read this site’s articles'))
    ?.querySelector('input') ?? null;

describe('popup: read this site’s articles', () => {
  it('is offered on https pages without a built-in adapter only', () => {
    expect(genericCandidate({ host: 'News.Example.org', https: true })).toBe('news.example.org');
    expect(genericCandidate({ host: 'www.tiktok.com', https: true })).toBeNull();
    expect(genericCandidate({ host: 'news.example.org', https: false })).toBeNull();
    expect(genericCandidate(null)).toBeNull();
  });

  it('asks for the host permission before anything else, then turns the reader on', async () => {
    const log: string[] = [];
    const bg = fakeBackground({}, log);
    const el = await mount(<PopupApp send={bg.send} tab={tabOn('https://news.example.org/a', log)} />);
    const input = genericSwitch(el)!;
    expect(input.checked).toBe(false);
    expect(el.textContent).toContain('Vigie will ask your browser for access to news.example.org.');
    log.length = 0;
    await act(async () => input.click());
    await flush();
    expect(log[0]).toBe('request news.example.org');
    expect(log).toContain('generic:add news.example.org');
    expect(bg.settings().genericHosts).toEqual(['news.example.org']);
    expect(genericSwitch(el)!.checked).toBe(true);
    expect(el.textContent).toContain('Reload the page to apply this.');
    await act(async () => el.querySelector<HTMLButtonElement>('.vg-generic button')!.click());
    expect(log).toContain('reload');
  });

  it('takes the host back out when the browser refuses access', async () => {
    const log: string[] = [];
    const bg = fakeBackground({}, log);
    const el = await mount(<PopupApp send={bg.send} tab={tabOn('https://news.example.org/a', log, false)} />);
    await act(async () => genericSwitch(el)!.click());
    await flush();
    expect(log).toContain('generic:remove news.example.org');
    expect(bg.settings().genericHosts).toEqual([]);
    expect(el.textContent).toContain('Vigie did not get access to news.example.org');
  });

  it('turns the reader off through the background (which gives the access back)', async () => {
    const log: string[] = [];
    const bg = fakeBackground({ genericHosts: ['news.example.org'] }, log);
    const el = await mount(<PopupApp send={bg.send} tab={tabOn('https://news.example.org/a', log)} />);
    expect(genericSwitch(el)!.checked).toBe(true);
    await act(async () => genericSwitch(el)!.click());
    await flush();
    expect(log).not.toContain('request news.example.org');
    expect(bg.settings().genericHosts).toEqual([]);
  });

  it('is not shown on a site with its own adapter, and speaks French', async () => {
    const log: string[] = [];
    const el = await mount(
      <PopupApp send={fakeBackground({}, log).send} tab={tabOn('https://www.youtube.com/watch', log)} />,
    );
    expect(genericSwitch(el)).toBeNull();
    const fr = await mount(
      <PopupApp
        send={fakeBackground({ uiLang: 'fr' }, log).send}
        tab={tabOn('https://news.example.org/', log)}
      />,
    );
    expect(fr.textContent).toContain('Lire les articles de ce site');
  });
});

describe('options: article reader hosts and the URL hash', () => {
  it('removes a host through generic:remove', async () => {
    const log: string[] = [];
    const bg = fakeBackground({ genericHosts: ['a.example.org', 'b.example.org'] }, log);
    const el = await mount(<OptionsApp send={bg.send} sections={SECTIONS} />);
    const remove = el.querySelector<HTMLButtonElement>('button[aria-label="Remove a.example.org"]')!;
    await act(async () => remove.click());
    await flush();
    expect(log).toContain('generic:remove a.example.org');
    expect(bg.settings().genericHosts).toEqual(['b.example.org']);
    expect(el.querySelector('button[aria-label="Remove a.example.org"]')).toBeNull();
  });

  it('marks a listed host Vigie has no access to, and asks for it on "Allow access"', async () => {
    const granted = new Set(['b.example.org']);
    const asked: string[] = [];
    setHostPermissionApi({
      request: async (h) => {
        asked.push(h);
        granted.add(h);
        return true;
      },
      has: async (h) => granted.has(h),
    });
    try {
      const bg = fakeBackground({ genericHosts: ['a.example.org', 'b.example.org'] });
      const el = await mount(<OptionsApp send={bg.send} sections={SECTIONS} />);
      const items = [...el.querySelectorAll('.vg-hosts li')];
      expect(items[0]!.textContent).toContain('Vigie has no access to this site yet.');
      expect(items[1]!.textContent).not.toContain('no access');
      const allow = [...items[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Allow access')!;
      await act(async () => allow.click());
      await flush();
      expect(asked).toEqual(['a.example.org']);
      expect(el.textContent).not.toContain('no access');
    } finally {
      setHostPermissionApi({ request: async () => true });
    }
  });

  it('opens the tab named by the hash, follows navigation to another hash and writes the hash on a tab switch', async () => {
    const bg = fakeBackground();
    const sections = [
      SECTIONS[0]!,
      { id: 'packs', label: () => 'Packs', component: () => <p>packs here</p> },
      { id: 'backup', label: () => 'Backup', component: () => <p>backup here</p> },
    ];
    const el = await mount(<OptionsApp send={bg.send} sections={sections} initial="packs" />);
    expect(el.textContent).toContain('packs here');
    history.replaceState(null, '', '#backup');
    await act(async () => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(el.textContent).toContain('backup here');
    history.replaceState(null, '', '#nothing');
    await act(async () => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(el.textContent).toContain('backup here');
    await act(async () => el.querySelector<HTMLButtonElement>('#vg-tab-settings')!.click());
    expect(location.hash).toBe('#settings');
  });
});

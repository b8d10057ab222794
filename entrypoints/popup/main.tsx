// Popup wiring: the tab API talks to the active tab's content script (overlay/tab-messages.ts).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type TabApi } from '../../components/popup/App.tsx';
import { pageSend } from '../../components/page-send.ts';
import type { TabMessage, TabSummary } from '../../overlay/tab-messages.ts';
import '../../components/pages.css';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function activeTabId(): Promise<number | undefined> {
  return (await activeTab())?.id;
}

async function toTab<T>(message: TabMessage): Promise<T | null> {
  const id = await activeTabId();
  if (id === undefined) return null;
  try {
    return ((await browser.tabs.sendMessage(id, message)) as T | undefined) ?? null;
  } catch {
    return null; // no content script in this tab: an unsupported page
  }
}

const tab: TabApi = {
  summary: () => toTab<TabSummary>({ type: 'vigie:tab:summary' }),
  scrollTo: async (key) => {
    await toTab<boolean>({ type: 'vigie:tab:scroll', key });
    window.close();
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  // The address is readable through the activeTab permission the popup's opening grants.
  page: async () => {
    const url = (await activeTab())?.url;
    if (!url) return null;
    try {
      const u = new URL(url);
      return { host: u.hostname, https: u.protocol === 'https:' };
    } catch {
      return null;
    }
  },
  // Not async on purpose: the request must leave inside the click's user gesture.
  requestHost: (host) => browser.permissions.request({ origins: [`https://${host}/*`] }),
  reload: async () => {
    const id = await activeTabId();
    if (id !== undefined) await browser.tabs.reload(id);
    window.close();
  },
};

render(<PopupApp send={pageSend} tab={tab} />, document.getElementById('app')!);

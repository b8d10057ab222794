// Popup wiring: the tab API talks to the active tab's content script (overlay/tab-messages.ts).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type TabApi } from '../../components/popup/App.tsx';
import { pageSend } from '../../components/page-send.ts';
import type { TabMessage, TabSummary } from '../../overlay/tab-messages.ts';
import '../../components/pages.css';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
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
};

render(<PopupApp send={pageSend} tab={tab} />, document.getElementById('app')!);

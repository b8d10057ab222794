// Content script entry: thin wiring of browser APIs into the runtime (runtime.ts). Runs only on the supported
// sites listed in `matches`. The generic article reader runs on hosts the user opts into: the background
// registers this same script for those hosts at run time (scripting.registerContentScripts with
// js: ['content-scripts/content.js'], css: ['content-scripts/content.css']); here it picks the generic adapter
// when the host is in settings.genericHosts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { loadEngine } from '../../engine/analyze.ts';
import { contentAdapterById, contentAdapterForHost } from '../../sites/content-adapters.ts';
import { createScanner } from '../../scan/index.ts';
import { trySend } from '../../messaging/client.ts';
import { STORAGE_KEYS, type Settings } from '../../common/settings.ts';
import type { SiteAdapter } from '../../sites/types.ts';
import { startContent, type ContentDeps } from './runtime.ts';
import './style.css';

export default defineContentScript({
  matches: [
    'https://*.tiktok.com/*',
    'https://*.youtube.com/*',
    'https://*.x.com/*',
    'https://*.twitter.com/*',
    'https://*.instagram.com/*',
    'https://*.reddit.com/*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    try {
      const adapter = await pickAdapter(location.hostname);
      if (!adapter || ctx.isInvalid) return;
      const deps: ContentDeps = {
        doc: document,
        win: window,
        adapter,
        readStorage: (keys) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
        onStorageChange(cb) {
          const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
            if (area === 'local') cb(changes);
          };
          browser.storage.onChanged.addListener(listener);
          return () => browser.storage.onChanged.removeListener(listener);
        },
        onTabMessage(cb) {
          const listener = (message: unknown) => cb(message);
          browser.runtime.onMessage.addListener(listener);
          return () => browser.runtime.onMessage.removeListener(listener);
        },
        send: (type, payload) => (trySend as unknown as ContentDeps['send'])(type, payload),
        loadEngine,
        createScanner,
      };
      const runtime = startContent(deps);
      ctx.onInvalidated(() => runtime.stop());
    } catch (error) {
      console.warn('[Vigie] the content script could not start', error);
    }
  },
});

/** The site's adapter, or the generic reader when the user turned it on for this host. */
async function pickAdapter(host: string): Promise<SiteAdapter | undefined> {
  const known = contentAdapterForHost(host);
  if (known) return known;
  const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
  const settings = stored[STORAGE_KEYS.settings] as Partial<Settings> | undefined;
  return settings?.genericHosts?.includes(host.toLowerCase()) ? contentAdapterById('generic') : undefined;
}

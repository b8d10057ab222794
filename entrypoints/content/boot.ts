// The wiring every content script shares: browser APIs into the runtime (runtime.ts). Each supported site has
// its own content script (entrypoints/<site>.content.ts) carrying only its own adapter, so a page loads one
// site's code, not all of them (issue #4: the content script stays small); the generic article reader is the
// `content` script the background registers for the hosts the user turns on.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createScanner } from '../../scan/index.ts';
import { trySend } from '../../messaging/client.ts';
import { createAnalysisPort } from '../../messaging/analysis-port.ts';
import type { SiteAdapter } from '../../sites/types.ts';
import { startContent, type ContentDeps } from './runtime.ts';

/** Starts Vigie in this page with the adapter `pick` returns (none: Vigie stays off). Never throws. */
export async function bootContent(
  ctx: ContentScriptContext,
  pick: () => SiteAdapter | undefined | Promise<SiteAdapter | undefined>,
): Promise<void> {
  try {
    const adapter = await pick();
    if (!adapter || ctx.isInvalid) return;
    const analysis = createAnalysisPort();
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
        // The browser's own API object (wxt.config.ts): Chrome ignores a listener's returned promise, so the
        // answer goes through sendResponse, kept open by returning true (both browsers do this).
        const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
          const reply = cb(message);
          if (!reply) return false;
          reply.then(sendResponse, () => sendResponse(null));
          return true;
        };
        browser.runtime.onMessage.addListener(listener as never);
        return () => browser.runtime.onMessage.removeListener(listener as never);
      },
      send: (type, payload) => (trySend as unknown as ContentDeps['send'])(type, payload),
      ask: analysis.ask,
      createScanner,
    };
    const runtime = startContent(deps);
    ctx.onInvalidated(() => {
      runtime.stop();
      analysis.close();
    });
  } catch (error) {
    console.warn('[Vigie] the content script could not start', error);
  }
}

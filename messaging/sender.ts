// Who sent a message: a content script running in a tab, or one of Vigie's own pages (options, popup, welcome).
// Kept pure (the caller passes the extension's id and origin) so it is tested without a browser.
import type { SenderKind } from './protocol.ts';

/** The fields of runtime.MessageSender this check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

export interface SelfInfo {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/') : "chrome-extension://<id>/" or "moz-extension://<uuid>/" */
  origin: string;
}

/**
 * 'page' when the sender is a document of this extension (even an options page opened in a tab),
 * 'content' when it is another document in a tab (our content script: other extensions cannot reach
 * runtime.onMessage), null for anything else (another extension, a frame with no tab, a missing url).
 */
export function classifySender(sender: SenderInfo, self: SelfInfo): SenderKind | null {
  if (!sender || sender.id !== self.id) return null;
  const origin = self.origin.endsWith('/') ? self.origin : `${self.origin}/`;
  if (typeof sender.url === 'string' && sender.url.startsWith(origin)) return 'page';
  if (sender.tab && typeof sender.tab.id === 'number' && typeof sender.url === 'string') return 'content';
  return null;
}

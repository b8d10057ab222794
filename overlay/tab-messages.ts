// Messages from the popup to the content script of the active tab (browser.tabs.sendMessage). They never
// reach the background, so they are not part of messaging/protocol.ts.
import type { MarkSummary } from './types.ts';

export type TabMessage = { type: 'vigie:tab:summary' } | { type: 'vigie:tab:scroll'; key: string };

export interface TabSummary {
  site: string | null;
  host: string;
  /** False when the site is off in settings or paused by the user. */
  active: boolean;
  engineReady: boolean;
  marks: MarkSummary[];
}

export function isTabMessage(m: unknown): m is TabMessage {
  if (typeof m !== 'object' || m === null) return false;
  const type = (m as { type?: unknown }).type;
  if (type === 'vigie:tab:summary') return true;
  return type === 'vigie:tab:scroll' && typeof (m as { key?: unknown }).key === 'string';
}

// What Vigie's extension pages (popup, options, first-run) need from the browser, passed in as props so the
// components render under tests without an extension runtime. entrypoints/*/main.tsx give the real ones.
import type { MessageType, Payload, Reply, Responses } from '../messaging/protocol.ts';
import type { Settings } from '../common/settings.ts';
import type { Lang } from '../engine/types.ts';
import { resolveUiLang } from '../i18n/index.ts';

export type PageSend = <K extends MessageType>(type: K, payload: Payload<K>) => Promise<Reply<Responses[K]>>;

export function pageLang(settings: Pick<Settings, 'uiLang'> | undefined): Lang {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return resolveUiLang(settings?.uiLang, nav);
}

/** The site adapters the options page lists (ids match sites/ adapters; labels in the catalogue). */
export const SITE_IDS = ['tiktok', 'youtube', 'instagram', 'x', 'reddit'] as const;

/** A host name a user may type for the generic reader: letters, digits, dots and hyphens, at least one dot. */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    if (/^[a-z]+:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return null;
  }
  s = s.replace(/\/.*$/, '').replace(/\.$/, '');
  if (s.length > 253 || !/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(s)) return null;
  return s;
}

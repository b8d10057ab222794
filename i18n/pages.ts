// Strings for Vigie's extension pages: the overlay catalogue plus the pages' own keys (popup, options,
// first-run). The content script never imports this module.
import type { Lang } from '../engine/types.ts';
import { CATALOGS, format, type MessageKey } from './index.ts';
import { enPages, type PageKey } from './en-pages.ts';
import { frPages } from './fr-pages.ts';

export type AnyKey = MessageKey | PageKey;
export const PAGE_CATALOGS: Record<Lang, Record<PageKey, string>> = { en: enPages, fr: frPages };

export function t(key: AnyKey, lang: Lang, params?: Record<string, string | number>): string {
  const raw =
    (PAGE_CATALOGS[lang] as Record<string, string>)[key] ??
    (CATALOGS[lang] as Record<string, string>)[key] ??
    (enPages as Record<string, string>)[key] ??
    key;
  return format(raw, params);
}

// The project's own UI catalogue (en + fr). Extension-name strings for the manifest live in public/_locales;
// everything the user reads inside Vigie's UI comes from here so the language follows settings.uiLang,
// which browser.i18n cannot do. Two halves: en.ts/fr.ts (marks and popovers, in the content script) and
// en-pages.ts/fr-pages.ts (popup, options, first-run: i18n/pages.ts), so the content script stays small.
import type { Lang } from '../engine/types.ts';
import type { UiLang } from '../common/settings.ts';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export type { MessageKey };
export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en, fr };
export const UI_LANGS: readonly Lang[] = ['en', 'fr'];

/** Fills `{name}` placeholders. Params are plain text: the result is rendered as text, never as HTML. */
export function format(raw: string, params?: Record<string, string | number>): string {
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Looks up an overlay key (the content script's strings; pages use i18n/pages.ts for theirs too). */
export function t(key: MessageKey, lang: Lang, params?: Record<string, string | number>): string {
  return format(CATALOGS[lang][key] ?? en[key] ?? key, params);
}

/** The browser's preferred UI language mapped to a catalogue language (French for any fr-*, else English). */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const tag of languages ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr') return 'fr';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** Settings override first, then the browser's languages. `nav` is passed in so tests need no globals. */
export function resolveUiLang(
  uiLang: UiLang | undefined,
  nav?: { languages?: readonly string[]; language?: string },
): Lang {
  if (uiLang === 'en' || uiLang === 'fr') return uiLang;
  const list = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  return browserLang(list);
}

/** The other catalogue language: used when a pack message is missing in the UI language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en';
}

/** A per-language text from a pack, in the UI language or else the other one. */
export function pickLang(texts: Partial<Record<Lang, string>> | undefined, lang: Lang): string | undefined {
  if (!texts) return undefined;
  return texts[lang] ?? texts[otherLang(lang)];
}

import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { fr } from '../../i18n/fr.ts';
import { enPages } from '../../i18n/en-pages.ts';
import { frPages } from '../../i18n/fr-pages.ts';
import { t as tp } from '../../i18n/pages.ts';
import { browserLang, pickLang, resolveUiLang, t } from '../../i18n/index.ts';
import { PROBLEM_TEXT, problemText } from '../../i18n/reasons.ts';
import { CATEGORIES } from '../../engine/types.ts';

describe('i18n catalogue', () => {
  const pairs: [Record<string, string>, Record<string, string>][] = [
    [en, fr],
    [enPages, frPages],
    [PROBLEM_TEXT.en, PROBLEM_TEXT.fr],
  ];

  it('has every key in both languages, none empty, and no key in both halves', () => {
    for (const [a, b] of pairs) {
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
      for (const [k, v] of [...Object.entries(a), ...Object.entries(b)]) expect(v.trim(), k).not.toBe('');
    }
    for (const k of Object.keys(enPages)) expect(en, k).not.toHaveProperty(k);
  });

  it('says a failure in either language, with the same names in it', () => {
    const p = { key: 'network', params: { host: 'packs.example.org' } } as const;
    expect(problemText(p, 'en')).toBe('Could not reach packs.example.org. Vigie will try again later.');
    expect(problemText(p, 'fr')).toBe('Impossible de joindre packs.example.org. Vigie réessaiera plus tard.');
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [a, b] of pairs)
      for (const key of Object.keys(a)) {
        expect(names(b[key]!), key).toEqual(names(a[key]!));
      }
  });

  it('pages see both halves', () => {
    expect(tp('popup.count', 'fr', { count: 3 })).toBe('3 publications marquées');
    expect(tp('severity.warning', 'fr')).toBe('alerte');
  });

  it('never says false or fake', () => {
    for (const v of [
      ...Object.values(en),
      ...Object.values(fr),
      ...Object.values(enPages),
      ...Object.values(frPages),
      ...Object.values(PROBLEM_TEXT.en),
      ...Object.values(PROBLEM_TEXT.fr),
    ]) {
      expect(v).not.toMatch(/\b(false|fake|faux|fausse|fake news)\b/i);
    }
  });

  it('has a title, badge and (for negatives) strip text per category', () => {
    for (const c of CATEGORIES) {
      expect(en).toHaveProperty(`title.${c}`);
      expect(en).toHaveProperty(`badge.${c}`);
      expect(en).toHaveProperty(`category.${c}`);
      if (c !== 'cites-verified-source') expect(en).toHaveProperty(`strip.${c}`);
    }
  });

  it('fills placeholders as text and leaves unknown ones', () => {
    expect(t('title.cites-verified-source', 'en', { source: 'WHO' })).toBe('Links to WHO');
    expect(t('popover.of', 'fr', { index: 1, count: 3 })).toBe('1 sur 3');
    expect(t('title.cites-verified-source', 'en')).toBe('Links to {source}');
  });

  it('resolves the UI language: setting first, then the browser', () => {
    expect(resolveUiLang('fr', { languages: ['en-US'] })).toBe('fr');
    expect(resolveUiLang('auto', { languages: ['fr-CA', 'en'] })).toBe('fr');
    expect(resolveUiLang('auto', { languages: ['de-DE', 'en-GB'] })).toBe('en');
    expect(resolveUiLang('auto', { language: 'fr' })).toBe('fr');
    expect(resolveUiLang(undefined, {})).toBe('en');
    expect(browserLang(['es'])).toBe('en');
  });

  it('picks a pack text in the UI language, else the other one', () => {
    expect(pickLang({ en: 'a', fr: 'b' }, 'fr')).toBe('b');
    expect(pickLang({ en: 'a' }, 'fr')).toBe('a');
    expect(pickLang({}, 'fr')).toBeUndefined();
  });
});

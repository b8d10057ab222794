import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { fr } from '../../i18n/fr.ts';
import { browserLang, pickLang, resolveUiLang, t } from '../../i18n/index.ts';
import { CATEGORIES } from '../../engine/types.ts';

describe('i18n catalogue', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(v.trim(), k).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(names(fr[key]), key).toEqual(names(en[key]));
    }
  });

  it('never says false or fake', () => {
    for (const v of [...Object.values(en), ...Object.values(fr)]) {
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

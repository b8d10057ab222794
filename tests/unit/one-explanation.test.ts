// A claim about a product that has a rule of its own gets that rule's explanation only: the general "a food,
// herb or product said to cure COVID-19" message (about foods and herbs) does not stack under it.
import { describe, expect, it } from 'vitest';
import { compileWorkspace } from '../../rules/load/engine-input.ts';

const { engine } = compileWorkspace();
const shownRules = (text: string) =>
  engine
    .analyze({ text, lang: 'en' })
    .findings.filter((f) => f.shown)
    .map((f) => f.ruleId);

describe('one explanation for a product with its own rule', () => {
  it.each([
    ['Ivermectin cures covid and the hospitals hide it', 'covid-ivermectin-cure-en'],
    ['Hydroxychloroquine cures covid in 3 days', 'covid-hydroxychloroquine-en'],
    ['Colloidal silver cures covid', 'covid-colloidal-silver-en'],
    ['MMS kills the coronavirus in your body', 'covid-bleach-en'],
  ])('%s', (text, rule) => {
    expect(shownRules(text)).toEqual([rule]);
  });

  it('a food said to cure COVID-19 still gets the general explanation', () => {
    expect(shownRules('Garlic soup cures covid in 2 days')).toContain('covid-remedy-cure-en');
  });
});

// Hand-written findings for UI tests (not from any pack or page).
import type { Finding } from '../../engine/types.ts';

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'test-rule',
    packId: 'test-pack',
    category: 'contradicts-evidence',
    severity: 'warning',
    ruleSeverity: 'warning',
    lang: 'en',
    start: 0,
    end: 12,
    excerpt: 'sample claim',
    title: { en: 'Sample claim', fr: 'Affirmation type' },
    message: { en: 'What the sources say, in plain words.', fr: 'Ce que disent les sources, simplement.' },
    sources: [
      {
        id: 'who',
        name: 'WHO',
        url: 'https://www.who.int/example',
        statement: 'A statement.',
        checked: '2026-11-28',
      },
    ],
    context: [],
    effect: 'none',
    shown: true,
    reviewed: false,
    ...over,
  };
}

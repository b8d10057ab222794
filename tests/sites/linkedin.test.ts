import { describe, expect, it } from 'vitest';
import { linkedin } from '../../sites/linkedin.ts';
import { checkUnit, count, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('linkedin adapter on the invented fixture', () => {
  const doc = loadFixture('linkedin');
  const units = linkedin.findPosts(doc);

  it('reads the guest post, its reshare, a feed post and a comment', () => {
    expect(linkedin.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.kind, u.author, u.text])).toEqual([
      ['post', 'Wellness Coach', 'Intermittent fasting cures type 2 diabetes.\nShare if you agree! #health'],
      [
        'post',
        'Dr. Endo',
        'Fasting can help some people lose weight; talk to your doctor before changing diabetes treatment. who.int',
      ],
      ['post', 'Infirmière Claire', "Le paracétamol n'est pas sans risque pour le foie à forte dose."],
      ['comment', 'Marc', 'Merci, je ne savais pas.'],
    ]);
    expect(units[0]!.permalink).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/',
    );
    expect(units[1]!.permalink).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000000/',
    );
    expect(units[1]!.links).toEqual([
      { href: 'https://www.who.int/news-room/fact-sheets/detail/diabetes', text: 'who.int' },
    ]);
  });
});

describe.skipIf(!hasSaved('linkedin-public-post-2025.html'))(
  'linkedin adapter on the saved guest page',
  () => {
    it('public post page: 10 posts and 9 reshares of the main post, all with authors', () => {
      const units = linkedin.findPosts(loadSaved('linkedin-public-post-2025.html')!);
      units.forEach(checkUnit);
      expect(count(units, 'post')).toBe(19);
      expect(units.every((u) => u.author && u.permalink?.includes('urn:li:activity:'))).toBe(true);
      expect(new Set(units.map((u) => u.key)).size).toBe(19);
    });
  },
);

import { describe, expect, it } from 'vitest';
import { facebook } from '../../sites/facebook.ts';
import { checkUnit, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('facebook adapter on the invented fixture', () => {
  const doc = loadFixture('facebook');
  const units = facebook.findPosts(doc);

  it('reads each post message once, without the "see more" button', () => {
    expect(facebook.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.author, u.text])).toEqual([
      ['Naturo Line', 'Le bicarbonate soigne le cancer, mon oncle en est la preuve. example.org'],
      ['Pharmacie du Centre', "Vaccination antigrippale : sans rendez-vous jusqu'au 30 novembre."],
    ]);
  });

  it('drops tracking parameters from permalinks and unwraps l.facebook.com links', () => {
    expect(units[0]!.permalink).toBe('https://www.facebook.com/groups/123/posts/789/');
    expect(units[1]!.permalink).toBe('https://www.facebook.com/photo/?fbid=111222');
    expect(units[0]!.links).toEqual([{ href: 'https://example.org/bicarbonate', text: 'example.org' }]);
  });
});

describe.skipIf(!hasSaved('facebook-search-comet-2025.html'))(
  'facebook adapter on the saved search page',
  () => {
    it('search results: 3 posts with author and text', () => {
      const units = facebook.findPosts(loadSaved('facebook-search-comet-2025.html')!);
      units.forEach(checkUnit);
      expect(units).toHaveLength(3);
      expect(units.every((u) => u.author && u.text.length > 40)).toBe(true);
      expect(units.some((u) => /See more/.test(u.text))).toBe(false);
    });
  },
);

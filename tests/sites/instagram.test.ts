import { describe, expect, it } from 'vitest';
import { instagram } from '../../sites/instagram.ts';
import { checkUnit, count, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('instagram adapter on the invented fixture', () => {
  const doc = loadFixture('instagram');
  const units = instagram.findPosts(doc);

  it('finds the caption and two comments, not the like/date footer', () => {
    expect(instagram.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.kind, u.author, u.text])).toEqual([
      ['post', '@coach.nature', "Les huiles essentielles soignent l'asthme de vos enfants 🌿 #naturel"],
      ['comment', '@dr.paul', 'Attention, certaines huiles peuvent déclencher une crise. Voir ameli.fr'],
      ['comment', '@lina_k', "Merci, mon fils a fait une crise avec l'eucalyptus."],
    ]);
  });

  it('uses the comment links and the canonical URL as permalinks', () => {
    expect(units[0]!.permalink).toBe('https://www.instagram.com/reel/INVENTED01/');
    expect(units[1]!.permalink).toBe('https://www.instagram.com/p/INVENTED01/c/17800000000000001/');
    expect(units[1]!.links).toEqual([{ href: 'https://www.ameli.fr/asthme', text: 'ameli.fr' }]);
  });
});

describe.skipIf(!hasSaved('instagram-reel-comments-2025.html'))(
  'instagram adapter on the saved reel page',
  () => {
    it('reel: 1 caption and 15 comments, each with author and permalink', () => {
      const units = instagram.findPosts(loadSaved('instagram-reel-comments-2025.html')!);
      units.forEach(checkUnit);
      expect([count(units, 'post'), count(units, 'comment')]).toEqual([1, 15]);
      expect(units.every((u) => u.author?.startsWith('@') && u.permalink)).toBe(true);
      expect(units.filter((u) => u.kind === 'comment').every((u) => /\/c\/\d+\/$/.test(u.permalink!))).toBe(
        true,
      );
      // Buttons (likes, reply, "see translation") are not part of the text.
      expect(units.some((u) => /curtidas|Responder/.test(u.text))).toBe(false);
    });
  },
);

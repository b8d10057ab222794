import { describe, expect, it } from 'vitest';
import { reddit } from '../../sites/reddit.ts';
import { checkUnit, count, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('reddit adapter on the invented fixture', () => {
  const doc = loadFixture('reddit');
  const units = reddit.findPosts(doc);

  it('reads new Reddit posts, comments and replies, and old Reddit things', () => {
    expect(reddit.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.kind, u.author, u.text])).toEqual([
      ['post', 'u/farmlife22', 'Raw milk cures allergies\nMy kids drink it every day.\nNo more hay fever!'],
      ['comment', 'u/allergist_md', 'Raw milk can carry Listeria and E. coli; it does not treat allergies.'],
      ['reply', 'u/farmlife22', 'Works for us.'],
      ['post', 'u/remede_maison', 'Le bicarbonate soigne les ulcères\nUne cuillère par jour suffit.'],
      ['comment', 'u/gastro_fr', 'Non, consultez un médecin.'],
      ['reply', 'u/remede_maison', 'Ça marche pour moi.'],
    ]);
  });

  it('keeps a comment to its own text (replies are their own units)', () => {
    expect(units[1]!.anchor.contains(units[2]!.anchor)).toBe(false);
    expect(units[4]!.text).not.toContain('Ça marche');
    expect(units[0]!.permalink).toBe(
      'https://www.reddit.com/r/health/comments/inv001/raw_milk_cures_allergies/',
    );
    expect(units[0]!.links).toEqual([{ href: 'https://example.net/raw-milk', text: 'hay fever' }]);
  });
});

describe.skipIf(!hasSaved('reddit-shreddit-post-comments-2025.html'))(
  'reddit adapter on saved shreddit pages',
  () => {
    it('post page: 1 post, 70 comments and 26 replies (97 shreddit-comment, one without text)', () => {
      const units = reddit.findPosts(loadSaved('reddit-shreddit-post-comments-2025.html')!);
      units.forEach(checkUnit);
      expect([count(units, 'post'), count(units, 'comment'), count(units, 'reply')]).toEqual([1, 70, 26]);
      expect(units[0]!.text.startsWith('Which one is AI?')).toBe(true);
      expect(
        units.every(
          (u) => u.author?.startsWith('u/') && u.permalink?.startsWith('https://www.reddit.com/r/'),
        ),
      ).toBe(true);
    });

    it('text post: title and body', () => {
      const doc = loadSaved('reddit-shreddit-textpost-2025.html');
      if (!doc) return;
      const units = reddit.findPosts(doc);
      expect(units).toHaveLength(1);
      expect(units[0]!.parts.map((p) => p.kind)).toEqual(['title', 'body']);
      expect(units[0]!.parts[1]!.text.length).toBeGreaterThan(200);
    });
  },
);

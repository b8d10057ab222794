import { describe, expect, it } from 'vitest';
import { bluesky } from '../../sites/bluesky.ts';
import { checkUnit, loadFixture } from './helpers.ts';

// No saved Bluesky page yet: the fixture follows the test ids open-source clients rely on.
describe('bluesky adapter on the invented fixture', () => {
  const doc = loadFixture('bluesky');
  const units = bluesky.findPosts(doc);

  it('reads feed and thread posts, and a quoted post as its own unit', () => {
    expect(bluesky.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.author, u.permalink, u.text])).toEqual([
      [
        '@herbal.bsky.social',
        'https://bsky.app/profile/herbal.bsky.social/post/3k111',
        'Oregano oil kills every virus, skip the flu shot. example.net/oregano',
      ],
      [
        '@epi.bsky.social',
        'https://bsky.app/profile/epi.bsky.social/post/3k000',
        'Flu vaccines are updated every year.',
      ],
      [
        '@medecin.bsky.social',
        'https://bsky.app/profile/medecin.bsky.social/post/3k222',
        "L'huile d'origan ne remplace pas le vaccin.",
      ],
    ]);
    expect(units[0]!.links).toEqual([{ href: 'https://example.net/oregano', text: 'example.net/oregano' }]);
    expect(units[0]!.anchor.contains(units[1]!.anchor)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { youtube } from '../../sites/youtube.ts';
import { checkUnit, count, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('youtube adapter on the invented fixture', () => {
  const doc = loadFixture('youtube');
  const units = youtube.findPosts(doc);

  it('finds the watch unit, a comment, a reply and a Short; skips the hidden search page', () => {
    expect(youtube.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => u.kind)).toEqual(['video', 'comment', 'reply', 'video']);
  });

  it('reads title and description (not the "...more" button) and unwraps redirect links', () => {
    const w = units[0]!;
    expect(w.parts.map((p) => [p.kind, p.text])).toEqual([
      ['title', 'Apple cider vinegar melts belly fat'],
      ['description', 'Drink two spoons a day.\nRead more: example.org/vinegar'],
    ]);
    expect(w.author).toBe('Fitness Facts');
    expect(w.permalink).toBe('https://www.youtube.com/watch?v=abc123DEF45');
    expect(w.links).toEqual([{ href: 'https://example.org/vinegar', text: 'example.org/vinegar' }]);
    expect(w.player?.id).toBe('movie_player');
  });

  it('reads comments with a stable permalink (tracking parameters dropped)', () => {
    expect(units[1]!.text).toBe('Vinegar does not burn fat, a calorie deficit does.');
    expect(units[1]!.author).toBe('@sam');
    expect(units[1]!.permalink).toBe('https://www.youtube.com/watch?v=abc123DEF45&lc=Ugx111');
    expect(units[2]!.text).toBe("Le vinaigre abîme l'émail des dents, attention.");
  });

  it('reads a Short caption with its player', () => {
    expect(units[3]!.text).toBe('Le jeûne guérit le cancer ?');
    expect(units[3]!.player?.id).toBe('shorts-player');
  });

  it('reads search results when the search page is shown', () => {
    doc.querySelector('ytd-search')!.removeAttribute('hidden');
    const r = youtube.findPosts(doc).filter((u) => u.kind === 'search-result');
    expect(r.map((u) => u.parts.map((p) => [p.kind, p.text]))).toEqual([
      [
        ['title', 'Garlic cures infections'],
        ['snippet', 'Raw garlic works like an antibiotic ...'],
      ],
    ]);
    expect(r[0]!.permalink).toBe('https://www.youtube.com/watch?v=zzz999YYY88');
    expect(r[0]!.author).toBe('Herbal Home');
  });
});

describe.skipIf(!hasSaved('youtube-watch-x10tube-2026.html'))(
  'youtube adapter on the saved watch page',
  () => {
    const doc = loadSaved('youtube-watch-x10tube-2026.html')!;

    it('watch page: 1 video with title + description, 20 comments', () => {
      const units = youtube.findPosts(doc);
      units.forEach(checkUnit);
      expect([
        count(units, 'video'),
        count(units, 'comment'),
        count(units, 'reply'),
        count(units, 'search-result'),
      ]).toEqual([1, 20, 0, 0]);
      const w = units[0]!;
      expect(w.parts.map((p) => p.kind)).toEqual(['title', 'description']);
      expect(w.parts[0]!.text.startsWith('JavaScript Course')).toBe(true);
      expect(w.permalink).toMatch(/watch\?v=/);
      expect(
        units
          .filter((u) => u.kind === 'comment')
          .every((u) => u.author?.startsWith('@') && u.permalink?.includes('&lc=')),
      ).toBe(true);
    });

    it('the hidden search page behind it holds 13 results once shown', () => {
      doc.querySelector('ytd-search')!.removeAttribute('hidden');
      const r = youtube.findPosts(doc).filter((u) => u.kind === 'search-result');
      expect(r).toHaveLength(13);
      expect(r.every((u) => u.parts.map((p) => p.kind).join() === 'title,snippet')).toBe(true);
    });
  },
);

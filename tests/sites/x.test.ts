import { describe, expect, it } from 'vitest';
import { x } from '../../sites/x.ts';
import { checkUnit, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('x adapter on the invented fixture', () => {
  const doc = loadFixture('x');
  const units = x.findPosts(doc);

  it('finds two tweets and the quoted tweet as its own unit', () => {
    expect(x.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.author, u.text])).toEqual([
      ['@HealthNow', 'Vitamin D megadoses prevent every cold. Read example.com/vitamin-d… #health'],
      ['@SanteInfo', 'La vitamine D ne remplace pas la vaccination.'],
      ['@nurse_ana', 'Please keep taking your antibiotics for the full course.'],
    ]);
  });

  it('anchors the quote on its own block, inside the quoting tweet', () => {
    const [tweet, quote] = [units[0]!, units[1]!];
    expect(tweet.anchor.tagName.toLowerCase()).toBe('article');
    expect(quote.anchor.getAttribute('role')).toBe('link');
    expect(tweet.anchor.contains(quote.anchor)).toBe(true);
    expect(quote.permalink).toBe('https://x.com/SanteInfo/status/1900000000000000000');
    expect(tweet.permalink).toBe('https://x.com/HealthNow/status/1900000000000000001');
  });

  it('keeps the visible domain of t.co links and link cards', () => {
    expect(units[0]!.links).toEqual([{ href: 'https://t.co/abc123', text: 'example.com/vitamin-d' }]);
    expect(units[2]!.links).toEqual([{ href: 'https://t.co/card999', text: 'nhs.uk' }]);
  });
});

describe.skipIf(!hasSaved('x-tweetyoink-sample.html'))('x adapter on saved tweets', () => {
  it('single tweet with a link card', () => {
    const units = x.findPosts(loadSaved('x-tweetyoink-sample.html')!);
    units.forEach(checkUnit);
    expect(units).toHaveLength(1);
    expect(units[0]!.author).toMatch(/^@/);
    expect(units[0]!.permalink).toMatch(/^https:\/\/x\.com\/[^/]+\/status\/\d+$/);
    expect(units[0]!.links).toHaveLength(1);
    expect(units[0]!.links[0]!.href.startsWith('https://t.co/')).toBe(true);
    expect(units[0]!.links[0]!.text).toBe('whitehouse.gov');
  });

  it.each(['x-tweetyoink-quote.html', 'x-tweetyoink-quote-video.html'])(
    '%s: quoter and quoted are two units',
    (file) => {
      const doc = loadSaved(file);
      if (!doc) return;
      const units = x.findPosts(doc);
      units.forEach(checkUnit);
      expect(units).toHaveLength(2);
      expect(units[0]!.author).not.toBe(units[1]!.author);
      expect(units[0]!.anchor.contains(units[1]!.anchor)).toBe(true);
      expect(units[1]!.text).not.toContain(units[0]!.text + '\n');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { tiktok } from '../../sites/tiktok.ts';
import { checkUnit, count, hasSaved, loadFixture, loadSaved, parsePage } from './helpers.ts';

describe('tiktok adapter on the invented fixture', () => {
  const doc = loadFixture('tiktok');
  const units = tiktok.findPosts(doc);

  it('finds videos, comments, replies and grid items', () => {
    expect(tiktok.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => u.kind)).toEqual(['video', 'video', 'comment', 'reply', 'grid-item']);
  });

  it('splits caption and hashtags into parts and finds the player', () => {
    const v = units[0]!;
    expect(v.parts.map((p) => [p.kind, p.text])).toEqual([
      ['caption', 'Lemon water cures diabetes in 7 days, no meds needed'],
      ['hashtags', '#health #detox'],
    ]);
    expect(v.text).toBe('Lemon water cures diabetes in 7 days, no meds needed\n#health #detox');
    expect(v.author).toBe('@wellness.daily');
    expect(v.player?.tagName.toLowerCase()).toBe('video');
    expect(v.anchor.getAttribute('data-e2e')).toBe('video-desc');
  });

  it('keeps caption links with their visible text', () => {
    expect(units[1]!.links).toEqual([
      { href: 'https://www.who.int/fr/health-topics/influenza-seasonal', text: 'who.int' },
    ]);
  });

  it('gives each comment and reply its own anchor and author', () => {
    const [c, r] = [units[2]!, units[3]!];
    expect(c.text).toBe("J'ai arrêté mon traitement et je me sens mieux 🙌");
    expect(c.author).toBe('@marie.l');
    expect(r.text).toBe("Parlez-en d'abord à votre médecin.");
    expect(r.author).toBe('@pharma.jules');
    expect(c.anchor).not.toBe(r.anchor);
    expect(c.anchor.contains(r.anchor)).toBe(false);
  });

  it('reads profile grid captions from img[alt] (badge only)', () => {
    const g = units[4]!;
    expect(g.parts[0]!.kind).toBe('alt');
    expect(g.text).toBe('Turmeric shots replace your statins #heart #natural created by wellness.daily');
    expect(g.parts[0]!.segments.every((s) => s.node === null && s.attr?.name === 'alt')).toBe(true);
    expect(g.permalink).toBe('https://www.tiktok.com/@wellness.daily/video/7000000000000000001');
  });

  it('finds a unit again from a subtree inside its text (what the scanner passes)', () => {
    const span = doc.querySelector('[data-e2e=comment-level-1] span')!;
    expect(tiktok.findPosts(span).map((u) => u.key)).toEqual([units[2]!.key]);
  });
});

describe('tiktok comment authors and subtree roots', () => {
  const comment = (href: string, name = 'Shown Name') =>
    `<div class="c"><div data-e2e="comment-username-1"><a href="${href}"><p>${name}</p></a></div>` +
    '<span data-e2e="comment-level-1"><span>Garlic beats antibiotics</span></span></div>';

  it('reads the handle from the profile link: up to /, ? or #, percent signs decoded', () => {
    const doc = parsePage(
      [
        comment('/@lea.health'),
        comment('/@lea.health/video/1'),
        comment('/@lea?lang=fr'),
        comment('/@l%C3%A9a#top'),
        comment('/@'),
        comment('/tag/x'),
      ].join(''),
    );
    expect(tiktok.findPosts(doc).map((u) => u.author)).toEqual([
      '@lea.health',
      '@lea.health',
      '@lea',
      '@léa',
      'Shown Name',
      'Shown Name',
    ]);
  });

  it('finds a caption from a root inside it and the comments of a new feed item', () => {
    const doc = parsePage(
      '<article data-e2e="recommend-list-item-container"><div data-e2e="video-desc"><span>Detox tea melts fat</span></div>' +
        comment('/@lea') +
        '</article>',
    );
    const all = tiktok.findPosts(doc);
    expect(all.map((u) => u.kind)).toEqual(['video', 'comment']);
    const span = doc.querySelector('[data-e2e=video-desc] span')!;
    expect(tiktok.findPosts(span).map((u) => u.key)).toEqual([all[0]!.key]);
    expect(tiktok.findPosts(doc.querySelector('article')!).map((u) => u.key)).toEqual(all.map((u) => u.key));
  });
});

describe.skipIf(!hasSaved('tiktok-feed-comments-2025.html'))('tiktok adapter on saved pages', () => {
  it('feed with the comment panel open: 2 videos, 20 comments, 3 replies', () => {
    const doc = loadSaved('tiktok-feed-comments-2025.html')!;
    const units = tiktok.findPosts(doc);
    units.forEach(checkUnit);
    expect(tiktok.detect(doc)).toBe(true);
    expect([count(units, 'video'), count(units, 'comment'), count(units, 'reply')]).toEqual([2, 20, 3]);
    const v = units.find((u) => u.kind === 'video')!;
    expect(v.parts.map((p) => p.kind)).toEqual(['caption', 'hashtags']);
    expect(v.parts[1]!.text.startsWith('#foryou')).toBe(true);
    expect(v.player).toBeTruthy();
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
    expect(units.filter((u) => u.kind !== 'video').every((u) => u.author?.startsWith('@'))).toBe(true);
  });

  it('video detail page (logged out): 1 video with its permalink', () => {
    const doc = loadSaved('tiktok-video-detail-2025.html');
    if (!doc) return;
    const units = tiktok.findPosts(doc);
    expect(units).toHaveLength(1);
    expect(units[0]!.permalink).toMatch(/^https:\/\/www\.tiktok\.com\/@[^/]+\/video\/\d+$/);
    expect(units[0]!.text.length).toBeGreaterThan(0);
    expect(units[0]!.author).toMatch(/^@/);
  });
});

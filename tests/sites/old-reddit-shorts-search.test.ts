// Our own fixtures for the pages no saved copy covers yet (old Reddit, new Reddit search, YouTube Shorts and search): the same
// files the browser tests load under the real host names (tests/e2e/sites.test.mjs).
import { describe, expect, it } from 'vitest';
import { reddit } from '../../sites/reddit.ts';
import { youtube } from '../../sites/youtube.ts';
import { checkUnit, loadFixture } from './helpers.ts';

describe('old Reddit fixture', () => {
  const doc = loadFixture('old-reddit');
  const units = reddit.findPosts(doc);

  it('reads both posts (title + body), the comment and its reply as their own units', () => {
    expect(reddit.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.kind, u.author])).toEqual([
      ['post', 'u/crunchy_mom'],
      ['post', 'u/hikerdan'],
      ['comment', 'u/pharmacist_jo'],
      ['reply', 'u/crunchy_mom'],
    ]);
    expect(units[0]!.text).toBe(
      'Colloidal silver cures covid, I give it to the whole family\nTwo drops a day under the tongue.',
    );
    expect(units[2]!.text).not.toContain('blood pressure');
    expect(units[3]!.permalink).toBe('https://www.reddit.com/r/health/comments/old001/colloidal_silver/c02/');
  });
});

describe('YouTube Shorts and search fixtures', () => {
  it('each Short is a video unit with its title as caption and its own player', () => {
    const units = youtube.findPosts(loadFixture('youtube-shorts'));
    units.forEach(checkUnit);
    expect(units.map((u) => [u.kind, u.author, u.text])).toEqual([
      ['video', '@raw.health', 'Raw milk cures asthma in kids #rawmilk'],
      ['video', '@cook.easy', 'Three-minute tomato pasta'],
    ]);
    expect(units[0]!.parts.map((p) => p.kind)).toEqual(['caption']);
    expect(units[0]!.player?.id).toBe('shorts-player');
    expect(units[1]!.player).not.toBe(units[0]!.player);
  });

  it('search results read title and snippet, with the watch link as permalink', () => {
    const units = youtube.findPosts(loadFixture('youtube-search'));
    units.forEach(checkUnit);
    expect(units.map((u) => [u.kind, u.author])).toEqual([
      ['search-result', 'Herbal Home'],
      ['search-result', 'Cook Easy'],
    ]);
    expect(units[0]!.text.split('\n')[0]).toBe('Apricot kernels cure cancer, the vitamin B17 truth');
    expect(units[0]!.permalink).toContain('/watch?v=srch001AAA1');
  });
});

describe('new Reddit search fixture', () => {
  it('each result is a unit with its title and its post as permalink', () => {
    const doc = loadFixture('reddit-search');
    expect(reddit.detect(doc)).toBe(true);
    const units = reddit.findPosts(doc);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.kind, u.text, u.permalink])).toEqual([
      [
        'search-result',
        'Ivermectin cures covid and the hospitals hide it',
        'https://www.reddit.com/r/health/comments/srch01/ivermectin/',
      ],
      [
        'search-result',
        "Vet prescribed ivermectin for my dog's mange, what should I watch for?",
        'https://www.reddit.com/r/dogs/comments/srch02/ivermectin_dose/',
      ],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { threads } from '../../sites/threads.ts';
import { checkUnit, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('threads adapter on the invented fixture', () => {
  const doc = loadFixture('threads');
  const units = threads.findPosts(doc);

  it('reads posts line by line, and a quoted post as its own unit', () => {
    expect(threads.detect(doc)).toBe(true);
    units.forEach(checkUnit);
    expect(units.map((u) => [u.author, u.permalink, u.text])).toEqual([
      [
        '@sunny.health',
        'https://www.threads.net/@sunny.health/post/AAA111',
        'Sunscreen causes skin cancer.\nGo natural instead: example.com/sun',
      ],
      [
        '@derm.alex',
        'https://www.threads.net/@derm.alex/post/BBB222',
        'Sunscreen lowers the risk of skin cancer.',
      ],
      [
        '@sunny.health',
        'https://www.threads.net/@sunny.health/post/CCC333',
        'Le soleil suffit pour la vitamine D, pas besoin de crème.',
      ],
    ]);
    expect(units[0]!.links).toEqual([{ href: 'https://example.com/sun', text: 'example.com/sun' }]);
    expect(units.some((u) => u.text.includes('Pinned'))).toBe(false);
  });
});

describe.skipIf(!hasSaved('threads-profile-2024.html'))('threads adapter on the saved profile', () => {
  it('profile: 10 posts (9 own + 1 quoted), all with author and permalink', () => {
    const units = threads.findPosts(loadSaved('threads-profile-2024.html')!);
    units.forEach(checkUnit);
    expect(units).toHaveLength(10);
    expect(units.every((u) => u.author?.startsWith('@') && u.permalink?.includes('/post/'))).toBe(true);
    expect(units.some((u) => u.text.startsWith('Pinned'))).toBe(false);
  });
});

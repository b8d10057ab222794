import { describe, expect, it } from 'vitest';
import { generic } from '../../sites/generic.ts';
import { checkUnit, hasSaved, loadFixture, loadSaved } from './helpers.ts';

describe('generic article reader', () => {
  const doc = loadFixture('generic');
  const units = generic.findPosts(doc);

  it('is opt-in and reads one article: title and main text only', () => {
    expect(generic.optIn).toBe(true);
    units.forEach(checkUnit);
    expect(units).toHaveLength(1);
    const a = units[0]!;
    expect(a.kind).toBe('article');
    expect(a.parts.map((p) => [p.kind, p.text])).toEqual([
      ['title', 'Five detox myths'],
      [
        'body',
        'Your liver and kidneys already clear waste from the body. Juice cleanses do not remove toxins, and the word "toxin" is rarely defined by the people who sell them.\n' +
          'Some products even contain laxatives. See the NHS guidance on healthy eating.',
      ],
    ]);
    expect(a.author).toBe('J. Doe');
    expect(a.permalink).toBe('https://blog.example.com/posts/detox-myths');
  });

  it('keeps outgoing links of the main text only (no share bar, no nav)', () => {
    expect(units[0]!.links).toEqual([
      { href: 'https://www.nhs.uk/live-well/eat-well/', text: 'NHS guidance' },
    ]);
  });

  it('falls back to the block with the most paragraph text', () => {
    const d = loadFixture('generic');
    const main = d.querySelector('main')!;
    const div = d.createElement('div');
    div.innerHTML = main.querySelector('article')!.innerHTML;
    main.replaceWith(div);
    const u = generic.findPosts(d);
    expect(u).toHaveLength(1);
    expect(u[0]!.text).toContain('Juice cleanses do not remove toxins');
    expect(u[0]!.text).not.toContain('Miracle cures inside');
  });
});

describe.skipIf(!hasSaved('linkedin-public-post-2025.html'))(
  'generic reader on a saved page without an adapter',
  () => {
    it('reads some main text from a LinkedIn public post', () => {
      const units = generic.findPosts(loadSaved('linkedin-public-post-2025.html')!);
      expect(units).toHaveLength(1);
      expect(units[0]!.text.length).toBeGreaterThan(100);
    });
  },
);

describe('generic reader and scanner subtrees', () => {
  it('ignores subtrees outside the article', () => {
    const doc = loadFixture('generic');
    expect(generic.findPosts(doc.querySelector('footer')!)).toEqual([]);
    expect(generic.findPosts(doc.querySelector('article p')!)).toHaveLength(1);
  });
});

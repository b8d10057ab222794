// Properties of link finding on arbitrary text and anchors: never throw, links are http(s), spans hold them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSourceIndex, extractLinks } from '../../engine/sources/links';

const WORDS = [
  'not',
  'no',
  'myth',
  'Myth:',
  'Non,',
  'ne',
  'pas',
  'may',
  'pourrait',
  'selon',
  'they say',
  '"',
  '«',
  '»',
  '“',
  '”',
  '‘',
  '’',
  '?',
  '.',
  ':',
  ',',
  '\n',
  '❌',
  'cures',
  'guérit',
  'cancer',
  "n'est",
  "doesn't",
  'est-ce que',
  'cause-t-il',
  'but',
  'mais',
  'www.who.int',
  'cdc.gov/x',
  'doi:10.1000/a(b)',
  'PMID: 123',
  'https://t.co/x',
  'é',
  '😀',
  'ß',
  '中文',
];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((a) => a.join(' '));

describe('extractLinks properties', () => {
  const index = buildSourceIndex([
    {
      id: 'who',
      name: 'WHO',
      kind: 'public-health-agency',
      domains: ['who.int'],
      languages: ['en'],
      topics: [],
      homepage: '',
    },
  ]);
  it('never throws; links are http(s) and spans hold them', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.record({ href: fc.string(), text: fc.option(textArb, { nil: undefined }) }), {
          maxLength: 3,
        }),
        (text, links) => {
          const out = extractLinks(text, links, index);
          for (const l of out) {
            expect(l.url).toMatch(/^https?:\/\//);
            if (l.start !== undefined) {
              expect(l.end).toBeGreaterThan(l.start);
              expect(l.end).toBeLessThanOrEqual(text.length);
            }
            if (l.kind === 'verified') expect(l.sourceId).toBe('who');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

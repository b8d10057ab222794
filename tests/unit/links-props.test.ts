// Properties of link finding on arbitrary text and anchors: never throw, links are http(s), spans hold them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textArb } from './arbitrary-text.ts';
import { buildSourceIndex, extractLinks } from '../../engine/sources/links';

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

// Properties of context reading on arbitrary text: never throws, notes point into the text and quote it
// exactly, language detection copes with anything.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textArb } from './arbitrary-text.ts';
import { tokenize } from '../../engine/text/tokenize';
import { readContext, applyContext } from '../../engine/context';
import { builtinContext } from '../../engine/context/builtin';
import { detectLanguage } from '../../engine/lang/detect';

describe('readContext properties', () => {
  it('never throws and notes quote the text', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.nat(3),
        fc.constantFrom('en' as const, 'fr' as const),
        (text, a, len, lang) => {
          const t = tokenize(text);
          if (t.count === 0) return;
          const first = a % t.count;
          const last = Math.min(t.count - 1, first + len);
          const notes = readContext(
            t,
            { firstToken: first, lastToken: last, ownTokens: new Set([first]) },
            lang,
            builtinContext(lang),
          );
          for (const n of notes) {
            expect(n.start).toBeGreaterThanOrEqual(0);
            expect(n.end).toBeLessThanOrEqual(text.length);
            expect(n.start).toBeLessThan(n.end);
            expect(n.cue).toBe(text.slice(n.start, n.end));
          }
          const applied = applyContext(notes, { severity: 'warning' });
          expect(['none', 'downgraded', 'removed']).toContain(applied.effect);
          detectLanguage(t);
        },
      ),
      { numRuns: 400 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FACT_MARKS,
  FACT_QUOTES,
  PUNCT_COLON_DASH,
  PUNCT_HEADER_GAP,
  PUNCT_HYPHEN,
  textFacts,
} from '../../engine/context/text-facts';
import { quoteSpans } from '../../engine/context/quotes';
import { fillUnits } from '../../engine/text/units';

// The separate tests textFacts stands for (memo.ts and quotes.ts made them one by one before).
function reference(text: string): number {
  const colonDash = /[:\-–—]/.test(text);
  return (
    (colonDash ? PUNCT_COLON_DASH : 0) |
    (text.includes('-') ? PUNCT_HYPHEN : 0) |
    (colonDash || text.includes('|') ? PUNCT_HEADER_GAP : 0) |
    (/[❌🚫✖⛔]/u.test(text) ? FACT_MARKS : 0)
  );
}

const PIECES = [
  'a',
  'b',
  ' ',
  '\n',
  '(',
  '[',
  ':',
  '-',
  '–',
  '—',
  '|',
  '❌',
  '🚫',
  '✖',
  '⛔',
  '"',
  "'",
  '«',
  '»',
  '‘',
  '’',
  '“',
  '”',
  '„',
  '‹',
  '›',
  'â€',
  'â€œ',
  'â€™',
  '\ud83d',
  '\udeab',
  'é',
  '?',
  '.',
  ',',
];

describe('textFacts', () => {
  it('answers the punctuation and mark tests, and finds every text with a quotation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const facts = textFacts(text);
        expect(facts & ~FACT_QUOTES).toBe(reference(text));
        if (quoteSpans(text).length > 0) expect(facts & FACT_QUOTES).toBe(FACT_QUOTES);
      }),
      { numRuns: 3000 },
    );
  });

  it("answers the same from the tokenizer's copy of the text as from the expression", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        fillUnits('another text, read before');
        const byExpression = textFacts(text);
        fillUnits(text); // what the tokenizer does first: textFacts then reads its list of non-ASCII units
        expect(textFacts(text)).toBe(byExpression);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads plain text as holding none of them', () => {
    expect(textFacts("Garlic cures flu, l'huile aussi. Don't.")).toBe(0);
    expect(textFacts("'Quoted words' here")).toBe(FACT_QUOTES);
    expect(textFacts('Myth: X')).toBe(PUNCT_COLON_DASH | PUNCT_HEADER_GAP);
  });
});

// What a text holds that context readers look for before any slice: cross marks, a colon or dash, a hyphen,
// a "|", something that can open a quotation. Read once per text with findings (memo.ts): one pass of one
// character class (native code) and three substring searches, where a pass per question cost three.

/** The text has a colon or a dash (":", "-", "–", "—"): what a colon verdict needs after the claim. */
export const PUNCT_COLON_DASH = 1;
/** The text has a hyphen: what a French inversion ("cause-t-il") needs. */
export const PUNCT_HYPHEN = 2;
/** The text has a colon, dash or "|": what a header after a topic needs ("Covid-19 : non, ..."). */
export const PUNCT_HEADER_GAP = 4;
/** A cross mark (❌ 🚫 ✖ ⛔): DEBUNK_MARKS (memo.ts) can match somewhere. */
export const FACT_MARKS = 8;
/**
 * Something that can open a quotation (quotes.ts): a double, curly, angle or guillemet mark, "‘", a straight
 * "'" after a space or bracket (or opening the text), or a curly quote read in the wrong encoding ("â€"). A
 * text without one has no quotation span.
 */
export const FACT_QUOTES = 16;

// One class of single characters (native code; a class with a multi-character alternative, or one holding
// spaces, runs several times slower): ":", dashes, "|", cross marks, quote marks " « » ‘ “ ” „ ‟ ‹ ›.
// 🚫, "â€" and a quote-opening "'" are looked for on their own below.
const FACT_CHARS = /[:\-\u2013\u2014|\u274c\u2716\u26d4"\u00ab\u00bb\u2018\u201c-\u201f\u2039\u203a]/g;
const OPENS_QUOTE = /[\s([]/; // what a straight "'" opening a quotation follows (quotes.ts)

const ALL = PUNCT_COLON_DASH | PUNCT_HYPHEN | PUNCT_HEADER_GAP | FACT_MARKS | FACT_QUOTES;

/** The PUNCT_* and FACT_* bits of a text. */
export function textFacts(text: string): number {
  const re = FACT_CHARS;
  re.lastIndex = 0;
  let bits = 0;
  while (bits !== ALL && re.test(text)) {
    const ch = text.charCodeAt(re.lastIndex - 1);
    if (ch === 0x2d) bits |= PUNCT_COLON_DASH | PUNCT_HYPHEN | PUNCT_HEADER_GAP;
    else if (ch === 0x3a || ch === 0x2013 || ch === 0x2014) bits |= PUNCT_COLON_DASH | PUNCT_HEADER_GAP;
    else if (ch === 0x7c) bits |= PUNCT_HEADER_GAP;
    else if (ch === 0x274c || ch === 0x2716 || ch === 0x26d4) bits |= FACT_MARKS;
    else bits |= FACT_QUOTES;
  }
  if ((bits & FACT_MARKS) === 0 && text.includes('\ud83d\udeab')) bits |= FACT_MARKS;
  if ((bits & FACT_QUOTES) === 0 && text.includes('\u00e2\u20ac')) bits |= FACT_QUOTES;
  // "'" is mostly an apostrophe (l'huile, don't): a search per "'" (a French post has a dozen) to find one
  // that can open a quotation.
  for (let i = (bits & FACT_QUOTES) === 0 ? text.indexOf("'") : -1; i >= 0; i = text.indexOf("'", i + 1))
    if (i === 0 || OPENS_QUOTE.test(text.charAt(i - 1))) {
      bits |= FACT_QUOTES;
      break;
    }
  re.lastIndex = 0;
  return bits;
}

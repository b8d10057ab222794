// What a text holds that context readers look for before any slice: cross marks, a colon or dash, a hyphen,
// a "|", something that can open a quotation. One pass of one expression (native code) sets them all: most
// posts hold none of these characters or a few, and a pass per question cost three passes over each post.

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

// Without the `u` flag: 🚫 is its two code units, and lastIndex stays a code-unit index. Quote marks:
// " « » ‘ “ ” „ ‟ ‹ ›. The two-character alternatives end on the character that classifies them.
const FACT_CHARS =
  /[:\-\u2013\u2014|\u274c\u2716\u26d4"\u00ab\u00bb\u2018\u201c-\u201f\u2039\u203a]|\ud83d\udeab|\u00e2\u20ac|[\s([]'|^'/g;

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
    else if (ch === 0x274c || ch === 0x2716 || ch === 0x26d4 || ch === 0xdeab) bits |= FACT_MARKS;
    else bits |= FACT_QUOTES;
  }
  re.lastIndex = 0;
  return bits;
}

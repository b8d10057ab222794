// What a text holds that context readers look for before any slice: cross marks, a colon or dash, a hyphen,
// a "|", something that can open a quotation. Read once per text with findings (memo.ts): native substring
// searches and the tokenizer's list of non-ASCII characters (or, for a text it has not just read, one pass of
// one character class), where a pass per question cost three.
import { LETTER_LIMIT, letterScanOf, type LetterScan } from '../text/units';

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
  // The tokenizer has just copied this text and listed its non-ASCII code units (units.ts): the marks and
  // quotes beyond ASCII are read at those few places, the ASCII ones by native searches, instead of the
  // expression's walk over every character (10,000 bench rules: ~4% of analyze, nearly every post has findings).
  const scan = text.length <= LETTER_LIMIT ? letterScanOf(text) : undefined;
  let bits = scan !== undefined ? factsOfUnits(text, scan) : factsOfExpression(text);
  // "'" is mostly an apostrophe (l'huile, don't): a search per "'" (a French post has a dozen) to find one
  // that can open a quotation.
  for (let i = (bits & FACT_QUOTES) === 0 ? text.indexOf("'") : -1; i >= 0; i = text.indexOf("'", i + 1))
    if (i === 0 || OPENS_QUOTE.test(text.charAt(i - 1))) {
      bits |= FACT_QUOTES;
      break;
    }
  return bits;
}

/** The bits of FACT_CHARS' characters, "🚫" and "â€", by the expression (any text). */
export function factsOfExpression(text: string): number {
  const re = FACT_CHARS;
  re.lastIndex = 0;
  let bits = 0;
  while (bits !== ALL && re.test(text)) bits |= charFacts(text.charCodeAt(re.lastIndex - 1));
  if ((bits & FACT_MARKS) === 0 && text.includes('\ud83d\udeab')) bits |= FACT_MARKS;
  if ((bits & FACT_QUOTES) === 0 && text.includes('\u00e2\u20ac')) bits |= FACT_QUOTES;
  re.lastIndex = 0;
  return bits;
}

/** factsOfExpression's answer from the tokenizer's copy of the text (scan: letterScanOf(text), whole text). */
function factsOfUnits(text: string, scan: LetterScan): number {
  let bits = 0;
  if (text.includes('-')) bits |= PUNCT_COLON_DASH | PUNCT_HYPHEN | PUNCT_HEADER_GAP;
  if ((bits & PUNCT_COLON_DASH) === 0 && text.includes(':')) bits |= PUNCT_COLON_DASH | PUNCT_HEADER_GAP;
  if ((bits & PUNCT_HEADER_GAP) === 0 && text.includes('|')) bits |= PUNCT_HEADER_GAP;
  if (text.includes('"')) bits |= FACT_QUOTES;
  const { units: u, nonAscii } = scan;
  const n = text.length;
  for (let j = 0; j < scan.nonAsciiCount; j++) {
    const i = nonAscii[j]!;
    const c = u[i]!;
    // "🚫" (a surrogate pair) and "â€" (a curly quote read in the wrong encoding) are two code units.
    if (c === 0xd83d) {
      if (i + 1 < n && u[i + 1] === 0xdeab) bits |= FACT_MARKS;
    } else if (c === 0xe2) {
      if (i + 1 < n && u[i + 1] === 0x20ac) bits |= FACT_QUOTES;
    } else if (c >= 0x2013) bits |= charFacts(c);
    else if (c === 0xab || c === 0xbb) bits |= FACT_QUOTES;
  }
  return bits;
}

/** The bits one of FACT_CHARS' characters stands for (0 for another character). */
function charFacts(ch: number): number {
  if (ch === 0x2d) return PUNCT_COLON_DASH | PUNCT_HYPHEN | PUNCT_HEADER_GAP;
  if (ch === 0x3a || ch === 0x2013 || ch === 0x2014) return PUNCT_COLON_DASH | PUNCT_HEADER_GAP;
  if (ch === 0x7c) return PUNCT_HEADER_GAP;
  if (ch === 0x274c || ch === 0x2716 || ch === 0x26d4) return FACT_MARKS;
  if (
    ch === 0x22 ||
    ch === 0xab ||
    ch === 0xbb ||
    ch === 0x2018 ||
    (ch >= 0x201c && ch <= 0x201f) ||
    ch === 0x2039 ||
    ch === 0x203a
  )
    return FACT_QUOTES;
  return 0;
}

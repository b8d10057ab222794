// Quotation spans of a text: "…", “…”, „…“, «…», ‹…›, ‘…’, '…'. Computed once per text and cached.
// ’ doubles as the apostrophe (l’huile, don’t): it closes a ‘ quote only when no letter follows it.
// Unclosed quotes quote nothing: a stray " must not make the rest of a post "quoted".
// Curly quotes read in the wrong encoding (UTF-8 bytes as Windows-1252: “ -> "â€œ", ” -> "â€" plus a lost
// byte) are still quotation marks.

export interface QuoteSpan {
  open: number; // index of the opening mark
  close: number; // index of the closing mark
  after: number; // index after the closing mark (a mark read in the wrong encoding is several characters)
}

const cache = new Map<string, QuoteSpan[]>();
const CACHE_MAX = 64;

const WORD = /[\p{L}\p{N}]/u;
const DOUBLE_CURLY = new Set(['“', '”', '„', '‟']);
const GUILLEMETS = new Set(['«', '»']);
const ANGLE_SINGLE = new Set(['‹', '›']);

export function quoteSpans(text: string): QuoteSpan[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const spans = scan(text).sort((a, b) => a.open - b.open);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, spans);
  return spans;
}

// The characters scan() looks at: quotation marks, apostrophes, newlines. Found by the expression (native
// code) rather than a loop over every character: a page is mostly other characters, and a cold page's
// first loop runs in the interpreter. test() with the global flag moves lastIndex and builds no match array.
// No `u` flag: every mark is one code unit, and lastIndex stays a code-unit index.
const MARK = /["'\n\u00ab\u00bb\u00e2\u2018\u2019\u201c-\u201f\u2039\u203a]/g;

/**
 * The curly quote that "â€" plus the character at i + 2 stands for (UTF-8 read as Windows-1252 or
 * Latin-1), or '' when it is none.
 */
function misread(text: string, i: number): string {
  if (text[i + 1] !== '€') return '';
  const c = text[i + 2] ?? '';
  if (c === 'œ') return '“';
  // The last byte of ” has no Windows-1252 character: it shows as U+009D, "?" or "�", or is lost.
  if (c === '\u009d' || c === '?' || c === '\ufffd') return '”';
  if (c === '˜') return '‘';
  if (c === '™') return '’';
  return '';
}

function scan(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // One open position per family; -1 when closed.
  let ascii = -1;
  let curly = -1;
  let guil = -1;
  let angle = -1;
  let single = -1;
  let straight = -1;
  const re = MARK;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    let ch = text[i] ?? '';
    let len = 1; // length of the mark
    if (ch === 'â') {
      ch = misread(text, i);
      if (ch === '') continue;
      len = 3;
    }
    if (ch === '"') {
      // Straight quotes have no direction: one opens before a word, closes after one, else it is noise.
      const before = text[i - 1] ?? ' ';
      const after = text[i + 1] ?? ' ';
      if (ascii < 0) {
        if (!WORD.test(before) && !/\s/u.test(after)) ascii = i;
      } else if (!WORD.test(after)) {
        spans.push({ open: ascii, close: i, after: i + len });
        ascii = -1;
      }
    } else if (DOUBLE_CURLY.has(ch)) {
      if (curly < 0) curly = i;
      else {
        spans.push({ open: curly, close: i, after: i + len });
        curly = -1;
      }
    } else if (GUILLEMETS.has(ch)) {
      if (guil < 0) guil = i;
      else {
        spans.push({ open: guil, close: i, after: i + len });
        guil = -1;
      }
    } else if (ANGLE_SINGLE.has(ch)) {
      if (angle < 0) angle = i;
      else {
        spans.push({ open: angle, close: i, after: i + len });
        angle = -1;
      }
    } else if (ch === '‘') {
      single = i;
    } else if (ch === '’' && single >= 0 && !/\p{L}/u.test(text[i + len] ?? '')) {
      spans.push({ open: single, close: i, after: i + len });
      single = -1;
    } else if (ch === "'") {
      // ASCII single quotes double as apostrophes (don't, l'huile, the kids'): a quote opens after a
      // space before a letter and closes after a word before a space or punctuation, on the same line,
      // around at least two words.
      const before = text[i - 1] ?? ' ';
      const after = text[i + 1] ?? ' ';
      if (straight < 0) {
        if (/[\s([]/u.test(before) && WORD.test(after)) straight = i;
      } else if (WORD.test(before) || /[.!?]/u.test(before)) {
        if (!WORD.test(after)) {
          const inner = text.slice(straight + 1, i);
          if (/\s/u.test(inner) && !inner.includes('\n') && inner.length <= 200)
            spans.push({ open: straight, close: i, after: i + len });
          straight = -1;
        }
      }
    } else if (ch === '\n') {
      straight = -1; // a single-quoted phrase never spans lines
      // A blank line ends a paragraph: quotes do not run across paragraphs.
      if (text[i + 1] === '\n') ascii = curly = guil = angle = single = -1;
    }
    re.lastIndex = i + len;
  }
  return spans;
}

/**
 * The innermost quotation holding [start, end), if any. A quotation that is the whole text (or the whole
 * text but its attribution) is the author's own message put in quotes (a caption, a headline, a shared
 * quotation), not someone else's words held at a distance: it does not count.
 */
export function quoteAround(text: string, start: number, end: number): QuoteSpan | undefined {
  const spans = quoteSpans(text); // sorted by opening mark
  // The last span opening before `start`, then back through a few more: quotes nest only shallowly.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.open ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
    const q = spans[k];
    if (q && end <= q.close && !wholeText(text, q)) return q;
  }
  return undefined;
}

// After a quotation that opens the post: nothing, or only its author's name after a dash ("— Dr X"), as
// when a post shares a quotation as its own message.
const CLOSING = /^[\s.!?…]*(?:[-–—~]\s*[\p{L}\p{M}'’.]+(?:\s+[\p{L}\p{M}'’.]+){0,4}\s*)?$/u;

function wholeText(text: string, q: QuoteSpan): boolean {
  if (text.slice(0, q.open).trim() !== '') return false;
  const rest = text.slice(q.after);
  return rest.length <= 80 && CLOSING.test(rest);
}

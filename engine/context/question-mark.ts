// Which "?" in a text are question marks. Text that went through a wrong encoding carries "?" for the
// characters it lost: curly quotes ("???Garlic cures flu.??�", "â€œ…â€?"), accented letters ("S?o
// Paulo"). Those say nothing about asking.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;

/** Index of the first question mark in text[from, to), or -1; `first` is text.indexOf('?', from). */
export function questionMarkIn(
  text: string,
  from: number,
  to: number,
  first: number = text.indexOf('?', from),
): number {
  for (let i = first; i >= 0 && i < to; i = text.indexOf('?', i + 1)) {
    let end = i + 1; // the run of "?" that i starts
    while (end < text.length && text.charCodeAt(end) === 0x3f) end++; // in bounds: a read past the end deopts
    if (!lostCharacters(text, i, end)) return i;
    i = end - 1;
  }
  return -1;
}

/** The run text[start, end) of "?" stands for characters an encoding lost. */
function lostCharacters(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (before === '\ufffd' || after === '\ufffd') return true;
  // "â€?": the last byte of a curly quote read as Latin-1 / Windows-1252 and dropped.
  if (before === '€' && text[start - 2] === 'â') return true;
  // Inside a word ("S?o"), or glued to the start of one ("???Garlic").
  if (LETTER_OR_DIGIT.test(before)) return LOWER.test(after);
  return LETTER_OR_DIGIT.test(after) && !/[)\]"'”’»]/u.test(before);
}

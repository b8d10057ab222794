// Tokenizer: one pass over the raw text, producing folded match keys with spans into the ORIGINAL text.
// Flow: main loop classifies each character (table lookup) and dispatches to a word scanner (letters, with
// hashtags, camel case, elisions, contractions, leet digits), a number scanner (thousands separators, decimal
// comma, attached units) or sentence bookkeeping (. ! ? … and newlines, not decimals, not "Dr.").
// Keys are built in a reusable code-unit buffer and turned into a string once per token.
import * as fold from './fold.ts';
import { TokenKind, type Tokens } from './tokens.ts';
import * as words from './words.ts';
import { ABBREVIATIONS } from './word-tables.ts';
import * as kb from './key-buffer.ts';
import { Tokenizer } from './tokenizer-state.ts';
import * as scanWord from './scan-word.ts';
import * as scanNumber from './scan-number.ts';

const number = scanNumber.number;
const word = scanWord.word;
const plainWord = scanWord.plainWord;
const fullWord = scanWord.fullWord;
const cpAt = kb.cpAt;
// Imported bindings copied into module constants once: a transpiler may turn every access to an imported
// binding into a getter call, which this per-character loop cannot afford.
const classOf = fold.classOf;
const K_WORD = TokenKind.Word;
const C_OTHER = fold.CharClass.Other;
const C_LETTER = fold.CharClass.Letter;
const C_DIGIT = fold.CharClass.Digit;
const C_SPACE = fold.CharClass.Space;
const C_NEWLINE = fold.CharClass.Newline;
const C_SENTENCEEND = fold.CharClass.SentenceEnd;
const C_SKIP = fold.CharClass.Skip;
const C_MARK = fold.CharClass.Mark;
const C_HASH = fold.CharClass.Hash;
const C_AT = fold.CharClass.At;

const ID_EQUALS = words.internString('=');

function run(st: Tokenizer): Tokens {
  const { text, n, out, u } = st;
  let i = 0;
  for (let last = -1; i < n;) {
    // Every branch moves forward; this guard makes sure no input can ever stall the loop.
    if (i <= last) i = last + 1;
    last = i;
    const c = u[i]!;
    if (c === 32) {
      i++; // a plain space: nothing to do (most characters between words)
      continue;
    }
    if (c >= 97 && c <= 122) {
      // A lower-case ASCII letter starts most words: the C_LETTER case below without the table lookup.
      if (out.sentStart < 0) out.sentStart = i;
      // URLs start "ht" or "ww" (the unit after the text is a 0 sentinel, units.ts).
      if (((c === 104 && u[i + 1] === 116) || (c === 119 && u[i + 1] === 119)) && isUrlStart(text, i))
        i = skipTo(st, i, true);
      else {
        const j = plainWord(st, i);
        i = j >= 0 ? j : fullWord(st, i, false);
        // The space after a word (most words have one) taken here: no loop turn of its own.
        if (u[i] === 32) i++;
      }
      continue;
    }
    const cp = c >= 0xd800 && c < 0xdc00 ? cpAt(text, i) : c;
    const cls = classOf(cp);
    if (out.sentStart < 0 && cls !== C_SPACE && cls !== C_NEWLINE && cls !== C_SKIP) out.sentStart = i;
    switch (cls) {
      case C_LETTER:
      case C_MARK:
        if ((c === 104 || c === 119) && isUrlStart(text, i)) i = skipTo(st, i, true);
        else i = word(st, i, false);
        continue;
      case C_DIGIT:
        i = number(st, i);
        continue;
      case C_HASH: {
        const nc = i + 1 < n ? classOf(cpAt(text, i + 1)) : C_OTHER;
        if (nc === C_LETTER) i = word(st, i + 1, true);
        else i++;
        continue;
      }
      case C_AT: {
        const nc = i + 1 < n ? classOf(cpAt(text, i + 1)) : C_OTHER;
        // A mention names an account, it says nothing: skip it.
        i = nc === C_LETTER ? skipTo(st, i + 1, false) : i + 1;
        continue;
      }
      case C_NEWLINE:
        out.endSentence(i);
        i++;
        continue;
      case C_SENTENCEEND:
        i = sentenceEnd(st, i, c);
        continue;
      default:
        // "vaccines = poison": the equals sign reads as a word, and patterns may use it ("(is|=)").
        if (c === 61) out.push(ID_EQUALS, '=', i, i + 1, K_WORD);
        i += cp > 0xffff ? 2 : 1;
    }
  }
  return out.finish();
}

/** Skips a URL (to the next space) or a mention (to the end of its word characters). */
function skipTo(st: Tokenizer, i: number, url: boolean): number {
  const { text, n } = st;
  while (i < n) {
    const cls = classOf(cpAt(text, i));
    if (
      url
        ? cls === C_SPACE || cls === C_NEWLINE
        : cls !== C_LETTER && cls !== C_DIGIT && text.charCodeAt(i) !== 95
    )
      break;
    i++;
  }
  // A URL's trailing punctuation belongs to the sentence ("see https://who.int.").
  if (url) while (i > 0 && ',.;:!?)'.includes(text[i - 1]!)) i--;
  return i;
}

function sentenceEnd(st: Tokenizer, i: number, c: number): number {
  const { text, n, out, u } = st;
  // i + 1 added once, before the branches: the rare early return after an abbreviation had an addition of its
  // own, without type feedback when V8 optimised the tokenizer, and its first use (post ~225 of the bench
  // page) threw the optimised loop away.
  let j = i + 1;
  if (c === 46) {
    // A period glued to a word or digit ("who.int", "e.g") or after an abbreviation does not end a sentence.
    const d = u[j]!;
    const next = j < n ? classOf(d >= 0xd800 && d < 0xdc00 ? cpAt(text, j) : d) : C_SPACE;
    if (next === C_LETTER || next === C_DIGIT) return j;
    const last = out.count - 1;
    if (last >= 0 && out.end[last] === i && isAbbreviation(out.word[last]!, out)) return j;
  }
  // (u[n] is a 0 sentinel: neither a sentence end nor a closer.)
  while (classOf(u[j]!) === C_SENTENCEEND) j++;
  // Closing quotes and brackets belong to the sentence they close.
  while (isCloser(u[j]!)) j++;
  out.endSentence(j);
  return j;
}

// ABBREVIATIONS by word id: a key that has an id has the id its abbreviation got here.
const ABBREVIATION_IDS = new Set<number>();
for (const a of ABBREVIATIONS) ABBREVIATION_IDS.add(words.internString(a));
ABBREVIATION_IDS.delete(-1);

function isAbbreviation(id: number, out: Tokenizer['out']): boolean {
  return id >= 0 ? ABBREVIATION_IDS.has(id) : ABBREVIATIONS.has(out.keyOf(out.count - 1));
}

function isUrlStart(text: string, i: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

function isCloser(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0xbb ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x2a
  );
}

const TOKENIZER = new Tokenizer();

/**
 * Splits `text` into folded tokens and sentences. Never throws; `spellings` maps folded keys to their
 * canonical folded spelling (see foldSpellings).
 */
export function tokenize(text: string, spellings?: ReadonlyMap<string, string>): Tokens {
  TOKENIZER.reset(typeof text === 'string' ? text : String(text ?? ''), spellings);
  return run(TOKENIZER);
}

/** Folds a spelling table's both sides with the tokenizer's own folding. */
export function foldSpellings(table: Readonly<Record<string, string>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(table)) {
    const fromKeys = tokenize(from).key;
    const toKeys = tokenize(to).key;
    if (fromKeys.length === 1 && toKeys.length > 0 && fromKeys[0] !== toKeys.join(' '))
      map.set(fromKeys[0]!, toKeys.join(' '));
  }
  return map;
}

/** The folded keys of a short text, joined by spaces ("L'Huile" -> "l huile"). */
export function foldText(text: string, spellings?: ReadonlyMap<string, string>): string {
  return tokenize(text, spellings).key.join(' ');
}

// Word-level tables of the tokenizer: French elisions, lone elided letters, English contraction parts and
// the abbreviations whose period does not end a sentence. Keys are folded and squeezed like every key.

export const ELISIONS: ReadonlyMap<string, string> = new Map([
  ['l', 'l'],
  ['d', 'de'],
  ['j', 'je'],
  ['s', 'se'],
  ['c', 'ce'],
  ['m', 'me'],
  ['t', 'te'],
  ['n', 'ne'],
  ['qu', 'que'],
  ['jusqu', 'jusque'],
  ['lorsqu', 'lorsque'],
  ['puisqu', 'puisque'],
  ['quoiqu', 'quoique'],
]);
// A lone elided letter written without its apostrophe ("d abricot", "vitamin D") gets the same key as the
// elision, so patterns written "d abricot" and posts written "d'abricot" agree.
export const LONE: ReadonlyMap<string, string> = new Map([
  ['d', 'de'],
  ['n', 'ne'],
  ['j', 'je'],
  ['qu', 'que'],
  ['c', 'ce'],
  ['s', 'se'],
  ['m', 'me'],
  ['t', 'te'],
]);
// Maps, not objects: keys are fresh strings (an object lookup interns them first), and a word such as
// "constructor" must not find Object.prototype's members.
// English suffixes after an apostrophe. Keys and expansions are squeezed like every key ("'ll" is "l", will is "wil").
export const SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['re', 'are'],
  ['ve', 'have'],
  ['l', 'wil'],
  ['m', 'am'],
]);
// Stems left by "n't": can't -> ca, won't -> wo.
export const NT_STEMS: ReadonlyMap<string, string> = new Map([
  ['ca', 'can'],
  ['wo', 'wil'],
  ['sha', 'shal'],
  ['ai', 'is'],
]);
// Abbreviations whose period does not end a sentence (squeezed keys).
export const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'pr',
  'prof',
  'st',
  'vs',
  'etc',
  'cf',
  'jr',
  'sr',
  'fig',
  'aprox',
  'dra',
]);

// What a word can be in a language's context data (a cue's first word, a header's, an embedder ...), as bits,
// kept per word id (text/words.ts) so context reading asks one typed array per token instead of looking the
// token's folded key up in a Map or a Set for each table. A clear bit is a sure "no"; a set bit sends the
// reader on to the string lookups it always made, so answers are the same. Tokens without word ids (or an
// id of -1: the id table was full) get their bits from the key string, computed each time.
import type { Tokens } from '../text/tokens';
import type { CompiledContext, PhraseEntry, PhraseIndex } from './compile';
import { canonAt } from './fold';
import { wordCount } from '../text/words';

const COMPUTED = 1; // the entry is filled (0: not yet)
/** First word of a cue before the match (byFirstPre, or a prefix entry under "*"). */
export const PRE = 1 << 1;
/** First word of a cue after the match. */
export const POST = 1 << 2;
/** First word of a discontinuous negation (ne ... pas). */
export const PAIR = 1 << 3;
export const HEADER = 1 << 4;
export const VERDICT = 1 << 5;
export const RHETORICAL = 1 << 6;
export const INTERROGATIVE = 1 << 7;
export const EMBEDDER = 1 << 8;
export const CONCESSIVE = 1 << 9;
export const ABSORBER = 1 << 10;
export const CLAUSE_SUBJECT = 1 << 11;
export const LEAD = 1 << 12;
export const SUPERLATIVE_WORD = 1 << 13;

/** Per-id bits of one compiled context (ids are shared by all engines of the process, so it grows). */
interface Table {
  bits: Uint16Array;
  /** byFirstPre / byFirstPost entries of each id's key (null: none, undefined: not asked yet). */
  pre: (readonly PhraseEntry[] | null | undefined)[];
  post: (readonly PhraseEntry[] | null | undefined)[];
}
const tables = new WeakMap<CompiledContext, Table>();
// The last context asked (a text's matches are mostly of one language): no WeakMap lookup per token.
let lastContext: CompiledContext | undefined;
let lastTable: Table | undefined;

/** The table of c, holding id (grown as the process interns words). */
function tableFor(c: CompiledContext, id: number): Table {
  let e = lastContext === c ? lastTable : tables.get(c);
  if (!e) {
    const n = Math.max(1024, id + 1);
    e = { bits: new Uint16Array(n), pre: new Array<null | undefined>(n).fill(undefined), post: [] };
    e.post = e.pre.slice();
    tables.set(c, e);
  }
  lastContext = c;
  lastTable = e;
  if (id >= e.bits.length) {
    const n = Math.max(e.bits.length * 2, id + 1);
    const grown = new Uint16Array(n);
    grown.set(e.bits);
    e.bits = grown;
    // Filled, not holey past the end: an array written far past its length turns into a dictionary.
    for (let k = e.pre.length; k < n; k++) {
      e.pre.push(undefined);
      e.post.push(undefined);
    }
  }
  return e;
}

/**
 * c's tables by word id, holding every id made so far: a loop over tokens reads `bits[id]` itself (no call
 * per token, which counts on a cold start) and calls bitsAt only where that reads 0 (not computed yet, or a
 * token without an id). bitsAt stores into these same arrays as long as no new word is interned meanwhile.
 */
export function bitsTable(c: CompiledContext): CueTable {
  return tableFor(c, Math.max(0, wordCount() - 1));
}

/**
 * What bitsTable gives a loop: `bits[id]` (0: not computed yet), and `pre[id]` / `post[id]` the cue entries
 * cueEntriesAt gives for that id (null: none; undefined: not asked yet, ask cueEntriesAt).
 */
export type CueTable = Readonly<Table>;

/** The key is the word, or starts with it when the word ends in "*". */
function prefixMatches(word: string, key: string): boolean {
  return word.endsWith('*') ? key.startsWith(word.slice(0, -1)) : key === word;
}

function startsCue(
  table: Map<string, unknown>,
  wild: readonly { words: readonly string[] }[] | undefined,
  k: string,
) {
  if (table.has(k)) return true;
  if (wild) for (const e of wild) if (prefixMatches(e.words[0] ?? '', k)) return true;
  return false;
}

/** A phrase list may start with k (always when the list has no index: an empty phrase). */
function starts(index: PhraseIndex, k: string): boolean {
  return index === undefined || index.has(k);
}

/** The bits of a canonical key (COMPUTED set). */
export function bitsOf(c: CompiledContext, k: string): number {
  let b = COMPUTED;
  if (startsCue(c.byFirstPre, c.byFirstPre.get('*'), k)) b |= PRE;
  if (startsCue(c.byFirstPost, c.byFirstPost.get('*'), k)) b |= POST;
  for (const p of c.pairs) if (p.first === k) b |= PAIR;
  if (starts(c.byFirst.headers, k)) b |= HEADER;
  if (starts(c.byFirst.verdicts, k)) b |= VERDICT;
  if (starts(c.byFirst.rhetorical, k)) b |= RHETORICAL;
  if (starts(c.byFirst.interrogatives, k)) b |= INTERROGATIVE;
  if (c.embedders.has(k)) b |= EMBEDDER;
  if (c.concessive.has(k)) b |= CONCESSIVE;
  if (c.absorbers.has(k)) b |= ABSORBER;
  if (c.clauseSubjects.has(k)) b |= CLAUSE_SUBJECT;
  if (c.lead.has(k)) b |= LEAD;
  if (c.superlative.words.has(k)) b |= SUPERLATIVE_WORD;
  return b;
}

/** The bits of token i of t under c (those of '' outside the text, as canonAt). */
export function bitsAt(t: Tokens, c: CompiledContext, i: number): number {
  const id = t.word?.[i] ?? -1;
  if (id < 0) return bitsOf(c, canonAt(t, i));
  // The common case without the call to tableFor (the interpreter of a cold start does not inline it).
  if (c === lastContext && id < lastTable!.bits.length) {
    const known = lastTable!.bits[id]!;
    if (known !== 0) return known;
  }
  const bits = tableFor(c, id).bits;
  let b = bits[id]!;
  if (b === 0) {
    b = bitsOf(c, canonAt(t, i));
    bits[id] = b;
  }
  return b;
}

/** Token i of t has one of the bits `bit` under c. */
export function isAt(t: Tokens, c: CompiledContext, i: number, bit: number): boolean {
  return (bitsAt(t, c, i) & bit) !== 0;
}

/** c's cue entries (before the match when `pre`, else after it) whose first word is token i's key. */
export function cueEntriesAt(
  t: Tokens,
  c: CompiledContext,
  i: number,
  pre: boolean,
): readonly PhraseEntry[] | undefined {
  const id = t.word?.[i] ?? -1;
  const table = pre ? c.byFirstPre : c.byFirstPost;
  if (id < 0) return table.get(canonAt(t, i));
  const e = tableFor(c, id);
  const lists = pre ? e.pre : e.post;
  let l = lists[id];
  if (l === undefined) {
    l = table.get(canonAt(t, i)) ?? null;
    lists[id] = l;
  }
  return l ?? undefined;
}

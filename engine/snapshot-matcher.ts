// The matcher's compiled rules in a snapshot. As JSON objects ({patterns, lang} per rule) they cost ~10,000
// parsed objects plus a property added to each while loading; stored by column they parse as plain arrays
// and a loop builds every rule in its final shape at once (~2x faster at 10,000 rules):
//   patterns   each rule's pattern list
//   langs      one character per rule, its language's position in LANGS
//   extra      [rule, near, unless] for the few rules with near groups or exceptions
//   nodes      alternatives that several rules share, written once: a class such as {remedy} compiles into
//              the same ['a', ...] node in every rule that uses it (about half the real packs' matcher text).
//              A sequence holds ['r', k] in its place; `refs` lists the rules to patch after parsing.
//   pairs      the anchor pairs as one flat list of numbers, row after row: a, b, the number of rules, the rules
//              (~9,400 small arrays at 10,000 rules: 1.5-2 ms of parsing, ~0.6 ms flat).
//   plain      the rules that are one phrase of literal words (most of a big pack), as [length, ids...] runs in
//              one flat list of numbers; such a rule's entry in `patterns` is the offset of its run. JSON.parse
//              then makes no arrays for them, and the matcher builds only the rules it verifies (LazyRules):
//              at 10,000 rules, parsing their nested arrays was ~6-10 ms of a ~17 ms load.
// Compiled rules are never changed in place, so rules may share one node after loading.
import type { Lang } from './types.ts';
import type { LazyRules, MatcherData } from './match/data.ts';
import { LANG_BIT, type CNear, type CNode, type CRule, type CSeq } from './match/types.ts';

const LANGS = Object.keys(LANG_BIT) as Lang[];
/** A `langs` string: positions in LANGS, one digit each. */
const LANG_CODES = new RegExp(`^[0-${LANGS.length - 1}]*$`);

export interface PackedMatcher extends Omit<MatcherData, 'rules' | 'lazy' | 'pairs'> {
  pairs: number[];
  /** A rule's patterns, or the offset of its phrase in `plain`. */
  patterns: (CSeq[] | number)[];
  plain: number[];
  langs: string;
  extra: [number, CNear[], CSeq[]][];
  nodes: CNode[];
  refs: number[];
}

/** Shared empty lists for the rules without near groups or exceptions (compiled rules are never changed). */
const NONE_NEAR: CNear[] = [];
const NONE_SEQ: CSeq[] = [];

/** Every sequence of a rule whose top-level nodes may be shared. */
function seqsOf(r: CRule): CSeq[] {
  const out = [...r.patterns, ...r.unless];
  for (const g of r.near) out.push(...g.parts);
  return out;
}

/** A node worth sharing: an alternative list long enough to save more than its reference costs. */
const MIN_SHARED = 24;

/** The rule's one phrase of literal words, or undefined (the matcher's literal() test). */
function plainPhrase(r: CRule): number[] | undefined {
  if (r.patterns.length !== 1 || r.near.length > 0 || r.unless.length > 0) return undefined;
  const seq = r.patterns[0]!;
  if (seq.length === 0) return undefined;
  for (const n of seq) if (typeof n !== 'number') return undefined;
  return seq as number[];
}

export function packMatcher(data: MatcherData): PackedMatcher {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- `lazy` is the loaded form, not written
  const { rules, lazy, pairs: pairRows, ...rest } = data;
  const pairs: number[] = [];
  for (const [a, b, ...list] of pairRows) pairs.push(a!, b!, list.length, ...list);
  const count = new Map<string, number>();
  for (const r of rules)
    for (const seq of seqsOf(r))
      for (const n of seq)
        if (Array.isArray(n) && n[0] === 'a') {
          const s = JSON.stringify(n);
          if (s.length >= MIN_SHARED) count.set(s, (count.get(s) ?? 0) + 1);
        }
  const nodes: CNode[] = [];
  const index = new Map<string, number>();
  const refs: number[] = [];
  let touched = false;
  const swap = (seq: CSeq): CSeq => {
    let out: CSeq | undefined;
    seq.forEach((n, k) => {
      if (!Array.isArray(n) || n[0] !== 'a') return;
      const s = JSON.stringify(n);
      if ((count.get(s) ?? 0) < 2) return;
      let at = index.get(s);
      if (at === undefined) {
        at = nodes.length;
        nodes.push(n);
        index.set(s, at);
      }
      out ??= [...seq];
      touched = true;
      out[k] = ['r', at] as unknown as CNode;
    });
    return out ?? seq;
  };
  let langs = '';
  const patterns: (CSeq[] | number)[] = [];
  const plain: number[] = [];
  const extra: [number, CNear[], CSeq[]][] = [];
  rules.forEach((r, i) => {
    const at = LANGS.indexOf(r.lang);
    if (at < 0) throw new Error(`rule ${i}: unknown language ${String(r.lang)}`);
    langs += String(at);
    const phrase = plainPhrase(r);
    if (phrase !== undefined) {
      patterns.push(plain.length);
      plain.push(phrase.length, ...phrase);
      return;
    }
    touched = false;
    const p = r.patterns.map(swap);
    const near = r.near.map((g) => ({ ...g, parts: g.parts.map(swap) }));
    const unless = r.unless.map(swap);
    patterns.push(p);
    if (r.near.length || r.unless.length) extra.push([i, near, unless]);
    if (touched) refs.push(i);
  });
  return { ...rest, pairs, patterns, plain, langs, extra, nodes, refs };
}

/** Puts the shared nodes back in place of their references (parsed arrays, patched in place). */
function patch(seq: CSeq, nodes: CNode[]): boolean {
  for (let k = 0; k < seq.length; k++) {
    const n = seq[k];
    if (Array.isArray(n) && (n[0] as string) === 'r') {
      const node = nodes[n[1] as number];
      if (node === undefined) return false;
      seq[k] = node;
    }
  }
  return true;
}

/** The matcher data of a parsed snapshot, or undefined when its shape is wrong. */
export function unpackMatcher(x: unknown): MatcherData | undefined {
  const p = x as PackedMatcher | undefined;
  if (!p || typeof p !== 'object' || !Array.isArray(p.vocab) || !Array.isArray(p.patterns)) return undefined;
  const { pairs, patterns, plain, langs, extra, nodes, refs, ...rest } = p;
  const n = patterns.length;
  if (typeof langs !== 'string' || langs.length !== n || !Array.isArray(extra)) return undefined;
  if (!Array.isArray(nodes) || !Array.isArray(refs) || !Array.isArray(plain) || !Array.isArray(pairs))
    return undefined;
  const pairRows = new Int32Array(pairs);
  let pairCount = 0; // counted here for the matcher (one walk over the rows less on load)
  for (let at = 0; at < pairRows.length; at += 3 + pairRows[at + 2]!, pairCount++)
    if (!(
      at + 2 < pairRows.length &&
      pairRows[at + 2]! >= 1 &&
      at + 3 + pairRows[at + 2]! <= pairRows.length
    ))
      return undefined;
  const litPool = new Int32Array(plain);
  const litAt = new Int32Array(n).fill(-2);
  // Every character is a language's position: one native test, not a check per rule (run interpreted on load).
  if (!LANG_CODES.test(langs)) return undefined;
  for (let i = 0; i < n; i++) {
    const at = patterns[i];
    if (typeof at !== 'number') continue;
    // A phrase run inside the pool, of at least one word.
    if (!(at >= 0 && at < litPool.length && litPool[at]! >= 1 && at + litPool[at]! < litPool.length))
      return undefined;
    litAt[i] = at;
  }
  // Rules with a near group or an exception, and rules holding shared nodes: built now (few).
  const built = new Array<CRule | undefined>(n);
  const make = (i: number): CRule => {
    const at = patterns[i]!;
    const lang = LANGS[langs.charCodeAt(i) - 48]!;
    if (typeof at === 'number')
      return {
        patterns: [Array.from(litPool.subarray(at + 1, at + 1 + litPool[at]!))],
        near: NONE_NEAR,
        unless: NONE_SEQ,
        lang,
      };
    return { patterns: at, near: NONE_NEAR, unless: NONE_SEQ, lang };
  };
  for (const [i, near, unless] of extra) {
    if (!(i >= 0 && i < n) || typeof patterns[i] === 'number') return undefined;
    const r = make(i);
    r.near = near;
    r.unless = unless;
    built[i] = r;
  }
  for (const i of refs) {
    if (!(i >= 0 && i < n) || typeof patterns[i] === 'number') return undefined;
    const r = (built[i] ??= make(i));
    for (const seq of r.patterns) if (!patch(seq, nodes)) return undefined;
    for (const seq of r.unless) if (!patch(seq, nodes)) return undefined;
    for (const g of r.near) for (const seq of g.parts) if (!patch(seq, nodes)) return undefined;
  }
  const get = (i: number): CRule => {
    let r = built[i];
    if (r === undefined) {
      if (!(i >= 0 && i < n)) throw new RangeError(`no rule ${i}`);
      r = make(i);
      built[i] = r;
    }
    return r;
  };
  const lazy: LazyRules = { count: n, langs, get, litAt, litPool, pairRows, pairCount };
  let all: CRule[] | undefined;
  let rows: number[][] | undefined;
  return {
    ...rest,
    // Every rule, built on first read (tests, the reference matcher, writing the snapshot again).
    get rules(): CRule[] {
      all ??= Array.from({ length: n }, (_, i) => get(i));
      return all;
    },
    // The rows, built on first read (the matcher reads pairRows).
    get pairs(): number[][] {
      if (rows === undefined) {
        rows = [];
        for (let at = 0; at < pairRows.length; at += 3 + pairRows[at + 2]!)
          rows.push([
            pairRows[at]!,
            pairRows[at + 1]!,
            ...pairRows.subarray(at + 3, at + 3 + pairRows[at + 2]!),
          ]);
      }
      return rows;
    },
    lazy,
  };
}

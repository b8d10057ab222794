// The matcher's compiled rules in a snapshot. As JSON objects ({patterns, lang} per rule) they cost ~10,000
// parsed objects plus a property added to each while loading; stored by column they parse as plain arrays
// and a loop builds every rule in its final shape at once (~2x faster at 10,000 rules):
//   patterns   each rule's pattern list
//   langs      one character per rule, its language's position in LANGS
//   extra      [rule, near, unless] for the few rules with near groups or exceptions
//   nodes      alternatives that several rules share, written once: a class such as {remedy} compiles into
//              the same ['a', ...] node in every rule that uses it (about half the real packs' matcher text).
//              A sequence holds ['r', k] in its place; `refs` lists the rules to patch after parsing.
// Compiled rules are never changed in place, so rules may share one node after loading.
import type { Lang } from './types.ts';
import type { MatcherData } from './match/compile.ts';
import { LANG_BIT, type CNear, type CNode, type CRule, type CSeq } from './match/types.ts';

const LANGS = Object.keys(LANG_BIT) as Lang[];

export interface PackedMatcher extends Omit<MatcherData, 'rules'> {
  patterns: CSeq[][];
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

export function packMatcher(data: MatcherData): PackedMatcher {
  const { rules, ...rest } = data;
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
  const patterns: CSeq[][] = [];
  const extra: [number, CNear[], CSeq[]][] = [];
  rules.forEach((r, i) => {
    const at = LANGS.indexOf(r.lang);
    if (at < 0) throw new Error(`rule ${i}: unknown language ${String(r.lang)}`);
    langs += String(at);
    touched = false;
    const p = r.patterns.map(swap);
    const near = r.near.map((g) => ({ ...g, parts: g.parts.map(swap) }));
    const unless = r.unless.map(swap);
    patterns.push(p);
    if (r.near.length || r.unless.length) extra.push([i, near, unless]);
    if (touched) refs.push(i);
  });
  return { ...rest, patterns, langs, extra, nodes, refs };
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
  const { patterns, langs, extra, nodes, refs, ...rest } = p;
  const n = patterns.length;
  if (typeof langs !== 'string' || langs.length !== n || !Array.isArray(extra)) return undefined;
  if (!Array.isArray(nodes) || !Array.isArray(refs)) return undefined;
  const rules = new Array<CRule>(n);
  for (let i = 0; i < n; i++) {
    const lang = LANGS[langs.charCodeAt(i) - 48];
    if (lang === undefined) return undefined;
    rules[i] = { patterns: patterns[i]!, near: NONE_NEAR, unless: NONE_SEQ, lang };
  }
  for (const [i, near, unless] of extra) {
    const r = rules[i];
    if (!r) return undefined;
    r.near = near;
    r.unless = unless;
  }
  for (const i of refs) {
    const r = rules[i];
    if (!r) return undefined;
    for (const seq of r.patterns) if (!patch(seq, nodes)) return undefined;
    for (const seq of r.unless) if (!patch(seq, nodes)) return undefined;
    for (const g of r.near) for (const seq of g.parts) if (!patch(seq, nodes)) return undefined;
  }
  return { ...rest, rules };
}

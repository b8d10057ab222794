// Compiles parsed rules into matcher data: every literal is interned into an integer vocabulary, and every
// rule is registered under anchors, a set of token conditions such that any match of the rule contains one.
// Preferred anchor: the rarest PAIR of adjacent literal tokens (a phrase's "lemon water"); else the rarest
// single token; stems, {#number} and {#unit} only when nothing better exists. A post whose tokens are all
// outside the vocabulary therefore probes nothing.
import type { Lang } from '../types.ts';
import type { PSeq, ParsedRule } from '../pattern/ast.ts';
import { isFrequent } from '../text/frequent.ts';
import type { CNode, CRule, CSeq } from './types.ts';
import type { MatcherData } from './data.ts';

export interface RuleInput {
  parsed: ParsedRule;
  lang: Lang;
}

export { ruleCountOf, type LazyRules, type MatcherData } from './data.ts';

type Anchor =
  { k: 1; a: number } | { k: 2; a: number; b: number } | { k: 's'; p: string } | { k: 'n' } | { k: 'u' };
interface Cover {
  anchors: Anchor[];
  cost: number;
}

const MAX_PAIRS = 64;
// A word's cost factor: 1 + min(rules using it, DF_CAP) / DF_STEP, at most DF_MAX (see dfFactor).
const DF_STEP = 3;
const DF_CAP = 60;
const DF_MAX = 1 + DF_CAP / DF_STEP;

class Compiler {
  readonly vocab: string[] = [];
  private readonly ids = new Map<string, number>();
  /** How many rules use each id: a token many rules share makes a crowded bucket. */
  private df: number[] = [];

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.vocab.length;
      this.vocab.push(key);
      this.ids.set(key, id);
      this.df.push(0);
    }
    return id;
  }

  seq(s: PSeq, seen?: Set<number>): CSeq {
    return s.map((n): CNode => {
      switch (n.t) {
        case 'word': {
          const id = this.intern(n.key);
          if (seen && !seen.has(id)) {
            seen.add(id);
            this.df[id]!++;
          }
          return id;
        }
        case 'stem':
          return ['s', n.prefix];
        case 'number':
          return ['n'];
        case 'unit':
          return ['u'];
        case 'gap':
          return ['g', n.max];
        case 'alt':
          return ['a', n.optional ? 1 : 0, n.options.map((o) => this.seq(o, seen))];
      }
    });
  }

  private weight(id: number): number {
    return isFrequent(this.vocab[id]!) ? 30 : 1;
  }

  // Costs, so that a pair with a specific word (1..30) beats a specific single word (100), which beats a
  // pair of stop words (900), a stop word alone (3000), a stem (5000), a unit (8000) and any number (10000).
  // A word many rules share is a topic word (covid, cure, vaccine) that a page on that topic holds in most
  // sentences: its cost grows with its rule count, up to DF_MAX times (a rule anchored on "covid" was checked
  // on 216 demo-feed sentences and matched none). Stems, units and numbers cost DF_MAX times more too, so an
  // alternative's summed word costs never reach them where they did not before.
  private dfFactor(df: number): number {
    return 1 + Math.min(df, DF_CAP) / DF_STEP;
  }

  private singleCost(id: number): number {
    return 100 * this.weight(id) * this.dfFactor(this.df[id]!);
  }

  private pairCost(a: number, b: number): number {
    return this.weight(a) * this.weight(b) * this.dfFactor(Math.min(this.df[a]!, this.df[b]!));
  }

  private nodeCover(node: CNode): Cover | null {
    if (typeof node === 'number') return { anchors: [{ k: 1, a: node }], cost: this.singleCost(node) };
    switch (node[0]) {
      case 's':
        return { anchors: [{ k: 's', p: node[1] }], cost: 5000 * DF_MAX };
      case 'n':
        return { anchors: [{ k: 'n' }], cost: 10000 * DF_MAX };
      case 'u':
        return { anchors: [{ k: 'u' }], cost: 8000 * DF_MAX };
      case 'g':
        return null;
      default: {
        if (node[1]) return null;
        const out: Cover = { anchors: [], cost: 0 };
        for (const option of node[2]) {
          const c = this.seqCover(option);
          if (!c) return null;
          out.anchors.push(...c.anchors);
          out.cost += c.cost;
        }
        return out;
      }
    }
  }

  /** Ids one of which every match of `node` starts (first) or ends (last) with; null when not literal. */
  private edgeIds(node: CNode | undefined, last: boolean): number[] | null {
    if (node === undefined) return null;
    if (typeof node === 'number') return [node];
    if (node[0] !== 'a' || node[1]) return null;
    const out: number[] = [];
    for (const option of node[2]) {
      const ids = this.edgeIds(last ? option[option.length - 1] : option[0], last);
      if (!ids) return null;
      out.push(...ids);
    }
    return out;
  }

  seqCover(seq: CSeq): Cover | null {
    let best: Cover | null = null;
    for (const node of seq) {
      const c = this.nodeCover(node);
      if (c && (!best || c.cost < best.cost)) best = c;
    }
    for (let k = 0; k + 1 < seq.length; k++) {
      const as = this.edgeIds(seq[k], true);
      const bs = as && this.edgeIds(seq[k + 1], false);
      if (!as || !bs || as.length * bs.length > MAX_PAIRS) continue;
      const c: Cover = { anchors: [], cost: 0 };
      for (const a of new Set(as))
        for (const b of new Set(bs)) {
          c.anchors.push({ k: 2, a, b });
          c.cost += this.pairCost(a, b);
        }
      if (!best || c.cost < best.cost) best = c;
    }
    return best;
  }
}

/** Compiles rules (in order: the rule index is the position in `rules`). */
export function compileRules(rules: readonly RuleInput[]): MatcherData {
  const c = new Compiler();
  const compiled: CRule[] = rules.map((r) => {
    const seen = new Set<number>();
    return {
      patterns: r.parsed.patterns.map((p) => c.seq(p, seen)),
      near: r.parsed.near.map((g) => ({ parts: g.parts.map((p) => c.seq(p, seen)), within: g.within })),
      unless: r.parsed.unless.map((p) => c.seq(p)),
      lang: r.lang,
    };
  });
  const single = new Map<number, number[]>();
  const pairs = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const data: MatcherData = {
    vocab: c.vocab,
    rules: compiled,
    single: [],
    pairs: [],
    stems: [],
    number: [],
    unit: [],
    always: [],
  };
  const add = <K>(map: Map<K, number[]>, key: K, rule: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [rule]);
    else if (list[list.length - 1] !== rule) list.push(rule);
  };
  compiled.forEach((rule, index) => {
    const covers = [
      ...rule.patterns.map((p) => c.seqCover(p)),
      ...rule.near.map((g) =>
        g.parts
          .map((p) => c.seqCover(p))
          .reduce<Cover | null>((best, x) => (x && (!best || x.cost < best.cost) ? x : best), null),
      ),
    ];
    if (covers.some((x) => x === null)) {
      data.always.push(index);
      return;
    }
    for (const cover of covers as Cover[]) {
      for (const a of cover.anchors) {
        if (a.k === 1) add(single, a.a, index);
        else if (a.k === 2) add(pairs, `${a.a},${a.b}`, index);
        else if (a.k === 's') add(stems, a.p, index);
        else if (a.k === 'n' && data.number[data.number.length - 1] !== index) data.number.push(index);
        else if (a.k === 'u' && data.unit[data.unit.length - 1] !== index) data.unit.push(index);
      }
    }
  });
  for (const [id, list] of single) data.single.push([id, ...list]);
  for (const [key, list] of pairs) {
    const [a, b] = key.split(',').map(Number) as [number, number];
    data.pairs.push([a, b, ...list]);
  }
  for (const [p, list] of stems) data.stems.push([p, ...list]);
  return data;
}

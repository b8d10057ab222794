// Compiles a rule's sequences (CSeq) into small backtracking programs for verify.ts, once per rule, on its
// first verification. A program is a flat list of instructions whose continuations are static (an
// alternative's options jump to what follows it), so matching needs no closure per step, and each branch
// point knows which tokens can start each of its options (a "first filter"), so impossible options and
// impossible starts are skipped without recursing.
import type { CRule, CSeq } from './types.ts';

export const enum Op {
  Tok = 0, // arg: vocabulary id
  Set = 1, // arg: index into sets; one token of the set (an alternative of single words)
  SetOpt = 2, // the same, optional: present first
  Stem = 3, // arg: index into stems
  Num = 4,
  Unit = 5,
  Gap = 6, // arg: max words skipped, fewest first
  Alt = 7, // arg: index into alts
  AltOpt = 8, // the same, optional: options first, then nothing
  Jmp = 9, // arg: target pc
  Match = 10,
}

/** Which tokens can be the first one a path consumes from some pc (`any`: no filter applies). */
export interface FirstFilter {
  any: boolean;
  /** The only id, when the filter is one literal word and nothing else (-1 otherwise). */
  single: number;
  ids: Set<number>;
  stems: string[];
  num: boolean;
  unit: boolean;
}

export interface AltTable {
  /** Entry pc of each option, in priority order. */
  pcs: number[];
  filters: FirstFilter[];
  /** The pc after the alternative. */
  next: number;
}

export interface Program {
  op: Int32Array;
  arg: Int32Array;
  sets: Set<number>[];
  stems: string[];
  alts: AltTable[];
  /** Fewest and most tokens a match can span. */
  minLen: number;
  maxLen: number;
  /** Tokens a match can start with. */
  first: FirstFilter;
  /**
   * Groups of vocabulary ids, smallest first: every match holds a token of each group, so a sentence
   * missing one of them cannot match (checked before any start is tried).
   */
  required: Int32Array[];
  /** The same groups as sets, for long groups only (a class of many words): see possible() in verify.ts. */
  requiredSets: (Set<number> | undefined)[];
  /** A phrase of literal words only (`op` is Tok... Match): verify.ts compares ids without running it. */
  literal: boolean;
}

/** Groups longer than this also get a set: a short sentence is then read once instead of the whole group. */
const SET_GROUP = 8;

export interface RuleProgram {
  patterns: Program[];
  near: { parts: Program[]; within: number }[];
  unless: Program[];
  /** Most tokens any pattern's match can span (near groups are read over the whole sentence). */
  patternMaxLen: number;
}

/** Options of an alternative in priority order (longest first), cached on the node array. */
const ordered = new WeakMap<CSeq[], CSeq[]>();
export function priority(options: CSeq[]): CSeq[] {
  let o = ordered.get(options);
  if (!o) {
    o = options
      .map((opt, i) => [opt, minLength(opt), i] as const)
      .sort((a, b) => b[1] - a[1] || a[2] - b[2])
      .map((x) => x[0]);
    ordered.set(options, o);
  }
  return o;
}

/** Fewest tokens a sequence can match. */
export function minLength(seq: CSeq): number {
  let n = 0;
  for (const node of seq) {
    if (typeof node === 'number' || node[0] === 's' || node[0] === 'n' || node[0] === 'u') n++;
    else if (node[0] === 'a' && !node[1]) n += Math.min(...node[2].map(minLength));
  }
  return n;
}

/** Most tokens a sequence can match (gaps at their widest). */
export function maxLength(seq: CSeq): number {
  let n = 0;
  for (const node of seq) {
    if (typeof node === 'number' || node[0] === 's' || node[0] === 'n' || node[0] === 'u') n++;
    else if (node[0] === 'g') n += node[1];
    else n += Math.max(0, ...node[2].map(maxLength));
  }
  return n;
}

/** Required id groups of a sequence: each mandatory literal, and each mandatory alternative whose every option requires one. */
function requiredGroups(seq: CSeq): number[][] {
  const out: number[][] = [];
  for (const node of seq) {
    if (typeof node === 'number') out.push([node]);
    else if (node[0] === 'a' && !node[1]) {
      const union = new Set<number>();
      let all = true;
      for (const option of node[2]) {
        const smallest = requiredGroups(option).sort((a, b) => a.length - b.length)[0];
        if (!smallest) {
          all = false;
          break;
        }
        for (const id of smallest) union.add(id);
      }
      if (all && union.size > 0) out.push([...union]);
    }
  }
  return out;
}

/** The few most selective groups (checking all of a long pattern's would cost more than it saves). */
function requiredOf(seq: CSeq): Int32Array[] {
  const seen = new Set<string>();
  return requiredGroups(seq)
    .map((g) => [...new Set(g)].sort((a, b) => a - b))
    .filter((g) => {
      const k = g.join(',');
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.length - b.length)
    .slice(0, 4)
    .map((g) => Int32Array.from(g));
}

class Builder {
  op: number[] = [];
  arg: number[] = [];
  sets: Set<number>[] = [];
  stems: string[] = [];
  alts: AltTable[] = [];

  private emit(op: Op, arg = 0): number {
    this.op.push(op);
    this.arg.push(arg);
    return this.op.length - 1;
  }

  seq(seq: CSeq): void {
    for (const node of seq) {
      if (typeof node === 'number') this.emit(Op.Tok, node);
      else if (node[0] === 's') this.emit(Op.Stem, this.stems.push(node[1]) - 1);
      else if (node[0] === 'n') this.emit(Op.Num);
      else if (node[0] === 'u') this.emit(Op.Unit);
      else if (node[0] === 'g') this.emit(Op.Gap, node[1]);
      else {
        const options = node[2];
        // A class of single words: at most one id can be at a token, so one set lookup replaces the options.
        if (options.length > 0 && options.every((o) => o.length === 1 && typeof o[0] === 'number')) {
          const set = new Set(options.map((o) => o[0] as number));
          this.emit(node[1] ? Op.SetOpt : Op.Set, this.sets.push(set) - 1);
          continue;
        }
        const index = this.alts.length;
        this.alts.push({ pcs: [], filters: [], next: -1 });
        this.emit(node[1] ? Op.AltOpt : Op.Alt, index);
        const jumps: number[] = [];
        const pcs: number[] = [];
        for (const option of priority(options)) {
          pcs.push(this.op.length);
          this.seq(option);
          jumps.push(this.emit(Op.Jmp));
        }
        const next = this.op.length;
        for (const j of jumps) this.arg[j] = next;
        this.alts[index]!.pcs = pcs;
        this.alts[index]!.next = next;
      }
    }
  }

  /** First filter from pc: what the first token consumed on any path from there can be. */
  filter(pc: number): FirstFilter {
    const f: FirstFilter = { any: false, single: -1, ids: new Set(), stems: [], num: false, unit: false };
    const seen = new Set<number>();
    const walk = (at: number): void => {
      if (f.any || seen.has(at)) return;
      seen.add(at);
      const a = this.arg[at]!;
      switch (this.op[at] as Op) {
        case Op.Tok:
          f.ids.add(a);
          return;
        case Op.Set:
          for (const id of this.sets[a]!) f.ids.add(id);
          return;
        case Op.SetOpt:
          for (const id of this.sets[a]!) f.ids.add(id);
          walk(at + 1);
          return;
        case Op.Stem:
          f.stems.push(this.stems[a]!);
          return;
        case Op.Num:
          f.num = true;
          return;
        case Op.Unit:
          f.unit = true;
          return;
        case Op.Alt:
        case Op.AltOpt: {
          const t = this.alts[a]!;
          for (const p of t.pcs) walk(p);
          if (this.op[at] === Op.AltOpt) walk(t.next);
          return;
        }
        case Op.Jmp:
          walk(a);
          return;
        default:
          // A gap can skip any token; a reachable end means an empty path.
          f.any = true;
      }
    };
    walk(pc);
    if (!f.any && f.ids.size === 1 && f.stems.length === 0 && !f.num && !f.unit) f.single = [...f.ids][0]!;
    return f;
  }

  finish(seq: CSeq): Program {
    this.emit(Op.Match);
    for (const t of this.alts) t.filters = t.pcs.map((pc) => this.filter(pc));
    const first = this.filter(0);
    // A sequence that starts with one literal word already skips every start but that word's tokens:
    // the required-words check would cost more than it saves (phrase rules).
    const required = first.single >= 0 ? [] : requiredOf(seq);
    return {
      op: new Int32Array(this.op),
      arg: new Int32Array(this.arg),
      sets: this.sets,
      stems: this.stems,
      alts: this.alts,
      minLen: minLength(seq),
      maxLen: maxLength(seq),
      first,
      required,
      requiredSets: required.map((g) => (g.length > SET_GROUP ? new Set(g) : undefined)),
      literal: false,
    };
  }
}

const EMPTY_REQUIRED: Int32Array[] = [];
const EMPTY_SETS: (Set<number> | undefined)[] = [];

/**
 * The program of a phrase of literal words (most rules of a big pack), built directly: the same program
 * the Builder makes for it (Tok per word, then Match; its first filter is the first word; no required
 * groups since that filter already skips every other start), at a fraction of the cost on first use.
 */
function literalProgram(seq: CSeq): Program {
  const n = seq.length;
  const op = new Int32Array(n + 1);
  const arg = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    op[k] = Op.Tok;
    arg[k] = seq[k] as number;
  }
  op[n] = Op.Match;
  const single = seq[0] as number;
  return {
    op,
    arg,
    sets: [],
    stems: [],
    alts: [],
    minLen: n,
    maxLen: n,
    first: { any: false, single, ids: new Set([single]), stems: [], num: false, unit: false },
    required: EMPTY_REQUIRED,
    requiredSets: EMPTY_SETS,
    literal: true,
  };
}

export function compileSeq(seq: CSeq): Program {
  let literal = seq.length > 0;
  for (let k = 0; k < seq.length && literal; k++) literal = typeof seq[k] === 'number';
  if (literal) return literalProgram(seq);
  const b = new Builder();
  b.seq(seq);
  return b.finish(seq);
}

export function compileRule(rule: CRule): RuleProgram {
  const patterns = rule.patterns.map(compileSeq);
  return {
    patterns,
    near: rule.near.map((g) => ({ parts: g.parts.map(compileSeq), within: g.within })),
    unless: rule.unless.map(compileSeq),
    patternMaxLen: Math.max(0, ...patterns.map((p) => p.maxLen)),
  };
}

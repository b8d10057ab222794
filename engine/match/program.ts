// Compiles a rule's sequences (CSeq) into small backtracking programs for verify.ts, once per rule, on its
// first verification. A program is a flat list of instructions whose continuations are static (an
// alternative's options jump to what follows it), so matching needs no closure per step, and each branch
// point knows which tokens can start each of its options (a "first filter"), so impossible options and
// impossible starts are skipped without recursing.
import type { CRule, CSeq } from './types.ts';
import { maxLength, minLength, priority, requiredOf } from './seq-facts.ts';

export { priority, minLength } from './seq-facts.ts';

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
  /** Empty when `single` is set (passes() reads `single` only). */
  ids: ReadonlySet<number>;
  stems: readonly string[];
  num: boolean;
  unit: boolean;
}

export interface AltTable {
  /** Entry pc of each option, in priority order. */
  pcs: number[];
  filters: FirstFilter[];
  /**
   * For an alternative of many options that all start with words (a class such as {cure}): by the id of the
   * token it starts at, the options (ascending: priority order) whose first filter holds that id; null
   * otherwise. One lookup instead of testing every option's filter at each try (~60k filter tests a pass
   * over the demo feed, ~7k passing). Made on the first try (verify.ts): a built program's alternatives
   * are not all reached.
   */
  byId: Map<number, number[]> | null;
  /** Whether byId is made (or not wanted: few options). */
  indexed: boolean;
  /** The pc after the alternative. */
  next: number;
}

/**
 * A sequence's program. Built in two steps: compileSeq() gives what possible() reads (lengths, required
 * groups); the instructions and filters (`built`) are made on the first sentence that holds every required
 * group, so a pattern whose words never meet in a page costs no build (most patterns of a first scan).
 */
export interface Program {
  /** The sequence the program is built from. */
  seq: CSeq;
  /** Whether op, arg, sets, stems, alts and first are filled (see buildProgram). */
  built: boolean;
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
  /** A phrase of literal words only (`op` is Tok... Match): verify.ts compares ids without running it. */
  literal: boolean;
}

/**
 * Groups longer than this are read the other way round against a short sentence (each token looked up in
 * the sorted group) instead of looking each of the group's ids up: see possible() in verify.ts.
 */
export const LONG_GROUP = 8;

export interface RuleProgram {
  patterns: Program[];
  near: { parts: Program[]; within: number }[];
  /**
   * The exceptions' programs, made on the rule's first match (unlessOf): a third of a real pack's
   * pattern nodes are exceptions, and most rules checked on a page never match.
   */
  unless: Program[] | null;
  unlessSeqs: CSeq[];
  /** Most tokens any pattern's match can span (near groups are read over the whole sentence). */
  patternMaxLen: number;
}

// Filters without a walk share these parts (filters are only read).
const NO_IDS: ReadonlySet<number> = new Set<number>();
const NO_STEMS: readonly string[] = [];
const ANY: FirstFilter = { any: true, single: -1, ids: NO_IDS, stems: NO_STEMS, num: false, unit: false };
const NUM: FirstFilter = { any: false, single: -1, ids: NO_IDS, stems: NO_STEMS, num: true, unit: false };
const UNIT: FirstFilter = { any: false, single: -1, ids: NO_IDS, stems: NO_STEMS, num: false, unit: true };

/** The filter of one literal word (passes() reads `single` only). */
function singleFilter(id: number): FirstFilter {
  return { any: false, single: id, ids: NO_IDS, stems: NO_STEMS, num: false, unit: false };
}

// The filter walk's stack and visited marks, shared by every build (builds never nest): no closure, Set
// or array made per walk.
let walkStack = new Int32Array(64);
let walkSeen = new Int32Array(64);
let walkStamp = 0;

function pushWalk(top: number, pc: number): number {
  if (top === walkStack.length) {
    const s = new Int32Array(2 * top);
    s.set(walkStack);
    walkStack = s;
  }
  walkStack[top] = pc;
  return top + 1;
}

/**
 * The ids of an alternative of single words, or null for another alternative. Cached on the options array
 * (sets are only read): a snapshot's rules share a class's node, and building the same set of a class's
 * words again for every pattern using it was a large part of the garbage of compiling rule programs.
 */
const wordSets = new WeakMap<CSeq[], Set<number> | null>();
function wordSet(options: CSeq[]): Set<number> | null {
  const cached = wordSets.get(options);
  if (cached !== undefined) return cached;
  let words = options.length > 0;
  for (let i = 0; i < options.length && words; i++) {
    const o = options[i]!;
    words = o.length === 1 && typeof o[0] === 'number';
  }
  let set: Set<number> | null = null;
  if (words) {
    set = new Set<number>();
    for (let i = 0; i < options.length; i++) set.add(options[i]![0] as number);
  }
  wordSets.set(options, set);
  return set;
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
    for (let k = 0; k < seq.length; k++) {
      const node = seq[k]!;
      if (typeof node === 'number') this.emit(Op.Tok, node);
      else if (node[0] === 's') this.emit(Op.Stem, this.stems.push(node[1]) - 1);
      else if (node[0] === 'n') this.emit(Op.Num);
      else if (node[0] === 'u') this.emit(Op.Unit);
      else if (node[0] === 'g') this.emit(Op.Gap, node[1]);
      else {
        const options = node[2];
        // A class of single words: at most one id can be at a token, so one set lookup replaces the options.
        const set = wordSet(options);
        if (set !== null) {
          this.emit(node[1] ? Op.SetOpt : Op.Set, this.sets.push(set) - 1);
          continue;
        }
        const table: AltTable = { pcs: [], filters: [], byId: null, indexed: false, next: -1 };
        this.emit(node[1] ? Op.AltOpt : Op.Alt, this.alts.push(table) - 1);
        const jumps: number[] = [];
        const opts = priority(options);
        for (let i = 0; i < opts.length; i++) {
          table.pcs.push(this.op.length);
          this.seq(opts[i]!);
          jumps.push(this.emit(Op.Jmp));
        }
        const next = this.op.length;
        for (let i = 0; i < jumps.length; i++) this.arg[jumps[i]!] = next;
        table.next = next;
      }
    }
  }

  /** First filter from pc: what the first token consumed on any path from there can be. */
  filter(pc: number): FirstFilter {
    const op = this.op;
    const arg = this.arg;
    // Most paths start with a word, a class or a kind: their filter needs no walk.
    switch (op[pc] as Op) {
      case Op.Tok:
        return singleFilter(arg[pc]!);
      case Op.Set: {
        const set = this.sets[arg[pc]!]!;
        if (set.size === 1) return singleFilter(set.values().next().value!);
        return { any: false, single: -1, ids: set, stems: NO_STEMS, num: false, unit: false };
      }
      case Op.Stem:
        return {
          any: false,
          single: -1,
          ids: NO_IDS,
          stems: [this.stems[arg[pc]!]!],
          num: false,
          unit: false,
        };
      case Op.Num:
        return NUM;
      case Op.Unit:
        return UNIT;
      case Op.Gap:
      case Op.Match:
        return ANY;
      default:
    }
    const ids = new Set<number>();
    const stems: string[] = [];
    let num = false;
    let unit = false;
    if (walkSeen.length < op.length) {
      walkSeen = new Int32Array(Math.max(op.length, 2 * walkSeen.length));
      walkStamp = 0;
    }
    const seen = walkSeen;
    const stamp = ++walkStamp;
    let top = pushWalk(0, pc);
    while (top > 0) {
      const at = walkStack[--top]!;
      if (seen[at] === stamp) continue;
      seen[at] = stamp;
      const a = arg[at]!;
      switch (op[at] as Op) {
        case Op.Tok:
          ids.add(a);
          break;
        case Op.Set:
          for (const id of this.sets[a]!) ids.add(id);
          break;
        case Op.SetOpt:
          for (const id of this.sets[a]!) ids.add(id);
          top = pushWalk(top, at + 1);
          break;
        case Op.Stem:
          stems.push(this.stems[a]!);
          break;
        case Op.Num:
          num = true;
          break;
        case Op.Unit:
          unit = true;
          break;
        case Op.Alt:
        case Op.AltOpt: {
          const t = this.alts[a]!;
          if (op[at] === Op.AltOpt) top = pushWalk(top, t.next);
          for (let k = t.pcs.length - 1; k >= 0; k--) top = pushWalk(top, t.pcs[k]!);
          break;
        }
        case Op.Jmp:
          top = pushWalk(top, a);
          break;
        default:
          // A gap can skip any token; a reachable end means an empty path.
          return ANY;
      }
    }
    if (ids.size === 1 && stems.length === 0 && !num && !unit)
      return singleFilter(ids.values().next().value!);
    return { any: false, single: -1, ids, stems, num, unit };
  }

  /** Fills the program's instructions and filters. */
  finish(p: Program): void {
    this.emit(Op.Match);
    for (let i = 0; i < this.alts.length; i++) {
      const t = this.alts[i]!;
      for (let k = 0; k < t.pcs.length; k++) t.filters.push(this.filter(t.pcs[k]!));
      t.indexed = t.pcs.length < INDEXED_ALT;
    }
    p.op = new Int32Array(this.op);
    p.arg = new Int32Array(this.arg);
    p.sets = this.sets;
    p.stems = this.stems;
    p.alts = this.alts;
    p.first = this.filter(0);
    // A sequence that starts with one literal word already skips every start but that word's tokens:
    // the required-words check would cost more than it saves (see compileSeq).
    if (p.first.single >= 0) {
      p.required = EMPTY_REQUIRED;
    }
    p.built = true;
  }
}

const EMPTY_REQUIRED: Int32Array[] = [];

/** Alternatives with at least this many options get an index by first id (AltTable.byId). */
const INDEXED_ALT = 4;

/** AltTable.byId of these option filters, or null when an option may start with a non-word (stem, kind, any). */
export function byFirstId(filters: FirstFilter[]): Map<number, number[]> | null {
  const byId = new Map<number, number[]>();
  const add = (id: number, k: number): void => {
    const list = byId.get(id);
    if (list === undefined) byId.set(id, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  for (let k = 0; k < filters.length; k++) {
    const f = filters[k]!;
    if (f.any || f.num || f.unit || f.stems.length > 0) return null;
    if (f.single >= 0) add(f.single, k);
    else for (const id of f.ids) add(id, k);
  }
  return byId;
}

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
    seq,
    built: true,
    op,
    arg,
    sets: [],
    stems: [],
    alts: [],
    minLen: n,
    maxLen: n,
    first: singleFilter(single),
    required: EMPTY_REQUIRED,
    literal: true,
  };
}

const NO_OPS = new Int32Array(0);

/**
 * A sequence's program, its instructions not built yet (buildProgram). Required groups are read from the
 * sequence: a pattern that starts with a literal word has none (its first filter skips every other start);
 * the few others whose filter is one word get theirs dropped once built.
 */
export function compileSeq(seq: CSeq): Program {
  let literal = seq.length > 0;
  for (let k = 0; k < seq.length && literal; k++) literal = typeof seq[k] === 'number';
  if (literal) return literalProgram(seq);
  const required = typeof seq[0] === 'number' ? EMPTY_REQUIRED : requiredOf(seq);
  return {
    seq,
    built: false,
    op: NO_OPS,
    arg: NO_OPS,
    sets: [],
    stems: [],
    alts: [],
    minLen: minLength(seq),
    maxLen: maxLength(seq),
    first: ANY,
    required,
    literal: false,
  };
}

/** Builds the instructions and filters of a program made by compileSeq (once). */
export function buildProgram(p: Program): void {
  if (p.built) return;
  const b = new Builder();
  b.seq(p.seq);
  b.finish(p);
}

export function compileRule(rule: CRule): RuleProgram {
  const patterns = rule.patterns.map(compileSeq);
  let patternMaxLen = 0;
  for (const p of patterns) if (p.maxLen > patternMaxLen) patternMaxLen = p.maxLen;
  return {
    patterns,
    near: rule.near.map((g) => ({ parts: g.parts.map(compileSeq), within: g.within })),
    unless: rule.unless.length === 0 ? NO_PROGRAMS : null,
    unlessSeqs: rule.unless,
    patternMaxLen,
  };
}

const NO_PROGRAMS: Program[] = [];

/** The rule's exception programs (made once). */
export function unlessOf(rule: RuleProgram): Program[] {
  return (rule.unless ??= rule.unlessSeqs.map(compileSeq));
}

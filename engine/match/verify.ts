// Verifies one rule on one sentence with a small backtracking matcher: leftmost match, then longest.
// Called only when a rule's anchor was seen in the sentence, so its cost is paid on candidate sentences only.
// The rule runs as a compiled program (program.ts): an interpreter loop with recursion at branch points
// only, the matched words kept on one shared stack, and starts and options skipped when their first
// token cannot match.
import { TokenKind } from '../text/tokens.ts';
import type { CRule, ScanView } from './types.ts';
import {
  buildProgram,
  byFirstId,
  compileRule,
  LONG_GROUP,
  Op,
  type AltTable,
  type FirstFilter,
  type Program,
  type RuleProgram,
  unlessOf,
} from './program.ts';

export { priority, minLength } from './program.ts';

const K_NUMBER = TokenKind.Number;
const K_UNIT = TokenKind.Unit;
const OP_TOK = Op.Tok;
const OP_SET = Op.Set;
const OP_SETOPT = Op.SetOpt;
const OP_STEM = Op.Stem;
const OP_NUM = Op.Num;
const OP_UNIT = Op.Unit;
const OP_GAP = Op.Gap;
const OP_ALT = Op.Alt;
const OP_ALTOPT = Op.AltOpt;
const OP_JMP = Op.Jmp;
const LONG = LONG_GROUP;

// Semantics (shared with reference.ts): a match starts at the leftmost token where the sequence matches;
// from that start the first path in priority order wins: an optional part is tried present first, a gap
// ~N tries the fewest words first, alternatives are tried longest-first (by their required words, then as
// written). So "X ~4 (a|b)" ends at the nearest a or b, and a trailing "cure (for cancer)?" takes its
// optional words when they are there.

// The sentence and program being matched. Module state rather than parameters: the interpreter recurses
// at every branch point, and verification never nests.
let IDS: Int32Array = new Int32Array(0);
/** The view's keys once a stem has asked for them this verification (undefined before). */
let KEYS: readonly string[] | undefined = undefined;
let VIEW: ScanView | undefined = undefined;

/** The key of token p (the view's keys, asked for once per verification). */
function keyOf(p: number): string {
  KEYS ??= VIEW!.tokens.key;
  return KEYS[p]!;
}
let KINDS: readonly number[] = [];
let START = 0;
let END = 0;
let OPS: Int32Array = new Int32Array(0);
let ARGS: Int32Array = new Int32Array(0);
let SETS: Set<number>[] = [];
let STEMS: string[] = [];
let ALTS: AltTable[] = [];
let PRESENT: Int32Array | undefined;
let PSTAMP = 0;
/** Tokens matched by words on the current path: own[0..ownLen). */
const own: number[] = [];
let ownLen = 0;

function load(p: Program): void {
  if (!p.built) buildProgram(p);
  OPS = p.op;
  ARGS = p.arg;
  SETS = p.sets;
  STEMS = p.stems;
  ALTS = p.alts;
}

/** Whether the sentence holds a token of each of the program's required groups (true when unknown). */
function possible(p: Program): boolean {
  if (PRESENT === undefined) return true;
  const groups = p.required;
  for (let g = 0; g < groups.length; g++) {
    const ids = groups[g]!;
    if (ids.length > LONG && ids.length > END - START) {
      // A long group (a class of many words) and a shorter sentence: test its tokens against the group's
      // bit set instead. The same answer: PRESENT marks exactly the ids of the tokens [START, END).
      const b = bitsOf(ids);
      let j = START;
      for (; j < END; j++) {
        const x = IDS[j]!; // -1 (no rule's word) is past any bit set
        if (x >>> 5 < b.length && (b[x >>> 5]! & (1 << (x & 31))) !== 0) break;
      }
      if (j === END) return false;
      continue;
    }
    let k = 0;
    while (k < ids.length && PRESENT[ids[k]!] !== PSTAMP) k++;
    if (k === ids.length) return false;
  }
  return true;
}

/** A long group's ids (ascending) as a bit set, made on first use (a class's group is shared by its rules). */
const groupBits = new WeakMap<Int32Array, Int32Array>();
function bitsOf(ids: Int32Array): Int32Array {
  let b = groupBits.get(ids);
  if (b === undefined) {
    b = new Int32Array((ids[ids.length - 1]! >>> 5) + 1);
    for (let k = 0; k < ids.length; k++) b[ids[k]! >>> 5]! |= 1 << (ids[k]! & 31);
    groupBits.set(ids, b);
  }
  return b;
}

/** Whether a path whose first consumed token must pass `f` can start at token p. */
function passes(f: FirstFilter, p: number): boolean {
  if (f.any) return true;
  if (p >= END) return false;
  if (f.single >= 0) return IDS[p] === f.single;
  if (f.ids.has(IDS[p]!)) return true;
  const kd = KINDS[p];
  if ((f.num && kd === K_NUMBER) || (f.unit && kd === K_UNIT)) return true;
  for (let k = 0; k < f.stems.length; k++) if (keyOf(p).startsWith(f.stems[k]!)) return true;
  return false;
}

/** The alternative's first-id index, made on first use (null: an option may start with a non-word). */
function indexOf(t: AltTable): Map<number, number[]> | null {
  if (!t.indexed) {
    t.indexed = true;
    t.byId = byFirstId(t.filters);
  }
  return t.byId;
}

/** Runs the program from pc at token p; the end of the first successful path, or -1. */
function run(pc: number, p: number): number {
  for (;;) {
    const a = ARGS[pc]!;
    switch (OPS[pc]) {
      case OP_TOK:
        if (p >= END || IDS[p] !== a) return -1;
        break;
      case OP_SET:
        if (p >= END || !SETS[a]!.has(IDS[p]!)) return -1;
        break;
      case OP_SETOPT:
        if (p < END && SETS[a]!.has(IDS[p]!)) {
          const save = ownLen;
          own[ownLen++] = p;
          const r = run(pc + 1, p + 1);
          if (r >= 0) return r;
          ownLen = save;
        }
        pc++;
        continue;
      case OP_STEM:
        if (p >= END || !keyOf(p).startsWith(STEMS[a]!)) return -1;
        break;
      case OP_NUM:
        if (p >= END || KINDS[p] !== K_NUMBER) return -1;
        break;
      case OP_UNIT:
        if (p >= END || KINDS[p] !== K_UNIT) return -1;
        break;
      case OP_GAP: {
        const save = ownLen;
        // When a word, a class or an alternative of words follows, the skips after which it cannot start
        // are not tried (a pattern such as "X ~4 (a|b|c)" made five calls at each X, each testing every option).
        const next = OPS[pc + 1];
        const na = ARGS[pc + 1]!;
        const byId = next === OP_ALT ? indexOf(ALTS[na]!) : null;
        for (let d = 0; d <= a && p + d <= END; d++) {
          const q = p + d;
          if (
            next === OP_TOK
              ? q === END || IDS[q] !== na
              : next === OP_SET
                ? q === END || !SETS[na]!.has(IDS[q]!)
                : byId !== null && (q === END || !byId.has(IDS[q]!))
          )
            continue;
          const r = run(pc + 1, q);
          if (r >= 0) return r;
          ownLen = save;
        }
        return -1;
      }
      case OP_ALT:
      case OP_ALTOPT: {
        const t = ALTS[a]!;
        const save = ownLen;
        const byId = indexOf(t);
        if (byId !== null) {
          // Every option starts with a word: only those whose filter holds this token's id (in order).
          const ks = p < END ? byId.get(IDS[p]!) : undefined;
          if (ks !== undefined)
            for (let j = 0; j < ks.length; j++) {
              const r = run(t.pcs[ks[j]!]!, p);
              if (r >= 0) return r;
              ownLen = save;
            }
        } else
          for (let k = 0; k < t.pcs.length; k++) {
            if (!passes(t.filters[k]!, p)) continue;
            const r = run(t.pcs[k]!, p);
            if (r >= 0) return r;
            ownLen = save;
          }
        if (OPS[pc] === OP_ALT) return -1;
        pc = t.next;
        continue;
      }
      case OP_JMP:
        pc = a;
        continue;
      default:
        return p; // Match
    }
    // A word matched token p.
    own[ownLen++] = p;
    p++;
    pc++;
  }
}

export interface Span {
  first: number;
  /** Exclusive. */
  end: number;
  own: number[];
}

/** The match of a loaded program starting at s (end > s), or -1; its words are own[0..ownLen). */
function matchAt(s: number): number {
  ownLen = 0;
  const e = run(0, s);
  return e > s ? e : -1;
}

/** Leftmost match of a program starting in [from, END). */
function findSeq(p: Program, from: number): Span | null {
  if (p.literal) return findLiteral(p.arg, p.minLen, from);
  if (!possible(p)) return null;
  load(p);
  const last = Math.min(END - 1, END - p.minLen);
  const f = p.first;
  for (let s = from; s <= last; s++) {
    if (!passes(f, s)) continue; // most starts fail on the first word
    const e = matchAt(s);
    if (e > s) return { first: s, end: e, own: own.slice(0, ownLen) };
  }
  return null;
}

/**
 * findSeq for a phrase of literal words (ids in arg[0..n)): the leftmost start where every word follows.
 * What running its program gives (a Tok per word, no branch), without the interpreter.
 */
function findLiteral(arg: Int32Array, n: number, from: number): Span | null {
  const last = END - n;
  const a0 = arg[0]!;
  for (let s = from; s <= last; s++) {
    if (IDS[s] !== a0) continue;
    let k = 1;
    while (k < n && IDS[s + k] === arg[k]) k++;
    if (k < n) continue;
    const own: number[] = new Array<number>(n);
    for (let j = 0; j < n; j++) own[j] = s + j;
    return { first: s, end: s + n, own };
  }
  return null;
}

/** Every start with its match end, for near groups (at most 16). */
function occurrences(p: Program, start: number): [number, number, number[]][] {
  const out: [number, number, number[]][] = [];
  if (!possible(p)) return out;
  load(p);
  for (let s = start; s < END && out.length < 16; s++) {
    if (!passes(p.first, s)) continue;
    const e = matchAt(s);
    if (e > s) out.push([s, e, own.slice(0, ownLen)]);
  }
  return out;
}

/**
 * Near group: one occurrence of every part such that the window from the first to the last token holds at
 * most `within` tokens outside the parts. Best = leftmost first token, then the furthest end, then the
 * first combination in part order.
 */
function findNear(start: number, parts: Program[], within: number): Span | null {
  const occ: [number, number, number[]][][] = [];
  for (const p of parts) {
    const o = occurrences(p, start);
    if (o.length === 0) return null;
    occ.push(o);
  }
  const near: NearWalk = { occ, within, pick: [], best: null };
  walkNear(near, 0, Number.MAX_SAFE_INTEGER, -1, 0);
  return near.best;
}

// The near-group search's state, passed to a module function (no closure made per verification).
interface NearWalk {
  occ: [number, number, number[]][][];
  within: number;
  pick: number[][];
  best: Span | null;
}

function walkNear(w: NearWalk, k: number, lo: number, hi: number, size: number): void {
  if (k === w.occ.length) {
    if (hi - lo - size > w.within) return;
    const best = w.best;
    if (!best || lo < best.first || (lo === best.first && hi > best.end))
      w.best = { first: lo, end: hi, own: w.pick.flat() };
    return;
  }
  for (const [s, e, own] of w.occ[k]!) {
    w.pick.push(own);
    walkNear(w, k + 1, Math.min(lo, s), Math.max(hi, e), size + (e - s));
    w.pick.pop();
  }
}

/**
 * The compiled rule's finding in the sentence [start, end), or null (no match, or an `unless` pattern
 * matched). Across patterns and near groups: leftmost first, then the furthest end, then the order written.
 * `anchor` is the first token where one of the rule's anchors was seen: every match of a pattern holds one
 * of its anchors, so no pattern match starts before anchor - (its longest span) + 1.
 */
export function verifyProgram(
  v: ScanView,
  start: number,
  end: number,
  rule: RuleProgram,
  anchor = start,
): Span | null {
  IDS = v.ids;
  VIEW = v;
  KEYS = undefined;
  KINDS = v.kind;
  START = start;
  END = end;
  PRESENT = v.present;
  PSTAMP = v.stamp ?? 0;
  let best: Span | null = null;
  const from = Math.max(start, anchor - rule.patternMaxLen + 1);
  for (let k = 0; k < rule.patterns.length; k++) best = better(best, findSeq(rule.patterns[k]!, from));
  for (let k = 0; k < rule.near.length; k++) {
    const g = rule.near[k]!;
    best = better(best, findNear(start, g.parts, g.within));
  }
  if (!best) return null;
  const unless = rule.unless ?? unlessOf(rule);
  for (let k = 0; k < unless.length; k++) if (findSeq(unless[k]!, start)) return null;
  if (best.own.length > 1 && !strictlyAscending(best.own)) best.own = [...new Set(best.own)].sort(ascending);
  return best;
}

/** Already what the dedupe-and-sort would give (a phrase's words): no Set, no sort. */
function strictlyAscending(a: number[]): boolean {
  for (let k = 1; k < a.length; k++) if (a[k]! <= a[k - 1]!) return false;
  return true;
}

const ascending = (a: number, b: number): number => a - b;

/** Compiled programs by rule (for callers without their own table; the matcher keeps one per rule index). */
const programs = new WeakMap<CRule, RuleProgram>();

/** verifyProgram for a rule in its compiled-data form. */
export function verifyRule(
  v: ScanView,
  start: number,
  end: number,
  rule: CRule,
  anchor = start,
): Span | null {
  let p = programs.get(rule);
  if (!p) {
    p = compileRule(rule);
    programs.set(rule, p);
  }
  return verifyProgram(v, start, end, p, anchor);
}

/** Leftmost, then furthest end; the earlier one on a tie. */
function better(best: Span | null, m: Span | null): Span | null {
  if (!m) return best;
  if (!best || m.first < best.first || (m.first === best.first && m.end > best.end)) return m;
  return best;
}

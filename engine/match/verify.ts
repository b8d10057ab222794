// Verifies one rule on one sentence with a small backtracking matcher: leftmost match, then longest.
// Called only when a rule's anchor was seen in the sentence, so its cost is paid on candidate sentences only.
import { TokenKind } from '../text/tokens.ts';
import type { CNode, CRule, CSeq, ScanView } from './types.ts';

const K_NUMBER = TokenKind.Number;
const K_UNIT = TokenKind.Unit;

// Semantics (shared with reference.ts): a match starts at the leftmost token where the sequence matches;
// from that start the first path in priority order wins: an optional part is tried present first, a gap
// ~N tries the fewest words first, alternatives are tried longest-first (by their required words, then as
// written). So "X ~4 (a|b)" ends at the nearest a or b, and a trailing "cure (for cancer)?" takes its
// optional words when they are there.

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

/**
 * Matches `seq[k..]` at token p then calls `cont` on the end; returns the end of the first successful path
 * (or -1). Tokens matched by words are pushed on `own` (and popped again when the path fails).
 */
function first(
  v: ScanView,
  end: number,
  seq: CSeq,
  k: number,
  p: number,
  own: number[],
  cont: (q: number) => number,
): number {
  if (k === seq.length) return cont(p);
  const node: CNode = seq[k]!;
  let ok: boolean;
  if (typeof node === 'number') ok = p < end && v.ids[p] === node;
  else {
    switch (node[0]) {
      case 's':
        ok = p < end && v.key[p]!.startsWith(node[1]);
        break;
      case 'n':
        ok = p < end && v.kind[p] === K_NUMBER;
        break;
      case 'u':
        ok = p < end && v.kind[p] === K_UNIT;
        break;
      case 'g':
        for (let d = 0; d <= node[1] && p + d <= end; d++) {
          const r = first(v, end, seq, k + 1, p + d, own, cont);
          if (r >= 0) return r;
        }
        return -1;
      default: {
        const next = (q: number) => first(v, end, seq, k + 1, q, own, cont);
        for (const option of priority(node[2])) {
          const r = first(v, end, option, 0, p, own, next);
          if (r >= 0) return r;
        }
        return node[1] ? next(p) : -1;
      }
    }
  }
  if (!ok) return -1;
  own.push(p);
  const r = first(v, end, seq, k + 1, p + 1, own, cont);
  if (r < 0) own.pop();
  return r;
}

const done = (q: number) => q;

export interface Span {
  first: number;
  /** Exclusive. */
  end: number;
  own: number[];
}

/** The match of a sequence starting at s, or -1. */
export function matchAt(v: ScanView, end: number, seq: CSeq, s: number, own: number[]): number {
  const e = first(v, end, seq, 0, s, own, done);
  return e > s ? e : -1;
}

/** Leftmost match of a sequence in [start, end). */
export function findSeq(v: ScanView, start: number, end: number, seq: CSeq): Span | null {
  const head = seq[0];
  const ids = v.ids;
  for (let s = start; s < end; s++) {
    if (typeof head === 'number' && ids[s] !== head) continue; // most starts fail on the first word

    const own: number[] = [];
    const e = matchAt(v, end, seq, s, own);
    if (e > s) return { first: s, end: e, own };
  }
  return null;
}

/** Every start with its match end, for near groups (at most 16). */
function occurrences(v: ScanView, start: number, end: number, seq: CSeq): [number, number, number[]][] {
  const out: [number, number, number[]][] = [];
  for (let s = start; s < end && out.length < 16; s++) {
    const own: number[] = [];
    const e = matchAt(v, end, seq, s, own);
    if (e > s) out.push([s, e, own]);
  }
  return out;
}

/**
 * Near group: one occurrence of every part such that the window from the first to the last token holds at
 * most `within` tokens outside the parts. Best = leftmost first token, then the furthest end, then the
 * first combination in part order.
 */
export function findNear(
  v: ScanView,
  start: number,
  end: number,
  parts: CSeq[],
  within: number,
): Span | null {
  const occ = parts.map((p) => occurrences(v, start, end, p));
  if (occ.some((o) => o.length === 0)) return null;
  let best: Span | null = null;
  const pick: number[][] = [];
  const walk = (k: number, lo: number, hi: number, size: number) => {
    if (k === occ.length) {
      if (hi - lo - size > within) return;
      if (!best || lo < best.first || (lo === best.first && hi > best.end))
        best = { first: lo, end: hi, own: pick.flat() };
      return;
    }
    for (const [s, e, own] of occ[k]!) {
      pick.push(own);
      walk(k + 1, Math.min(lo, s), Math.max(hi, e), size + (e - s));
      pick.pop();
    }
  };
  walk(0, Number.MAX_SAFE_INTEGER, -1, 0);
  return best;
}

/**
 * The rule's finding in the sentence [start, end), or null (no match, or an `unless` pattern matched).
 * Across patterns and near groups: leftmost first, then the furthest end, then the order written.
 */
export function verifyRule(v: ScanView, start: number, end: number, rule: CRule): Span | null {
  let best: Span | null = null;
  for (let k = 0; k < rule.patterns.length; k++)
    best = better(best, findSeq(v, start, end, rule.patterns[k]!));
  for (let k = 0; k < rule.near.length; k++) {
    const g = rule.near[k]!;
    best = better(best, findNear(v, start, end, g.parts, g.within));
  }
  if (!best) return null;
  for (let k = 0; k < rule.unless.length; k++) if (findSeq(v, start, end, rule.unless[k]!)) return null;
  if (best.own.length > 1) best.own = [...new Set(best.own)].sort((a, b) => a - b);
  return best;
}

/** Leftmost, then furthest end; the earlier one on a tie. */
function better(best: Span | null, m: Span | null): Span | null {
  if (!m) return best;
  if (!best || m.first < best.first || (m.first === best.first && m.end > best.end)) return m;
  return best;
}

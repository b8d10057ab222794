// What a rule's sequence (CSeq) implies before it runs: its fewest and most tokens, the priority order of an
// alternative's options, and the word groups every match must hold. Read by program.ts once per sequence
// when a rule is compiled, and by reference.ts; loops and plain arrays (no spread, map or Set per node), as
// this runs on a rule's first verification, inside a page's first scan.
import type { CSeq } from './types.ts';

/** Options of an alternative in priority order (longest first), cached on the node array. */
const ordered = new WeakMap<CSeq[], CSeq[]>();
export function priority(options: CSeq[]): CSeq[] {
  let o = ordered.get(options);
  if (!o) {
    o = byPriority(options);
    ordered.set(options, o);
  }
  return o;
}

/**
 * priority() without the cache (the Builder reads each node array once): by fewest tokens, longest first,
 * ties as written. What a stable sort gives, by insertion (few options, most often already in order).
 */
export function byPriority(options: CSeq[]): CSeq[] {
  const n = options.length;
  const len = new Array<number>(n);
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    len[i] = minLength(options[i]!);
    if (i > 0 && len[i]! > len[i - 1]!) inOrder = false;
  }
  if (inOrder) return options;
  const out = options.slice();
  for (let i = 1; i < n; i++) {
    const o = out[i]!;
    const l = len[i]!;
    let j = i - 1;
    // Only strictly shorter options move after it: equal ones keep their written order.
    while (j >= 0 && len[j]! < l) {
      out[j + 1] = out[j]!;
      len[j + 1] = len[j]!;
      j--;
    }
    out[j + 1] = o;
    len[j + 1] = l;
  }
  return out;
}

/** Fewest tokens a sequence can match. */
export function minLength(seq: CSeq): number {
  let n = 0;
  for (let k = 0; k < seq.length; k++) {
    const node = seq[k]!;
    if (typeof node === 'number') n++;
    else {
      const t = node[0];
      if (t === 's' || t === 'n' || t === 'u') n++;
      else if (t === 'a' && !node[1]) {
        const options = node[2];
        let m = Infinity; // as Math.min() of no options
        for (let i = 0; i < options.length; i++) {
          const x = minLength(options[i]!);
          if (x < m) m = x;
        }
        n += m;
      }
    }
  }
  return n;
}

/** Most tokens a sequence can match (gaps at their widest). */
export function maxLength(seq: CSeq): number {
  let n = 0;
  for (let k = 0; k < seq.length; k++) {
    const node = seq[k]!;
    if (typeof node === 'number') n++;
    else {
      const t = node[0];
      if (t === 's' || t === 'n' || t === 'u') n++;
      else if (t === 'g') n += node[1];
      else {
        const options = node[2];
        let m = 0;
        for (let i = 0; i < options.length; i++) {
          const x = maxLength(options[i]!);
          if (x > m) m = x;
        }
        n += m;
      }
    }
  }
  return n;
}

/**
 * Required id groups of a sequence, appended to `out`: each mandatory literal (a number), and each mandatory
 * alternative whose every option requires one (altGroup).
 */
function requiredGroups(seq: CSeq, out: (number | Int32Array)[]): (number | Int32Array)[] {
  for (let k = 0; k < seq.length; k++) {
    const node = seq[k]!;
    if (typeof node === 'number') out.push(node);
    else if (node[0] === 'a' && !node[1]) {
      const group = altGroup(node[2]);
      if (group !== null) out.push(group);
    }
  }
  return out;
}

/**
 * An alternative's required group, or null: the distinct ids of the union of each option's first smallest
 * group, ascending. Cached on the options array: a snapshot's rules share the node of a class such as
 * {home-remedy} (snapshot-matcher.ts), so the union of its hundreds of words is made once a page, not once
 * per pattern using it (it was the largest part of compiling rule programs in a cold first scan).
 */
const altGroups = new WeakMap<CSeq[], Int32Array | null>();
function altGroup(options: CSeq[]): Int32Array | null {
  const cached = altGroups.get(options);
  if (cached !== undefined) return cached;
  const union: number[] = [];
  let group: Int32Array | null = null;
  let all = options.length > 0;
  for (let i = 0; i < options.length && all; i++) {
    const groups = requiredGroups(options[i]!, []);
    if (groups.length === 0) {
      all = false;
      break;
    }
    let smallest = groups[0]!;
    for (let g = 1; g < groups.length; g++) if (sizeOf(groups[g]!) < sizeOf(smallest)) smallest = groups[g]!;
    if (typeof smallest === 'number') union.push(smallest);
    else for (let j = 0; j < smallest.length; j++) union.push(smallest[j]!);
  }
  if (all && union.length > 0) group = sortedUnique(union);
  altGroups.set(options, group);
  return group;
}

function sizeOf(g: number | Int32Array): number {
  return typeof g === 'number' ? 1 : g.length;
}

const byLength = (a: Int32Array, b: Int32Array): number => a.length - b.length;

/** A group's distinct ids, ascending (a typed array's numeric sort: no comparator calls). */
function sortedUnique(g: number[]): Int32Array {
  const a = new Int32Array(g);
  if (a.length === 1) return a;
  a.sort();
  let n = 1;
  for (let k = 1; k < a.length; k++) if (a[k] !== a[n - 1]) a[n++] = a[k]!;
  return n === a.length ? a : a.slice(0, n);
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The few most selective groups (checking all of a long pattern's would cost more than it saves). */
export function requiredOf(seq: CSeq): Int32Array[] {
  const groups: Int32Array[] = [];
  for (const g of requiredGroups(seq, [])) {
    const ids = typeof g === 'number' ? Int32Array.of(g) : g;
    let dup = false;
    for (let k = 0; k < groups.length && !dup; k++) dup = sameIds(groups[k]!, ids);
    if (!dup) groups.push(ids);
  }
  groups.sort(byLength); // stable: the shortest first, in the order met
  if (groups.length > 4) groups.length = 4;
  return groups;
}

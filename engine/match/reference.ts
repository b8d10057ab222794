// Reference matcher for tests: every rule on every sentence, no index, and a different algorithm from
// verify.ts (a generator of every path in priority order instead of continuation backtracking, and
// string keys instead of vocabulary ids), so the two check each other.
import { TokenKind, type Tokens } from '../text/tokens.ts';
import type { MatcherData } from './compile.ts';
import { LANG_BIT, type CSeq } from './types.ts';
import { priority } from './verify.ts';

interface RefView {
  key: readonly string[];
  kind: readonly number[];
  vocab: readonly string[];
}

/** Every way `seq[k..]` can end from p, in priority order (the matcher takes the first). */
function* ends(v: RefView, end: number, seq: CSeq, k: number, p: number): Generator<number> {
  if (k === seq.length) {
    yield p;
    return;
  }
  const node = seq[k]!;
  if (typeof node === 'number') {
    if (p < end && v.key[p] === v.vocab[node]) yield* ends(v, end, seq, k + 1, p + 1);
  } else if (node[0] === 's') {
    if (p < end && v.key[p]!.startsWith(node[1])) yield* ends(v, end, seq, k + 1, p + 1);
  } else if (node[0] === 'n') {
    if (p < end && v.kind[p] === TokenKind.Number) yield* ends(v, end, seq, k + 1, p + 1);
  } else if (node[0] === 'u') {
    if (p < end && v.kind[p] === TokenKind.Unit) yield* ends(v, end, seq, k + 1, p + 1);
  } else if (node[0] === 'g') {
    for (let d = 0; d <= node[1] && p + d <= end; d++) yield* ends(v, end, seq, k + 1, p + d);
  } else {
    for (const option of priority(node[2]))
      for (const q of ends(v, end, option, 0, p)) yield* ends(v, end, seq, k + 1, q);
    if (node[1]) yield* ends(v, end, seq, k + 1, p);
  }
}

function longestAt(v: RefView, end: number, seq: CSeq, s: number): number {
  for (const q of ends(v, end, seq, 0, s)) return q > s ? q : -1;
  return -1;
}

export interface RefHit {
  ruleIndex: number;
  sentence: number;
  firstToken: number;
  lastToken: number;
}

/** Findings of every rule on every sentence, same semantics as Matcher.scan (without own tokens). */
export function referenceScan(data: MatcherData, tokens: Tokens, langMask = 3): RefHit[] {
  const v: RefView = { key: tokens.key, kind: tokens.kind, vocab: data.vocab };
  const hits: RefHit[] = [];
  tokens.sentences.forEach((sent, si) => {
    const S = sent.firstToken;
    const E = sent.endToken;
    data.rules.forEach((rule, ri) => {
      if ((LANG_BIT[rule.lang] & langMask) === 0) return;
      let first = -1;
      let last = -1;
      const offer = (f: number, l: number) => {
        if (first < 0 || f < first || (f === first && l > last)) [first, last] = [f, l];
      };
      for (const seq of rule.patterns)
        for (let s = S; s < E; s++) {
          const e = longestAt(v, E, seq, s);
          if (e > 0) {
            offer(s, e - 1);
            break;
          }
        }
      for (const g of rule.near) {
        const occ = g.parts.map((p) => {
          const list: [number, number][] = [];
          for (let s = S; s < E && list.length < 16; s++) {
            const e = longestAt(v, E, p, s);
            if (e > 0) list.push([s, e]);
          }
          return list;
        });
        // Every combination of one occurrence per part.
        let combos: [number, number, number][] = [[Infinity, -1, 0]];
        for (const list of occ)
          combos = combos.flatMap(([lo, hi, size]) =>
            list.map(([s, e]): [number, number, number] => [Math.min(lo, s), Math.max(hi, e), size + e - s]),
          );
        for (const [lo, hi, size] of combos) if (hi - lo - size <= g.within) offer(lo, hi - 1);
      }
      if (first < 0) return;
      for (const seq of rule.unless) for (let s = S; s < E; s++) if (longestAt(v, E, seq, s) > 0) return;
      hits.push({ ruleIndex: ri, sentence: si, firstToken: first, lastToken: last });
    });
  });
  hits.sort((x, y) => x.firstToken - y.firstToken || x.ruleIndex - y.ruleIndex);
  return hits;
}

// The matcher's compiled rules in a snapshot. As JSON objects ({patterns, lang} per rule) they cost ~10,000
// parsed objects plus a property added to each while loading; stored by column they parse as plain arrays
// and a loop builds every rule in its final shape at once (~2x faster at 10,000 rules):
//   patterns   each rule's pattern list
//   langs      one character per rule, its language's position in LANGS
//   extra      [rule, near, unless] for the few rules with near groups or exceptions
import type { Lang } from './types.ts';
import type { MatcherData } from './match/compile.ts';
import { LANG_BIT, type CNear, type CRule, type CSeq } from './match/types.ts';

const LANGS = Object.keys(LANG_BIT) as Lang[];

export interface PackedMatcher extends Omit<MatcherData, 'rules'> {
  patterns: CSeq[][];
  langs: string;
  extra: [number, CNear[], CSeq[]][];
}

/** Shared empty lists for the rules without near groups or exceptions (compiled rules are never changed). */
const NONE_NEAR: CNear[] = [];
const NONE_SEQ: CSeq[] = [];

export function packMatcher(data: MatcherData): PackedMatcher {
  const { rules, ...rest } = data;
  let langs = '';
  const extra: [number, CNear[], CSeq[]][] = [];
  rules.forEach((r, i) => {
    const at = LANGS.indexOf(r.lang);
    if (at < 0) throw new Error(`rule ${i}: unknown language ${String(r.lang)}`);
    langs += String(at);
    if (r.near.length || r.unless.length) extra.push([i, r.near, r.unless]);
  });
  return { ...rest, patterns: rules.map((r) => r.patterns), langs, extra };
}

/** The matcher data of a parsed snapshot, or undefined when its shape is wrong. */
export function unpackMatcher(x: unknown): MatcherData | undefined {
  const p = x as PackedMatcher | undefined;
  if (!p || typeof p !== 'object' || !Array.isArray(p.vocab) || !Array.isArray(p.patterns)) return undefined;
  const { patterns, langs, extra, ...rest } = p;
  const n = patterns.length;
  if (typeof langs !== 'string' || langs.length !== n || !Array.isArray(extra)) return undefined;
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
  return { ...rest, rules };
}

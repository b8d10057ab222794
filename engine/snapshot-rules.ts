// Rule metadata in a snapshot: what a finding shows about its rule (titles, messages, citations...). Loading
// must not pay for 10,000 rules' metadata when a page fires a few dozen, so a snapshot keeps it packed:
//   shared   values that several rules carry (pack ids, categories, messages, citation lists...), once each
//   text     every rule's record, concatenated: a JSON array [id, packId, category, severity, lang, title,
//            message, sources, reviewed, safety?, ignoreContext?] where a number stands for shared[number]
//            (no metadata field is a number of its own) and null for an absent optional field
//   ends     where each record ends in `text`
// Loading parses one string and a list of integers; a rule's record is sliced and parsed on first use.
import type { RuleMeta } from './match/packs.ts';

/** Rule metadata by rule index. */
export interface RuleTable {
  readonly length: number;
  get(index: number): RuleMeta;
}

export interface PackedRules {
  shared: unknown[];
  text: string;
  /** Where each record ends in `text` (it starts where the previous one ends). */
  ends: number[];
}

/** Rules compiled in this process: already objects. */
export class RuleArray implements RuleTable {
  constructor(private readonly rules: readonly RuleMeta[]) {}
  get length(): number {
    return this.rules.length;
  }
  get(index: number): RuleMeta {
    return this.rules[index]!;
  }
}

/** Rules from a snapshot: each record decoded on its first get() and kept. */
export class PackedRuleTable implements RuleTable {
  private readonly decoded: (RuleMeta | undefined)[];
  constructor(private readonly packed: PackedRules) {
    this.decoded = new Array<RuleMeta | undefined>(packed.ends.length);
  }

  get length(): number {
    return this.packed.ends.length;
  }

  get(index: number): RuleMeta {
    let meta = this.decoded[index];
    if (meta === undefined) {
      meta = this.decode(index);
      this.decoded[index] = meta;
    }
    return meta;
  }

  private decode(index: number): RuleMeta {
    const { ends, text, shared: S } = this.packed;
    if (!(index >= 0 && index < ends.length)) throw new RangeError(`no rule ${index}`);
    const r = JSON.parse(text.slice(index > 0 ? ends[index - 1] : 0, ends[index])) as unknown[];
    // Same key order as compilePacks builds. Written out, no helper call or closure per field: decoding runs
    // cold, ~1,500 times on a first page at 10,000 rules, where each call costs.
    let x: unknown;
    const meta = {
      id: typeof (x = r[0]) === 'number' ? S[x] : x,
      packId: typeof (x = r[1]) === 'number' ? S[x] : x,
      category: typeof (x = r[2]) === 'number' ? S[x] : x,
      severity: typeof (x = r[3]) === 'number' ? S[x] : x,
      lang: typeof (x = r[4]) === 'number' ? S[x] : x,
      title: typeof (x = r[5]) === 'number' ? S[x] : x,
      message: typeof (x = r[6]) === 'number' ? S[x] : x,
    } as RuleMeta;
    if (r.length > 9) {
      if ((x = r[9]) != null) meta.safety = (typeof x === 'number' ? S[x] : x) as RuleMeta['safety'];
    }
    meta.sources = (typeof (x = r[7]) === 'number' ? S[x] : x) as RuleMeta['sources'];
    if (r.length > 10)
      meta.ignoreContext = (typeof (x = r[10]) === 'number' ? S[x] : x) as RuleMeta['ignoreContext'];
    meta.reviewed = r[8] as boolean;
    return meta;
  }
}

function fields(r: RuleMeta): unknown[] {
  const out: unknown[] = [
    r.id,
    r.packId,
    r.category,
    r.severity,
    r.lang,
    r.title,
    r.message,
    r.sources,
    r.reviewed,
  ];
  if (r.safety !== undefined || r.ignoreContext !== undefined) out.push(r.safety ?? null);
  if (r.ignoreContext !== undefined) out.push(r.ignoreContext);
  return out;
}

/** Packs rule metadata for writeSnapshot: values used by two rules or more go to `shared`. */
export function packRules(rules: RuleTable): PackedRules {
  const all: unknown[][] = [];
  const json: string[][] = [];
  const count = new Map<string, number>();
  for (let i = 0; i < rules.length; i++) {
    const f = fields(rules.get(i));
    const j = f.map((x) => JSON.stringify(x));
    all.push(f);
    json.push(j);
    for (const s of j) count.set(s, (count.get(s) ?? 0) + 1);
  }
  const shared: unknown[] = [];
  const index = new Map<string, number>();
  const records: string[] = [];
  const ends: number[] = [];
  let end = 0;
  for (let i = 0; i < all.length; i++) {
    const parts = json[i]!.map((s, k) => {
      // Strings, objects and lists that repeat are written once; booleans and null stay inline.
      if (s.length < 4 || !'"{['.includes(s[0]!) || (count.get(s) ?? 0) < 2) return s;
      let at = index.get(s);
      if (at === undefined) {
        at = shared.length;
        shared.push(all[i]![k]);
        index.set(s, at);
      }
      return String(at);
    });
    const rec = `[${parts.join(',')}]`;
    records.push(rec);
    ends.push((end += rec.length));
  }
  return { shared, text: records.join(''), ends };
}

/** The packed rules of a parsed snapshot, or undefined when their shape is wrong. */
export function readPackedRules(x: unknown): PackedRules | undefined {
  const p = x as PackedRules | undefined;
  if (!p || typeof p !== 'object' || typeof p.text !== 'string') return undefined;
  if (!Array.isArray(p.shared) || !Array.isArray(p.ends)) return undefined;
  const n = p.ends.length;
  // The last record ends where the text does (a record cut elsewhere fails to parse when it is first used).
  return (n === 0 ? p.text.length === 0 : p.ends[n - 1] === p.text.length) ? p : undefined;
}

// Rule metadata in a snapshot: what a finding shows about its rule (titles, messages, citations...). Loading
// must not pay for 10,000 rules' metadata when a page fires a few dozen, so a snapshot keeps it packed:
//   shared   values that several rules carry (pack ids, categories, messages, citation lists...), once each
//   text     every rule's record, concatenated: a JSON array [id, packId, category, severity, lang, title,
//            message, sources, reviewed, safety?, ignoreContext?] where a number stands for shared[number]
//            (no metadata field is a number of its own) and null for an absent optional field
//   lengths  each record's length in `text`
// Loading parses one string and a list of small integers; a rule's record is sliced and parsed on first use.
import type { RuleMeta } from './match/packs.ts';

/** Rule metadata by rule index. */
export interface RuleTable {
  readonly length: number;
  get(index: number): RuleMeta;
}

export interface PackedRules {
  shared: unknown[];
  text: string;
  lengths: number[];
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
  /** Start of each record in `text`, computed on the first get(). */
  private starts: Int32Array | undefined;

  constructor(private readonly packed: PackedRules) {
    this.decoded = new Array<RuleMeta | undefined>(packed.lengths.length);
  }

  get length(): number {
    return this.packed.lengths.length;
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
    const { lengths, text, shared } = this.packed;
    if (index < 0 || index >= lengths.length) throw new RangeError(`no rule ${index}`);
    let starts = this.starts;
    if (starts === undefined) {
      starts = new Int32Array(lengths.length);
      for (let i = 1; i < lengths.length; i++) starts[i] = starts[i - 1]! + lengths[i - 1]!;
      this.starts = starts;
    }
    const at = starts[index]!;
    const rec = JSON.parse(text.slice(at, at + lengths[index]!)) as unknown[];
    const v = (k: number): unknown => {
      const x = rec[k];
      return typeof x === 'number' ? shared[x] : x;
    };
    // Same key order as compilePacks builds (findings copy fields one by one, but keep them alike).
    const meta = {
      id: v(0),
      packId: v(1),
      category: v(2),
      severity: v(3),
      lang: v(4),
      title: v(5),
      message: v(6),
    } as RuleMeta;
    const safety = v(9);
    if (safety != null) meta.safety = safety as RuleMeta['safety'];
    meta.sources = v(7) as RuleMeta['sources'];
    const ignore = v(10);
    if (ignore != null) meta.ignoreContext = ignore as RuleMeta['ignoreContext'];
    meta.reviewed = v(8) as boolean;
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
  const lengths: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const parts = json[i]!.map((s, k) => {
      // Booleans and null stay inline (as short as an index); a value that repeats is written once.
      if (s.length < 4 || s === 'false' || (count.get(s) ?? 0) < 2) return s;
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
    lengths.push(rec.length);
  }
  return { shared, text: records.join(''), lengths };
}

/** The packed rules of a parsed snapshot, or undefined when their shape is wrong. */
export function readPackedRules(x: unknown): PackedRules | undefined {
  const p = x as PackedRules | undefined;
  if (!p || typeof p !== 'object' || typeof p.text !== 'string') return undefined;
  if (!Array.isArray(p.shared) || !Array.isArray(p.lengths)) return undefined;
  let total = 0;
  for (const n of p.lengths) total += n;
  return total === p.text.length ? p : undefined;
}

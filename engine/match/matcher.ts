// Runtime matcher: vocabulary lookup per token, then anchor probes (single ids in a CSR table, adjacent id
// pairs in an open-addressing hash, stems by prefix at the registered lengths, number/unit kinds). A probe
// hit verifies that rule on that sentence once (verify.ts).
import { keyAt, TokenKind, type Tokens } from '../text/tokens.ts';
import { ruleCountOf, type MatcherData } from './data.ts';
import { LANG_BIT, type CRule, type MatchHit, type ScanView } from './types.ts';
import { verifyProgram as verifyProgramImported } from './verify.ts';
import { compileRule, type RuleProgram } from './program.ts';
import { PAGE_WORDS, wordCount, wordKey } from '../text/words.ts';

// Module constants rather than imported bindings in the scan loop (a transpiler may make those getters).
const verifyProgram = verifyProgramImported;
const K_NUMBER = TokenKind.Number;
const K_UNIT = TokenKind.Unit;
// Rule languages as the character codes of their position in LANG_BIT's keys ('0' English, '1' French; a
// snapshot's `langs`), and the LANG_BIT of each code (0 for any other byte).
const LANG_KEYS = Object.keys(LANG_BIT);
const LANG_OF_CODE = new Uint8Array(256);
LANG_KEYS.forEach((k, i) => (LANG_OF_CODE[48 + i] = LANG_BIT[k as keyof typeof LANG_BIT]));
const CODE_EN = 48 + LANG_KEYS.indexOf('en');
const CODE_FR = 48 + LANG_KEYS.indexOf('fr');
// Matcher.anchors bits.
const SINGLE = 1;
const PAIR_FIRST = 2;

// f itself: a closure passed through a call takes no name from its binding, so tsx adds no __name call
// (a defineProperty on each new closure, which also slowed the calls: 10k-rule bench page -0.5 ms).
const unnamed = <F>(f: F): F => f;
// A module function, not a comparator made per scan.
const byPosition = (x: MatchHit, y: MatchHit): number =>
  x.firstToken - y.firstToken || x.ruleIndex - y.ruleIndex;
// Two hashes of an id pair (a, b), written out where they are used (no call per probe):
//   hashPair   Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b), low bits: the table slot
//   bloomHash  Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b), top bits: the pair filter's bit (well
//              spread, unlike hashPair's low bits)

/** Pair rows [a, b, rule, rule, ...] as one flat list: a, b, the number of rules, the rules. */
function flatRows(pairs: readonly number[][]): Int32Array {
  let len = 0;
  for (const row of pairs) len += row.length + 1;
  const flat = new Int32Array(len);
  let at = 0;
  for (const row of pairs) {
    flat[at] = row[0]!;
    flat[at + 1] = row[1]!;
    flat[at + 2] = row.length - 2;
    for (let k = 2; k < row.length; k++) flat[at + 1 + k] = row[k]!;
    at += row.length + 1;
  }
  return flat;
}

export class Matcher {
  private readonly vocab = new Map<string, number>();
  private readonly singleOffsets: Int32Array;
  private readonly singleRules: Int32Array;
  /**
   * Per vocabulary id: SINGLE when some rule is anchored on the word alone, PAIR_FIRST when some pair starts
   * with it. One read tells most tokens there is nothing to probe (a big pack's rules are mostly anchored on
   * pairs: without it, each token read its empty range of single rules).
   */
  private readonly anchors: Uint8Array;
  private readonly pairMask: number;
  /**
   * Four Int32 per slot, [a, b, from, to]: the pair's ids (a = -1 for an empty slot) and its rules,
   * pairRules[from .. to). A probe that finds its pair reads its rules' range from the same cache line.
   */
  private readonly pairSlots: Int32Array;
  private readonly pairRules: Int32Array;
  /**
   * One bit per hashed pair, 16 bits per registered pair: a big pack's pair table (hundreds of KB) misses
   * the cache on nearly every probe, and nearly every probe is of a pair no rule has. This small filter
   * answers most of those without touching the table (a set bit still probes it: same results).
   */
  private readonly pairBloom: Uint32Array;
  private readonly bloomShift: number;
  /**
   * The vocabulary size when the filter is exact instead (bit a * V + b for the pair a, b): when that bitmap is
   * no bigger than ~32 KB or twice the hashed filter, it costs no more cache and sends no pair without rules to
   * the table (the hashed one lets ~6% through); 0 for the hashed filter.
   */
  private readonly pairDense: number;
  private readonly stemLengths: number[];
  private readonly stems = new Map<string, number[]>();
  private readonly numberRules: number[];
  private readonly unitRules: number[];
  private readonly always: number[];
  /** Per rule: its language's code (LANG_OF_CODE). */
  private readonly ruleLang: Uint8Array;
  /** Per rule: the sentence stamp it was last verified on (one verification per rule per sentence). */
  private readonly seen: Int32Array;
  /** Per vocabulary id: the sentence stamp it was last seen in (filled when a sentence first verifies a rule). */
  private readonly present: Int32Array;
  private stamp = 0;
  /** Each rule's program, compiled on its first verification (most rules of a big pack never get one). */
  private readonly programs: (RuleProgram | undefined)[];

  constructor(readonly data: MatcherData) {
    // Plain loops over locals: the constructor runs once per content script, mostly before the JIT has
    // compiled it, where every property read and callback costs.
    const vocabList = data.vocab;
    const V = vocabList.length;
    const vocab = this.vocab;
    for (let i = 0; i < V; i++) vocab.set(vocabList[i]!, i);
    // Singles: CSR by id.
    const single = data.single;
    const singleOffsets = new Int32Array(V + 1);
    for (let r = 0; r < single.length; r++) singleOffsets[single[r]![0]! + 1] = single[r]!.length - 1;
    for (let i = 0; i < V; i++) singleOffsets[i + 1]! += singleOffsets[i]!;
    const singleRules = new Int32Array(singleOffsets[V]!);
    for (let r = 0; r < single.length; r++) {
      const row = single[r]!;
      for (let k = 1, at = singleOffsets[row[0]!]!; k < row.length; k++) singleRules[at++] = row[k]!;
    }
    this.singleOffsets = singleOffsets;
    this.singleRules = singleRules;
    // Pairs: open addressing, load <= 0.5. Read from one flat list of rows (a, b, count, rules...): a
    // snapshot's own (LazyRules.pairRows), or one made here from data.pairs.
    const rowsFlat = data.lazy !== undefined ? data.lazy.pairRows : flatRows(data.pairs);
    let P = data.lazy !== undefined ? data.lazy.pairCount : 0;
    if (data.lazy === undefined) for (let at = 0; at < rowsFlat.length; at += 3 + rowsFlat[at + 2]!) P++;
    let size = 16;
    while (size < P * 2) size *= 2;
    const mask = size - 1;
    // Each slot's rule range is filled in the one loop over the rows (no loop over the slots, which
    // outnumber the rows 2 to 4 times and run interpreted in a content script's constructor).
    const pairSlots = new Int32Array(4 * size).fill(-1);
    const anchors = new Uint8Array(V);
    for (let i = 0; i < V; i++) if (singleOffsets[i + 1]! > singleOffsets[i]!) anchors[i] = SINGLE;
    let bloomBits = 5;
    while (1 << bloomBits < P * 16) bloomBits++;
    const dense = V * V <= Math.max(1 << 18, 2 << bloomBits) ? V : 0;
    const bloomShift = 32 - bloomBits;
    const pairBloom = new Uint32Array(dense !== 0 ? ((V * V) >>> 5) + 1 : 1 << (bloomBits - 5));
    // A slot's rules are read in place in the rows (no copy of every rule into a table of their own).
    for (let at = 0; at < rowsFlat.length;) {
      const a = rowsFlat[at]!;
      const b = rowsFlat[at + 1]!;
      const end = at + 3 + rowsFlat[at + 2]!;
      let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask; // hashPair
      while (pairSlots[4 * h] !== -1) h = (h + 1) & mask;
      pairSlots[4 * h] = a;
      pairSlots[4 * h + 1] = b;
      pairSlots[4 * h + 2] = at + 3;
      pairSlots[4 * h + 3] = end;
      anchors[a]! |= PAIR_FIRST;
      const x =
        dense !== 0 ? a * dense + b : Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> bloomShift; // bloomHash
      pairBloom[x >>> 5]! |= 1 << (x & 31);
      at = end;
    }
    this.pairMask = mask;
    this.pairSlots = pairSlots;
    this.anchors = anchors;
    this.pairRules = rowsFlat;
    this.bloomShift = bloomShift;
    this.pairBloom = pairBloom;
    this.pairDense = dense;
    const lengths = new Set<number>();
    for (const [p, ...rules] of data.stems) {
      this.stems.set(p, rules);
      lengths.add(p.length);
    }
    this.stemLengths = [...lengths].sort((a, b) => a - b);
    this.numberRules = data.number;
    this.unitRules = data.unit;
    this.always = data.always;
    const count = ruleCountOf(data);
    const lazy = data.lazy;
    let ruleLang = new Uint8Array(count);
    if (lazy !== undefined) {
      // A snapshot's languages by position in LANG_BIT's keys (snapshot-matcher.ts), its rules not built: the
      // characters ('0', '1' ...) as bytes in native code, LANG_OF_CODE turning them into bits where a rule is
      // checked (a loop over 10,000 rules here ran interpreted in every content script).
      const codes = new TextEncoder().encode(lazy.langs);
      if (codes.length === count) ruleLang = codes;
      else
        for (let r = 0; r < count; r++) {
          const c = lazy.langs.charCodeAt(r);
          ruleLang[r] = c < 256 ? c : 0;
        }
    } else {
      const rules = data.rules;
      for (let r = 0; r < count; r++) {
        const lang = rules[r]!.lang;
        // LANG_BIT by comparison: no keyed lookup per rule.
        ruleLang[r] = lang === 'en' ? CODE_EN : lang === 'fr' ? CODE_FR : 48 + LANG_KEYS.indexOf(lang);
      }
    }
    this.ruleLang = ruleLang;
    this.seen = new Int32Array(count).fill(-1);
    this.present = new Int32Array(V).fill(-1);
    this.programs = new Array<RuleProgram | undefined>(count);
    if (lazy !== undefined) {
      // The snapshot's phrase table is this one's start (its phrase rules need no literal() call).
      this.litOff = lazy.litAt.slice();
      this.litPool = lazy.litPool.length > 0 ? lazy.litPool.slice() : new Int32Array(1024);
      this.litLen = lazy.litPool.length;
    } else this.litOff = new Int32Array(count).fill(-2);
  }

  /** Rule r's compiled form (a snapshot's is built on first ask). */
  private rule(r: number): CRule {
    const lazy = this.data.lazy;
    return lazy !== undefined ? lazy.get(r) : this.data.rules[r]!;
  }

  /**
   * Rules that are one phrase of literal words (no near group, no exception): offset of [length, ids...]
   * in litPool, -1 for other rules, -2 before the rule's first verification. A big pack is mostly such
   * rules, and this flat table keeps their verification off the per-rule program objects.
   */
  private readonly litOff: Int32Array;
  private litPool = new Int32Array(1024);
  private litLen = 0;

  private literal(rule: number): number {
    const r = this.rule(rule);
    const seq = r.patterns.length === 1 && r.near.length === 0 && r.unless.length === 0 ? r.patterns[0]! : [];
    let ok = seq.length > 0;
    for (let k = 0; k < seq.length && ok; k++) ok = typeof seq[k] === 'number';
    if (!ok) {
      this.litOff[rule] = -1;
      return -1;
    }
    if (this.litLen + seq.length + 1 > this.litPool.length) {
      const next = new Int32Array(Math.max(2 * this.litPool.length, this.litLen + seq.length + 1));
      next.set(this.litPool);
      this.litPool = next;
    }
    const off = this.litLen;
    this.litPool[off] = seq.length;
    for (let k = 0; k < seq.length; k++) this.litPool[off + 1 + k] = seq[k] as number;
    this.litLen += seq.length + 1;
    this.litOff[rule] = off;
    return off;
  }

  private program(rule: number): RuleProgram {
    let p = this.programs[rule];
    if (p === undefined) {
      p = compileRule(this.rule(rule));
      this.programs[rule] = p;
    }
    return p;
  }

  /** Vocabulary ids of the tokens (-1 for words no rule uses). */
  idsOf(tokens: Tokens): Int32Array {
    return this.fillIds(tokens, new Int32Array(tokens.count));
  }

  /** scan()'s ids array, reused from post to post (entries past the token count are never read). */
  private idsBuf = new Int32Array(256);

  /**
   * Vocabulary id by word id (text/words.ts), -2 = not looked up yet: each distinct word is looked up in
   * the vocabulary Map once, then every token of it is an array read.
   */
  private byWord: Int32Array = new Int32Array(0);

  /** ids[from..to) from the tokens' words (the whole text by default). */
  private fillIds(tokens: Tokens, ids: Int32Array, from = 0, to = tokens.count): Int32Array {
    const { vocab } = this;
    const words = tokens.word;
    const n = to;
    if (words === undefined) {
      const keys = tokens.key;
      for (let i = from; i < n; i++) ids[i] = vocab.get(keys[i]!) ?? -1;
      return ids;
    }
    // Room for every word id made so far, before the loop: a call first met inside the optimised loop
    // deopts it (and scan, which inlines this).
    let byWord: Int32Array = this.byWord;
    if (byWord.length < wordCount()) byWord = this.growByWord(wordCount() - 1);
    for (let i = from; i < n; i++) {
      const w = words[i]!;
      if (w < 0) {
        ids[i] = vocab.get(keyAt(tokens, i)!) ?? -1;
        continue;
      }
      if (w >= byWord.length) byWord = this.growByWord(w);
      let id = byWord[w]!;
      if (id === -2) {
        id = vocab.get(wordKey(w)) ?? -1;
        byWord[w] = id;
      }
      ids[i] = id;
    }
    return ids;
  }

  private growByWord(w: number): Int32Array {
    const next = new Int32Array(Math.max(PAGE_WORDS, 2 * this.byWord.length, w + 1)).fill(-2);
    next.set(this.byWord);
    this.byWord = next;
    return next;
  }

  /**
   * All findings (one per rule per sentence) of the rules whose language bit is in `langMask`, in sentences
   * [fromSentence, toSentence) (all by default: no match crosses a sentence end, so the hits of consecutive
   * ranges, put together, are the hits of the whole text).
   */
  scan(tokens: Tokens, langMask = 3, fromSentence = 0, toSentence = -1): MatchHit[] {
    const hits: MatchHit[] = [];
    const n = tokens.count;
    if (n === 0) return hits;
    const { sentences, kind } = tokens;
    const sEnd = toSentence < 0 ? sentences.length : Math.min(toSentence, sentences.length);
    if (fromSentence >= sEnd) return hits;
    if (this.idsBuf.length < n) this.idsBuf = new Int32Array(Math.max(n, 2 * this.idsBuf.length));
    // Only the range's words (the scan reads no token outside its sentences): a long text read in steps
    // fills each token once.
    const ids = this.fillIds(
      tokens,
      this.idsBuf,
      sentences[fromSentence]!.firstToken,
      sentences[sEnd - 1]!.endToken,
    );
    const present = this.present;
    // The keys are read only by stem patterns (verify.ts): built from the word ids when first needed.
    const view: ScanView = { ids, tokens, kind: tokens.kind, present, stamp: 0 };
    const { singleOffsets, singleRules, anchors, pairSlots, pairRules, pairMask, seen } = this;
    const always = this.always;
    const { pairBloom, bloomShift, pairDense } = this;
    if (this.stamp > 0x3fffffff) {
      this.seen.fill(-1);
      this.present.fill(-1);
      this.stamp = 0;
    }
    let stamp = this.stamp;
    // `at` is the token where the rule's first anchor in the sentence was seen (see verifyProgram). A
    // parameter, not the loop's variable: a variable the closure shares would live in a heap context.
    const check = unnamed((rule: number, s: number, at: number) => {
      if (seen[rule] === stamp || (LANG_OF_CODE[this.ruleLang[rule]!]! & langMask) === 0) return;
      seen[rule] = stamp;
      const sent = sentences[s]!;
      let off = this.litOff[rule]!;
      if (off === -2) off = this.literal(rule);
      if (off >= 0) {
        // A phrase of literal words: what verifyProgram finds (the leftmost start from the anchor's reach
        // where every word follows), read from the flat phrase table (no per-rule objects to fetch).
        const lit = this.litPool;
        const len = lit[off]!;
        const a0 = lit[off + 1]!;
        const last = sent.endToken - len;
        for (let p = Math.max(sent.firstToken, at - len + 1); p <= last; p++) {
          if (ids[p] !== a0) continue;
          let k = 1;
          while (k < len && ids[p + k] === lit[off + 1 + k]) k++;
          if (k < len) continue;
          const own = new Array<number>(len);
          for (let j = 0; j < len; j++) own[j] = p + j;
          hits.push({ ruleIndex: rule, sentence: s, firstToken: p, lastToken: p + len - 1, ownTokens: own });
          return;
        }
        return;
      }
      if (view.stamp !== stamp) {
        // First verification in this sentence: mark the words it holds.
        for (let j = sent.firstToken; j < sent.endToken; j++) if (ids[j]! >= 0) present[ids[j]!] = stamp;
        view.stamp = stamp;
      }
      const m = verifyProgram(view, sent.firstToken, sent.endToken, this.program(rule), at);
      if (m)
        hits.push({
          ruleIndex: rule,
          sentence: s,
          firstToken: m.first,
          lastToken: m.end - 1,
          ownTokens: m.own,
        });
    });
    const stemLengths = this.stemLengths;
    const hasStems = stemLengths.length > 0;
    // Token kinds are read only when some rule is anchored on a number or a unit.
    const byKind = this.numberRules.length > 0 || this.unitRules.length > 0;
    // Sentence by sentence (they cover the tokens in order): no per-token sentence index to read.
    for (let s = fromSentence; s < sEnd; s++) {
      const sentEnd = sentences[s]!.endToken;
      let i = sentences[s]!.firstToken;
      if (i >= sentEnd) continue;
      stamp = ++this.stamp;
      for (let k = 0; k < always.length; k++) check(always[k]!, s, i);
      for (; i < sentEnd; i++) {
        const id = ids[i]!;
        const anchor = id >= 0 ? anchors[id]! : 0;
        if (anchor !== 0) {
          if ((anchor & SINGLE) !== 0)
            for (let k = singleOffsets[id]!, e = singleOffsets[id + 1]!; k < e; k++)
              check(singleRules[k]!, s, i);
          if ((anchor & PAIR_FIRST) !== 0 && i + 1 < n) {
            const b = ids[i + 1]!;
            // bloomHash and hashPair written out: a call per token costs on a cold start (the interpreter
            // does not inline), and nearly every token of a big pack's page reaches this probe.
            const x =
              pairDense !== 0
                ? id * pairDense + b
                : Math.imul(Math.imul(id, 0x9e3779b1) ^ b, 0x85ebca6b) >>> bloomShift;
            if (b >= 0 && (pairBloom[x >>> 5]! & (1 << (x & 31))) !== 0 && i + 1 < sentEnd) {
              let h = (Math.imul(id, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & pairMask;
              for (let a = pairSlots[4 * h]!; a !== -1; a = pairSlots[4 * h]!) {
                if (a === id && pairSlots[4 * h + 1] === b) {
                  for (let k = pairSlots[4 * h + 2]!, e = pairSlots[4 * h + 3]!; k < e; k++)
                    check(pairRules[k]!, s, i);
                  break;
                }
                h = (h + 1) & pairMask;
              }
            }
          }
        }
        if (hasStems) {
          const k = keyAt(tokens, i)!;
          for (const L of stemLengths) {
            if (k.length < L) break;
            const rules = this.stems.get(k.slice(0, L));
            if (rules) for (const r of rules) check(r, s, i);
          }
        }
        if (byKind) {
          const kd = kind[i];
          if (kd === K_NUMBER) for (const r of this.numberRules) check(r, s, i);
          else if (kd === K_UNIT) for (const r of this.unitRules) check(r, s, i);
        }
      }
    }
    // Usually already in order (anchors are met left to right): then sorting would change nothing.
    let sorted = true;
    for (let k = 1; k < hits.length && sorted; k++) sorted = byPosition(hits[k - 1]!, hits[k]!) < 0;
    if (!sorted) hits.sort(byPosition);
    return hits;
  }
}

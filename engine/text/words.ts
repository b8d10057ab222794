// Interned word keys: every distinct folded key the tokenizer makes gets a small integer id (a "word id"),
// shared by all engines of the process. The tokenizer finds a key's id from the code units in its buffer
// (hash + open-addressing probe over typed arrays, no string made or read), and the readers that used to
// look each token's key up in their own Map (the matcher's vocabulary, language scoring, the spelling
// table) keep a per-id answer in an array instead. Strings are made once per distinct key.
// Bounded: past MAX_WORDS distinct keys (a content script on a very long page), new keys are not interned
// and get id -1; readers then fall back to the key string, with the same answers.

const MAX_WORDS = 1 << 16;

/**
 * What a page's words need: the per-word-id tables of the hottest per-token loops (the matcher's vocabulary
 * ids, the language scores, the tokenizer's emit cache) start this big. Grown while a first page was read, their
 * growth code ran for the first time inside optimised code, which V8 then threw away (a deopt, then the loop
 * ran unoptimised until compiled again: ~5-10 ms of a cold 10,000-rule page each time). The bench page makes
 * ~2,400 words. The context flags grow in a function of their own (no deopt seen) and start small: their lists
 * are plain arrays, 4 bytes an entry per language.
 */
export const PAGE_WORDS = 1 << 13;
const MAX_POOL = 1 << 21; // code units of all interned keys

/** FNV-1a over code units: the tokenizer computes it over its buffer, internString over a string. */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

// The table packs each slot in SLOT consecutive Int32: id + 1 (0: empty), the key's hash, its length, its
// pool offset, then its first INLINE code units two per Int32: a probe reads one cache line, and keys of up
// to INLINE units are compared there without reading the pool.
const SLOT = 8;
const INLINE = 8;
let tableBits = 13;
let table = new Int32Array(SLOT << tableBits);
let pool = new Uint16Array(1 << 14);
let poolLen = 0;
const keys: string[] = [];

/** How many ids exist (ids are 0 .. wordCount() - 1, never reused). */
export function wordCount(): number {
  return keys.length;
}

/** The key of a word id. */
export function wordKey(id: number): string {
  return keys[id]!;
}

function rehash(): void {
  const old = table;
  tableBits++;
  table = new Int32Array(SLOT << tableBits);
  const mask = (1 << tableBits) - 1;
  for (let o = 0; o < old.length; o += SLOT) {
    if (old[o] === 0) continue;
    let slot = old[o + 1]! & mask;
    while (table[SLOT * slot] !== 0) slot = (slot + 1) & mask;
    table.set(old.subarray(o, o + SLOT), SLOT * slot);
  }
}

/** Units k and k + 1 of buf as one Int32 (k + 1 at len reads as 0). */
function pairAt(buf: Uint16Array, k: number, len: number): number {
  return k + 1 < len ? buf[k]! | (buf[k + 1]! << 16) : buf[k]!;
}

/**
 * internUnits() for the common case, small enough to inline: a key of at most INLINE units found in its
 * first slot (buf[len] must be 0). -2 otherwise (then call internUnits).
 */
export function findShort(buf: Uint16Array, len: number, h: number): number {
  const t = table;
  const o = SLOT * (h & ((1 << tableBits) - 1));
  if (t[o + 1] !== h || t[o + 2] !== len || t[o] === 0 || len > INLINE) return -2;
  for (let k = 0; k < len; k += 2) if (t[o + 4 + (k >> 1)] !== (buf[k]! | (buf[k + 1]! << 16))) return -2;
  return t[o]! - 1;
}

/**
 * The id of the key held in buf[0..len) whose FNV-1a hash is h, interning it when new; -1 when the table
 * is full and the key is new.
 */
export function internUnits(buf: Uint16Array, len: number, h: number): number {
  const t = table;
  const mask = (1 << tableBits) - 1;
  const inline = len < INLINE ? len : INLINE;
  let slot = h & mask;
  for (let e = t[SLOT * slot]!; e !== 0; e = t[SLOT * slot]!) {
    const o = SLOT * slot;
    if (t[o + 1] === h && t[o + 2] === len) {
      let k = 0;
      while (k < inline && t[o + 4 + (k >> 1)] === pairAt(buf, k, len)) k += 2;
      if (k >= inline) {
        const off = t[o + 3]!;
        k = INLINE;
        while (k < len && pool[off + k] === buf[k]) k++;
        if (k >= len) return e - 1;
      }
    }
    slot = (slot + 1) & mask;
  }
  const id = keys.length;
  if (id >= MAX_WORDS || poolLen + len > MAX_POOL) return -1;
  if (poolLen + len > pool.length) {
    const p = new Uint16Array(Math.max(pool.length * 2, poolLen + len));
    p.set(pool.subarray(0, poolLen));
    pool = p;
  }
  pool.set(buf.subarray(0, len), poolLen);
  const o = SLOT * slot;
  t[o] = id + 1;
  t[o + 1] = h;
  t[o + 2] = len;
  t[o + 3] = poolLen;
  for (let k = 0; k < inline; k += 2) t[o + 4 + (k >> 1)] = pairAt(buf, k, len);
  poolLen += len;
  keys.push(unitsToString(buf, len));
  if (keys.length * 2 > 1 << tableBits) rehash();
  return id;
}

const scratch = new Uint16Array(512);

/** The id of a key given as a string (forced keys, spelled parts), interning it when new; -1 when full. */
export function internString(key: string): number {
  const len = key.length;
  if (len > scratch.length) return -1;
  let h = FNV_BASIS;
  for (let k = 0; k < len; k++) {
    const u = key.charCodeAt(k);
    scratch[k] = u;
    h = Math.imul(h ^ u, FNV_PRIME);
  }
  return internUnits(scratch, len, h);
}

/** A string of buf[0..len). */
export function unitsToString(buf: Uint16Array, len: number): string {
  switch (len) {
    case 1:
      return String.fromCharCode(buf[0]!);
    case 2:
      return String.fromCharCode(buf[0]!, buf[1]!);
    case 3:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!);
    case 4:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!, buf[3]!);
    default:
      return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  }
}

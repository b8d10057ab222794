// Interned word keys: every distinct folded key the tokenizer makes gets a small integer id (a "word id"),
// shared by all engines of the process. The tokenizer finds a key's id from the code units in its buffer
// (hash + open-addressing probe over typed arrays, no string made or read), and the readers that used to
// look each token's key up in their own Map (the matcher's vocabulary, language scoring, the spelling
// table) keep a per-id answer in an array instead. Strings are made once per distinct key.
// Bounded: past MAX_WORDS distinct keys (a content script on a very long page), new keys are not interned
// and get id -1; readers then fall back to the key string, with the same answers.

const MAX_WORDS = 1 << 16;
const MAX_POOL = 1 << 21; // code units of all interned keys

/** FNV-1a over code units: the tokenizer computes it over its buffer, internString over a string. */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

let tableBits = 14;
let table = new Int32Array(1 << tableBits); // slot -> id + 1 (0: empty)
let hashes = new Int32Array(1024);
let offsets = new Int32Array(1024);
let lengths = new Int32Array(1024);
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

function grow(): void {
  const cap = hashes.length * 2;
  const h = new Int32Array(cap);
  h.set(hashes);
  hashes = h;
  const o = new Int32Array(cap);
  o.set(offsets);
  offsets = o;
  const l = new Int32Array(cap);
  l.set(lengths);
  lengths = l;
}

function rehash(): void {
  tableBits++;
  table = new Int32Array(1 << tableBits);
  const mask = (1 << tableBits) - 1;
  for (let id = 0; id < keys.length; id++) {
    let slot = hashes[id]! & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  }
}

/**
 * The id of the key held in buf[0..len) whose FNV-1a hash is h, interning it when new; -1 when the table
 * is full and the key is new.
 */
export function internUnits(buf: Uint16Array, len: number, h: number): number {
  const mask = (1 << tableBits) - 1;
  let slot = h & mask;
  for (let e = table[slot]!; e !== 0; e = table[slot]!) {
    const id = e - 1;
    if (hashes[id] === h && lengths[id] === len) {
      const off = offsets[id]!;
      let k = 0;
      while (k < len && pool[off + k] === buf[k]) k++;
      if (k === len) return id;
    }
    slot = (slot + 1) & mask;
  }
  const id = keys.length;
  if (id >= MAX_WORDS || poolLen + len > MAX_POOL) return -1;
  if (id >= hashes.length) grow();
  if (poolLen + len > pool.length) {
    const p = new Uint16Array(Math.max(pool.length * 2, poolLen + len));
    p.set(pool.subarray(0, poolLen));
    pool = p;
  }
  pool.set(buf.subarray(0, len), poolLen);
  hashes[id] = h;
  offsets[id] = poolLen;
  lengths[id] = len;
  poolLen += len;
  keys.push(unitsToString(buf, len));
  table[slot] = id + 1;
  if (keys.length * 2 > table.length) rehash();
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

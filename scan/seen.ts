// Which posts the scanner already reported. A post is reported again only when its text changed, or when the
// site re-rendered it (new anchor or new text nodes: the overlay's ranges on the old nodes are gone).
// Bounded (least recently seen dropped first) so an endless feed does not grow memory without limit.
//
// Per key: the text (the unit's own string, not a copy) and a generation number. Per anchor, in a WeakMap (so
// removed DOM is not kept alive): the key, generation and first text node it was last reported with. A post is
// unchanged when its anchor's record carries its key's current generation and the same first node. This
// replaced a text hash and two WeakRefs per post: on a first scan of 1,250 units they were the scanner's own
// largest cost after the adapter.
import type { PostUnit } from '../sites/types.ts';

interface Entry {
  text: string;
  gen: number;
}
interface AnchorRecord {
  key: string;
  gen: number;
  node: Node | null;
}

export interface Seen {
  /** True (and remembered) when the post is new or changed since it was last reported. */
  changed(unit: PostUnit): boolean;
  forget(key: string): void;
  clear(): void;
  readonly size: number;
}

function firstNode(unit: PostUnit): Node | null {
  for (const p of unit.parts) for (const s of p.segments) if (s.node) return s.node;
  return null;
}

export function createSeen(max = 5000): Seen {
  const map = new Map<string, Entry>();
  let anchors = new WeakMap<Element, AnchorRecord>();
  let gen = 0;
  return {
    changed(unit) {
      const node = firstNode(unit);
      const old = map.get(unit.key);
      const rec = anchors.get(unit.anchor);
      if (
        old &&
        old.text === unit.text &&
        rec &&
        rec.key === unit.key &&
        rec.gen === old.gen &&
        rec.node === node
      ) {
        map.delete(unit.key); // refresh recency
        map.set(unit.key, old);
        return false;
      }
      // A new generation: an anchor that held this key before (a recycled or restored element) no longer matches.
      const entry = { text: unit.text, gen: ++gen };
      map.delete(unit.key);
      map.set(unit.key, entry);
      anchors.set(unit.anchor, { key: unit.key, gen: entry.gen, node });
      if (map.size > max) map.delete(map.keys().next().value!);
      return true;
    },
    forget: (key) => void map.delete(key),
    clear: () => {
      map.clear();
      anchors = new WeakMap();
    },
    get size() {
      return map.size;
    },
  };
}

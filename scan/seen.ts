// Which posts the scanner already reported. A post is reported again only when its text changed, or when the
// site re-rendered it (new anchor or new text nodes: the overlay's ranges on the old nodes are gone).
// Bounded (least recently seen dropped first) so an endless feed does not grow memory without limit.
import type { PostUnit } from '../sites/types.ts';
import { hashText } from '../sites/unit.ts';

type Ref<T extends object> = { deref(): T | undefined };

/** WeakRef where the runtime has it, so remembered posts do not keep removed DOM alive. */
function ref<T extends object>(value: T): Ref<T> {
  const W = (globalThis as { WeakRef?: new (v: T) => Ref<T> }).WeakRef;
  return W ? new W(value) : { deref: () => value };
}

interface Entry {
  hash: string;
  anchor: Ref<Element>;
  node: Ref<Node> | null;
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
  return {
    changed(unit) {
      const hash = hashText(unit.text);
      const node = firstNode(unit);
      const old = map.get(unit.key);
      if (
        old &&
        old.hash === hash &&
        old.anchor.deref() === unit.anchor &&
        (old.node?.deref() ?? null) === node
      ) {
        map.delete(unit.key); // refresh recency
        map.set(unit.key, old);
        return false;
      }
      map.delete(unit.key);
      map.set(unit.key, { hash, anchor: ref(unit.anchor), node: node ? ref(node) : null });
      if (map.size > max) map.delete(map.keys().next().value!);
      return true;
    },
    forget: (key) => void map.delete(key),
    clear: () => map.clear(),
    get size() {
      return map.size;
    },
  };
}

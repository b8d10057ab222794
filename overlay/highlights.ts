// Highlights claim spans with the CSS Custom Highlight API: ranges over the site's own text nodes, painted by
// the ::highlight(vigie-*) rules of the content-script CSS. Nothing in the page's DOM changes. Where the API
// is missing, callers fall back to badge-only marks.
import type { Category, Severity } from '../engine/types.ts';

export type HighlightName =
  'vigie-warning' | 'vigie-caution' | 'vigie-info' | 'vigie-source' | 'vigie-active';
const NAMES: HighlightName[] = [
  'vigie-warning',
  'vigie-caution',
  'vigie-info',
  'vigie-source',
  'vigie-active',
];

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  clear(): void;
  priority: number;
}
interface RegistryLike {
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

export function highlightName(category: Category, severity: Severity): HighlightName {
  if (category === 'cites-verified-source') return 'vigie-source';
  return `vigie-${severity}`;
}

export interface Highlighter {
  readonly supported: boolean;
  set(key: string, entries: { name: HighlightName; ranges: Range[] }[]): void;
  setActive(ranges: Range[]): void;
  remove(key: string): void;
  clear(): void;
  /** Unregisters the highlights (content script invalidated). */
  destroy(): void;
}

/** `win` is passed in so tests can hand a window with or without the API. */
export function createHighlighter(win: Window & typeof globalThis): Highlighter {
  const css = (win as unknown as { CSS?: { highlights?: RegistryLike } }).CSS;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  const registry = css?.highlights;
  if (!registry || typeof Ctor !== 'function') {
    return { supported: false, set() {}, setActive() {}, remove() {}, clear() {}, destroy() {} };
  }
  const groups = new Map<HighlightName, HighlightLike>();
  for (const name of NAMES) {
    const h = new Ctor();
    h.priority =
      name === 'vigie-active' ? 10 : name === 'vigie-warning' ? 3 : name === 'vigie-caution' ? 2 : 1;
    groups.set(name, h);
    registry.set(name, h);
  }
  const byKey = new Map<string, { name: HighlightName; range: Range }[]>();
  let active: Range[] = [];

  const remove = (key: string) => {
    for (const { name, range } of byKey.get(key) ?? []) groups.get(name)!.delete(range);
    byKey.delete(key);
  };
  return {
    supported: true,
    set(key, entries) {
      remove(key);
      const list: { name: HighlightName; range: Range }[] = [];
      for (const e of entries)
        for (const range of e.ranges) {
          groups.get(e.name)!.add(range);
          list.push({ name: e.name, range });
        }
      if (list.length) byKey.set(key, list);
    },
    setActive(ranges) {
      const g = groups.get('vigie-active')!;
      for (const r of active) g.delete(r);
      active = ranges;
      for (const r of active) g.add(r);
    },
    remove,
    clear() {
      byKey.clear();
      active = [];
      for (const g of groups.values()) g.clear();
    },
    destroy() {
      this.clear();
      for (const name of NAMES) registry.delete(name);
    },
  };
}

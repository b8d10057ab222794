/// <reference types="vite/client" />
// The packs built into the extension: `npm run build:packs` (vigie build --out generated) writes generated/
// before `wxt build`, and Vite inlines the files here as raw text (the exact bytes: hashes stay meaningful).
// index.json, sources.json, lexicon.json and snapshot.json are not packs; every other *.json is one.
import type { BundledData } from './context.ts';

// snapshot.json and index.json are left out of the bundle: the background compiles its own snapshot.
const files = import.meta.glob(
  ['../generated/*.json', '!../generated/snapshot.json', '!../generated/index.json'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
) as Record<string, string>;

const NOT_PACKS = new Set(['index.json', 'sources.json', 'lexicon.json', 'snapshot.json']);

export function bundledFromFiles(all: Record<string, string>): BundledData {
  const byName = new Map(Object.entries(all).map(([path, text]) => [path.split('/').pop() ?? path, text]));
  let lexicon: unknown;
  try {
    lexicon = JSON.parse(byName.get('lexicon.json') ?? 'null');
  } catch {
    lexicon = undefined;
  }
  return {
    packs: [...byName]
      .filter(([name]) => !NOT_PACKS.has(name))
      .sort()
      .map(([, text]) => text),
    sourcesText: byName.get('sources.json') ?? '',
    lexicon,
  };
}

export const BUNDLED: BundledData = bundledFromFiles(files);

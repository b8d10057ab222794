// The packs that ship inside the extension, parsed once. They are the floor: whatever happens to the
// database, Vigie can always compile these.
import type { Pack, VerifiedSource } from '../engine/types.ts';
import { sha256Hex } from '../publish/sign.ts';
import type { BundledData, Context } from './context.ts';
import { parseJson, validatePack, validateSources } from './steps.ts';

export interface BundledPack {
  pack: Pack;
  text: string;
  hash: string;
}

export interface ParsedBundle {
  packs: BundledPack[];
  sources: VerifiedSource[];
  sourcesVersion: number;
  sourcesText: string;
  sourcesHash: string;
}

const cache = new WeakMap<BundledData, Promise<ParsedBundle>>();

async function parse(data: BundledData, log: Context['log']): Promise<ParsedBundle> {
  const packs: BundledPack[] = [];
  for (const text of data.packs) {
    try {
      const pack = validatePack(
        parseJson(text, 'bundled pack'),
        new TextEncoder().encode(text).length,
        'bundled pack',
      );
      packs.push({ pack, text, hash: await sha256Hex(text) });
    } catch (error) {
      log('a bundled pack is unreadable and was skipped', error);
    }
  }
  let sources: VerifiedSource[] = [];
  let sourcesVersion = 0;
  try {
    const data0 = parseJson(data.sourcesText, 'sources.json') as { version?: unknown };
    sources = validateSources(data0, 'sources.json');
    sourcesVersion = typeof data0.version === 'number' ? data0.version : 0;
  } catch (error) {
    log('the bundled source list is unreadable', error);
  }
  return {
    packs,
    sources,
    sourcesVersion,
    sourcesText: data.sourcesText,
    sourcesHash: await sha256Hex(data.sourcesText),
  };
}

export function bundledOf(ctx: Context): Promise<ParsedBundle> {
  let parsed = cache.get(ctx.bundled);
  if (!parsed) {
    parsed = parse(ctx.bundled, ctx.log);
    cache.set(ctx.bundled, parsed);
  }
  return parsed;
}

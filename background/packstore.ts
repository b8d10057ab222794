// The packs the user's rules come from: stored versions, checked again each time they are loaded.
//
//   ensureBundled: on install/startup, store bundled packs (and the source list) newer than the stored ones
//   loadActive:    the active version of every pack, validated; a corrupt row falls back to the previous
//                  version, then to the bundled one, and a notice says so. If the database cannot be read at
//                  all, the bundled packs are used as they are.
import type { Pack, VerifiedSource } from '../engine/types.ts';
import { activateVersion, activeRows, allPrefs, deleteVersion, previousRow } from '../db/packs.ts';
import type { PackPrefRow, PackRow, SourcesRow } from '../db/schema.ts';
import { compareVersions } from '../publish/semver.ts';
import { sha256Hex } from '../publish/sign.ts';
import { bundledOf } from './bundled.ts';
import { addNotice, type Context } from './context.ts';
import { parseJson, validatePack, validateSources } from './steps.ts';

export interface ActivePack {
  pack: Pack;
  hash: string;
  origin: PackRow['origin'];
  subscriptionUrl?: string;
  activatedAt: string;
  previousVersion?: string;
}

export interface ActiveSet {
  packs: ActivePack[];
  prefs: Map<string, PackPrefRow>;
  sources: VerifiedSource[];
  sourcesHash: string;
}

export async function ensureBundled(ctx: Context): Promise<void> {
  const bundle = await bundledOf(ctx);
  const active = new Map((await activeRows(ctx.db)).map((r) => [r.id, r]));
  for (const b of bundle.packs) {
    const row = active.get(b.pack.id);
    const newer = !row || compareVersions(b.pack.version, row.version) > 0;
    // Same version rebuilt (a developer's build): the bundled bytes win over the stored bundled copy.
    const rebuilt = row && row.origin === 'bundled' && row.version === b.pack.version && row.hash !== b.hash;
    if (newer || rebuilt) {
      await activateVersion(
        ctx.db,
        { id: b.pack.id, version: b.pack.version, origin: 'bundled', hash: b.hash, text: b.text },
        ctx.now(),
      );
    }
  }
  const sources = await ctx.db.sources.where('state').equals('active').first();
  if (bundle.sources.length > 0 && (!sources || bundle.sourcesVersion > sources.version)) {
    await activateSources(ctx, {
      version: bundle.sourcesVersion,
      origin: 'bundled',
      hash: bundle.sourcesHash,
      text: bundle.sourcesText,
    });
  }
}

export async function activateSources(
  ctx: Context,
  row: Omit<SourcesRow, 'state' | 'storedAt' | 'seq'>,
): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.sources, async () => {
    const rows = await ctx.db.sources.toArray();
    for (const r of rows) {
      if (r.state === 'active') await ctx.db.sources.update(r.seq!, { state: 'previous' });
      else await ctx.db.sources.delete(r.seq!);
    }
    await ctx.db.sources.add({ ...row, state: 'active', storedAt: ctx.now().toISOString() });
  });
}

/** Parses and checks one stored row; undefined when it is corrupt. */
async function readRow(row: PackRow | undefined): Promise<Pack | undefined> {
  if (!row || typeof row.text !== 'string') return undefined;
  try {
    if ((await sha256Hex(row.text)) !== row.hash) return undefined;
    const pack = validatePack(parseJson(row.text, 'stored pack'), row.text.length, 'stored pack');
    return pack.id === row.id && pack.version === row.version ? pack : undefined;
  } catch {
    return undefined;
  }
}

async function loadSources(ctx: Context): Promise<{ sources: VerifiedSource[]; hash: string }> {
  const bundle = await bundledOf(ctx);
  const rows = await ctx.db.sources.toArray().catch(() => [] as SourcesRow[]);
  for (const row of [rows.find((r) => r.state === 'active'), rows.find((r) => r.state === 'previous')]) {
    if (!row) continue;
    try {
      if ((await sha256Hex(row.text)) !== row.hash) throw new Error('hash');
      return { sources: validateSources(parseJson(row.text, 'sources'), 'sources'), hash: row.hash };
    } catch {
      addNotice(ctx, 'notice.sourcesUnreadable');
    }
  }
  return { sources: bundle.sources, hash: bundle.sourcesHash };
}

function fromBundle(bundle: Awaited<ReturnType<typeof bundledOf>>, now: Date): ActivePack[] {
  return bundle.packs.map((b) => ({
    pack: b.pack,
    hash: b.hash,
    origin: 'bundled',
    activatedAt: now.toISOString(),
  }));
}

export async function loadActive(ctx: Context): Promise<ActiveSet> {
  const bundle = await bundledOf(ctx);
  let rows: PackRow[];
  let prefs: Map<string, PackPrefRow>;
  try {
    rows = await activeRows(ctx.db);
    prefs = await allPrefs(ctx.db);
  } catch (error) {
    ctx.log('the database could not be read', error);
    addNotice(ctx, 'notice.dbUnreadable');
    const { sources, hash } = { sources: bundle.sources, hash: bundle.sourcesHash };
    return { packs: fromBundle(bundle, ctx.now()), prefs: new Map(), sources, sourcesHash: hash };
  }
  const packs: ActivePack[] = [];
  for (const row of rows) {
    const previous = await previousRow(ctx.db, row.id).catch(() => undefined);
    let pack = await readRow(row);
    let used: PackRow | undefined = row;
    if (!pack) {
      await deleteVersion(ctx.db, row.id, row.version).catch(() => undefined);
      pack = await readRow(previous);
      used = pack ? previous : undefined;
      if (pack && previous) {
        await activateVersion(ctx.db, previous, ctx.now()).catch(() => undefined);
        addNotice(ctx, 'notice.packBack', { id: row.id, version: row.version, previous: previous.version });
      } else {
        const b = bundle.packs.find((x) => x.pack.id === row.id);
        if (b) {
          pack = b.pack;
          await activateVersion(
            ctx.db,
            { id: b.pack.id, version: b.pack.version, origin: 'bundled', hash: b.hash, text: b.text },
            ctx.now(),
          ).catch(() => undefined);
          addNotice(ctx, 'notice.packBundled', { id: row.id, version: row.version, bundled: b.pack.version });
          packs.push({ pack, hash: b.hash, origin: 'bundled', activatedAt: ctx.now().toISOString() });
        } else {
          addNotice(ctx, 'notice.packLeftOut', { id: row.id, version: row.version });
        }
        continue;
      }
    }
    if (!pack || !used) continue;
    packs.push({
      pack,
      hash: used.hash,
      origin: used.origin,
      activatedAt: used.activatedAt,
      ...(used.subscriptionUrl ? { subscriptionUrl: used.subscriptionUrl } : {}),
      ...(used === row && previous ? { previousVersion: previous.version } : {}),
    });
  }
  // A bundled pack missing from the database (first start failed half-way) is still used.
  for (const b of bundle.packs) {
    if (!packs.some((p) => p.pack.id === b.pack.id))
      packs.push(...fromBundle({ ...bundle, packs: [b] }, ctx.now()));
  }
  const { sources, hash } = await loadSources(ctx);
  packs.sort((a, b) => a.pack.id.localeCompare(b.pack.id));
  return { packs, prefs, sources, sourcesHash: hash };
}

/** The packs to compile: enabled ones, without the rules the user turned off. */
export function enabledPacks(set: ActiveSet): Pack[] {
  const out: Pack[] = [];
  for (const { pack } of set.packs) {
    const pref = set.prefs.get(pack.id);
    if (pref && !pref.enabled) continue;
    const off = new Set(pref?.disabledRules ?? []);
    const rules = off.size ? pack.rules.filter((r) => !off.has(r.id)) : pack.rules;
    if (rules.length > 0) out.push(rules === pack.rules ? pack : { ...pack, rules });
  }
  return out;
}

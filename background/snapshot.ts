// The compiled snapshot the background's engine loads (background/analysis.ts), cached in storage.local under
// `vigie.snapshot` so a restarted background does not compile the packs again; content scripts watch its hash.
// Rebuilt only when what goes into it changed: the key is a hash of active pack versions, their hashes, the
// user's pack/rule switches, the source list, the shared lexicon, the engine's own data and the snapshot format.
import { STORAGE_KEYS, type StoredSnapshot } from '../common/settings.ts';
import { sha256Hex } from '../publish/sign.ts';
import { bundledOf } from './bundled.ts';
import { addNotice, type Context } from './context.ts';
import { enabledPacks, loadActive, type ActiveSet } from './packstore.ts';

export async function snapshotKey(
  set: ActiveSet,
  engine: Pick<Context['engine'], 'snapshotVersion' | 'dataStamp'>,
  lexicon: unknown,
): Promise<string> {
  const parts = set.packs.map(({ pack, hash }) => {
    const pref = set.prefs.get(pack.id);
    return [pack.id, pack.version, hash, pref?.enabled ?? true, [...(pref?.disabledRules ?? [])].sort()];
  });
  return sha256Hex(
    JSON.stringify({
      v: engine.snapshotVersion,
      engine: engine.dataStamp ?? '',
      lexicon,
      packs: parts,
      sources: set.sourcesHash,
    }),
  );
}

function isStoredSnapshot(x: unknown): x is StoredSnapshot {
  const s = x as StoredSnapshot;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.hash === 'string' &&
    typeof s.data === 'string' &&
    typeof s.version === 'number'
  );
}

async function writeSnapshot(ctx: Context, snapshot: StoredSnapshot): Promise<void> {
  ctx.snapshot = snapshot;
  try {
    await ctx.storage.set(STORAGE_KEYS.snapshot, snapshot);
  } catch (error) {
    // Quota or a broken storage: the background keeps it in memory for its engine ('analyze').
    ctx.log('could not cache the snapshot in storage.local', error);
    addNotice(ctx, 'notice.snapshotStore');
  }
}

/**
 * Makes sure storage.local holds the snapshot of the current active set. Returns it.
 * If the active packs cannot be compiled, falls back to the bundled packs alone and says so.
 */
export async function refreshSnapshot(
  ctx: Context,
  options: { force?: boolean } = {},
): Promise<StoredSnapshot> {
  const set = await loadActive(ctx);
  const hash = await snapshotKey(set, ctx.engine, ctx.bundled.lexicon);
  if (!options.force) {
    const cached = ctx.snapshot ?? (await ctx.storage.get(STORAGE_KEYS.snapshot).catch(() => undefined));
    if (isStoredSnapshot(cached) && cached.hash === hash && cached.version === ctx.engine.snapshotVersion) {
      ctx.snapshot = cached;
      return cached;
    }
  }
  try {
    const data = ctx.engine.snapshot({
      packs: enabledPacks(set),
      sources: set.sources,
      lexicon: ctx.bundled.lexicon,
    });
    const snapshot = { version: ctx.engine.snapshotVersion, hash, data };
    await writeSnapshot(ctx, snapshot);
    return snapshot;
  } catch (error) {
    ctx.log('the active packs could not be compiled', error);
    addNotice(ctx, 'notice.compile');
    const bundle = await bundledOf(ctx);
    const data = ctx.engine.snapshot({
      packs: bundle.packs.map((b) => b.pack),
      sources: bundle.sources,
      lexicon: ctx.bundled.lexicon,
    });
    const snapshot = { version: ctx.engine.snapshotVersion, hash: `bundled-${hash}`, data };
    await writeSnapshot(ctx, snapshot);
    return snapshot;
  }
}

/** For 'analyze': the snapshot in memory, or the one in storage, or a fresh one. */
export async function currentSnapshot(ctx: Context): Promise<StoredSnapshot> {
  if (ctx.snapshot) return ctx.snapshot;
  return refreshSnapshot(ctx);
}

// Pack versions and the user's pack choices. Activation and rollback are single transactions: a crash in the
// middle leaves either the old state or the new one, never a pack without an active version.
import type { VigieDB } from './database.ts';
import type { PackPrefRow, PackRow } from './schema.ts';

export type NewPackVersion = Omit<PackRow, 'state' | 'activatedAt' | 'storedAt'>;

export async function activeRows(db: VigieDB): Promise<PackRow[]> {
  return db.packs.where('state').equals('active').toArray();
}

export async function previousRow(db: VigieDB, id: string): Promise<PackRow | undefined> {
  return db.packs.where('[id+state]').equals([id, 'previous']).first();
}

export async function allPrefs(db: VigieDB): Promise<Map<string, PackPrefRow>> {
  const rows = await db.packPrefs.toArray();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Makes `next` the active version of its pack. The active one becomes 'previous' (for rollback); older
 * versions are deleted. Everything in one transaction.
 */
export async function activateVersion(db: VigieDB, next: NewPackVersion, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.packs, async () => {
    const rows = await db.packs.where('id').equals(next.id).toArray();
    for (const row of rows) {
      if (row.version === next.version) continue; // replaced by the put below
      if (row.state === 'active') await db.packs.put({ ...row, state: 'previous' });
      else await db.packs.delete([row.id, row.version]);
    }
    await db.packs.put({ ...next, state: 'active', storedAt: at, activatedAt: at });
  });
}

/**
 * Brings back the previous version of a pack; the version rolled back from is deleted and remembered, so the
 * next check does not activate it again. Returns the restored row, or undefined when there is none.
 */
export async function rollbackPack(db: VigieDB, id: string, now: Date): Promise<PackRow | undefined> {
  return db.transaction('rw', db.packs, db.packPrefs, async () => {
    const previous = await previousRow(db, id);
    if (!previous) return undefined;
    const active = await db.packs.where('[id+state]').equals([id, 'active']).first();
    if (active) await db.packs.delete([active.id, active.version]);
    const restored: PackRow = { ...previous, state: 'active', activatedAt: now.toISOString() };
    await db.packs.put(restored);
    const pref = (await db.packPrefs.get(id)) ?? { id, enabled: true, disabledRules: [] };
    await db.packPrefs.put({ ...pref, skipVersion: active?.version });
    return restored;
  });
}

/** Removes one stored version (a corrupt row found on load). */
export async function deleteVersion(db: VigieDB, id: string, version: string): Promise<void> {
  await db.packs.delete([id, version]);
}

async function updatePref(db: VigieDB, id: string, change: (p: PackPrefRow) => PackPrefRow): Promise<void> {
  await db.transaction('rw', db.packPrefs, async () => {
    const pref = (await db.packPrefs.get(id)) ?? { id, enabled: true, disabledRules: [] };
    await db.packPrefs.put(change(pref));
  });
}

export async function setPackEnabled(db: VigieDB, id: string, enabled: boolean): Promise<void> {
  await updatePref(db, id, (p) => ({ ...p, enabled }));
}

export async function setRuleEnabled(
  db: VigieDB,
  id: string,
  ruleId: string,
  enabled: boolean,
): Promise<void> {
  await updatePref(db, id, (p) => {
    const off = new Set(p.disabledRules);
    if (enabled) off.delete(ruleId);
    else off.add(ruleId);
    return { ...p, disabledRules: [...off].sort() };
  });
}

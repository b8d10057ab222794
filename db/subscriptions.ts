// Subscriptions to published sites (one row per index URL).
import type { VigieDB } from './database.ts';
import { compareVersions } from '../publish/semver.ts';
import type { PackRow, SubscriptionRow } from './schema.ts';

export async function listSubscriptions(db: VigieDB): Promise<SubscriptionRow[]> {
  return db.subscriptions.orderBy('id').toArray();
}

/** Adds the URL if it is not there; returns the row either way. */
export async function addSubscription(db: VigieDB, url: string, now: Date): Promise<SubscriptionRow> {
  return db.transaction('rw', db.subscriptions, async () => {
    const existing = await db.subscriptions.where('url').equals(url).first();
    if (existing) return existing;
    const row: SubscriptionRow = { url, addedAt: now.toISOString(), status: 'new', failures: 0, packIds: [] };
    row.id = await db.subscriptions.add(row);
    return row;
  });
}

/**
 * Removes a subscription and the pack versions that came from it, in one transaction: a pack the subscription
 * had updated goes back to the newest version kept from elsewhere (the bundled one, a file the user imported);
 * a pack only the subscription provided goes away. Returns the ids of the packs touched.
 */
export async function removeSubscription(db: VigieDB, url: string): Promise<string[]> {
  const fromIt = (r: PackRow) => r.origin === 'subscription' && r.subscriptionUrl === url;
  return db.transaction('rw', db.subscriptions, db.packs, async () => {
    await db.subscriptions.where('url').equals(url).delete();
    const ids = [...new Set((await db.packs.filter(fromIt).toArray()).map((r) => r.id))];
    for (const id of ids) {
      const rows = await db.packs.where('id').equals(id).toArray();
      for (const r of rows.filter(fromIt)) await db.packs.delete([r.id, r.version]);
      const kept = rows.filter((r) => !fromIt(r)).sort((a, b) => compareVersions(b.version, a.version));
      if (kept[0] && !kept.some((r) => r.state === 'active'))
        await db.packs.put({ ...kept[0], state: 'active' });
    }
    return ids;
  });
}

export async function updateSubscription(
  db: VigieDB,
  id: number,
  change: Partial<SubscriptionRow>,
): Promise<void> {
  await db.subscriptions.update(id, change);
}

// Subscriptions to published sites (one row per index URL).
import type { VigieDB } from './database.ts';
import type { SubscriptionRow } from './schema.ts';

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

export async function removeSubscription(db: VigieDB, url: string): Promise<void> {
  await db.subscriptions.where('url').equals(url).delete();
}

export async function updateSubscription(
  db: VigieDB,
  id: number,
  change: Partial<SubscriptionRow>,
): Promise<void> {
  await db.subscriptions.update(id, change);
}

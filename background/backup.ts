// Export all user data to one JSON file, import it back (merging without duplicates), delete everything.
// An import is checked whole before anything is written: an invalid or partial file changes nothing.
import * as v from 'valibot';
import type { ImportSummary } from '../messaging/protocol.ts';
import { getSettings, normaliseSettings, putSettings } from '../db/settings.ts';
import { mergeReports } from '../db/reports.ts';
import { decodeKey } from '../publish/sign.ts';
import type { Context } from './context.ts';
import { mirrorFeedback, mirrorSettings } from './mirror.ts';
import { ensureBundled } from './packstore.ts';
import { refreshSnapshot } from './snapshot.ts';
import { checkSubscriptionUrl } from './urls.ts';

export const BACKUP_FORMAT = 'vigie-backup';
export const BACKUP_VERSION = 1;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const iso = str(40);

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: iso,
  settings: v.record(v.string(), v.unknown()),
  subscriptions: v.array(v.strictObject({ url: str(2048) })),
  keys: v.array(v.strictObject({ key: str(100), name: str(200) })),
  packPrefs: v.array(
    v.strictObject({
      id: str(200),
      enabled: v.boolean(),
      disabledRules: v.array(str(200)),
      skipVersion: v.optional(str(40)),
    }),
  ),
  feedback: v.array(
    v.strictObject({
      kind: v.picklist(['dismissed', 'hidden-rule', 'paused-host']),
      value: str(2500),
      reason: v.optional(v.picklist(['dismissed', 'not-misleading'])),
      host: v.optional(str(253)),
      excerpt: v.optional(str(500)),
      createdAt: iso,
    }),
  ),
  reports: v.array(
    v.strictObject({
      id: v.optional(v.number()),
      permalink: str(2048),
      category: str(200),
      note: str(5000),
      suggestedSource: v.optional(str(2048)),
      ruleId: v.optional(str(200)),
      host: v.optional(str(253)),
      createdAt: iso,
    }),
  ),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export async function exportBackup(ctx: Context): Promise<{ json: string; filename: string }> {
  const db = ctx.db;
  const now = ctx.now();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: { ...(await getSettings(db)) },
    subscriptions: (await db.subscriptions.toArray()).map((s) => ({ url: s.url })),
    keys: (await db.keys.toArray()).filter((k) => !k.builtIn).map((k) => ({ key: k.key, name: k.name })),
    packPrefs: await db.packPrefs.toArray(),
    feedback: await db.feedback.toArray(),
    reports: await db.reports.toArray(),
  };
  return {
    json: `${JSON.stringify(backup, null, 2)}\n`,
    filename: `vigie-backup-${now.toISOString().slice(0, 10)}.json`,
  };
}

/** Parses and checks a backup file whole; throws an Error with the reason in words. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not valid JSON: nothing was imported.');
  }
  if ((data as { format?: unknown })?.format !== BACKUP_FORMAT) {
    throw new Error('This file is not a Vigie backup: nothing was imported.');
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    const where = parsed.issues[0] ? v.getDotPath(parsed.issues[0]) : null;
    throw new Error(
      `This backup is incomplete or damaged${where ? ` (at "${where}")` : ''}: nothing was imported.`,
    );
  }
  for (const k of parsed.output.keys) {
    try {
      decodeKey(k.key);
    } catch {
      throw new Error(`This backup holds an unusable signing key ("${k.name}"): nothing was imported.`);
    }
  }
  for (const s of parsed.output.subscriptions) {
    if (!checkSubscriptionUrl(s.url).ok)
      throw new Error(`This backup holds an unusable subscription address: nothing was imported.`);
  }
  return parsed.output;
}

export async function importBackup(ctx: Context, text: string): Promise<ImportSummary> {
  const backup = parseBackup(text);
  const db = ctx.db;
  const now = ctx.now().toISOString();
  const summary: ImportSummary = {
    settings: true,
    subscriptionsAdded: 0,
    keysAdded: 0,
    feedbackAdded: 0,
    reportsAdded: 0,
  };
  await db.transaction(
    'rw',
    [db.settings, db.subscriptions, db.keys, db.packPrefs, db.feedback, db.reports],
    async () => {
      await putSettings(db, normaliseSettings(backup.settings));
      for (const s of backup.subscriptions) {
        const url = checkSubscriptionUrl(s.url);
        if (!url.ok || (await db.subscriptions.where('url').equals(url.url).count())) continue;
        await db.subscriptions.add({ url: url.url, addedAt: now, status: 'new', failures: 0, packIds: [] });
        summary.subscriptionsAdded++;
      }
      for (const k of backup.keys) {
        if (await db.keys.get(k.key.trim())) continue;
        await db.keys.put({ key: k.key.trim(), name: k.name, builtIn: false, addedAt: now });
        summary.keysAdded++;
      }
      for (const p of backup.packPrefs) await db.packPrefs.put(p);
      for (const f of backup.feedback) {
        if (await db.feedback.get([f.kind, f.value])) continue;
        await db.feedback.put(f);
        summary.feedbackAdded++;
      }
      summary.reportsAdded = await mergeReports(db, backup.reports);
    },
  );
  await mirrorSettings(ctx);
  await mirrorFeedback(ctx);
  await refreshSnapshot(ctx);
  return summary;
}

/** "Delete all my data": reports, feedback, settings, subscriptions, added keys, pack choices and downloaded packs. */
export async function deleteAll(ctx: Context): Promise<void> {
  const db = ctx.db;
  await db.transaction(
    'rw',
    [db.reports, db.feedback, db.settings, db.subscriptions, db.keys, db.packPrefs, db.packs, db.sources],
    async () => {
      for (const table of [
        db.reports,
        db.feedback,
        db.settings,
        db.subscriptions,
        db.keys,
        db.packPrefs,
        db.packs,
        db.sources,
      ]) {
        await table.clear();
      }
    },
  );
  ctx.notices = [];
  await ensureBundled(ctx);
  await mirrorSettings(ctx);
  await mirrorFeedback(ctx);
  await refreshSnapshot(ctx, { force: true });
}

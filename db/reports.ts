// Physicians' reports of misleading posts (stored locally; nothing is sent anywhere).
import type { VigieDB } from './database.ts';
import type { ReportRow } from './schema.ts';

export async function addReport(
  db: VigieDB,
  report: Omit<ReportRow, 'id' | 'createdAt'>,
  now: Date,
): Promise<ReportRow> {
  const row: ReportRow = { ...report, createdAt: now.toISOString() };
  row.id = await db.reports.add(row);
  return row;
}

export async function listReports(db: VigieDB): Promise<ReportRow[]> {
  return db.reports.orderBy('createdAt').reverse().toArray();
}

/** Adds the reports that are not there yet (same permalink, category and note). Returns how many were added. */
export async function mergeReports(db: VigieDB, reports: ReportRow[]): Promise<number> {
  let added = 0;
  for (const r of reports) {
    const same = await db.reports.where('[permalink+category]').equals([r.permalink, r.category]).toArray();
    if (same.some((s) => s.note === r.note)) continue;
    const { id: _id, ...rest } = r;
    await db.reports.add(rest);
    added++;
  }
  return added;
}

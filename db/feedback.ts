// Feedback: what the user told Vigie about marks, rules and sites. Rows are keyed [kind+value], so the same
// dismissal twice is one row, and a backup import merges without duplicates.
import type { FeedbackState } from '../common/settings.ts';
import type { VigieDB } from './database.ts';
import type { FeedbackKind, FeedbackRow } from './schema.ts';

export const markKey = (postKey: string, ruleId: string) => `${postKey}|${ruleId}`;

export async function getFeedback(db: VigieDB): Promise<FeedbackState> {
  const rows = await db.feedback.toArray();
  const of = (kind: FeedbackKind) =>
    rows
      .filter((r) => r.kind === kind && typeof r.value === 'string')
      .map((r) => r.value)
      .sort();
  return { dismissed: of('dismissed'), hiddenRules: of('hidden-rule'), pausedHosts: of('paused-host') };
}

export async function addFeedback(
  db: VigieDB,
  row: Omit<FeedbackRow, 'createdAt'>,
  now: Date,
): Promise<void> {
  // A later "not misleading" on an already dismissed mark upgrades the row; the first date is kept.
  await db.transaction('rw', db.feedback, async () => {
    const old = await db.feedback.get([row.kind, row.value]);
    await db.feedback.put({ ...old, ...row, createdAt: old?.createdAt ?? now.toISOString() });
  });
}

export async function removeFeedback(db: VigieDB, kind: FeedbackKind, value: string): Promise<void> {
  await db.feedback.delete([kind, value]);
}

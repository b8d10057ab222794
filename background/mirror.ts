// Settings and feedback live in the database; content scripts read copies from storage.local (and listen to
// storage.onChanged) so they never wake the database. Every change goes through here.
import { STORAGE_KEYS, type FeedbackState, type Settings } from '../common/settings.ts';
import { getFeedback } from '../db/feedback.ts';
import { getSettings } from '../db/settings.ts';
import { addNotice, type Context } from './context.ts';

async function put(ctx: Context, key: string, value: unknown): Promise<void> {
  try {
    await ctx.storage.set(key, value);
  } catch (error) {
    ctx.log(`could not write ${key} to storage.local`, error);
    addNotice(ctx, 'notice.mirror');
  }
}

export async function mirrorSettings(ctx: Context, settings?: Settings): Promise<Settings> {
  const value = settings ?? (await getSettings(ctx.db));
  await put(ctx, STORAGE_KEYS.settings, value);
  return value;
}

export async function mirrorFeedback(ctx: Context, feedback?: FeedbackState): Promise<FeedbackState> {
  const value = feedback ?? (await getFeedback(ctx.db));
  await put(ctx, STORAGE_KEYS.feedback, value);
  return value;
}

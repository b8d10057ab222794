// One handler per message type (see messaging/protocol.ts). Handlers get validated requests only.
import type { MessageType, Request, Responses } from '../messaging/protocol.ts';
import { addFeedback, markKey, removeFeedback } from '../db/feedback.ts';
import { addKey, removeKey } from '../db/keys.ts';
import { rollbackPack, setPackEnabled, setRuleEnabled } from '../db/packs.ts';
import { addReport, listReports } from '../db/reports.ts';
import { patchSettings } from '../db/settings.ts';
import { addSubscription, removeSubscription } from '../db/subscriptions.ts';
import { decodeKey } from '../publish/sign.ts';
import { activateCandidate } from './activate.ts';
import { deleteAll, exportBackup, importBackup } from './backup.ts';
import type { Context } from './context.ts';
import { mirrorFeedback, mirrorSettings } from './mirror.ts';
import { addGenericHost, removeGenericHost } from './generic-reader.ts';
import { ensureBundled } from './packstore.ts';
import { asStepError } from './reasons.ts';
import { refreshSnapshot } from './snapshot.ts';
import { analyzeTexts } from './analysis.ts';
import { checkDue, checkSubscription, serialised, trustedKeyList } from './subscriptions.ts';
import { checkSubscriptionUrl } from './urls.ts';
import { keyViews, packViews, statusView, subscriptionViews } from './views.ts';
import { getFeedback } from '../db/feedback.ts';
import { getSettings } from '../db/settings.ts';

type Handlers = { [K in MessageType]: (ctx: Context, req: Request<K>) => Promise<Responses[K]> };

async function afterPackChange(ctx: Context) {
  await refreshSnapshot(ctx);
  return packViews(ctx);
}

export const HANDLERS: Handlers = {
  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:set': async (ctx, req) => mirrorSettings(ctx, await patchSettings(ctx.db, req.patch)),
  'generic:add': (ctx, req) => addGenericHost(ctx, req.host),
  'generic:remove': (ctx, req) => removeGenericHost(ctx, req.host),

  'feedback:get': (ctx) => getFeedback(ctx.db),
  'feedback:dismiss': async (ctx, req) => {
    const value = markKey(req.postKey, req.ruleId);
    await addFeedback(ctx.db, { kind: 'dismissed', value, reason: 'dismissed', host: req.host }, ctx.now());
    return mirrorFeedback(ctx);
  },
  'feedback:report-wrong': async (ctx, req) => {
    const value = markKey(req.postKey, req.ruleId);
    const row = { kind: 'dismissed' as const, value, reason: 'not-misleading' as const, host: req.host };
    await addFeedback(ctx.db, req.excerpt ? { ...row, excerpt: req.excerpt } : row, ctx.now());
    return mirrorFeedback(ctx);
  },
  'feedback:restore': async (ctx, req) => {
    await removeFeedback(ctx.db, 'dismissed', markKey(req.postKey, req.ruleId));
    return mirrorFeedback(ctx);
  },
  'feedback:hide-rule': async (ctx, req) => {
    await addFeedback(ctx.db, { kind: 'hidden-rule', value: req.ruleId }, ctx.now());
    return mirrorFeedback(ctx);
  },
  'feedback:show-rule': async (ctx, req) => {
    await removeFeedback(ctx.db, 'hidden-rule', req.ruleId);
    return mirrorFeedback(ctx);
  },
  'site:pause': async (ctx, req) => {
    await addFeedback(ctx.db, { kind: 'paused-host', value: req.host.toLowerCase() }, ctx.now());
    return mirrorFeedback(ctx);
  },
  'site:resume': async (ctx, req) => {
    await removeFeedback(ctx.db, 'paused-host', req.host.toLowerCase());
    return mirrorFeedback(ctx);
  },

  analyze: (ctx, req) => analyzeTexts(ctx, req),
  'status:get': (ctx) => statusView(ctx),

  'packs:list': (ctx) => packViews(ctx),
  'packs:toggle': async (ctx, req) => {
    await setPackEnabled(ctx.db, req.packId, req.enabled);
    return afterPackChange(ctx);
  },
  'packs:toggle-rule': async (ctx, req) => {
    await setRuleEnabled(ctx.db, req.packId, req.ruleId, req.enabled);
    return afterPackChange(ctx);
  },
  'packs:rollback': async (ctx, req) => {
    const restored = await rollbackPack(ctx.db, req.packId, ctx.now());
    if (!restored) throw new Error(`Pack ${req.packId} has no earlier version kept to go back to.`);
    return afterPackChange(ctx);
  },
  'packs:import': (ctx, req) =>
    serialised(ctx, async () => {
      try {
        const pack = await activateCandidate(ctx, {
          file: req.name ?? 'pack.json',
          text: req.text,
          signature: req.sig,
          trustedKeys: await trustedKeyList(ctx),
          origin: 'file',
        });
        await refreshSnapshot(ctx);
        return { url: 'file', result: 'activated', activated: [{ packId: pack.id, version: pack.version }] };
      } catch (error) {
        const e = asStepError(error);
        return { url: 'file', result: 'failed', reason: e.reason, problems: [e.problem], activated: [] };
      }
    }),

  'subscriptions:list': (ctx) => subscriptionViews(ctx),
  'subscriptions:add': async (ctx, req) => {
    const checked = checkSubscriptionUrl(req.url);
    if (!checked.ok) throw new Error(checked.reason);
    const row = await addSubscription(ctx.db, checked.url, ctx.now());
    await serialised(ctx, () => checkSubscription(ctx, row));
    const views = await subscriptionViews(ctx);
    return views.find((s) => s.url === checked.url)!;
  },
  'subscriptions:remove': async (ctx, req) => {
    // Its packs leave with it; a pack it had updated falls back to the kept or bundled version.
    const touched = await removeSubscription(ctx.db, req.url);
    if (touched.length > 0) {
      await ensureBundled(ctx);
      await refreshSnapshot(ctx);
    }
    return subscriptionViews(ctx);
  },
  'subscriptions:check-now': (ctx, req) =>
    checkDue(ctx, { force: true, ...(req.url ? { url: req.url } : {}) }),

  'keys:list': (ctx) => keyViews(ctx),
  'keys:add': async (ctx, req) => {
    try {
      decodeKey(req.key, 'key');
    } catch (error) {
      throw new Error(`This key cannot be used: ${(error as Error).message}.`);
    }
    await addKey(ctx.db, req.key.trim(), req.name, ctx.now());
    return keyViews(ctx);
  },
  'keys:remove': async (ctx, req) => {
    if (ctx.builtInKeys.some((k) => k.key === req.key))
      throw new Error('The project’s own key cannot be removed.');
    await removeKey(ctx.db, req.key);
    return keyViews(ctx);
  },

  'reports:list': async (ctx) => (await listReports(ctx.db)).map((r) => ({ ...r, id: r.id! })),
  'reports:add': async (ctx, req) => {
    const { type: _type, ...report } = req;
    const row = await addReport(ctx.db, report, ctx.now());
    return { ...row, id: row.id! };
  },

  'backup:export': (ctx) => exportBackup(ctx),
  'backup:import': (ctx, req) => importBackup(ctx, req.text),
  'backup:delete-all': async (ctx) => {
    await deleteAll(ctx);
    return { ok: true };
  },
};

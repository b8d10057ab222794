// What options pages see: plain views built from the database rows.
import type { PackView, StatusView, SubscriptionView, TrustedKeyView } from '../messaging/protocol.ts';
import { listKeys } from '../db/keys.ts';
import { listSubscriptions } from '../db/subscriptions.ts';
import type { Context } from './context.ts';
import { enabledPacks, loadActive } from './packstore.ts';

export async function packViews(ctx: Context): Promise<PackView[]> {
  const set = await loadActive(ctx);
  return set.packs.map(({ pack, origin, subscriptionUrl, activatedAt, previousVersion }) => {
    const pref = set.prefs.get(pack.id);
    const off = new Set(pref?.disabledRules ?? []);
    return {
      id: pack.id,
      title: pack.title,
      version: pack.version,
      languages: pack.languages,
      license: pack.license,
      ...(pack.homepage ? { homepage: pack.homepage } : {}),
      reviewedBy: pack.reviewedBy,
      origin,
      ...(subscriptionUrl ? { subscriptionUrl } : {}),
      enabled: pref?.enabled ?? true,
      rules: pack.rules.map((r) => ({
        id: r.id,
        title: r.title.en ?? r.title.fr ?? r.id,
        category: r.category,
        severity: r.severity,
        lang: r.lang,
        enabled: !off.has(r.id),
      })),
      ...(previousVersion ? { previousVersion } : {}),
      activatedAt,
    };
  });
}

export async function subscriptionViews(ctx: Context): Promise<SubscriptionView[]> {
  return (await listSubscriptions(ctx.db)).map((s) => ({
    id: s.id!,
    url: s.url,
    ...(s.lastCheck ? { lastCheck: s.lastCheck } : {}),
    ...(s.nextCheck ? { nextCheck: s.nextCheck } : {}),
    status: s.status,
    ...(s.reason ? { reason: s.reason } : {}),
    ...(s.problems?.length ? { problems: s.problems } : {}),
    packIds: s.packIds,
    failures: s.failures,
  }));
}

export async function keyViews(ctx: Context): Promise<TrustedKeyView[]> {
  return (await listKeys(ctx.db, ctx.builtInKeys)).map(({ key, name, builtIn, addedAt }) => ({
    key,
    name,
    builtIn,
    addedAt,
  }));
}

export async function statusView(ctx: Context): Promise<StatusView> {
  const set = await loadActive(ctx);
  const packs = enabledPacks(set);
  return {
    packCount: packs.length,
    ruleCount: packs.reduce((n, p) => n + p.rules.length, 0),
    snapshotHash: ctx.snapshot?.hash ?? '',
    notices: [...ctx.notices],
  };
}

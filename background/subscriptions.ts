// Checking a subscription: index.json (ETag) -> its signature -> each listed pack newer than the active one
// through the activation pipeline -> the source list the same way -> record the outcome on the row.
// One pack failing does not stop the others; each failure's reason is kept on the subscription.
import type { CheckOutcome } from '../messaging/protocol.ts';
import { listKeys } from '../db/keys.ts';
import type { SubscriptionRow } from '../db/schema.ts';
import { listSubscriptions, updateSubscription } from '../db/subscriptions.ts';
import { compareVersions } from '../publish/semver.ts';
import { MIN_UPDATE_HOURS, parseIndex, type SiteIndex } from '../publish/site.ts';
import { activateCandidate } from './activate.ts';
import type { Context } from './context.ts';
import { fetchText } from './fetch.ts';
import { activateSources, loadActive } from './packstore.ts';
import { REASONS, StepError, asStepError } from './reasons.ts';
import { refreshSnapshot } from './snapshot.ts';
import { checkHash, checkSignature, parseJson, validateSources } from './steps.ts';
import { resolveSiteFile } from './urls.ts';

const HOUR = 3_600_000;
/** Retry delays after a host failed: 1 h, 2 h, 4 h ... at most a day. */
export function backoffMs(failures: number): number {
  return Math.min(24 * HOUR, HOUR * 2 ** Math.max(0, failures - 1));
}

export async function trustedKeyList(ctx: Context): Promise<string[]> {
  return (await listKeys(ctx.db, ctx.builtInKeys)).map((k) => k.key);
}

async function fetchFile(ctx: Context, url: string, etag?: string) {
  return fetchText(url, {
    fetch: ctx.fetch,
    timeoutMs: ctx.limits.timeoutMs,
    maxBytes: ctx.limits.maxBytes,
    ...(etag ? { etag } : {}),
  });
}

/**
 * Only "not there" answers mean a missing signature file (S3 answers 403 for a missing key); a 5xx, a timeout
 * or a cut connection is a host failure, with backoff and the host named in the reason.
 */
const missingFile = (error: unknown) =>
  error instanceof StepError && error.code === 'http' && [403, 404, 410].includes(error.status ?? 0);

async function fetchSigned(ctx: Context, url: string): Promise<{ text: string; sig: string | undefined }> {
  const file = await fetchFile(ctx, url);
  if (file.status !== 'ok') throw REASONS.http(304);
  const sig = await fetchFile(ctx, `${url}.sig`).catch((error: unknown) => {
    if (missingFile(error)) return undefined; // reported as a missing signature
    throw error;
  });
  return { text: file.text, sig: sig?.status === 'ok' ? sig.text : undefined };
}

const isHostFailure = (e: StepError) => e.code === 'network' || e.code === 'timeout' || e.code === 'http';

async function checkSources(
  ctx: Context,
  sub: SubscriptionRow,
  index: SiteIndex,
  keys: string[],
): Promise<boolean> {
  const entry = index.sources;
  if (!entry || entry.hash === sub.sourcesHash) return false;
  const url = resolveSiteFile(sub.url, entry.path);
  if (!url) throw REASONS.outsideSite(entry.path);
  const active = await ctx.db.sources.where('state').equals('active').first();
  if (active && entry.version <= active.version) return false;
  const { text, sig } = await fetchSigned(ctx, url);
  await checkSignature(text, sig, keys, entry.path, index.publicKey);
  await checkHash(text, entry.hash, entry.path);
  validateSources(parseJson(text, entry.path), entry.path);
  await activateSources(ctx, { version: entry.version, origin: 'subscription', hash: entry.hash, text });
  await updateSubscription(ctx.db, sub.id!, { sourcesHash: entry.hash });
  return true;
}

/** Checks one subscription now. Never throws: failures end up in the outcome and on the row. */
export async function checkSubscription(ctx: Context, sub: SubscriptionRow): Promise<CheckOutcome> {
  const now = ctx.now();
  const outcome: CheckOutcome = { url: sub.url, result: 'unchanged', activated: [] };
  const failed: StepError[] = [];
  let hostFailed = false;
  let index: SiteIndex | undefined;
  let etag = sub.etag;
  try {
    const fetched = await fetchFile(ctx, sub.url, sub.etag);
    if (fetched.status === 'ok') {
      const keys = await trustedKeyList(ctx);
      // As for pack signatures (missingFile): only a "not there" answer means "no signature file".
      const sig = await fetchFile(ctx, `${sub.url}.sig`).catch((error: unknown) => {
        if (missingFile(error)) return undefined;
        throw error;
      });
      const parsed = parseIndex(fetched.text);
      if (!parsed.index) throw REASONS.index(parsed.problem ?? 'is unreadable');
      index = parsed.index;
      await checkSignature(
        fetched.text,
        sig?.status === 'ok' ? sig.text : undefined,
        keys,
        'index.json',
        index.publicKey,
      );
      const active = await loadActive(ctx);
      for (const entry of index.packs) {
        const current = active.packs.find((p) => p.pack.id === entry.id);
        const order = current ? compareVersions(entry.version, current.pack.version) : 1;
        if (order === 0 || (order < 0 && current?.subscriptionUrl !== sub.url)) continue; // nothing new for us
        if (order < 0 && current?.subscriptionUrl === sub.url) {
          // An older index replayed (or a site that went back): say it, keep the newer active version.
          failed.push(REASONS.notNewer(entry.id, entry.version, current.pack.version));
          continue;
        }
        if (active.prefs.get(entry.id)?.skipVersion === entry.version) continue; // the user rolled it back
        try {
          const url = resolveSiteFile(sub.url, entry.path);
          if (!url) throw REASONS.outsideSite(entry.path);
          const { text, sig: packSig } = await fetchSigned(ctx, url);
          const pack = await activateCandidate(ctx, {
            file: entry.path,
            text,
            signature: packSig,
            trustedKeys: keys,
            ...(index.publicKey ? { claimedKey: index.publicKey } : {}),
            expect: { id: entry.id, version: entry.version, hash: entry.hash },
            origin: 'subscription',
            subscriptionUrl: sub.url,
          });
          outcome.activated.push({ packId: pack.id, version: pack.version });
        } catch (error) {
          const e = asStepError(error);
          hostFailed ||= isHostFailure(e);
          failed.push(e);
        }
      }
      try {
        await checkSources(ctx, sub, index, keys);
      } catch (error) {
        const e = asStepError(error);
        hostFailed ||= isHostFailure(e);
        failed.push(e);
      }
      // Keep the ETag only when everything listed was handled: otherwise a 304 would hide what failed.
      etag = failed.length === 0 ? fetched.etag : undefined;
    }
  } catch (error) {
    const e = asStepError(error);
    hostFailed ||= isHostFailure(e);
    failed.push(e);
  }
  const failures = hostFailed ? sub.failures + 1 : 0;
  const intervalHours = Math.max(MIN_UPDATE_HOURS, index?.updateHours ?? sub.intervalHours ?? 24);
  const wait = hostFailed ? backoffMs(failures) : intervalHours * HOUR;
  const change: Partial<SubscriptionRow> = {
    lastCheck: now.toISOString(),
    nextCheck: new Date(now.getTime() + wait).toISOString(),
    status: failed.length ? 'failed' : 'ok',
    failures,
    intervalHours,
    ...(index ? { packIds: index.packs.map((p) => p.id) } : {}),
  };
  const reason = failed.map((e) => e.reason).join(' ');
  change.reason = failed.length ? reason : undefined;
  change.problems = failed.length ? failed.map((e) => e.problem) : undefined;
  change.etag = etag;
  await updateSubscription(ctx.db, sub.id!, change).catch((error: unknown) =>
    ctx.log('could not record a check', error),
  );
  if (failed.length) {
    outcome.result = 'failed';
    outcome.reason = reason;
    outcome.problems = failed.map((e) => e.problem);
  }
  if (outcome.activated.length) {
    if (!failed.length) outcome.result = 'activated';
    await refreshSnapshot(ctx);
  }
  return outcome;
}

/** Checks the subscriptions that are due (all of them with `force`, or only `url`). */
export function checkDue(
  ctx: Context,
  options: { force?: boolean; url?: string } = {},
): Promise<CheckOutcome[]> {
  return serialised(ctx, () => checkDueNow(ctx, options));
}

// Updates run one at a time per context (the alarm and "check now" may fire together): each sees the
// versions the previous one activated, so no version check races another activation.
const queues = new WeakMap<Context, Promise<unknown>>();
export function serialised<T>(ctx: Context, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(ctx) ?? Promise.resolve()).then(job, job);
  queues.set(
    ctx,
    run.catch(() => undefined),
  );
  return run;
}

async function checkDueNow(
  ctx: Context,
  options: { force?: boolean; url?: string },
): Promise<CheckOutcome[]> {
  const now = ctx.now().toISOString();
  const subs = (await listSubscriptions(ctx.db)).filter(
    (s) =>
      (options.url ? s.url === options.url : true) && (options.force || !s.nextCheck || s.nextCheck <= now),
  );
  const outcomes: CheckOutcome[] = [];
  for (const sub of subs) outcomes.push(await checkSubscription(ctx, sub)); // one at a time: gentle on hosts
  return outcomes;
}

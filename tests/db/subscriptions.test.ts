// Subscriptions end to end with a fake host serving a site built by publish/site.ts.
import { reasonIn } from '../../i18n/reasons.ts';
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS, type StoredSnapshot } from '../../common/settings.ts';
import { init } from '../../background/main.ts';
import { route } from '../../background/router.ts';
import { checkDue } from '../../background/subscriptions.ts';
import type { CheckOutcome, SubscriptionView } from '../../messaging/protocol.ts';
import type { Pack } from '../../engine/types.ts';
import { generateKeyPair, sign, type KeyPair } from '../../publish/sign.ts';
import { buildSite } from '../../publish/site.ts';
import { makePack, packText, testContext } from './fixtures.ts';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const BASE = 'https://packs.example.org/vigie/';
const INDEX = `${BASE}index.json`;

let project: KeyPair;
let stranger: KeyPair;
beforeAll(async () => {
  project = await generateKeyPair();
  stranger = await generateKeyPair();
});

/** A host serving `files`, with ETags, a request log and per-path overrides. */
function host(files: Map<string, string>) {
  const h = {
    files,
    requests: [] as string[],
    status: new Map<string, number>(),
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      h.requests.push(url);
      const path = url.startsWith(BASE) ? url.slice(BASE.length) : url;
      const status = h.status.get(path);
      if (status) return new Response('error', { status });
      const body = h.files.get(path);
      if (body === undefined) return new Response('not found', { status: 404 });
      let sum = 0;
      for (let i = 0; i < body.length; i++) sum = (sum * 31 + body.charCodeAt(i)) >>> 0;
      const etag = `"${sum.toString(16)}"`;
      if (new Headers(init?.headers).get('if-none-match') === etag)
        return new Response(null, { status: 304 });
      return new Response(body, { headers: { ETag: etag } });
    }) as typeof fetch,
  };
  return h;
}

async function site(packs: Pack[], key = project) {
  return buildSite(
    { packs: packs.map((p) => ({ id: p.id, version: p.version, expires: p.expires, text: packText(p) })) },
    key.privateKey,
  );
}

async function setup(packs: Pack[], key = project) {
  const h = host(await site(packs, key));
  const ctx = testContext({
    bundled: [makePack('alpha', '1.0.0')],
    builtInKeys: [project.publicKey],
    fetch: h.fetch,
  });
  await init(ctx);
  return { ctx, h };
}

const active = async (ctx: ReturnType<typeof testContext>) =>
  (await ctx.db.packs.where('state').equals('active').toArray()).map((r) => `${r.id}@${r.version}`).sort();
const snapshotData = (ctx: ReturnType<typeof testContext>) =>
  JSON.parse((ctx.storage.data.get(STORAGE_KEYS.snapshot) as StoredSnapshot).data) as unknown[];

async function add(ctx: ReturnType<typeof testContext>, url = BASE) {
  const reply = await route(ctx, { type: 'subscriptions:add', url }, page, self);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as SubscriptionView;
}

describe('subscriptions', () => {
  it('activates a good update, keeps the old version for rollback, and schedules the next check', async () => {
    const { ctx } = await setup([
      makePack('alpha', '1.1.0', { extraRule: true }),
      makePack('gamma', '0.1.0'),
    ]);
    const sub = await add(ctx);
    expect(sub).toMatchObject({ url: INDEX, status: 'ok', packIds: ['alpha', 'gamma'], failures: 0 });
    expect(sub.nextCheck).toBe('2026-11-29T12:00:00.000Z');
    expect(await active(ctx)).toEqual(['alpha@1.1.0', 'gamma@0.1.0']);
    expect(snapshotData(ctx)).toEqual([
      ['alpha', '1.1.0', ['alpha-lemon', 'alpha-garlic']],
      ['gamma', '0.1.0', ['gamma-lemon']],
    ]);
    expect((await ctx.db.packs.get(['alpha', '1.0.0']))!.state).toBe('previous');

    // Rollback: one click brings 1.0.0 back, and the next check does not re-activate 1.1.0.
    const rolled = await route(ctx, { type: 'packs:rollback', packId: 'alpha' }, page, self);
    expect(rolled.ok).toBe(true);
    expect(await active(ctx)).toEqual(['alpha@1.0.0', 'gamma@0.1.0']);
    const again = await route(ctx, { type: 'subscriptions:check-now' }, page, self);
    expect(again).toMatchObject({ ok: true, value: [{ result: 'unchanged' }] });
    expect(await active(ctx)).toEqual(['alpha@1.0.0', 'gamma@0.1.0']);
    const none = await route(ctx, { type: 'packs:rollback', packId: 'alpha' }, page, self);
    expect(none).toEqual({ ok: false, error: 'Pack alpha has no earlier version kept to go back to.' });
  });

  it('removing a subscription takes its packs away: an updated bundled pack falls back, its own packs go', async () => {
    const { ctx } = await setup([
      makePack('alpha', '1.1.0', { extraRule: true }),
      makePack('gamma', '0.1.0'),
    ]);
    await add(ctx);
    expect(await active(ctx)).toEqual(['alpha@1.1.0', 'gamma@0.1.0']);
    const reply = await route(ctx, { type: 'subscriptions:remove', url: INDEX }, page, self);
    expect(reply).toEqual({ ok: true, value: [] });
    expect(await active(ctx)).toEqual(['alpha@1.0.0']);
    expect(await ctx.db.packs.count()).toBe(1);
    expect(snapshotData(ctx)).toEqual([['alpha', '1.0.0', ['alpha-lemon']]]);
  });

  it('an unchanged ETag (the browser cache revalidated it) changes nothing', async () => {
    const { ctx, h } = await setup([makePack('alpha', '1.1.0')]);
    await add(ctx);
    const [outcome] = (await checkDue(ctx, { force: true })) as CheckOutcome[];
    expect(outcome).toMatchObject({ result: 'unchanged', activated: [] });
    expect(h.requests.filter((u) => u === INDEX)).toHaveLength(2);
    expect(await active(ctx)).toEqual(['alpha@1.1.0']);
  });

  it.each([
    [
      'a file changed after signing',
      async (h: ReturnType<typeof host>) => {
        h.files.set('packs/alpha.json', packText(makePack('alpha', '1.1.0', { extraRule: true })));
      },
      /hash mismatch|signature of packs\/alpha.json does not match/,
    ],
    [
      'a bad signature',
      async (h: ReturnType<typeof host>) => {
        h.files.set('packs/alpha.json.sig', await sign('something else', project.privateKey));
      },
      /The signature of packs\/alpha.json does not match/,
    ],
    ['a 500', async (h: ReturnType<typeof host>) => void h.status.set('index.json', 500), /error 500/],
    [
      'a missing signature',
      async (h: ReturnType<typeof host>) => void h.files.delete('packs/alpha.json.sig'),
      /has no signature file/,
    ],
    [
      'a 503 on a signature file (a host failure, not a missing file)',
      async (h: ReturnType<typeof host>) => void h.status.set('packs/alpha.json.sig', 503),
      /error 503/,
    ],
  ])('%s leaves the old pack active with a reason', async (_name, damage, reason) => {
    const { ctx, h } = await setup([makePack('alpha', '1.1.0')]);
    await damage(h);
    const sub = await add(ctx);
    expect(sub.status).toBe('failed');
    expect(sub.reason).toMatch(reason);
    expect(await active(ctx)).toEqual(['alpha@1.0.0']);
    expect(snapshotData(ctx)).toEqual([['alpha', '1.0.0', ['alpha-lemon']]]);
  });

  it('refuses a site signed by a key the user does not trust, until the user adds it', async () => {
    const { ctx } = await setup([makePack('alpha', '1.1.0')], stranger);
    const sub = await add(ctx);
    expect(sub.reason).toMatch(/index.json is signed by a key you do not trust/);
    expect(await active(ctx)).toEqual(['alpha@1.0.0']);
    expect(
      (await route(ctx, { type: 'keys:add', key: stranger.publicKey, name: 'Other maintainers' }, page, self))
        .ok,
    ).toBe(true);
    const [outcome] = (await checkDue(ctx, { force: true })) as CheckOutcome[];
    expect(outcome!.result).toBe('activated');
    expect(await active(ctx)).toEqual(['alpha@1.1.0']);
  });

  it('refuses a pack whose examples fail, and a pack that breaks the format, each with its reason', async () => {
    const bad = makePack('alpha', '1.1.0');
    bad.rules[0]!.id = 'alpha-broken';
    const malformed = { ...makePack('gamma', '0.1.0'), license: '' } as Pack;
    const { ctx } = await setup([bad, malformed]);
    const sub = await add(ctx);
    expect(sub.reason).toMatch(/Pack alpha was not activated: its own examples fail/);
    expect(sub.reason).toMatch(/packs\/gamma.json does not follow the pack format/);
    expect(await active(ctx)).toEqual(['alpha@1.0.0']);
    // The same failures as data, so a French reader reads them in French.
    expect(sub.problems?.map((p) => p.key).sort()).toEqual(['examples', 'schema']);
    const french = reasonIn(sub, 'fr')!;
    expect(french).toMatch(/Le paquet alpha n’a pas été activé : ses propres exemples échouent/);
    expect(french).toMatch(/packs\/gamma.json ne suit pas le format des paquets/);
    expect(reasonIn(sub, 'en')).toBe(sub.reason);
  });

  it('does not let an older signed index replace a newer version', async () => {
    const { ctx, h } = await setup([makePack('alpha', '1.2.0')]);
    await add(ctx);
    const old = await site([makePack('alpha', '1.1.0')]);
    for (const [k, v] of old) h.files.set(k, v);
    const [outcome] = (await checkDue(ctx, { force: true })) as CheckOutcome[];
    expect(outcome!.reason).toMatch(/version 1.1.0 is not newer than the active version 1.2.0/);
    expect(await active(ctx)).toEqual(['alpha@1.2.0']);
  });

  it('backs off after host failures and checks only what is due', async () => {
    const { ctx, h } = await setup([makePack('alpha', '1.1.0')]);
    h.status.set('index.json', 503);
    await add(ctx);
    let [sub] = (await ctx.db.subscriptions.toArray())!;
    expect(sub).toMatchObject({ failures: 1, nextCheck: '2026-11-28T13:00:00.000Z' });
    expect(await checkDue(ctx)).toEqual([]); // not due yet
    ctx.now = () => new Date('2026-11-28T13:00:00Z');
    await checkDue(ctx);
    [sub] = await ctx.db.subscriptions.toArray();
    expect(sub).toMatchObject({ failures: 2, nextCheck: '2026-11-28T15:00:00.000Z' });
    h.status.clear();
    ctx.now = () => new Date('2026-11-28T15:00:00Z');
    await checkDue(ctx);
    expect(await active(ctx)).toEqual(['alpha@1.1.0']);
  });

  it('refuses plain http except on this machine', async () => {
    const { ctx } = await setup([makePack('alpha', '1.1.0')]);
    const reply = await route(
      ctx,
      { type: 'subscriptions:add', url: 'http://packs.example.org/' },
      page,
      self,
    );
    expect(reply).toEqual({
      ok: false,
      error: 'This address cannot be used: it must start with https:// (plain http only for localhost).',
    });
  });

  it('imports a signed pack file, and refuses an unsigned one', async () => {
    const { ctx } = await setup([]);
    const text = packText(makePack('delta', '2.0.0'));
    const unsigned = await route(ctx, { type: 'packs:import', text }, page, self);
    expect(unsigned).toMatchObject({
      ok: true,
      value: { result: 'failed', reason: expect.stringMatching(/no signature/) },
    });
    const signed = await route(
      ctx,
      { type: 'packs:import', text, sig: await sign(text, project.privateKey) },
      page,
      self,
    );
    expect(signed).toMatchObject({
      ok: true,
      value: { result: 'activated', activated: [{ packId: 'delta', version: '2.0.0' }] },
    });
    const list = await route(ctx, { type: 'packs:list' }, page, self);
    expect(
      list.ok && (list.value as { id: string; origin: string }[]).map((p) => `${p.id}:${p.origin}`),
    ).toEqual(['alpha:bundled', 'delta:file']);
  });
});

describe('the verified-source list by subscription', () => {
  const sourcesV = (version: number, name = 'World Health Organization') =>
    `${JSON.stringify({
      version,
      sources: [
        {
          id: 'who',
          name,
          kind: 'public-health-agency',
          domains: ['who.int'],
          languages: ['en'],
          topics: ['cancer'],
          homepage: 'https://www.who.int/',
        },
      ],
    })}\n`;

  it('activates a newer signed list, refuses a tampered one, and ignores an older one', async () => {
    const files = await buildSite(
      { packs: [], sources: { version: 2, text: sourcesV(2) } },
      project.privateKey,
    );
    const h = host(files);
    const ctx = testContext({
      bundled: [makePack('alpha', '1.0.0')],
      builtInKeys: [project.publicKey],
      fetch: h.fetch,
    });
    await init(ctx);
    const sub = await add(ctx);
    expect(sub.status).toBe('ok');
    expect((await ctx.db.sources.where('state').equals('active').first())!.version).toBe(2);

    const next = await buildSite(
      { packs: [], sources: { version: 3, text: sourcesV(3) } },
      project.privateKey,
    );
    for (const [k, v] of next) h.files.set(k, v);
    h.files.set('sources.json', sourcesV(3, 'Someone else'));
    const [outcome] = (await checkDue(ctx, { force: true })) as CheckOutcome[];
    expect(outcome!.reason).toMatch(/sources.json does not match|signature of sources.json/);
    expect((await ctx.db.sources.where('state').equals('active').first())!.version).toBe(2);

    const older = await buildSite(
      { packs: [], sources: { version: 1, text: sourcesV(1) } },
      project.privateKey,
    );
    for (const [k, v] of older) h.files.set(k, v);
    const [again] = (await checkDue(ctx, { force: true })) as CheckOutcome[];
    expect(again!.result).toBe('unchanged');
    expect((await ctx.db.sources.where('state').equals('active').first())!.version).toBe(2);
  });

  it('runs concurrent checks one after the other', async () => {
    const { ctx } = await setup([makePack('alpha', '1.1.0')]);
    await ctx.db.subscriptions.add({ url: INDEX, addedAt: 't', status: 'new', failures: 0, packIds: [] });
    const results = await Promise.all([checkDue(ctx, { force: true }), checkDue(ctx, { force: true })]);
    expect(results.map((r) => r[0]!.result)).toEqual(['activated', 'unchanged']);
    expect(await ctx.db.packs.count()).toBe(2);
  });
});

describe('storage errors during activation', () => {
  it('a quota error leaves the old version active and says so', async () => {
    const { ctx } = await setup([makePack('alpha', '1.1.0')]);
    const put = ctx.db.packs.put.bind(ctx.db.packs);
    let calls = 0;
    ctx.db.packs.put = ((...args: Parameters<typeof put>) => {
      // The first write (old version demoted) succeeds, the second (new version) hits the quota: the
      // transaction must undo the first.
      if (++calls === 2)
        return Promise.reject(Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' }));
      return put(...args);
    }) as typeof put;
    const sub = await add(ctx);
    expect(sub.reason).toBe(
      'Vigie could not save the update (the browser’s storage is full); the previous rules stay active.',
    );
    ctx.db.packs.put = put;
    expect(await active(ctx)).toEqual(['alpha@1.0.0']);
    expect(snapshotData(ctx)).toEqual([['alpha', '1.0.0', ['alpha-lemon']]]);
  });
});

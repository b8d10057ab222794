// The article reader's messages through the real router and database: add/remove the host, give back its
// access unless a subscription fetches from the same origin.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS, type Settings } from '../../common/settings.ts';
import { route } from '../../background/router.ts';
import { addSubscription } from '../../db/subscriptions.ts';
import { testContext } from './fixtures.ts';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const tab = { id: 'ext', url: 'https://news.example.org/a', tab: { id: 3 } };

function withRevokes() {
  const ctx = testContext();
  const revoked: string[] = [];
  ctx.removeOrigin = async (origin) => {
    revoked.push(origin);
    return true;
  };
  return { ctx, revoked };
}

describe('generic:add / generic:remove', () => {
  it('adds the host once (lower-cased) and mirrors settings for content scripts', async () => {
    const { ctx } = withRevokes();
    const r1 = await route(ctx, { type: 'generic:add', host: 'News.Example.org' }, popup, self);
    const r2 = await route(ctx, { type: 'generic:add', host: 'news.example.org' }, popup, self);
    expect(r1).toMatchObject({ ok: true, value: { genericHosts: ['news.example.org'] } });
    expect(r2).toMatchObject({ ok: true, value: { genericHosts: ['news.example.org'] } });
    const mirrored = ctx.storage.data.get(STORAGE_KEYS.settings) as Settings;
    expect(mirrored.genericHosts).toEqual(['news.example.org']);
  });

  it('refuses the messages from a web page', async () => {
    const { ctx } = withRevokes();
    const r = await route(ctx, { type: 'generic:add', host: 'news.example.org' }, tab, self);
    expect(r.ok).toBe(false);
    expect(await route(ctx, { type: 'settings:get' }, popup, self)).toMatchObject({
      value: { genericHosts: [] },
    });
  });

  it('removes the host and revokes https://host/*', async () => {
    const { ctx, revoked } = withRevokes();
    await route(ctx, { type: 'generic:add', host: 'a.example.org' }, popup, self);
    await route(ctx, { type: 'generic:add', host: 'b.example.org' }, popup, self);
    const r = await route(ctx, { type: 'generic:remove', host: 'a.example.org' }, popup, self);
    expect(r).toMatchObject({ ok: true, value: { genericHosts: ['b.example.org'] } });
    expect(revoked).toEqual(['https://a.example.org/*']);
  });

  it('keeps the access a subscription on the same origin needs', async () => {
    const { ctx, revoked } = withRevokes();
    await addSubscription(ctx.db, 'https://packs.example.org/vigie/index.json', new Date());
    await route(ctx, { type: 'generic:add', host: 'packs.example.org' }, popup, self);
    const r = await route(ctx, { type: 'generic:remove', host: 'packs.example.org' }, popup, self);
    expect(r).toMatchObject({ ok: true, value: { genericHosts: [] } });
    expect(revoked).toEqual([]);
  });

  it('still turns the reader off when revoking fails', async () => {
    const { ctx } = withRevokes();
    ctx.removeOrigin = () => Promise.reject(new Error('no'));
    await route(ctx, { type: 'generic:add', host: 'a.example.org' }, popup, self);
    const r = await route(ctx, { type: 'generic:remove', host: 'a.example.org' }, popup, self);
    expect(r).toMatchObject({ ok: true, value: { genericHosts: [] } });
    expect(ctx.logs.some((l) => l.includes('could not revoke a.example.org'))).toBe(true);
  });
});

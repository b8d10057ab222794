// Export, import (merge without duplicates, refuse bad files whole) and delete-all.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../common/settings.ts';
import { init } from '../../background/main.ts';
import { route } from '../../background/router.ts';
import { generateKeyPair } from '../../publish/sign.ts';
import { testContext } from './fixtures.ts';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const tab = { id: 'ext', url: 'https://www.tiktok.com/@a/video/1', tab: { id: 7 } };

async function send(ctx: ReturnType<typeof testContext>, msg: Record<string, unknown>, from = page) {
  const reply = await route(ctx, msg, from, self);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

async function filled() {
  const ctx = testContext();
  await init(ctx);
  const key = await generateKeyPair();
  await send(ctx, { type: 'settings:set', patch: { mode: 'clinician', onboarded: true } });
  await send(ctx, { type: 'keys:add', key: key.publicKey, name: 'Maintainers B' });
  await ctx.db.subscriptions.add({
    url: 'https://packs.example.org/index.json',
    addedAt: 't',
    status: 'new',
    failures: 0,
    packIds: [],
  });
  await send(ctx, { type: 'feedback:report-wrong', postKey: 'p', ruleId: 'r', host: 'www.tiktok.com' }, tab);
  await send(ctx, { type: 'site:pause', host: 'www.youtube.com' }, tab);
  await send(ctx, { type: 'packs:toggle', packId: 'beta', enabled: false });
  await send(
    ctx,
    {
      type: 'reports:add',
      permalink: 'https://www.tiktok.com/@a/video/1',
      category: 'contradicts-evidence',
      note: 'see WHO page',
    },
    tab,
  );
  return ctx;
}

describe('backup', () => {
  it('export then import on a fresh profile restores everything; a second import adds nothing', async () => {
    const ctx = await filled();
    const { json, filename } = (await send(ctx, { type: 'backup:export' })) as {
      json: string;
      filename: string;
    };
    expect(filename).toBe('vigie-backup-2026-11-28.json');
    const fresh = testContext();
    await init(fresh);
    const summary = await send(fresh, { type: 'backup:import', text: json });
    expect(summary).toEqual({
      settings: true,
      subscriptionsAdded: 1,
      keysAdded: 1,
      feedbackAdded: 2,
      reportsAdded: 1,
    });
    expect(fresh.storage.data.get(STORAGE_KEYS.settings)).toMatchObject({
      mode: 'clinician',
      onboarded: true,
    });
    expect(fresh.storage.data.get(STORAGE_KEYS.feedback)).toEqual({
      dismissed: ['p|r'],
      hiddenRules: [],
      pausedHosts: ['www.youtube.com'],
    });
    expect((await fresh.db.packPrefs.get('beta'))!.enabled).toBe(false);
    const again = await send(fresh, { type: 'backup:import', text: json });
    expect(again).toEqual({
      settings: true,
      subscriptionsAdded: 0,
      keysAdded: 0,
      feedbackAdded: 0,
      reportsAdded: 0,
    });
    expect(await fresh.db.reports.count()).toBe(1);
    expect(((await send(fresh, { type: 'keys:list' })) as unknown[]).length).toBe(1);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another file', '{"hello":1}', /not a Vigie backup/],
    [
      'a partial backup',
      '{"format":"vigie-backup","version":1,"exportedAt":"x","settings":{}}',
      /incomplete or damaged/,
    ],
  ])('refuses %s whole', async (_name, text, reason) => {
    const ctx = await filled();
    const before = await ctx.db.feedback.count();
    const reply = await route(ctx, { type: 'backup:import', text }, page, self);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(reason);
    expect(await ctx.db.feedback.count()).toBe(before);
  });

  it('refuses a backup with one bad key, writing nothing', async () => {
    const ctx = await filled();
    const { json } = (await send(ctx, { type: 'backup:export' })) as { json: string };
    const data = JSON.parse(json);
    data.keys.push({ key: 'bm90IGEga2V5', name: 'broken' });
    data.reports.push({ permalink: 'https://x.org/2', category: 'other', note: 'new', createdAt: 't' });
    const fresh = testContext();
    await init(fresh);
    const reply = await route(fresh, { type: 'backup:import', text: JSON.stringify(data) }, page, self);
    expect(reply.ok ? '' : reply.error).toMatch(/unusable signing key/);
    expect(await fresh.db.reports.count()).toBe(0);
  });

  it('delete-all wipes user data and falls back to the bundled packs', async () => {
    const ctx = await filled();
    expect((await route(ctx, { type: 'backup:delete-all', confirm: false }, page, self)).ok).toBe(false);
    await send(ctx, { type: 'backup:delete-all', confirm: true });
    for (const table of [
      ctx.db.reports,
      ctx.db.feedback,
      ctx.db.subscriptions,
      ctx.db.keys,
      ctx.db.packPrefs,
    ]) {
      expect(await table.count()).toBe(0);
    }
    expect(ctx.storage.data.get(STORAGE_KEYS.settings)).toMatchObject({ mode: 'patient', onboarded: false });
    expect(ctx.storage.data.get(STORAGE_KEYS.feedback)).toEqual({
      dismissed: [],
      hiddenRules: [],
      pausedHosts: [],
    });
    expect((await ctx.db.packs.toArray()).map((r) => `${r.id}@${r.version}:${r.origin}`)).toEqual([
      'alpha@1.0.0:bundled',
      'beta@1.0.0:bundled',
    ]);
  });
});

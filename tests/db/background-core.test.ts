// Start-up, the cached snapshot, settings and feedback mirrors, corrupt rows and storage errors.
import { decodeAnswer } from '../../messaging/analysis-wire.ts';
import { problemText } from '../../i18n/reasons.ts';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS, type StoredSnapshot } from '../../common/settings.ts';
import { init } from '../../background/main.ts';
import { refreshSnapshot } from '../../background/snapshot.ts';
import { route } from '../../background/router.ts';
import { activateVersion } from '../../db/packs.ts';
import { sha256Hex } from '../../publish/sign.ts';
import { fakeEngine, makePack, packText, testContext } from './fixtures.ts';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const tab = { id: 'ext', url: 'https://www.tiktok.com/@a/video/1', tab: { id: 7 } };

const snapshotOf = (ctx: ReturnType<typeof testContext>) =>
  ctx.storage.data.get(STORAGE_KEYS.snapshot) as StoredSnapshot;

/** A content script's 'analyze' of one text, through the router; the answer decoded (the reply must be ok). */
async function analyze(ctx: ReturnType<typeof testContext>, text: string) {
  const reply = await route(ctx, { type: 'analyze', hash: '', known: [], items: [{ text }] }, tab, self);
  expect(reply.ok).toBe(true);
  return decodeAnswer((reply as { value: string }).value);
}

describe('background start-up', () => {
  it('stores the bundled packs, mirrors settings and feedback, caches the snapshot', async () => {
    const ctx = testContext();
    await init(ctx);
    expect((await ctx.db.packs.toArray()).map((r) => [r.id, r.version, r.state, r.origin])).toEqual([
      ['alpha', '1.0.0', 'active', 'bundled'],
      ['beta', '1.0.0', 'active', 'bundled'],
    ]);
    expect(await ctx.db.sources.count()).toBe(1);
    expect(ctx.storage.data.get(STORAGE_KEYS.settings)).toMatchObject({ mode: 'patient', onboarded: false });
    expect(ctx.storage.data.get(STORAGE_KEYS.feedback)).toEqual({
      dismissed: [],
      hiddenRules: [],
      pausedHosts: [],
    });
    const snap = snapshotOf(ctx);
    expect(snap.version).toBe(1);
    expect(JSON.parse(snap.data)).toEqual([
      ['alpha', '1.0.0', ['alpha-lemon']],
      ['beta', '1.0.0', ['beta-lemon']],
    ]);
  });

  it('compiles again only when packs or switches change', async () => {
    const ctx = testContext();
    await init(ctx);
    const before = fakeEngine.compiled;
    await refreshSnapshot(ctx);
    await init(ctx); // a second start of the service worker
    expect(fakeEngine.compiled).toBe(before);
    const reply = await route(ctx, { type: 'packs:toggle', packId: 'beta', enabled: false }, page, self);
    expect(reply.ok).toBe(true);
    expect(fakeEngine.compiled).toBe(before + 1);
    expect(JSON.parse(snapshotOf(ctx).data)).toEqual([['alpha', '1.0.0', ['alpha-lemon']]]);
  });

  it('compiles again after an update that changes the engine data or the lexicon, with the same packs', async () => {
    const ctx = testContext();
    await init(ctx);
    const before = fakeEngine.compiled;
    // Same storage, same database: the next version of the extension starting up.
    const updated = { ...ctx, engine: { ...fakeEngine, dataStamp: 'new context cues' }, snapshot: undefined };
    await refreshSnapshot(updated);
    expect(fakeEngine.compiled).toBe(before + 1);
    await refreshSnapshot({ ...updated, snapshot: undefined });
    expect(fakeEngine.compiled).toBe(before + 1);
    const relexed = { ...updated, bundled: { ...ctx.bundled, lexicon: { en: {} } }, snapshot: undefined };
    await refreshSnapshot(relexed);
    expect(fakeEngine.compiled).toBe(before + 2);
  });

  it('replaces a stored bundled pack only by a newer bundled one', async () => {
    const ctx = testContext({ bundled: [makePack('alpha', '1.0.0')] });
    await init(ctx);
    const ctx2 = { ...testContext({ bundled: [makePack('alpha', '1.2.0')] }), db: ctx.db };
    await init(ctx2);
    const rows = await ctx.db.packs.orderBy('[id+version]').toArray();
    expect(rows.map((r) => [r.version, r.state])).toEqual([
      ['1.0.0', 'previous'],
      ['1.2.0', 'active'],
    ]);
    const ctx3 = { ...testContext({ bundled: [makePack('alpha', '1.1.0')] }), db: ctx.db };
    await init(ctx3);
    expect((await ctx.db.packs.where('state').equals('active').first())!.version).toBe('1.2.0');
  });

  it('falls back to the previous version, then to the bundled one, when a stored row is corrupt', async () => {
    const ctx = testContext({ bundled: [makePack('alpha', '1.0.0')] });
    await init(ctx);
    const v2 = packText(makePack('alpha', '2.0.0'));
    await activateVersion(
      ctx.db,
      { id: 'alpha', version: '2.0.0', origin: 'file', hash: await sha256Hex(v2), text: v2 },
      ctx.now(),
    );
    await ctx.db.packs.update(['alpha', '2.0.0'], { text: '{"broken": tru' });
    await refreshSnapshot(ctx);
    expect(JSON.parse(snapshotOf(ctx).data)).toEqual([['alpha', '1.0.0', ['alpha-lemon']]]);
    expect(ctx.notices.map((n) => problemText(n, 'en')).join(' ')).toMatch(
      /alpha 2\.0\.0 was damaged; Vigie went back to version 1\.0\.0/,
    );
    // Now damage the only row left: the bundled copy is used and stored again.
    await ctx.db.packs.update(['alpha', '1.0.0'], { hash: 'nope' });
    await refreshSnapshot(ctx);
    expect(JSON.parse(snapshotOf(ctx).data)).toEqual([['alpha', '1.0.0', ['alpha-lemon']]]);
    expect((await ctx.db.packs.get(['alpha', '1.0.0']))!.hash).not.toBe('nope');
  });

  it('keeps analysing from the snapshot in memory when storage.local refuses it (quota)', async () => {
    const ctx = testContext();
    ctx.storage.failWrites = true;
    await init(ctx);
    expect(ctx.storage.data.has(STORAGE_KEYS.snapshot)).toBe(false);
    const answer = await analyze(ctx, 'is alpha-lemon true?');
    expect(answer.hash).toBe(ctx.snapshot!.hash);
    expect(answer.findings).toEqual([[['alpha-lemon', 'warning', 3, 14, 'none', 1, []]]]);
    expect(ctx.notices.map((n) => problemText(n, 'en')).join(' ')).toMatch(/could not save/);
  });

  it('builds the snapshot again when the stored one does not load, and still answers', async () => {
    const ctx = testContext();
    await init(ctx);
    ctx.snapshot = { ...ctx.snapshot!, data: '{"damaged' };
    expect((await analyze(ctx, 'alpha-lemon here')).findings[0]).toHaveLength(1);
    expect(ctx.logs.join(' ')).toMatch(/could not be loaded; building it again/);
  });

  it('still serves the bundled packs when the database cannot be opened', async () => {
    const ctx = testContext();
    ctx.db.close();
    // A closed Dexie with autoOpen off refuses every query, like a broken IndexedDB.
    (ctx.db as unknown as { _options: { autoOpen: boolean } })._options.autoOpen = false;
    await init(ctx);
    expect(JSON.parse(snapshotOf(ctx).data)).toHaveLength(2);
    expect(ctx.notices.map((n) => problemText(n, 'en')).join(' ')).toMatch(/packs it ships with/);
  });
});

describe('settings and feedback by message', () => {
  it('changes settings from pages only and mirrors them', async () => {
    const ctx = testContext();
    await init(ctx);
    const denied = await route(ctx, { type: 'settings:set', patch: { mode: 'clinician' } }, tab, self);
    expect(denied.ok).toBe(false);
    const ok = await route(
      ctx,
      { type: 'settings:set', patch: { mode: 'clinician', sites: { tiktok: false } } },
      page,
      self,
    );
    expect(ok).toMatchObject({ ok: true, value: { mode: 'clinician', sites: { tiktok: false } } });
    expect(ctx.storage.data.get(STORAGE_KEYS.settings)).toMatchObject({ mode: 'clinician' });
    expect(await route(ctx, { type: 'settings:get' }, tab, self)).toMatchObject({
      ok: true,
      value: { mode: 'clinician' },
    });
  });

  it('stores dismissals, "not misleading" reports, hidden rules and paused sites', async () => {
    const ctx = testContext();
    await init(ctx);
    await route(
      ctx,
      { type: 'feedback:dismiss', postKey: 'p1', ruleId: 'r1', host: 'www.tiktok.com' },
      tab,
      self,
    );
    await route(
      ctx,
      { type: 'feedback:report-wrong', postKey: 'p2', ruleId: 'r1', host: 'www.tiktok.com', excerpt: 'x' },
      tab,
      self,
    );
    await route(ctx, { type: 'feedback:hide-rule', ruleId: 'r9' }, tab, self);
    const last = await route(ctx, { type: 'site:pause', host: 'WWW.YouTube.com' }, tab, self);
    const expected = { dismissed: ['p1|r1', 'p2|r1'], hiddenRules: ['r9'], pausedHosts: ['www.youtube.com'] };
    expect(last).toEqual({ ok: true, value: expected });
    expect(ctx.storage.data.get(STORAGE_KEYS.feedback)).toEqual(expected);
    expect((await ctx.db.feedback.get(['dismissed', 'p2|r1']))!.reason).toBe('not-misleading');
    await route(ctx, { type: 'site:resume', host: 'www.youtube.com' }, page, self);
    await route(ctx, { type: 'feedback:restore', postKey: 'p1', ruleId: 'r1' }, tab, self);
    expect(ctx.storage.data.get(STORAGE_KEYS.feedback)).toEqual({
      dismissed: ['p2|r1'],
      hiddenRules: ['r9'],
      pausedHosts: [],
    });
  });

  it('refuses pack changes from content scripts and messages from elsewhere', async () => {
    const ctx = testContext();
    await init(ctx);
    expect((await route(ctx, { type: 'packs:toggle', packId: 'alpha', enabled: false }, tab, self)).ok).toBe(
      false,
    );
    expect(
      (
        await route(
          ctx,
          { type: 'settings:get' },
          { id: 'other', url: 'https://x.org', tab: { id: 1 } },
          self,
        )
      ).ok,
    ).toBe(false);
    expect((await route(ctx, { type: 'backup:delete-all', confirm: true }, tab, self)).ok).toBe(false);
  });

  it('lists packs with rules and applies rule switches', async () => {
    const ctx = testContext({ bundled: [makePack('alpha', '1.0.0', { extraRule: true })] });
    await init(ctx);
    const reply = await route(
      ctx,
      { type: 'packs:toggle-rule', packId: 'alpha', ruleId: 'alpha-garlic', enabled: false },
      page,
      self,
    );
    expect(reply.ok).toBe(true);
    const packs = reply.ok
      ? (reply.value as { rules: { id: string; enabled: boolean }[]; origin: string }[])
      : [];
    expect(packs[0]!.origin).toBe('bundled');
    expect(packs[0]!.rules).toEqual([
      expect.objectContaining({ id: 'alpha-lemon', enabled: true }),
      expect.objectContaining({ id: 'alpha-garlic', enabled: false }),
    ]);
    expect(JSON.parse(snapshotOf(ctx).data)).toEqual([['alpha', '1.0.0', ['alpha-lemon']]]);
  });
});

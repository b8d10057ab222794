// Each schema version opened with data in it, then upgraded to the next: every row must survive.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VigieDB } from '../../db/database.ts';
import { DB_VERSION, SCHEMA_VERSIONS } from '../../db/schema.ts';

async function seedV1(name: string) {
  const db = new VigieDB(name, 1);
  await db.open();
  await db.packs.bulkPut([
    {
      id: 'a',
      version: '1.0.0',
      state: 'previous',
      origin: 'bundled',
      hash: 'h0',
      text: '{}',
      storedAt: 't',
      activatedAt: 't',
    },
    {
      id: 'a',
      version: '1.1.0',
      state: 'active',
      origin: 'subscription',
      subscriptionUrl: 'https://x.org/index.json',
      hash: 'h1',
      text: '{}',
      storedAt: 't',
      activatedAt: 't',
    },
  ]);
  await db.packPrefs.put({ id: 'a', enabled: false, disabledRules: ['r1'] });
  await db.sources.add({
    version: 1,
    state: 'active',
    origin: 'bundled',
    hash: 'h',
    text: '{}',
    storedAt: 't',
  });
  await db.subscriptions.add({
    url: 'https://x.org/index.json',
    addedAt: 't',
    status: 'ok',
    failures: 0,
    packIds: ['a'],
    etag: '"e1"',
  });
  await db.keys.put({ key: 'k', name: 'maintainer', builtIn: false, addedAt: 't' });
  await db.reports.bulkAdd([
    {
      permalink: 'https://www.tiktok.com/@a/video/1',
      category: 'contradicts-evidence',
      note: 'n1',
      createdAt: '2026-01-01',
    },
    // A v1 row without a category: v2 gives it one so the new index holds it.
    { permalink: 'https://www.tiktok.com/@a/video/2', note: 'n2', createdAt: '2026-01-02' } as never,
  ]);
  await db.feedback.bulkPut([
    { kind: 'dismissed', value: 'p|r', reason: 'not-misleading', host: 'www.tiktok.com', createdAt: 't' },
    { kind: 'paused-host', value: 'www.youtube.com', createdAt: 't' },
  ]);
  await db.settings.put({ key: 'settings', value: { mode: 'clinician' } });
  db.close();
}

describe('database migrations', () => {
  it('has consecutive versions, each saying why it exists', () => {
    SCHEMA_VERSIONS.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      expect(v.why.length).toBeGreaterThan(10);
    });
    expect(DB_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('v1 -> current keeps every row', async () => {
    const name = `migrate-${Math.random()}`;
    await seedV1(name);
    const db = new VigieDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.packs.count()).toBe(2);
    expect(await db.packPrefs.get('a')).toEqual({ id: 'a', enabled: false, disabledRules: ['r1'] });
    expect(await db.sources.count()).toBe(1);
    expect((await db.subscriptions.toArray())[0]).toMatchObject({
      url: 'https://x.org/index.json',
      etag: '"e1"',
    });
    expect(await db.keys.count()).toBe(1);
    expect(await db.feedback.count()).toBe(2);
    expect(await db.settings.get('settings')).toEqual({ key: 'settings', value: { mode: 'clinician' } });
    const reports = await db.reports.orderBy('createdAt').toArray();
    expect(reports.map((r) => r.note)).toEqual(['n1', 'n2']);
    expect(reports[1]!.category).toBe('other');
    // The v2 index answers.
    const found = await db.reports
      .where('[permalink+category]')
      .equals(['https://www.tiktok.com/@a/video/1', 'contradicts-evidence'])
      .count();
    expect(found).toBe(1);
    db.close();
  });
});

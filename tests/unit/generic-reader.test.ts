// The article reader's registration follows settings.genericHosts: plain fakes of scripting and MV2's
// contentScripts stand in for the browser.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_CSS,
  CONTENT_JS,
  GENERIC_SCRIPT_ID,
  createGenericReaderSync,
  matchesFor,
  watchGenericHosts,
  type GenericReaderEvents,
  type GenericReaderPort,
  type LegacyContentScriptsLike,
  type ScriptDetails,
  type ScriptingLike,
} from '../../background/generic-reader.ts';
import { validateRequest } from '../../messaging/protocol.ts';

function fakeScripting() {
  const registered = new Map<string, ScriptDetails>();
  const calls: string[] = [];
  const api: ScriptingLike = {
    async getRegisteredContentScripts(filter) {
      return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(scripts) {
      await new Promise((r) => setTimeout(r, 1)); // lets overlapping syncs interleave if they could
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
      calls.push('register');
    },
    async updateContentScripts(scripts) {
      for (const s of scripts) registered.set(s.id, s);
      calls.push('update');
    },
    async unregisterContentScripts(filter) {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
      calls.push('unregister');
    },
  };
  return { api, registered, calls };
}

function port(extra: Partial<GenericReaderPort> = {}): GenericReaderPort & { logs: string[] } {
  const logs: string[] = [];
  return { log: (m) => void logs.push(m), logs, ...extra };
}

describe('article reader registration', () => {
  it('registers the built content script and its CSS for the hosts, at document_idle, persistent', async () => {
    const s = fakeScripting();
    const sync = createGenericReaderSync(port({ scripting: s.api }));
    await sync.sync(['news.example.org', 'Blog.Example.net']);
    expect(s.registered.get(GENERIC_SCRIPT_ID)).toEqual({
      id: 'vigie-generic',
      js: [CONTENT_JS],
      css: [CONTENT_CSS],
      matches: ['https://blog.example.net/*', 'https://news.example.org/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect([CONTENT_JS, CONTENT_CSS]).toEqual(['content-scripts/content.js', 'content-scripts/content.css']);
  });

  it('updates on change, does nothing when unchanged, unregisters when the list empties', async () => {
    const s = fakeScripting();
    const sync = createGenericReaderSync(port({ scripting: s.api }));
    await sync.sync(['a.example.org']);
    await sync.sync(['a.example.org']);
    await sync.sync(['a.example.org', 'b.example.org']);
    expect(s.registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual([
      'https://a.example.org/*',
      'https://b.example.org/*',
    ]);
    await sync.sync([]);
    await sync.sync([]);
    expect(s.registered.size).toBe(0);
    expect(s.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('picks up a registration left from an earlier session (persistAcrossSessions) instead of duplicating it', async () => {
    const s = fakeScripting();
    await createGenericReaderSync(port({ scripting: s.api })).sync(['a.example.org']);
    // A new background start: a fresh sync object, the browser still holds the script.
    const again = createGenericReaderSync(port({ scripting: s.api }));
    await again.sync(['a.example.org', 'c.example.org']);
    expect(s.calls).toEqual(['register', 'update']);
  });

  it('runs overlapping syncs one after another (no duplicate id), the last list wins', async () => {
    const s = fakeScripting();
    const p = port({ scripting: s.api });
    const sync = createGenericReaderSync(p);
    await Promise.all([
      sync.sync(['a.example.org']),
      sync.sync(['b.example.org']),
      sync.sync(['a.example.org']),
    ]);
    expect(p.logs).toEqual([]);
    expect(s.registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual(['https://a.example.org/*']);
  });

  it('registers only hosts the user granted access to', async () => {
    const s = fakeScripting();
    const granted = new Set(['https://ok.example.org/*']);
    const sync = createGenericReaderSync(port({ scripting: s.api, hasOrigin: async (o) => granted.has(o) }));
    expect(await sync.sync(['ok.example.org', 'denied.example.org'])).toEqual(['ok.example.org']);
    expect(s.registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual(['https://ok.example.org/*']);
    granted.clear();
    await sync.sync(['ok.example.org', 'denied.example.org']);
    expect(s.registered.size).toBe(0);
  });

  it('keeps serving syncs after one failed', async () => {
    const s = fakeScripting();
    let fail = true;
    const api: ScriptingLike = {
      ...s.api,
      registerContentScripts: async (x) => {
        if (fail) throw new Error('boom');
        return s.api.registerContentScripts(x);
      },
    };
    const sync = createGenericReaderSync(port({ scripting: api }));
    await expect(sync.sync(['a.example.org'])).rejects.toThrow('boom');
    fail = false;
    await sync.sync(['a.example.org']);
    expect(s.registered.size).toBe(1);
  });

  it('falls back to MV2 contentScripts.register, replacing the handle on change', async () => {
    const live: { matches: string[]; gone: boolean }[] = [];
    const contentScripts: LegacyContentScriptsLike = {
      async register(o) {
        expect(o.js).toEqual([{ file: CONTENT_JS }]);
        expect(o.css).toEqual([{ file: CONTENT_CSS }]);
        const entry = { matches: o.matches, gone: false };
        live.push(entry);
        return { unregister: () => void (entry.gone = true) };
      },
    };
    const sync = createGenericReaderSync(port({ contentScripts }));
    await sync.sync(['a.example.org']);
    await sync.sync(['a.example.org']);
    await sync.sync(['b.example.org']);
    await sync.sync([]);
    expect(live).toEqual([
      { matches: ['https://a.example.org/*'], gone: true },
      { matches: ['https://b.example.org/*'], gone: true },
    ]);
  });

  it('says so when the browser has neither API', async () => {
    const p = port();
    await createGenericReaderSync(p).sync(['a.example.org']);
    expect(p.logs[0]).toMatch(/cannot register content scripts/);
  });

  it('builds sorted, unique https patterns', () => {
    expect(matchesFor(['b.org', 'a.org', 'B.org'])).toEqual(['https://a.org/*', 'https://b.org/*']);
  });
});

describe('watching settings and permissions', () => {
  function events(hosts: { list: string[] | Error }) {
    const settingsCbs: (() => void)[] = [];
    const permissionCbs: (() => void)[] = [];
    const logs: string[] = [];
    const ev: GenericReaderEvents = {
      readHosts: async () => {
        if (hosts.list instanceof Error) throw hosts.list;
        return hosts.list;
      },
      onSettingsChange: (cb) => void settingsCbs.push(cb),
      onPermissionChange: (cb) => void permissionCbs.push(cb),
      log: (m) => void logs.push(m),
    };
    return { ev, settingsCbs, permissionCbs, logs };
  }
  const settle = () => new Promise((r) => setTimeout(r, 10));

  it('syncs at start, after a settings change and after a permission change', async () => {
    const s = fakeScripting();
    const granted = new Set<string>();
    const reader = createGenericReaderSync(
      port({ scripting: s.api, hasOrigin: async (o) => granted.has(o) }),
    );
    const hosts = { list: ['a.example.org'] as string[] | Error };
    const e = events(hosts);
    watchGenericHosts(reader, e.ev);
    await settle();
    expect(s.registered.size).toBe(0); // listed, but no access yet
    granted.add('https://a.example.org/*');
    e.permissionCbs.forEach((cb) => cb());
    await settle();
    expect(s.registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual(['https://a.example.org/*']);
    hosts.list = [];
    e.settingsCbs.forEach((cb) => cb());
    await settle();
    expect(s.registered.size).toBe(0);
    expect(e.logs).toEqual([]);
  });

  it('logs once when the hosts cannot be read or the browser refuses, and recovers', async () => {
    const s = fakeScripting();
    const hosts = { list: new Error('db closed') as string[] | Error };
    const e = events(hosts);
    const resync = watchGenericHosts(createGenericReaderSync(port({ scripting: s.api })), e.ev);
    await settle();
    expect(e.logs).toEqual(['could not update the article reader']);
    hosts.list = ['a.example.org'];
    await resync();
    expect(s.registered.size).toBe(1);
    expect(e.logs).toHaveLength(1);
  });
});

describe('article reader messages', () => {
  it('are accepted from extension pages only, with a host name', () => {
    const msg = { type: 'generic:add', host: 'news.example.org' };
    expect(validateRequest(msg, 'page').ok).toBe(true);
    expect(validateRequest({ ...msg, type: 'generic:remove' }, 'page').ok).toBe(true);
    expect(validateRequest(msg, 'content')).toEqual({
      ok: false,
      error: 'The message "generic:add" is not accepted from a web page.',
    });
    expect(validateRequest({ type: 'generic:add', host: 'https://x.org/*' }, 'page').ok).toBe(false);
    expect(validateRequest({ type: 'generic:add' }, 'page').ok).toBe(false);
  });
});

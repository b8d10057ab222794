// The background's wiring: builds the real Context, registers listeners synchronously (MV3 service workers
// must, to be woken by events), then prepares the database and the snapshot once per start.
//
//   start -> init: ensureBundled -> mirror settings/feedback -> refreshSnapshot
//   onMessage -> (after init) route -> handler      alarm 'vigie.check' -> checkDue
//   analysis port (content scripts) -> (after init) route 'analyze' -> the engine (analysis.ts)
//   settings in storage / host permissions change -> article reader registration (generic-reader.ts)
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../common/settings.ts';
import { VigieDB } from '../db/database.ts';
import { PROJECT_PUBLIC_KEY } from '../keys/project.ts';
import { BUNDLED } from './bundled-data.ts';
import { bundledOf } from './bundled.ts';
import { DEFAULT_LIMITS, addNotice, type Context, type KeyValueStore } from './context.ts';
import { realEngine } from './engine-port.ts';
import { createGenericReaderSync, watchGenericHosts, type GenericReaderPort } from './generic-reader.ts';
import { mirrorFeedback, mirrorSettings } from './mirror.ts';
import { ensureBundled } from './packstore.ts';
import { route } from './router.ts';
import { ANALYSIS_PORT } from '../messaging/analysis-port.ts';
import { serveAnalysisPort, type ServerPort } from './analysis-port.ts';
import { refreshSnapshot } from './snapshot.ts';
import { checkDue } from './subscriptions.ts';
import { getSettings } from '../db/settings.ts';

export const CHECK_ALARM = 'vigie.check';
/** How often the alarm looks for due subscriptions; each subscription has its own interval (>= 1 h). */
const ALARM_MINUTES = 30;

const localStore: KeyValueStore = {
  async get(key) {
    return (await browser.storage.local.get(key))[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
};

export function createContext(): Context {
  return {
    db: new VigieDB(),
    storage: localStore,
    engine: realEngine,
    bundled: BUNDLED,
    builtInKeys: [
      { key: PROJECT_PUBLIC_KEY, name: 'Vigie project', builtIn: true, addedAt: '2026-11-28T00:00:00.000Z' },
    ],
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    log: (message, error) => console.warn(`[vigie] ${message}`, error ?? ''),
    notices: [],
    limits: DEFAULT_LIMITS,
    removeOrigin: (origin) => browser.permissions.remove({ origins: [origin] }),
  };
}

/** The browser's registration APIs for the article reader (scripting, or MV2's contentScripts). */
function genericReaderPort(log: Context['log']): GenericReaderPort {
  const api = browser as unknown as Pick<GenericReaderPort, 'scripting' | 'contentScripts'>;
  return {
    scripting: api.scripting?.registerContentScripts ? api.scripting : undefined,
    contentScripts: api.contentScripts,
    hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }),
    log,
  };
}

/** Keeps the article reader's registration equal to settings.genericHosts, now and after every change. */
function watchGenericReader(ctx: Context, ready: Promise<unknown>): void {
  watchGenericHosts(createGenericReaderSync(genericReaderPort(ctx.log)), {
    readHosts: () => ready.then(() => getSettings(ctx.db)).then((s) => s.genericHosts),
    onSettingsChange(cb) {
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && STORAGE_KEYS.settings in changes) cb();
      });
    },
    onPermissionChange(cb) {
      browser.permissions.onAdded.addListener(cb);
      browser.permissions.onRemoved.addListener(cb);
    },
    log: ctx.log,
  });
}

/** Prepares everything; on a broken database, still serves the bundled packs and says so. */
export async function init(ctx: Context): Promise<void> {
  try {
    await ensureBundled(ctx);
    await mirrorSettings(ctx);
    await mirrorFeedback(ctx);
  } catch (error) {
    ctx.log('could not prepare the database', error);
    addNotice(ctx, 'notice.dbOpen');
  }
  try {
    await refreshSnapshot(ctx);
  } catch (error) {
    ctx.log('could not build the snapshot', error);
    const bundle = await bundledOf(ctx);
    const data = ctx.engine.snapshot({
      packs: bundle.packs.map((b) => b.pack),
      sources: bundle.sources,
      lexicon: ctx.bundled.lexicon,
    });
    ctx.snapshot = { version: ctx.engine.snapshotVersion, hash: 'bundled', data };
    await ctx.storage.set(STORAGE_KEYS.snapshot, ctx.snapshot).catch(() => undefined);
  }
}

export function startBackground(): void {
  const ctx = createContext();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const ready = init(ctx).catch((error: unknown) => ctx.log('start failed', error));

  browser.runtime.onMessage.addListener((raw, sender) => ready.then(() => route(ctx, raw, sender, self)));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ANALYSIS_PORT) serveAnalysisPort(ctx, port as unknown as ServerPort, self, ready);
  });
  watchGenericReader(ctx, ready);

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CHECK_ALARM) return;
    void ready.then(() => checkDue(ctx)).catch((error: unknown) => ctx.log('scheduled check failed', error));
  });
  void browser.alarms.get(CHECK_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(CHECK_ALARM, { periodInMinutes: ALARM_MINUTES, delayInMinutes: 1 });
  });
}

// The generic article reader runs on hosts the user opts into (settings.genericHosts). The manifest cannot list
// them, so the background registers the content script at run time and keeps that registration equal to
// "genericHosts the user granted access to":
//
//   settings change / permission added or removed / start -> sync(hosts) -> one registration 'vigie-generic'
//
// Chrome MV3 and Firefox (MV2 since 102, MV3) have scripting.registerContentScripts; the MV2-only
// contentScripts.register is the fallback when scripting is missing (its registration lives only as long as
// the background page, which is why sync also runs at every start). Browser APIs come in as a port so the
// logic runs in tests with plain fakes.
import { getSettings, patchSettings } from '../db/settings.ts';
import { listSubscriptions } from '../db/subscriptions.ts';
import type { Settings } from '../common/settings.ts';
import type { Context } from './context.ts';
import { mirrorSettings } from './mirror.ts';

export const GENERIC_SCRIPT_ID = 'vigie-generic';
/** Where WXT's build puts the article reader's script (entrypoints/content/index.ts) and its CSS. */
export const CONTENT_JS = 'content-scripts/content.js';
export const CONTENT_CSS = 'content-scripts/content.css';

/** The match pattern (and permission origin) for one host: https only, as the options page asks. */
export const originOf = (host: string): string => `https://${host.toLowerCase()}/*`;

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface ScriptDetails {
  id: string;
  js: string[];
  css: string[];
  matches: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** scripting.*ContentScripts, reduced to what the sync uses. */
export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: ScriptDetails[]): Promise<unknown>;
  updateContentScripts(scripts: ScriptDetails[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

/** Firefox's MV2 contentScripts.register. */
export interface LegacyContentScriptsLike {
  register(options: {
    matches: string[];
    js: { file: string }[];
    css: { file: string }[];
    runAt: 'document_idle';
  }): Promise<{ unregister(): Promise<void> | void }>;
}

export interface GenericReaderPort {
  scripting?: ScriptingLike;
  contentScripts?: LegacyContentScriptsLike;
  /** permissions.contains for one origin; absent: assume granted. */
  hasOrigin?(origin: string): Promise<boolean>;
  /** permissions.remove for one origin. */
  removeOrigin?(origin: string): Promise<boolean>;
  log(message: string, error?: unknown): void;
}

export interface GenericReaderSync {
  /** Makes the registration match `hosts` (only those with granted access). Calls run one after another. */
  sync(hosts: readonly string[]): Promise<string[]>;
}

/** Sorted, de-duplicated match patterns for the hosts. */
export function matchesFor(hosts: readonly string[]): string[] {
  return [...new Set(hosts.map(originOf))].sort();
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

export function createGenericReaderSync(port: GenericReaderPort): GenericReaderSync {
  let queue: Promise<unknown> = Promise.resolve();
  let legacy: { unregister(): Promise<void> | void } | null = null;
  let legacyMatches: string[] = [];

  async function granted(hosts: readonly string[]): Promise<string[]> {
    const out: string[] = [];
    for (const h of hosts) {
      const ok = port.hasOrigin ? await port.hasOrigin(originOf(h)).catch(() => false) : true;
      if (ok) out.push(h);
    }
    return out;
  }

  async function withScripting(api: ScriptingLike, matches: string[]): Promise<void> {
    const existing = await api.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] });
    const current = existing.find((s) => s.id === GENERIC_SCRIPT_ID);
    if (matches.length === 0) {
      if (current) await api.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
      return;
    }
    if (current && sameList(current.matches ?? [], matches)) return;
    const script: ScriptDetails = {
      id: GENERIC_SCRIPT_ID,
      js: [CONTENT_JS],
      css: [CONTENT_CSS],
      matches,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    };
    await (current ? api.updateContentScripts([script]) : api.registerContentScripts([script]));
  }

  async function withLegacy(api: LegacyContentScriptsLike, matches: string[]): Promise<void> {
    if (legacy && sameList(legacyMatches, matches)) return;
    if (legacy) await legacy.unregister();
    legacy = null;
    legacyMatches = [];
    if (matches.length === 0) return;
    legacy = await api.register({
      matches,
      js: [{ file: CONTENT_JS }],
      css: [{ file: CONTENT_CSS }],
      runAt: 'document_idle',
    });
    legacyMatches = matches;
  }

  async function run(hosts: readonly string[]): Promise<string[]> {
    const allowed = await granted(hosts);
    const matches = matchesFor(allowed);
    if (port.scripting) await withScripting(port.scripting, matches);
    else if (port.contentScripts) await withLegacy(port.contentScripts, matches);
    else port.log('this browser cannot register content scripts; the article reader stays off');
    return allowed;
  }

  return {
    sync(hosts) {
      const next = queue.then(() => run(hosts));
      // A failed sync does not block the next one; the caller (watchGenericHosts) logs it.
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

export interface GenericReaderEvents {
  /** The hosts as stored now (settings.genericHosts); rejects when the database cannot be read. */
  readHosts(): Promise<readonly string[]>;
  /** Calls back when the settings copy in storage.local changes. */
  onSettingsChange(cb: () => void): void;
  /** Calls back when a host permission is granted or taken back (the popup's prompt, the browser's UI). */
  onPermissionChange(cb: () => void): void;
  log(message: string, error?: unknown): void;
}

/** Syncs now (start-up) and after every change that can alter what may run. Returns the resync trigger. */
export function watchGenericHosts(
  reader: GenericReaderSync,
  events: GenericReaderEvents,
): () => Promise<void> {
  const resync = () =>
    events
      .readHosts()
      .then((hosts) => reader.sync(hosts))
      .then(
        () => undefined,
        (error: unknown) => events.log('could not update the article reader', error),
      );
  events.onSettingsChange(() => void resync());
  events.onPermissionChange(() => void resync());
  void resync();
  return resync;
}

// ---------------------------------------------------------------- message handlers

/** Turns the reader on for a host (the page asked for the host permission in the user's click). */
export async function addGenericHost(ctx: Context, host: string): Promise<Settings> {
  const h = host.toLowerCase();
  const current = await getSettings(ctx.db);
  if (current.genericHosts.includes(h)) return current;
  return mirrorSettings(ctx, await patchSettings(ctx.db, { genericHosts: [...current.genericHosts, h] }));
}

/**
 * Turns the reader off for a host and gives back its host permission, unless a subscription still fetches
 * from that origin (the same permission covers both).
 */
export async function removeGenericHost(ctx: Context, host: string): Promise<Settings> {
  const h = host.toLowerCase();
  const current = await getSettings(ctx.db);
  const next = await patchSettings(ctx.db, { genericHosts: current.genericHosts.filter((x) => x !== h) });
  await mirrorSettings(ctx, next);
  const subs = await listSubscriptions(ctx.db);
  const shared = subs.some((s) => {
    try {
      const u = new URL(s.url);
      return u.protocol === 'https:' && u.hostname === h;
    } catch {
      return false;
    }
  });
  if (!shared && ctx.removeOrigin) {
    await ctx.removeOrigin(originOf(h)).catch((error: unknown) => ctx.log(`could not revoke ${h}`, error));
  }
  return next;
}

// Settings: one row in the `settings` table. A row that does not read as Settings (corrupt, from an older
// build) is repaired field by field: each unreadable field falls back to its default.
import { DEFAULT_SETTINGS, type Settings } from '../common/settings.ts';
import { SEVERITIES } from '../engine/types.ts';
import type { VigieDB } from './database.ts';

const KEY = 'settings';

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Keeps every readable field of `raw`, defaults for the rest. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const sites: Record<string, boolean> = {};
  if (typeof r.sites === 'object' && r.sites !== null && !Array.isArray(r.sites)) {
    for (const [k, val] of Object.entries(r.sites)) if (typeof val === 'boolean') sites[k] = val;
  }
  return {
    uiLang: r.uiLang === 'en' || r.uiLang === 'fr' || r.uiLang === 'auto' ? r.uiLang : d.uiLang,
    mode: r.mode === 'patient' || r.mode === 'clinician' ? r.mode : d.mode,
    minSeverity: (SEVERITIES as readonly unknown[]).includes(r.minSeverity)
      ? (r.minSeverity as Settings['minSeverity'])
      : d.minSeverity,
    sites,
    genericHosts: isStringArray(r.genericHosts) ? [...new Set(r.genericHosts)] : [...d.genericHosts],
    onboarded: typeof r.onboarded === 'boolean' ? r.onboarded : d.onboarded,
  };
}

export async function getSettings(db: VigieDB): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return normaliseSettings(row?.value);
}

export async function patchSettings(db: VigieDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = normaliseSettings({ ...(await getSettings(db)), ...patch });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

export async function putSettings(db: VigieDB, settings: Settings): Promise<void> {
  await db.settings.put({ key: KEY, value: normaliseSettings(settings) });
}

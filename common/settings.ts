// Settings and feedback shared by the background (which owns and stores them), the content script (which reads
// them from extension storage without waking the database) and the extension pages.
import type { Severity } from '../engine/types.ts';

export type Mode = 'patient' | 'clinician';
export type UiLang = 'auto' | 'en' | 'fr';

export interface Settings {
  uiLang: UiLang;
  mode: Mode;
  /** Lowest severity shown in patient mode (clinician mode shows everything not removed by context). */
  minSeverity: Severity;
  /** Per site adapter id (tiktok, youtube, x, reddit, instagram...): false turns Vigie off there. */
  sites: Record<string, boolean>;
  /** Hosts where the generic article reader is turned on by the user. */
  genericHosts: string[];
  /** The first-run page has been seen and a mode chosen. */
  onboarded: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  mode: 'patient',
  minSeverity: 'caution',
  sites: {},
  genericHosts: [],
  onboarded: false,
};

/** What the user told Vigie about marks; mirrored to extension storage for content scripts. */
export interface FeedbackState {
  /** `${postKey}|${ruleId}` of marks the user hid or reported as wrong. */
  dismissed: string[];
  hiddenRules: string[];
  pausedHosts: string[];
}

export const EMPTY_FEEDBACK: FeedbackState = { dismissed: [], hiddenRules: [], pausedHosts: [] };

/** Keys in browser.storage.local. The background writes them; content scripts only read and listen. */
export const STORAGE_KEYS = {
  /** `{ version: number; hash: string; data: string }`: the compiled engine snapshot (engine/snapshot.ts). */
  snapshot: 'vigie.snapshot',
  settings: 'vigie.settings',
  feedback: 'vigie.feedback',
} as const;

export interface StoredSnapshot {
  version: number;
  hash: string;
  data: string;
}

// Which findings a reader sees. Patients see the claims that matter most, plainly stated ones and
// hedged ones at caution or above; questions, quotes and reports are not shown to them. Clinicians see
// everything context did not remove, down to `info`. Removed findings are never shown to anyone (they stay
// in the output for the CLI and reports).
import { NEGATIVE_CATEGORIES, SEVERITIES } from './types';
import type { Category, Finding, Severity } from './types';

export interface VisibilitySettings {
  mode: 'patient' | 'clinician';
  /** Lowest severity shown; defaults to `caution` for patients and `info` for clinicians. */
  minSeverity: Severity;
  /** Rule ids the user chose to hide. */
  hiddenRules: string[];
}

export const DEFAULT_VISIBILITY: VisibilitySettings = {
  mode: 'patient',
  minSeverity: 'caution',
  hiddenRules: [],
};

const PATIENT_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'contradicts-evidence',
  'dangerous-advice',
  'oversimplified',
]);

const DEFAULT_MIN: Record<VisibilitySettings['mode'], Severity> = { patient: 'caution', clinician: 'info' };

type Shown = Pick<Finding, 'category' | 'severity' | 'effect' | 'context' | 'ruleId'>;

function atLeast(s: Severity, min: Severity): boolean {
  return SEVERITIES.indexOf(s) >= SEVERITIES.indexOf(min);
}

export function isShown(f: Shown, settings: Partial<VisibilitySettings> = {}): boolean {
  const mode = settings.mode ?? DEFAULT_VISIBILITY.mode;
  const min = settings.minSeverity ?? DEFAULT_MIN[mode];
  if (f.effect === 'removed') return false;
  if (settings.hiddenRules?.includes(f.ruleId)) return false;
  // The neutral "links to WHO" note is what health literacy asks for: patients see it too, whatever the floor.
  if (f.category === 'cites-verified-source') return true;
  if (!atLeast(f.severity, min)) return false;
  if (mode === 'clinician') return true;
  if (!PATIENT_CATEGORIES.has(f.category)) return false;
  // A hedge lowers the severity but the claim is still made; a question, quote or report is not the author's claim.
  return f.effect === 'none' || f.context.every((n) => n.kind === 'hedged');
}

/**
 * The findings to show, in their order: isShown, and the neutral "links a verified source" note only when the
 * post has no negative finding that context left standing (shown to this reader or not).
 */
export function selectShown<T extends Shown>(
  findings: readonly T[],
  settings: Partial<VisibilitySettings> = {},
): T[] {
  const shown = findings.filter((f) => isShown(f, settings));
  const negative = findings.some(
    (f) =>
      NEGATIVE_CATEGORIES.includes(f.category) &&
      f.effect !== 'removed' &&
      !settings.hiddenRules?.includes(f.ruleId),
  );
  return negative ? shown.filter((f) => f.category !== 'cites-verified-source') : shown;
}

/**
 * Sets each finding's `shown` to whether selectShown keeps it, without the intermediate lists and Set
 * (analyze() does this for every post with findings).
 */
export function markShown<T extends Shown & { shown: boolean }>(
  findings: readonly T[],
  settings: Partial<VisibilitySettings> = {},
): void {
  let negative = false;
  for (const f of findings)
    if (
      NEGATIVE_CATEGORIES.includes(f.category) &&
      f.effect !== 'removed' &&
      !settings.hiddenRules?.includes(f.ruleId)
    ) {
      negative = true;
      break;
    }
  for (const f of findings)
    f.shown = isShown(f, settings) && !(negative && f.category === 'cites-verified-source');
}

// Which findings of a post get a mark: the user's own feedback (hidden marks, hidden rules) on top of the
// mode/severity visibility rules. Pure, so the content script and tests share it.
import type { Finding, Severity } from '../engine/types.ts';
import type { FeedbackState, Mode } from '../common/settings.ts';

const RANK: Record<Severity, number> = { info: 0, caution: 1, warning: 2 };
/** Categories patient mode never shows (DESIGN: clinician mode only by default). */
const CLINICIAN_ONLY = new Set<Finding['category']>(['unsourced-advice', 'patient-privacy']);

export interface DisplaySettings {
  mode: Mode;
  minSeverity: Severity;
}

/** The visibility rule used until the engine's own (engine/visibility.ts) is wired in; kept identical in spirit. */
export function defaultIsShown(f: Finding, s: DisplaySettings): boolean {
  if (f.effect === 'removed') return false;
  if (s.mode === 'clinician') return true;
  if (CLINICIAN_ONLY.has(f.category)) return false;
  if (f.category === 'cites-verified-source') return true;
  return RANK[f.severity] >= RANK[s.minSeverity];
}

export function feedbackKey(postKey: string, ruleId: string): string {
  return `${postKey}|${ruleId}`;
}

export function selectForDisplay(
  postKey: string,
  findings: readonly Finding[],
  settings: DisplaySettings,
  feedback: FeedbackState,
  isShown: (f: Finding, s: DisplaySettings) => boolean = defaultIsShown,
): Finding[] {
  const dismissed = new Set(feedback.dismissed);
  const hiddenRules = new Set(feedback.hiddenRules);
  return findings.filter(
    (f) =>
      !hiddenRules.has(f.ruleId) && !dismissed.has(feedbackKey(postKey, f.ruleId)) && isShown(f, settings),
  );
}

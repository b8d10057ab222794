// Which findings of a post get a mark: the user's own feedback (hidden marks, hidden rules) on top of the
// mode/severity visibility rules. Pure, so the content script and tests share it.
import type { Finding, Severity } from '../engine/types.ts';
import type { FeedbackState, Mode } from '../common/settings.ts';
import { isShown } from '../engine/visibility.ts';

export interface DisplaySettings {
  mode: Mode;
  minSeverity: Severity;
}

/** The engine's visibility rule; settings.minSeverity applies to patient mode only (common/settings.ts). */
export function defaultIsShown(f: Finding, s: DisplaySettings): boolean {
  return isShown(f, { mode: s.mode, minSeverity: s.mode === 'clinician' ? 'info' : s.minSeverity });
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

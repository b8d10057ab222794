// Which findings of a post get a mark: the user's own feedback (hidden marks, hidden rules) on top of the
// mode/severity visibility rules. Pure, so the content script and tests share it.
import { NEGATIVE_CATEGORIES } from '../engine/types.ts';
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

/** The feedback lists as sets, once per feedback value (each post asks; the lists change only on a user action). */
const feedbackSets = new WeakMap<FeedbackState, { dismissed: Set<string>; hiddenRules: Set<string> }>();
function setsOf(feedback: FeedbackState) {
  let sets = feedbackSets.get(feedback);
  if (!sets) {
    sets = { dismissed: new Set(feedback.dismissed), hiddenRules: new Set(feedback.hiddenRules) };
    feedbackSets.set(feedback, sets);
  }
  return sets;
}

export function selectForDisplay(
  postKey: string,
  findings: readonly Finding[],
  settings: DisplaySettings,
  feedback: FeedbackState,
  isShown: (f: Finding, s: DisplaySettings) => boolean = defaultIsShown,
): Finding[] {
  const { dismissed, hiddenRules } = setsOf(feedback);
  // No key to build while nothing is dismissed (most pages): a fresh string per finding, twice, for each post.
  const kept = (f: Finding) =>
    !hiddenRules.has(f.ruleId) && (!dismissed.size || !dismissed.has(feedbackKey(postKey, f.ruleId)));
  // No positive note on a post that also has a negative finding context left standing (seen or not).
  const negative = findings.some(
    (f) => NEGATIVE_CATEGORIES.includes(f.category) && f.effect !== 'removed' && kept(f),
  );
  return findings.filter(
    (f) => kept(f) && isShown(f, settings) && !(negative && f.category === 'cites-verified-source'),
  );
}

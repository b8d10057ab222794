// Context of a match: what the sentence around it does to the claim (negates, debunks, hedges, asks,
// quotes, reports), and what that does to the finding. The cue data is per language (en.ts, fr.ts);
// reading is in read.ts; this file decides the effect.
import type { ContextEffect, ContextKind, ContextNote, Severity } from '../types';
import { SEVERITIES } from '../types';

export { readContext, type MatchSpan } from './read';
export { compile as compileContext, type CompiledContext } from './compile';
export type { ContextLexicon } from './lexicon';
export { OwnList, type OwnWords } from './own-words';

/** Kinds that take a finding away (kept for clinicians and the CLI, never shown). */
export const REMOVING: ReadonlySet<ContextKind> = new Set<ContextKind>([
  'negated',
  'debunked',
  'first-person',
  'sourced',
]);
/** Kinds that lower a finding one severity step. */
export const DOWNGRADING: ReadonlySet<ContextKind> = new Set<ContextKind>([
  'hedged',
  'question',
  'quoted',
  'reported',
]);

export function lowerSeverity(s: Severity): Severity {
  const i = SEVERITIES.indexOf(s);
  return SEVERITIES[Math.max(0, i - 1)] ?? 'info';
}

/**
 * Applies the notes a rule reacts to. Removal beats downgrade; several downgrading notes still lower
 * the severity by one step only; severity never goes below info. The notes come back as they are (the same
 * array, no copy per finding) when the rule ignores none of them.
 */
export function applyContext(
  notes: ContextNote[],
  rule: { severity: Severity; ignoreContext?: readonly ContextKind[] },
): { effect: ContextEffect; severity: Severity; notes: ContextNote[] } {
  // Most findings have no note and most rules ignore nothing: no copy, no Set, no callbacks.
  const ignore = rule.ignoreContext;
  let kept: ContextNote[];
  if (ignore === undefined || ignore.length === 0 || notes.length === 0) kept = notes;
  else {
    kept = [];
    for (let k = 0; k < notes.length; k++) if (!ignore.includes(notes[k]!.kind)) kept.push(notes[k]!);
  }
  let downgrade = false;
  for (let k = 0; k < kept.length; k++) {
    const kind = kept[k]!.kind;
    if (REMOVING.has(kind)) return { effect: 'removed', severity: rule.severity, notes: kept };
    if (DOWNGRADING.has(kind)) downgrade = true;
  }
  if (downgrade) return { effect: 'downgraded', severity: lowerSeverity(rule.severity), notes: kept };
  return { effect: 'none', severity: rule.severity, notes: kept };
}

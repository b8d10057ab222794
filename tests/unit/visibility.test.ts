// Who sees which finding: patient and clinician modes, context effects, severity floors, hidden rules.
import { describe, expect, it } from 'vitest';
import { isShown, selectShown, DEFAULT_VISIBILITY } from '../../engine/visibility';
import type { ContextKind, ContextNote, Finding } from '../../engine/types';

type F = Pick<Finding, 'category' | 'severity' | 'effect' | 'context' | 'ruleId'>;
const note = (kind: ContextKind): ContextNote => ({ kind, cue: kind, start: 0, end: 1 });
const f = (over: Partial<F> = {}): F => ({
  ruleId: 'r1',
  category: 'contradicts-evidence',
  severity: 'warning',
  effect: 'none',
  context: [],
  ...over,
});

describe('isShown', () => {
  it.each<[string, F, boolean, boolean]>([
    // [label, finding, patient, clinician]
    ['plain warning', f(), true, true],
    ['plain caution', f({ severity: 'caution' }), true, true],
    ['info claim', f({ severity: 'info' }), false, true],
    ['dangerous advice', f({ category: 'dangerous-advice' }), true, true],
    ['oversimplified', f({ category: 'oversimplified', severity: 'caution' }), true, true],
    ['unsourced advice', f({ category: 'unsourced-advice', severity: 'info' }), false, true],
    ['unsourced advice at caution', f({ category: 'unsourced-advice', severity: 'caution' }), false, true],
    ['patient privacy', f({ category: 'patient-privacy', severity: 'caution' }), false, true],
    ['negated', f({ effect: 'removed', context: [note('negated')] }), false, false],
    ['debunked', f({ effect: 'removed', context: [note('debunked')] }), false, false],
    [
      'hedged warning',
      f({ severity: 'caution', effect: 'downgraded', context: [note('hedged')] }),
      true,
      true,
    ],
    ['hedged caution', f({ severity: 'info', effect: 'downgraded', context: [note('hedged')] }), false, true],
    ['question', f({ severity: 'caution', effect: 'downgraded', context: [note('question')] }), false, true],
    ['quoted', f({ severity: 'caution', effect: 'downgraded', context: [note('quoted')] }), false, true],
    ['reported', f({ severity: 'caution', effect: 'downgraded', context: [note('reported')] }), false, true],
    [
      'hedged and quoted',
      f({ severity: 'caution', effect: 'downgraded', context: [note('hedged'), note('quoted')] }),
      false,
      true,
    ],
    ['source note', f({ category: 'cites-verified-source', severity: 'info' }), true, true],
  ])('%s', (_label, finding, patient, clinician) => {
    expect(isShown(finding)).toBe(patient);
    expect(isShown(finding, { mode: 'patient' })).toBe(patient);
    expect(isShown(finding, { mode: 'clinician' })).toBe(clinician);
  });

  it('uses the default settings when none are given', () => {
    expect(DEFAULT_VISIBILITY).toEqual({ mode: 'patient', minSeverity: 'caution', hiddenRules: [] });
  });
  it('honours minSeverity', () => {
    expect(isShown(f({ severity: 'caution' }), { minSeverity: 'warning' })).toBe(false);
    expect(isShown(f({ severity: 'info' }), { mode: 'clinician', minSeverity: 'caution' })).toBe(false);
    expect(isShown(f({ severity: 'info' }), { mode: 'patient', minSeverity: 'info' })).toBe(true);
  });
  it('hides rules the user hid', () => {
    expect(isShown(f(), { hiddenRules: ['r1'] })).toBe(false);
    expect(isShown(f(), { mode: 'clinician', hiddenRules: ['r1'] })).toBe(false);
    expect(isShown(f(), { hiddenRules: ['r2'] })).toBe(true);
  });
});

describe('selectShown', () => {
  const source = f({ ruleId: 'src', category: 'cites-verified-source', severity: 'info' });
  it('drops the source note beside a shown negative finding', () => {
    expect(selectShown([f(), source], { mode: 'clinician' }).map((x) => x.ruleId)).toEqual(['r1']);
  });
  it('drops the source note beside a negative finding patients do not see', () => {
    const question = f({ effect: 'downgraded', context: [note('question')] });
    expect(selectShown([question, source]).map((x) => x.ruleId)).toEqual([]);
  });
  it('shows the source note to patients on a post with nothing negative', () => {
    expect(selectShown([source]).map((x) => x.ruleId)).toEqual(['src']);
  });
  it('keeps the source note when context removed the negative finding', () => {
    const removed = f({ effect: 'removed', context: [note('negated')] });
    expect(selectShown([removed, source], { mode: 'clinician' }).map((x) => x.ruleId)).toEqual(['src']);
  });
  it('keeps order and applies isShown', () => {
    const a = f({ ruleId: 'a' });
    const b = f({ ruleId: 'b', severity: 'info' });
    const c = f({ ruleId: 'c', category: 'dangerous-advice' });
    expect(selectShown([a, b, c]).map((x) => x.ruleId)).toEqual(['a', 'c']);
  });
});

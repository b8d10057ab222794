// What context does to a finding: removal beats downgrade, one step down at most, never below info,
// ignored kinds do not count and are not reported.
import { describe, expect, it } from 'vitest';
import { applyContext, lowerSeverity } from '../../engine/context';
import type { ContextKind, ContextNote, Severity } from '../../engine/types';

const n = (kind: ContextKind): ContextNote => ({ kind, cue: kind, start: 0, end: 1 });

describe('applyContext', () => {
  it.each<[ContextKind[], Severity, ContextKind[] | undefined, string, Severity, ContextKind[]]>([
    [[], 'warning', undefined, 'none', 'warning', []],
    [['negated'], 'warning', undefined, 'removed', 'warning', ['negated']],
    [['debunked'], 'caution', undefined, 'removed', 'caution', ['debunked']],
    [['hedged'], 'warning', undefined, 'downgraded', 'caution', ['hedged']],
    [['question'], 'caution', undefined, 'downgraded', 'info', ['question']],
    [['quoted'], 'info', undefined, 'downgraded', 'info', ['quoted']],
    [
      ['reported', 'hedged', 'quoted'],
      'warning',
      undefined,
      'downgraded',
      'caution',
      ['reported', 'hedged', 'quoted'],
    ],
    [['hedged', 'negated'], 'warning', undefined, 'removed', 'warning', ['hedged', 'negated']],
    [['negated'], 'warning', ['negated'], 'none', 'warning', []],
    [['negated', 'hedged'], 'warning', ['negated'], 'downgraded', 'caution', ['hedged']],
    [['question'], 'warning', ['question', 'quoted'], 'none', 'warning', []],
    [['first-person'], 'caution', undefined, 'removed', 'caution', ['first-person']],
    [['sourced'], 'info', undefined, 'removed', 'info', ['sourced']],
  ])('%j on %s ignoring %j', (kinds, severity, ignoreContext, effect, after, kept) => {
    const got = applyContext(kinds.map(n), ignoreContext ? { severity, ignoreContext } : { severity });
    expect(got.effect).toBe(effect);
    expect(got.severity).toBe(after);
    expect(got.notes.map((x) => x.kind)).toEqual(kept);
  });

  it('lowers one step and stops at info', () => {
    expect(lowerSeverity('warning')).toBe('caution');
    expect(lowerSeverity('caution')).toBe('info');
    expect(lowerSeverity('info')).toBe('info');
  });
});

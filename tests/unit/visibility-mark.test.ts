// markShown (what analyze() uses) answers as selectShown does, for any findings and settings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markShown, selectShown, type VisibilitySettings } from '../../engine/visibility';
import { CATEGORIES, SEVERITIES, type ContextKind, type Finding } from '../../engine/types';

type F = Pick<Finding, 'category' | 'severity' | 'effect' | 'context' | 'ruleId' | 'shown'>;
const KINDS: ContextKind[] = [
  'negated',
  'debunked',
  'hedged',
  'question',
  'quoted',
  'reported',
  'first-person',
  'sourced',
];

const finding = fc.record({
  ruleId: fc.constantFrom('r1', 'r2', 'r3'),
  category: fc.constantFrom(...CATEGORIES),
  severity: fc.constantFrom(...SEVERITIES),
  effect: fc.constantFrom('none' as const, 'downgraded' as const, 'removed' as const),
  context: fc.array(
    fc.constantFrom(...KINDS).map((kind) => ({ kind, cue: kind, start: 0, end: 1 })),
    { maxLength: 3 },
  ),
  shown: fc.boolean(),
});
const settings: fc.Arbitrary<Partial<VisibilitySettings>> = fc.record(
  {
    mode: fc.constantFrom('patient' as const, 'clinician' as const),
    minSeverity: fc.constantFrom(...SEVERITIES),
    hiddenRules: fc.subarray(['r1', 'r2', 'r3']),
  },
  { requiredKeys: [] },
);

describe('markShown', () => {
  it('sets shown exactly on the findings selectShown keeps', () => {
    fc.assert(
      fc.property(
        fc.array(finding, { maxLength: 6 }),
        fc.option(settings, { nil: undefined }),
        (fs: F[], s) => {
          const kept = new Set(selectShown(fs, s));
          markShown(fs, s);
          expect(fs.map((f) => f.shown)).toEqual(fs.map((f) => kept.has(f)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

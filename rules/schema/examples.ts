// Flag examples mark the expected span with [[double brackets]]. Shared by `vigie test` and the extension's
// self-test of a downloaded pack.

export interface MarkedExample {
  /** The sentence with the brackets removed: what the engine reads. */
  text: string;
  /** Expected span in `text`, end exclusive. */
  start: number;
  end: number;
}

/** Why a flag example's marking is unusable, in words; undefined when it is fine. */
export function markingProblem(example: string): string | undefined {
  const opens = example.split('[[').length - 1;
  const closes = example.split(']]').length - 1;
  if (opens === 0 && closes === 0) return 'has no [[...]] around the words that must be marked';
  if (opens !== 1 || closes !== 1) return 'must mark exactly one span with [[...]]';
  const open = example.indexOf('[[');
  const close = example.indexOf(']]');
  if (close < open) return 'has "]]" before "[["';
  if (example.slice(open + 2, close).trim() === '') return 'marks an empty span [[ ]]';
  return undefined;
}

export function parseMarkedExample(example: string): MarkedExample | undefined {
  if (markingProblem(example)) return undefined;
  const open = example.indexOf('[[');
  const close = example.indexOf(']]');
  const text = example.slice(0, open) + example.slice(open + 2, close) + example.slice(close + 2);
  return { text, start: open, end: close - 2 };
}

/**
 * Whether a finding makes a pass example fail: it stands at full strength, or it would be shown to patients.
 * A question or a quotation that context lowered and keeps from patients is what a pass example documents.
 */
export function marksPassExample(f: { effect: 'none' | 'downgraded' | 'removed'; shown: boolean }): boolean {
  return f.effect === 'none' || (f.effect !== 'removed' && f.shown);
}

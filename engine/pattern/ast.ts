// The parsed form of a pattern: a sequence of elements over folded token keys.
// Literal words are already folded (and split) by the tokenizer, so matching is key equality.

export type PNode =
  | { t: 'word'; key: string }
  | { t: 'stem'; prefix: string }
  | { t: 'number' }
  | { t: 'unit' }
  | { t: 'gap'; max: number }
  | { t: 'alt'; options: PSeq[]; optional: boolean };

export type PSeq = PNode[];

export interface ParsedNear {
  parts: PSeq[];
  within: number;
}

/** A rule's matching logic once parsed. */
export interface ParsedRule {
  patterns: PSeq[];
  near: ParsedNear[];
  unless: PSeq[];
}

export class PatternError extends Error {
  constructor(
    /** What is wrong, in plain words. */
    readonly detail: string,
    /** 1-based column in the pattern string (0 when it concerns the whole pattern). */
    readonly column: number,
    readonly pattern: string,
    /** Which field of the rule: "patterns[0]", "near[1]", "unless[0]". */
    readonly where?: string,
  ) {
    const place = column > 0 ? ` (column ${column} of '${pattern}')` : pattern ? ` ('${pattern}')` : '';
    super(`${where ? `${where}: ` : ''}${detail}${place}`);
    this.name = 'PatternError';
  }
}

export const MAX_GAP = 8;
export const MAX_NEAR = 20;
export const MIN_STEM = 4;

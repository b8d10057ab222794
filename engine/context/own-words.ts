// The rule's own words of a match (token indexes): context reading never takes them for a cue. A Set<number>
// is one; analyze() passes an OwnList, refilled per match, since a match has a few own words and a Set per
// finding costs a table to build and a hash per question.

/** What context reading asks of a match's own words. */
export interface OwnWords {
  readonly size: number;
  has(i: number): boolean;
}

/** Own words as the matcher lists them: membership by a walk over a few numbers. */
export class OwnList implements OwnWords {
  size = 0;
  private list: readonly number[] = [];

  /** This list, now holding `list` (kept, not copied: the caller leaves it alone while it is read). */
  reset(list: readonly number[]): this {
    this.list = list;
    this.size = list.length;
    return this;
  }

  has(i: number): boolean {
    const l = this.list;
    for (let k = 0; k < l.length; k++) if (l[k] === i) return true;
    return false;
  }
}

// The shape of a language's context data (engine/context/en.ts, fr.ts). Phrases are written plainly,
// with accents and hyphens as people write them; they are folded into token keys when compiled
// (engine/context/compile.ts). A trailing "*" on a word matches any word starting with it ("debunk*").

/** Cue kinds found by words; `quoted` comes from quotation marks, `question` also from "?". */
export type CueKind = 'negated' | 'debunked' | 'hedged' | 'reported' | 'question';

export interface ContextLexicon {
  /** Cues that act on a match after them (and inside it), by kind. */
  pre: Partial<Record<CueKind, readonly string[]>>;
  /** Cues that act on a match before them (and inside it), by kind. */
  post: Partial<Record<CueKind, readonly string[]>>;
  /** Phrases that look like cues and are not ("not only", "no doubt"): they hide the cue words they hold. */
  pseudo: readonly string[];
  /** Words that end a cue's reach ("but", "mais"). */
  terminations: readonly string[];
  /**
   * Terminations that set what follows against what precedes ("not X but Y"): a negation before one of
   * them does not reach the rule's words after it, even inside the match.
   */
  contrast: readonly string[];
  /** Subject words that open a new clause after a comma inside a match: a negation before stays in its clause. */
  clauseSubjects: readonly string[];
  /**
   * Verbs that keep a negation before them from the claim after them (factive and implicative verbs):
   * "no one can deny that X", "never forget that X", "on ne peut pas nier que X" assert X. Think and
   * believe are not here: "I don't think X" denies X; nor is admit: "Le ministre n'a pas admis que X" is
   * a fact-check's denial (the refusals "they will never admit X" are pseudo-cues).
   */
  absorbers: readonly string[];
  /**
   * A negative quantifier (`cues`) with a comparative word (`words`) before or in the match or just after
   * it makes a superlative that asserts the claim: "Nothing cures covid faster than garlic", "Rien ne
   * guérit mieux le covid que l'ail".
   */
  superlative: { cues: readonly string[]; words: readonly string[] };
  /** A sentence that starts with one of these (after optional `lead` words) is a question ("does ..."). */
  interrogatives: readonly string[];
  /** An interrogative followed by one of these is an order, not a question ("do not stop ..."). */
  imperativeAfter: readonly string[];
  /**
   * An interrogative followed by one of these, with no "?" after the match, opens a statement whose
   * subject was left out ("Should work for everyone", "Could cure cancer", "Has also helped me"):
   * a question without a question mark needs a subject after the verb ("Can garlic cure flu").
   */
  statementAfter: readonly string[];
  /**
   * Words that open a concessive clause after a comma ("X, que vous le vouliez ou pas"): the "or not"
   * closing that clause does not make X a question.
   */
  concessive: readonly string[];
  /**
   * Words that open an embedded clause. After the match's first word, the clause they open holds what
   * follows: a hedge right after one ("test whether you may have covid") and an "or not" closing it
   * ("X, whether you like it or not") belong to that clause, not to the claim. Before the match, the
   * claim is inside the clause ("test whether garlic cures flu or not" still asks).
   */
  embedders: readonly string[];
  /** Rhetorical openings that are assertions even with "?" ("did you know ..."). */
  rhetorical: readonly string[];
  /** Discourse words allowed before an interrogative ("so does ..."). */
  lead: readonly string[];
  /**
   * Debunking headers: at the start of a sentence and followed by ":" "," "!" or a dash, they debunk the
   * rest of the sentence; followed by ":" or a line break with nothing else, the next sentence too.
   */
  headers: readonly string[];
  /**
   * Verdicts: a sentence that opens with one of these debunks the sentence before it ("X. C'est faux.",
   * "X ? Attention à ce visuel trompeur"); so does a clause after a colon or a dash that follows the
   * claim, as in fact-check headlines ("Vaccins et X : attention à cette publication").
   */
  verdicts: readonly string[];
  /** Discontinuous negation: `first`, then one of `second` within `gap` words (French ne ... pas). */
  pairs: readonly { first: string; second: readonly string[]; gap: number }[];
  /**
   * Pre cues that act only on the words right after them, with their reach in words, never across clause
   * punctuation: "without water can cure" is no negation of "can cure" (without: 0); "no diet works" is
   * one of "works" (no: 1), "no doctor will tell you X" is none of X; "advises against chemo, X" is no
   * debunk of X.
   */
  narrow: Readonly<Record<string, number>>;
  /**
   * Set in snapshots: every phrase above is already folded (token keys joined by single spaces), so loading
   * a snapshot does not run the tokenizer over the data again.
   */
  folded?: boolean;
}

/** How far (in words between the cue and the match) each kind reaches. */
export const WINDOW: Readonly<Record<CueKind, { pre: number; post: number }>> = {
  negated: { pre: 4, post: 1 },
  debunked: { pre: 20, post: 1 },
  hedged: { pre: 6, post: 3 },
  reported: { pre: 10, post: 4 },
  question: { pre: 40, post: 4 },
};

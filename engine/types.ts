// The engine's shared vocabulary: what a pack holds once validated, what a post is, what a finding is.
// Everything here is plain data (JSON-serialisable) so it crosses the message boundary and the CLI alike.

export type Lang = 'en' | 'fr';
export type DetectedLang = Lang | 'other';

export const CATEGORIES = [
  'contradicts-evidence',
  'dangerous-advice',
  'oversimplified',
  'unsourced-advice',
  'patient-privacy',
  'cites-verified-source',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'caution', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Categories that say something is wrong with the post (as opposed to the neutral source note). */
export const NEGATIVE_CATEGORIES: readonly Category[] = [
  'contradicts-evidence',
  'dangerous-advice',
  'oversimplified',
  'unsourced-advice',
  'patient-privacy',
];

export type ContextKind =
  | 'negated' // "does not cure", "ne guérit pas"
  | 'debunked' // "myth:", "no evidence that", "Non, ... n'est pas", "Faux :"
  | 'hedged' // "may", "some studies suggest", "pourrait"
  | 'question' // "Do vaccines cause autism?"
  | 'quoted' // inside quotation marks
  | 'reported' // "they say that", "selon certains"
  | 'first-person' // "my doctor stopped my statin" (rule-declared exceptions use this too)
  | 'sourced'; // unsourced-advice cancelled because the post links a verified source

/** What context did to a finding. `removed` findings are kept in the output (for clinicians and the CLI) but never shown. */
export type ContextEffect = 'none' | 'downgraded' | 'removed';

export interface ContextNote {
  kind: ContextKind;
  /** The words that triggered it, as written in the original text. */
  cue: string;
  /** Span of the cue in the original text. */
  start: number;
  end: number;
}

// ---------------------------------------------------------------- packs (validated form)

/** A citation names a specific page of a verified source, the statement on it, and when someone checked it. */
export interface Citation {
  source: string; // id in the verified-source list, e.g. "who"
  url: string; // https only
  statement: string; // what the page says that supports the rule (paraphrase, in the page's language)
  checked: string; // ISO date, YYYY-MM-DD
}

export interface Reviewer {
  name: string;
  role: string;
  date: string; // YYYY-MM-DD
}

export interface RuleExample {
  /** Flag examples mark the expected span with [[double brackets]]; pass examples have none. */
  text: string;
  lang?: Lang;
}

/**
 * A pattern is written as a string in the pack (see docs/pattern-language.md):
 *   "{vaccine} (cause|causes|caused|trigger) ~3 autism"
 * - word            a literal word (matched after folding: case, accents, repeated letters, look-alikes)
 * - "two words"     inside the string, consecutive words form a phrase
 * - {class}         any entry of the lexicon class `class` (entries may be several words)
 * - (a|b c|d)       alternatives; each may be several words
 * - word? / (a|b)?  optional
 * - ~N              up to N arbitrary words (0..N), N <= 8
 * - stem*           any word starting with `stem` (at least 4 letters)
 * - {#number}       any number; {#unit} a dose unit (mg, µg, IU, UI, ml, g...)
 * A rule matches when any of its patterns matches, or any of its `near` groups (all parts within N words,
 * any order), inside one sentence, and none of its `unless` patterns matches in that sentence.
 */
export type PatternSource = string;

export interface NearGroup {
  all: PatternSource[];
  within: number;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  lang: Lang;
  patterns: PatternSource[];
  near?: NearGroup[];
  unless?: PatternSource[];
  /** Context kinds this rule does not react to (e.g. a rule whose claim is itself a negation). */
  ignoreContext?: ContextKind[];
  /** Message per UI language: plain words, 2-3 sentences, no HTML. At least the rule's own language. */
  message: Partial<Record<Lang, string>>;
  /** Short title of the claim, per language ("Vaccines and autism"). */
  title: Partial<Record<Lang, string>>;
  /** Safety line for dangerous advice (per language), shown under the message. */
  safety?: Partial<Record<Lang, string>>;
  citations: Citation[];
  examples: { flag: RuleExample[]; pass: RuleExample[] };
  draft?: boolean;
}

export interface Pack {
  id: string;
  title: string;
  version: string; // semver
  languages: Lang[];
  license: string;
  homepage?: string;
  expires: string; // update interval, e.g. "7d", "12h"
  minEngine: number;
  reviewedBy: Reviewer[];
  /** Per-language word classes; merged over the shared lexicon (rules/lexicon/*.yaml). */
  lexicon: Partial<Record<Lang, Record<string, string[]>>>;
  rules: Rule[];
}

// ---------------------------------------------------------------- verified sources

export type SourceKind =
  | 'public-health-agency'
  | 'regulator'
  | 'systematic-reviews'
  | 'journal'
  | 'fact-checker'
  | 'scholarly-index'
  | 'helpline';

export interface VerifiedSource {
  id: string;
  name: string;
  kind: SourceKind;
  domains: string[]; // subdomains included
  languages: Lang[];
  topics: string[];
  homepage: string;
}

// ---------------------------------------------------------------- posts and findings

export interface PostLink {
  href: string;
  /** Visible text of the link, when it differs (X shows "cdc.gov/..." over a t.co href). */
  text?: string;
}

export interface PostInput {
  text: string;
  links?: PostLink[];
  /** Forces the language; otherwise detected from the text. */
  lang?: Lang;
}

export interface FindingSource {
  id: string;
  name: string;
  url: string;
  statement: string;
  checked: string;
}

export interface Finding {
  ruleId: string;
  packId: string;
  category: Category;
  /** Severity after context (a downgrade lowers it one step). */
  severity: Severity;
  /** Severity the rule declares. */
  ruleSeverity: Severity;
  lang: Lang;
  /** Span in the original post text, UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** The original words at [start, end). */
  excerpt: string;
  title: Partial<Record<Lang, string>>;
  message: Partial<Record<Lang, string>>;
  safety?: Partial<Record<Lang, string>>;
  sources: FindingSource[];
  context: ContextNote[];
  effect: ContextEffect;
  /** Shown in patient mode at default settings. */
  shown: boolean;
  reviewed: boolean;
}

export interface AnalyzeResult {
  lang: DetectedLang;
  /** Languages whose rules ran. */
  ran: Lang[];
  findings: Finding[];
  links: LinkInfo[];
}

export interface LinkInfo {
  url: string;
  start?: number; // span in the text when the link was written in it
  end?: number;
  kind: 'verified' | 'study' | 'other';
  sourceId?: string; // verified source id, or 'doi' / 'pubmed'
}

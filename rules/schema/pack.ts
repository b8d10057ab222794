// The pack file as written in YAML (kebab-case keys). `toPack`/`fromPack` in keys.ts map it to and from the
// engine's `Pack` (camelCase). Structure and types only; rules that need the whole pack (languages present,
// examples marked, wording) live in semantic.ts, rules that need other files in rules/load/cross.ts.
import * as v from 'valibot';
import { CATEGORIES, SEVERITIES } from '../../engine/types.ts';
import { MAX_NEAR } from '../../engine/pattern/ast.ts';
import {
  classNameField,
  dateField,
  httpsUrl,
  idField,
  langField,
  list,
  perLang,
  text,
  uniqueList,
} from './fields.ts';
import { EXPIRES_PATTERN, LIMITS, SEMVER_PATTERN, expiresHours } from './text.ts';

/** `cites-verified-source` is produced by the engine itself, never written in a pack. */
export const RULE_CATEGORIES = CATEGORIES.filter((c) => c !== 'cites-verified-source');
export const IGNORABLE_CONTEXTS = [
  'negated',
  'debunked',
  'hedged',
  'question',
  'quoted',
  'reported',
  'first-person',
] as const;

const pattern = text(LIMITS.patternChars);

export const CitationSchema = v.strictObject({
  source: idField,
  url: httpsUrl,
  statement: text(LIMITS.statementChars),
  checked: dateField,
});

export const NearSchema = v.strictObject({
  all: v.pipe(
    list(pattern, LIMITS.partsPerNearGroup, 'parts'),
    v.minLength(2, 'needs at least two parts (a single part is just a pattern)'),
  ),
  within: v.pipe(
    v.number(),
    v.integer('must be a whole number of words'),
    v.minValue(1, 'must be at least 1 word'),
    // The engine's own limit (engine/pattern/ast.ts): check must refuse what test and the extension refuse.
    v.maxValue(MAX_NEAR, `must be at most ${MAX_NEAR} words (a sentence is the outer limit anyway)`),
  ),
});

export const ExamplesSchema = v.strictObject({
  flag: list(text(LIMITS.exampleChars), LIMITS.examplesPerKind, 'examples'),
  pass: list(text(LIMITS.exampleChars), LIMITS.examplesPerKind, 'examples'),
});

export const RuleSchema = v.strictObject({
  id: idField,
  category: v.picklist(RULE_CATEGORIES),
  severity: v.picklist(SEVERITIES),
  lang: langField,
  title: perLang(LIMITS.titleChars),
  patterns: v.optional(list(pattern, LIMITS.patternsPerRule, 'patterns')),
  near: v.optional(list(NearSchema, LIMITS.nearGroupsPerRule, 'near groups')),
  unless: v.optional(list(pattern, LIMITS.unlessPerRule, 'exceptions')),
  'ignore-context': v.optional(
    uniqueList(v.picklist(IGNORABLE_CONTEXTS), IGNORABLE_CONTEXTS.length, 'context'),
  ),
  message: perLang(LIMITS.messageChars),
  safety: v.optional(perLang(LIMITS.safetyChars)),
  citations: list(CitationSchema, LIMITS.citationsPerRule, 'citations'),
  examples: ExamplesSchema,
});

export const ReviewerSchema = v.strictObject({
  name: text(120),
  role: text(120),
  date: dateField,
});

const classes = v.pipe(
  v.record(classNameField, list(text(LIMITS.entryChars), LIMITS.entriesPerClass, 'entries')),
  v.check(
    (record: Record<string, string[]>) => Object.keys(record).length <= LIMITS.lexiconClasses,
    `has too many word classes (at most ${LIMITS.lexiconClasses})`,
  ),
);

export const PackLexiconSchema = v.strictObject({ en: v.optional(classes), fr: v.optional(classes) });

export const PackFileSchema = v.strictObject({
  id: idField,
  title: text(LIMITS.titleChars),
  version: v.pipe(
    v.string(),
    v.regex(SEMVER_PATTERN, 'must be a version number like 1.0.0 (major.minor.patch)'),
  ),
  languages: v.pipe(uniqueList(langField, 2, 'language'), v.minLength(1, 'must list at least one language')),
  license: text(100),
  homepage: v.optional(httpsUrl),
  expires: v.pipe(
    v.string(),
    v.regex(EXPIRES_PATTERN, 'must be an update interval like 12h or 7d (hours or days, at least 1h)'),
    v.check((s: string) => (expiresHours(s) ?? 0) <= 365 * 24, 'must be at most 365d'),
  ),
  'min-engine': v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1')),
  'reviewed-by': v.optional(list(ReviewerSchema, LIMITS.reviewers, 'reviewers')),
  lexicon: v.optional(PackLexiconSchema),
  rules: v.pipe(
    list(RuleSchema, LIMITS.rulesPerPack, 'rules'),
    v.minLength(1, 'must hold at least one rule'),
  ),
});

export type PackFile = v.InferOutput<typeof PackFileSchema>;
export type RuleFile = v.InferOutput<typeof RuleSchema>;

/** Canonical key order of the YAML form; also the list of allowed keys shown in error messages. */
export const PACK_KEYS = Object.keys(PackFileSchema.entries);
export const RULE_KEYS = Object.keys(RuleSchema.entries);

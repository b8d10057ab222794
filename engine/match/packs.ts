// From validated packs to what the engine runs: parsed and compiled rules, the metadata a finding shows
// (messages, titles, citations resolved to source names), and the merged spelling table.
// A rule whose patterns do not parse is left out and reported; the other rules still compile.
import type { Category, ContextKind, FindingSource, Lang, Pack, Severity, VerifiedSource } from '../types.ts';
import { PatternError } from '../pattern/ast.ts';
import { parseRule } from '../pattern/parse.ts';
import { foldSpellings } from '../text/tokenize.ts';
import { compileRules, type MatcherData, type RuleInput } from './compile.ts';

/** The shared lexicon (rules/lexicon/en.yaml, fr.yaml). */
export interface Lexicon {
  classes: Partial<Record<Lang, Record<string, string[]>>>;
  spellings: Partial<Record<Lang, Record<string, string>>>;
}

/** What a finding needs to know about its rule. */
export interface RuleMeta {
  id: string;
  packId: string;
  category: Category;
  severity: Severity;
  lang: Lang;
  title: Partial<Record<Lang, string>>;
  message: Partial<Record<Lang, string>>;
  safety?: Partial<Record<Lang, string>>;
  sources: FindingSource[];
  ignoreContext?: ContextKind[];
  reviewed: boolean;
}

export interface CompileIssue {
  packId: string;
  ruleId: string;
  message: string;
  /** 1-based column in the pattern, when known. */
  column?: number;
}

export interface CompiledPacks {
  matcher: MatcherData;
  rules: RuleMeta[];
  spellings: Map<string, string>;
  issues: CompileIssue[];
}

/** One spelling table for the tokenizer: languages merged (English first; a clash keeps the first). */
export function mergeSpellings(lexicon: Lexicon | undefined): Map<string, string> {
  const merged = new Map<string, string>();
  for (const lang of ['en', 'fr'] as const) {
    const table = lexicon?.spellings?.[lang];
    if (!table) continue;
    for (const [k, v] of foldSpellings(table)) if (!merged.has(k)) merged.set(k, v);
  }
  return merged;
}

export function compilePacks(
  packs: readonly Pack[],
  lexicon: Lexicon | undefined,
  sources: readonly VerifiedSource[],
): CompiledPacks {
  const spellings = mergeSpellings(lexicon);
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const inputs: RuleInput[] = [];
  const rules: RuleMeta[] = [];
  const issues: CompileIssue[] = [];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      try {
        const classes = { ...(lexicon?.classes?.[rule.lang] ?? {}), ...(pack.lexicon?.[rule.lang] ?? {}) };
        const parsed = parseRule(rule, { classes, spellings });
        inputs.push({ parsed, lang: rule.lang });
        rules.push({
          id: rule.id,
          packId: pack.id,
          category: rule.category,
          severity: rule.severity,
          lang: rule.lang,
          title: rule.title,
          message: rule.message,
          ...(rule.safety ? { safety: rule.safety } : {}),
          sources: (rule.citations ?? []).map((c) => ({
            id: c.source,
            name: names.get(c.source) ?? c.source,
            url: c.url,
            statement: c.statement,
            checked: c.checked,
          })),
          ...(rule.ignoreContext?.length ? { ignoreContext: rule.ignoreContext } : {}),
          reviewed: (pack.reviewedBy ?? []).length > 0,
        });
      } catch (error) {
        issues.push({
          packId: pack.id,
          ruleId: rule.id,
          message: error instanceof Error ? error.message : String(error),
          ...(error instanceof PatternError && error.column > 0 ? { column: error.column } : {}),
        });
      }
    }
  }
  return { matcher: compileRules(inputs), rules, spellings, issues };
}

// What the background answers to 'analyze' (content script -> background, messaging/protocol.ts), as one JSON
// text. The engine runs in the background, off the page's main thread; the page pays only for handing texts over
// and reading this answer, so it is made small and cheap to read:
// - a rule's fixed words (title, message, safety line, sources: most of a finding's weight) travel once per
//   page for each rule, not once per finding: the content script says which rules it holds already (`known`);
// - a finding is a short array of what differs between findings of one rule;
// - the excerpt is not sent: it is the post text at [start, end), which the content script has.
// One JSON text rather than objects: the content script parses it itself, inside its measured time, and the
// browser copies one string between processes instead of converting a tree of objects.
import type { ContextEffect, ContextNote, Finding, PostLink, Severity } from '../engine/types.ts';

/**
 * What one 'analyze' message may carry (messaging/protocol.ts checks them; the content script keeps within them,
 * so no post can make every later batch fail).
 */
export const ANALYZE_LIMITS = {
  items: 500,
  /** Characters of one text: a longer one is analysed up to here (findings' offsets stay right). */
  textChars: 1_000_000,
  links: 200,
  /** Characters of a link's address or visible text. */
  linkChars: 2048,
  knownRules: 20_000,
} as const;

/** A post's text and links as one 'analyze' item, within ANALYZE_LIMITS. */
export function analyzeItem(text: string, links: readonly PostLink[]): { text: string; links?: PostLink[] } {
  const t = text.length > ANALYZE_LIMITS.textChars ? text.slice(0, ANALYZE_LIMITS.textChars) : text;
  if (!links.length) return { text: t };
  const kept: PostLink[] = [];
  for (const l of links) {
    if (kept.length === ANALYZE_LIMITS.links) break;
    if (!l.href || l.href.length > ANALYZE_LIMITS.linkChars) continue;
    kept.push(
      l.text === undefined
        ? { href: l.href }
        : { href: l.href, text: l.text.slice(0, ANALYZE_LIMITS.linkChars) },
    );
  }
  return kept.length ? { text: t, links: kept } : { text: t };
}

/** The parts of a finding that are the same for every finding of one rule. */
export type RuleInfo = Pick<
  Finding,
  'packId' | 'category' | 'ruleSeverity' | 'lang' | 'title' | 'message' | 'safety' | 'sources' | 'reviewed'
>;

/** [ruleId, severity, start, end, effect, shown (1/0), context] */
export type WireFinding = [string, Severity, number, number, ContextEffect, 0 | 1, ContextNote[]];

export interface AnalyzeAnswer {
  /** The snapshot the findings come from: a new one makes older findings stale. */
  hash: string;
  /** Fixed parts of the rules in `findings` that the asker did not hold already. */
  rules: Record<string, RuleInfo>;
  /** Per text asked, in order: its findings. */
  findings: WireFinding[][];
}

function ruleInfo(f: Finding): RuleInfo {
  const info: RuleInfo = {
    packId: f.packId,
    category: f.category,
    ruleSeverity: f.ruleSeverity,
    lang: f.lang,
    title: f.title,
    message: f.message,
    sources: f.sources,
    reviewed: f.reviewed,
  };
  if (f.safety) info.safety = f.safety;
  return info;
}

/** The answer's JSON text for the findings of each text; `known`: rule ids the asker holds for this hash. */
export function encodeAnswer(
  hash: string,
  results: readonly Finding[][],
  known: ReadonlySet<string>,
): string {
  const rules: Record<string, RuleInfo> = {};
  const findings = results.map((list) =>
    list.map((f): WireFinding => {
      if (!known.has(f.ruleId) && !(f.ruleId in rules)) rules[f.ruleId] = ruleInfo(f);
      return [f.ruleId, f.severity, f.start, f.end, f.effect, f.shown ? 1 : 0, f.context];
    }),
  );
  const answer: AnalyzeAnswer = { hash, rules, findings };
  return JSON.stringify(answer);
}

/** Reads an answer's JSON text; throws a sentence that says what is wrong when it is not one. */
export function decodeAnswer(json: string): AnalyzeAnswer {
  const a = JSON.parse(json) as Partial<AnalyzeAnswer> | null;
  if (
    !a ||
    typeof a.hash !== 'string' ||
    typeof a.rules !== 'object' ||
    a.rules === null ||
    !Array.isArray(a.findings)
  )
    throw new Error('the background’s analysis answer is not in the expected shape');
  return a as AnalyzeAnswer;
}

/**
 * The engine's Finding again, from its wire form, its rule's fixed parts and the text it was found in. Null when
 * the rule's parts are missing (an answer for another snapshot).
 */
export function findingOf(w: WireFinding, rule: RuleInfo | undefined, text: string): Finding | null {
  if (!rule || !Array.isArray(w)) return null;
  const [ruleId, severity, start, end, effect, shown, context] = w;
  const f: Finding = {
    ruleId,
    packId: rule.packId,
    category: rule.category,
    severity,
    ruleSeverity: rule.ruleSeverity,
    lang: rule.lang,
    start,
    end,
    excerpt: text.slice(start, end),
    title: rule.title,
    message: rule.message,
    sources: rule.sources,
    context,
    effect,
    shown: shown === 1,
    reviewed: rule.reviewed,
  };
  if (rule.safety) f.safety = rule.safety;
  return f;
}

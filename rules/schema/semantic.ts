// Checks that need the whole pack but no other file: languages covered, examples marked, category rules,
// wording. Pure: the extension's background runs them on downloaded packs too.
import type { Lang } from '../../engine/types.ts';
import { markingProblem } from './examples.ts';
import type { Path, SchemaIssue } from './messages.ts';
import type { PackFile } from './pack.ts';

const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'French' };
const READERS: Record<Lang, string> = { en: 'English-speaking readers', fr: 'French readers' };

/** Words the project never shows users: say what the evidence shows instead. */
const BANNED_WORDING = /\b(fake news|false|fake|faux|fausses?)\b/i;

export function semanticIssues(pack: PackFile): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (path: Path, message: string, at: SchemaIssue['at'] = 'value', level?: 'warning') =>
    issues.push({ path, at, message, ...(level ? { level } : {}) });
  const seen = new Map<string, number>();

  pack.rules.forEach((rule, i) => {
    const at = (...rest: Path): Path => ['rules', i, ...rest];
    const who = `rule '${rule.id}'`;

    const first = seen.get(rule.id);
    if (first !== undefined)
      add(at('id'), `${who} appears twice in this pack (also rule #${first + 1}); rule ids must be unique`);
    else seen.set(rule.id, i);

    if (!pack.languages.includes(rule.lang)) {
      add(
        at('lang'),
        `${who} is in ${LANG_NAMES[rule.lang]} but the pack's languages are [${pack.languages.join(', ')}]; add ${rule.lang} to languages or move the rule`,
      );
    }

    const needed = new Set<Lang>([...pack.languages, rule.lang]);
    for (const lang of needed) {
      const why =
        lang === rule.lang
          ? `since the rule is written in ${LANG_NAMES[lang]}`
          : `since the rule is shown to ${READERS[lang]} too`;
      if (rule.message[lang] === undefined) {
        add(
          at('message'),
          `${who} has no ${LANG_NAMES[lang]} message (message.${lang}); add one, ${why}`,
          'key',
        );
      }
      if (rule.title[lang] === undefined) {
        add(at('title'), `${who} has no ${LANG_NAMES[lang]} title (title.${lang}); add one, ${why}`, 'key');
      }
      if (rule.category === 'dangerous-advice' && rule.safety && rule.safety[lang] === undefined) {
        add(
          at('safety'),
          `${who} has no ${LANG_NAMES[lang]} safety line (safety.${lang}); add one, ${why}`,
          'key',
        );
      }
    }

    if ((rule.patterns ?? []).length === 0 && (rule.near ?? []).length === 0) {
      add(
        at('id'),
        `${who} has no patterns and no near groups, so it can never match; add at least one pattern`,
        'parent',
      );
    }

    switch (rule.category) {
      case 'dangerous-advice':
        if (!rule.safety)
          add(
            at('category'),
            `${who} is dangerous-advice but has no safety line (safety.en / safety.fr); add the safety advice that fits`,
          );
        if (rule.severity !== 'warning')
          add(
            at('severity'),
            `${who} is dangerous-advice, which is always severity warning (it is ${rule.severity})`,
          );
        break;
      case 'unsourced-advice':
        if (rule.severity !== 'info')
          add(
            at('severity'),
            `${who} is unsourced-advice, which must be severity info so it never makes an accurate clinician look suspect (it is ${rule.severity})`,
          );
        break;
      case 'patient-privacy':
        if (rule.severity === 'warning')
          add(
            at('severity'),
            `${who} is patient-privacy, which is severity caution or info (shown in clinician mode only), not warning`,
          );
        break;
      default:
        break;
    }
    if (rule.safety && rule.category !== 'dangerous-advice') {
      add(
        at('safety'),
        `${who} has a safety line but is not dangerous-advice; the safety line is only shown for dangerous advice`,
        'value',
        'warning',
      );
    }

    if (rule.citations.length === 0)
      add(
        at('citations'),
        `${who} has no citation; cite at least one page of a verified source that supports the message`,
      );
    if (rule.examples.flag.length === 0)
      add(
        at('examples', 'flag'),
        `${who} has no flag example; add a sentence that must be marked, with the span in [[...]]`,
      );
    if (rule.examples.pass.length === 0)
      add(
        at('examples', 'pass'),
        `${who} has no pass example; add a sentence that must not be marked (for example the claim negated or debunked)`,
      );
    rule.examples.flag.forEach((example, j) => {
      const problem = markingProblem(example);
      if (problem) add(at('examples', 'flag', j), `${who}: flag example #${j + 1} ${problem}`);
    });
    rule.examples.pass.forEach((example, j) => {
      if (example.includes('[[') || example.includes(']]')) {
        add(
          at('examples', 'pass', j),
          `${who}: pass example #${j + 1} has [[...]]; pass examples mark nothing (move it to flag if it must be marked)`,
        );
      }
    });

    for (const field of ['message', 'title', 'safety'] as const) {
      const texts = rule[field];
      if (!texts) continue;
      for (const lang of ['en', 'fr'] as const) {
        const found = texts[lang]?.match(BANNED_WORDING);
        if (found) {
          add(
            at(field, lang),
            `${who}: ${field}.${lang} says "${found[0]}"; Vigie never calls a post false or fake: say what the evidence shows instead`,
          );
        }
      }
    }
  });
  return issues;
}

// Checks that need more than one file: ids unique across packs, citations naming a listed source,
// patterns that parse against the shared and pack lexicons. Pure: the loaded data comes in as arguments.
import { PatternError } from '../../engine/pattern/ast.ts';
import { parsePattern, type ParseContext } from '../../engine/pattern/parse.ts';
import { mergeSpellings } from '../../engine/match/packs.ts';
import type { Lang, VerifiedSource } from '../../engine/types.ts';
import type { LexiconFile, Path } from '../schema/index.ts';
import { closest } from '../schema/text.ts';
import { buildSourceIndex, sourceForHost } from '../../engine/sources/index-sources.ts';
import { engineLexicon } from './engine-input.ts';
import type { LoadedPack } from './files.ts';
import { locate, locateInString, type Located } from './yaml.ts';

export type Lexicons = Partial<Record<Lang, LexiconFile>>;

/**
 * The parse context of one language, as the engine builds it: shared classes with the pack's own over them,
 * and one spelling table merged across languages.
 */
export function parseContext(
  lexicons: Lexicons,
  packLexicon: Partial<Record<Lang, Record<string, string[]>>> | undefined,
  lang: Lang,
): ParseContext {
  const shared = lexicons[lang];
  return {
    classes: { ...(shared?.classes ?? {}), ...(packLexicon?.[lang] ?? {}) },
    spellings: mergeSpellings(engineLexicon(lexicons)),
  };
}

export function crossIssues(packs: LoadedPack[], sources: VerifiedSource[], lexicons: Lexicons): Located[] {
  const issues: Located[] = [];
  const packIds = new Map<string, string>();
  const ruleIds = new Map<string, { where: string; file: string }>();
  const sourceIds = sources.map((s) => s.id);
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  for (const loaded of packs) {
    const { raw, parsed } = loaded;
    if (!raw || !parsed) continue;
    const at = (path: Path, message: string, level: Located['level'] = 'error') => {
      const pos = locate(parsed, path, 'value');
      issues.push({ file: loaded.file, line: pos.line, col: pos.col, message, level });
    };
    const here = (path: Path) => `${loaded.file}:${locate(parsed, path, 'value').line}`;

    const firstPack = packIds.get(raw.id);
    if (firstPack) at(['id'], `pack id '${raw.id}' is also used by ${firstPack}; pack ids must be unique`);
    else packIds.set(raw.id, here(['id']));

    const contexts = new Map<Lang, ParseContext>();
    raw.rules.forEach((rule, i) => {
      const who = `rule '${rule.id}'`;
      const first = ruleIds.get(rule.id);
      if (first && first.file !== loaded.file) {
        at(
          ['rules', i, 'id'],
          `${who} is also defined in ${first.where}; rule ids must be unique across all packs`,
        );
      } else if (!first) ruleIds.set(rule.id, { where: here(['rules', i, 'id']), file: loaded.file });

      rule.citations.forEach((c, k) => {
        const source = sourceById.get(c.source);
        if (!source) {
          const guess = closest(c.source, sourceIds);
          at(
            ['rules', i, 'citations', k, 'source'],
            `${who}: citation source '${c.source}' is not in the verified-source list (rules/sources.yaml)${guess ? `; did you mean '${guess}'?` : ''}`,
          );
        } else if (!onDomains(c.url, source)) {
          at(
            ['rules', i, 'citations', k, 'url'],
            `${who}: the citation ${c.url} is not on a domain of '${source.id}' (${source.domains.join(', ')})`,
            'warning',
          );
        }
      });

      let ctx = contexts.get(rule.lang);
      if (!ctx) contexts.set(rule.lang, (ctx = parseContext(lexicons, raw.lexicon, rule.lang)));
      const check = (pattern: string, path: Path, what: string) => {
        try {
          parsePattern(pattern, ctx);
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          const pos =
            error.column > 0 ? locateInString(parsed, path, error.column - 1) : locate(parsed, path, 'value');
          issues.push({
            file: loaded.file,
            line: pos.line,
            col: pos.col,
            level: 'error',
            message: `${who}: ${what} '${pattern}' cannot be used: ${error.detail}`,
          });
        }
      };
      (rule.patterns ?? []).forEach((p, k) => check(p, ['rules', i, 'patterns', k], 'pattern'));
      (rule.near ?? []).forEach((g, k) =>
        g.all.forEach((p, m) => check(p, ['rules', i, 'near', k, 'all', m], 'near part')),
      );
      (rule.unless ?? []).forEach((p, k) => check(p, ['rules', i, 'unless', k], 'exception (unless)'));
    });
  }
  return issues;
}

/** Whether the URL lies within the source's domains (and path scopes), read the way the engine reads links. */
function onDomains(url: string, source: VerifiedSource): boolean {
  try {
    const u = new URL(url);
    return sourceForHost(buildSourceIndex([source]), u.hostname, decodeURI(u.pathname)) === source;
  } catch {
    return false; // not a URL, or a path with a broken escape
  }
}

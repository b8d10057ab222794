// `vigie check [paths] [--fix] [--links]`: schema, languages, ids, sources, patterns and canonical form of
// rule packs, plus the verified-source list and the shared lexicons they depend on.
// Exit 0 when there is no error (warnings allowed), 1 on errors, 2 on a usage error. `--links` offline
// prints "cannot check links: no network" once and does not change the exit code.
import { writeFileSync } from 'node:fs';
import { printCanonical, firstDifference } from '../../rules/load/canonical.ts';
import { crossIssues } from '../../rules/load/cross.ts';
import type { LoadedPack } from '../../rules/load/files.ts';
import { loadWorkspace, otherPacks } from '../../rules/load/workspace.ts';
import type { Located } from '../../rules/load/yaml.ts';
import { fromPack, toPack } from '../../rules/schema/index.ts';
import type { CliIO } from '../io.ts';
import { readCommandArgs } from '../format/args.ts';
import { countLevels, formatIssue, plural, sortIssues } from '../format/issues.ts';
import { checkLinks } from '../format/links.ts';

export const summary = 'check rule packs: schema, ids, sources, patterns, canonical form (--fix rewrites)';

const USAGE = `Usage: vigie check [paths...] [--fix] [--links] [--json] [--sources FILE] [--lexicon DIR]
  paths      pack files or folders (default: rules/packs rules/drafts)
  --fix      rewrite packs into their canonical form (comments are kept where their key still exists;
             a comment on a dropped empty key, like "unless: []", is lost)
  --links    also ask every citation URL whether it answers (needs network; offline it says so and skips)
  --json     print one JSON object {files, errors, warnings, issues, fixed, links}
Exit code: 0 no error (warnings allowed), 1 errors, 2 usage error. Offline, --links prints
"cannot check links: no network" once on stderr and leaves the exit code as the other checks set it.`;

/** Canonical text of a pack whose structure is valid, or undefined. */
export function canonicalText(loaded: LoadedPack): string | undefined {
  if (!loaded.raw || !loaded.parsed) return undefined;
  return printCanonical(fromPack(toPack(loaded.raw)), { comments: loaded.parsed.doc, topList: 'rules' });
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = readCommandArgs(
    'check',
    args,
    {
      fix: { type: 'boolean' },
      links: { type: 'boolean' },
      json: { type: 'boolean' },
      sources: { type: 'string' },
      lexicon: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;

  const ws = loadWorkspace({ paths: positionals, sources: values.sources, lexicon: values.lexicon });
  const issues: Located[] = [...ws.sources.issues, ...ws.lexicons.issues];
  const fixed: string[] = [];
  for (const loaded of ws.packs) {
    issues.push(...loaded.issues);
    const canonical = canonicalText(loaded);
    const text = loaded.parsed?.text;
    if (canonical === undefined || text === undefined || canonical === text) continue;
    if (values.fix) {
      writeFileSync(loaded.file, canonical);
      fixed.push(loaded.file);
      continue;
    }
    const diff = firstDifference(text, canonical)!;
    issues.push({
      file: loaded.file,
      line: diff.line,
      col: 1,
      level: 'error',
      message: `the file is not in canonical form from this line on (expected: ${JSON.stringify(diff.canonical.trim())}, found: ${JSON.stringify(diff.actual.trim())}); run: npx vigie check --fix ${loaded.file}`,
    });
  }

  // Ids are compared with every pack of the collection, but only the named files' problems are reported.
  const named = new Set(ws.packs.map((p) => p.file));
  const context = positionals.length > 0 ? otherPacks(ws.packs) : [];
  issues.push(
    ...crossIssues([...ws.packs, ...context], ws.sources.sources, ws.lexicons.lexicons).filter((i) =>
      named.has(i.file),
    ),
  );

  let links: unknown;
  if (values.links) {
    const urls = ws.packs.flatMap((p) => p.pack?.rules.flatMap((r) => r.citations.map((c) => c.url)) ?? []);
    const report = await checkLinks(urls);
    links = report;
    if (report.offline) io.err('cannot check links: no network\n');
    else {
      for (const problem of report.problems) {
        const where = findUrl(ws.packs, problem.url);
        issues.push({ ...where, level: 'error', message: `citation ${problem.url} ${problem.reason}` });
      }
    }
  }

  const sorted = sortIssues(issues);
  const { errors, warnings } = countLevels(sorted);
  if (values.json) {
    io.out(
      `${JSON.stringify({ files: ws.packs.map((p) => p.file), errors, warnings, issues: sorted, fixed, links })}\n`,
    );
  } else {
    for (const issue of sorted) io.out(`${formatIssue(issue)}\n`);
    for (const file of fixed) io.out(`${file}: rewritten in canonical form\n`);
    io.out(
      `${plural(ws.packs.length, 'pack')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}

function findUrl(packs: LoadedPack[], url: string): { file: string; line: number; col: number } {
  for (const p of packs) {
    const index = p.parsed?.text.indexOf(url) ?? -1;
    if (p.parsed && index >= 0) return { file: p.file, ...p.parsed.lines.linePos(index) };
  }
  return { file: '(citations)', line: 1, col: 1 };
}

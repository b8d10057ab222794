// `vigie eval FILE.jsonl...`: precision and recall of the packs on labelled posts.
// Rows: {id, lang, text, label} with label misleading | reliable | unverified (unverified rows are left out
// of the scores). A row counts as flagged when it has a contradicts-evidence or dangerous-advice finding
// shown in patient mode at default settings. Also: how often oversimplified and unsourced-advice fire on
// reliable rows (a finding context did not remove), and per rule how many rows of each label it fired on.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Engine } from '../../engine/analyze.ts';
import type { AnalyzeResult, Lang } from '../../engine/types.ts';
import { compileWorkspace } from '../../rules/load/engine-input.ts';
import type { CliIO } from '../io.ts';
import { UsageError, parseCommandArgs } from '../format/args.ts';
import { ratio, table } from '../format/table.ts';

export const summary = 'precision / recall of the packs on labelled posts (JSONL)';

const USAGE = `Usage: vigie eval FILE.jsonl... [--json] [--row-lang] [--packs PATH]... [--drafts]
       [--sources FILE] [--lexicon DIR]
  --row-lang  analyse each row in its declared language (default: detect it, as the extension does)
  --json      one JSON object {results, rules, reliableFiring, malformed}`;

const LABELS = ['misleading', 'reliable', 'unverified'] as const;
type Label = (typeof LABELS)[number];
const FLAGGING = new Set(['contradicts-evidence', 'dangerous-advice']);
const WATCHED = ['oversimplified', 'unsourced-advice'] as const;

export interface Row {
  id: string;
  lang: string;
  text: string;
  label: Label;
}

export interface ResultLine {
  file: string;
  lang: string;
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  fpr: number | null;
  /** Reliable rows where each watched category fired (not removed by context), and the share. */
  reliableFiring: Record<(typeof WATCHED)[number], { rows: number; rate: number | null }>;
}

export interface RuleLine {
  id: string;
  misleading: number;
  reliable: number;
  unverified: number;
}

export function parseRow(line: string): Row | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const row = value as Record<string, unknown>;
  if (typeof row.text !== 'string') return 'has no "text"';
  if (!LABELS.includes(row.label as Label)) return `"label" must be one of ${LABELS.join(', ')}`;
  return {
    id: typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : '',
    lang: typeof row.lang === 'string' ? row.lang : 'unknown',
    text: row.text,
    label: row.label as Label,
  };
}

export const isFlagged = (result: AnalyzeResult) =>
  result.findings.some((f) => f.shown && FLAGGING.has(f.category));
const div = (a: number, b: number) => (b === 0 ? null : a / b);

export function evaluate(engine: Engine, files: { file: string; rows: Row[] }[], rowLang = false) {
  const results: ResultLine[] = [];
  const perRule = new Map<string, RuleLine>(
    engine.rules.map((r) => [r.id, { id: r.id, misleading: 0, reliable: 0, unverified: 0 }]),
  );
  for (const { file, rows } of files) {
    const byLang = new Map<string, ResultLine>();
    for (const row of rows) {
      const lang: Lang | undefined =
        rowLang && (row.lang === 'en' || row.lang === 'fr') ? row.lang : undefined;
      const result = engine.analyze({ text: row.text, ...(lang ? { lang } : {}) });
      const fired = new Set(result.findings.filter((f) => f.effect !== 'removed').map((f) => f.ruleId));
      for (const id of fired) {
        const line = perRule.get(id) ?? { id, misleading: 0, reliable: 0, unverified: 0 };
        line[row.label]++;
        perRule.set(id, line);
      }
      if (row.label === 'unverified') continue;
      let line = byLang.get(row.lang);
      if (!line) {
        line = {
          file,
          lang: row.lang,
          rows: 0,
          tp: 0,
          fp: 0,
          fn: 0,
          tn: 0,
          precision: null,
          recall: null,
          fpr: null,
          reliableFiring: {
            oversimplified: { rows: 0, rate: null },
            'unsourced-advice': { rows: 0, rate: null },
          },
        };
        byLang.set(row.lang, line);
      }
      line.rows++;
      const flagged = isFlagged(result);
      if (row.label === 'misleading') {
        if (flagged) line.tp++;
        else line.fn++;
      } else {
        if (flagged) line.fp++;
        else line.tn++;
        for (const category of WATCHED) {
          if (result.findings.some((f) => f.category === category && f.effect !== 'removed'))
            line.reliableFiring[category].rows++;
        }
      }
    }
    for (const line of [...byLang.values()].sort((a, b) => a.lang.localeCompare(b.lang))) {
      line.precision = div(line.tp, line.tp + line.fp);
      line.recall = div(line.tp, line.tp + line.fn);
      line.fpr = div(line.fp, line.fp + line.tn);
      for (const category of WATCHED)
        line.reliableFiring[category].rate = div(line.reliableFiring[category].rows, line.fp + line.tn);
      results.push(line);
    }
  }
  const rules = [...perRule.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { results, rules };
}

function readRows(path: string, io: CliIO, malformed: string[]): Row[] {
  const rows: Row[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const row = parseRow(line);
      if (typeof row === 'string') {
        const note = `${path}:${i + 1}: skipped, ${row}`;
        malformed.push(note);
        io.err(`vigie eval: ${note}\n`);
      } else rows.push(row);
    });
  return rows;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandArgs(
      args,
      {
        json: { type: 'boolean' },
        'row-lang': { type: 'boolean' },
        packs: { type: 'string', multiple: true },
        drafts: { type: 'boolean' },
        sources: { type: 'string' },
        lexicon: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      USAGE,
    );
    if (!parsed.values.help && parsed.positionals.length === 0)
      throw new UsageError(`give at least one .jsonl file\n${USAGE}`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`vigie eval: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const compiled = compileWorkspace({
    paths: values.packs,
    drafts: values.drafts,
    sources: values.sources,
    lexicon: values.lexicon,
  });
  for (const note of compiled.skipped) io.err(`vigie eval: ${note}\n`);
  const malformed: string[] = [];
  const files = positionals.map((path) => ({ file: basename(path), rows: readRows(path, io, malformed) }));
  const { results, rules } = evaluate(compiled.engine, files, values['row-lang']);

  if (values.json) {
    io.out(`${JSON.stringify({ results, rules, malformed })}\n`);
    return 0;
  }
  io.out(
    `${table(
      ['file', 'lang', 'rows', 'tp', 'fp', 'fn', 'tn', 'precision', 'recall', 'fpr'],
      results.map((r) => [
        r.file,
        r.lang,
        r.rows,
        r.tp,
        r.fp,
        r.fn,
        r.tn,
        ratio(r.precision),
        ratio(r.recall),
        ratio(r.fpr),
      ]),
    )}\n`,
  );
  io.out('\nOn reliable rows, share with a finding that context left standing:\n');
  io.out(
    `${table(
      ['file', 'lang', 'reliable', 'oversimplified', 'unsourced-advice'],
      results.map((r) => [
        r.file,
        r.lang,
        r.fp + r.tn,
        ratio(r.reliableFiring.oversimplified.rate),
        ratio(r.reliableFiring['unsourced-advice'].rate),
      ]),
    )}\n`,
  );
  const firing = rules.filter((r) => r.misleading + r.reliable + r.unverified > 0);
  io.out(`\nRules that fired (rows per label), ${firing.length} of ${rules.length}:\n`);
  if (firing.length > 0) {
    io.out(
      `${table(
        ['rule', 'misleading', 'reliable', 'unverified'],
        firing.map((r) => [r.id, r.misleading, r.reliable, r.unverified]),
      )}\n`,
    );
  }
  return 0;
}

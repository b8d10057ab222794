// `vigie test [paths]`: runs every rule's examples through the engine, like LanguageTool's rule tests.
// A flag example must produce that rule's finding exactly on the [[marked]] span (and not removed by
// context); a pass example must produce no finding of that rule that context left standing.
// Each pack is compiled alone with the shared lexicon and the verified sources. Exit 1 on any failure.
import { compile } from '../../engine/analyze.ts';
import type { Finding, Pack, Rule } from '../../engine/types.ts';
import { engineLexicon } from '../../rules/load/engine-input.ts';
import type { LoadedPack } from '../../rules/load/files.ts';
import { loadWorkspace } from '../../rules/load/workspace.ts';
import { locate, type Located } from '../../rules/load/yaml.ts';
import { parseMarkedExample, toPack } from '../../rules/schema/index.ts';
import { marksPassExample } from '../../rules/schema/examples.ts';
import type { CliIO } from '../io.ts';
import { readCommandArgs } from '../format/args.ts';
import { formatIssue } from '../format/issues.ts';
import { contextWords, whyRemoved } from '../format/findings.ts';

export const summary = "run every rule's flag and pass examples (N passed, N failed)";

const USAGE = `Usage: vigie test [paths...] [--json] [--sources FILE] [--lexicon DIR]
  paths   pack files or folders (default: rules/packs rules/drafts)
  --json  print one JSON object {passed, failed, failures}
The last line is "N passed, N failed". Exit code: 0 all passed, 1 any failure, 2 usage error.
A pass example fails when the rule's finding stands at full strength or would be shown to patients;
a question or quotation that context lowered and hides from patients passes.`;

export interface TestFailure extends Located {
  packId?: string;
  ruleId?: string;
  kind?: 'flag' | 'pass' | 'pack';
}

const span = (f: { start: number; end: number }) => `${f.start}-${f.end}`;

function describeFound(found: Finding[]): string {
  return found
    .map(
      (f) =>
        `'${f.excerpt}' at ${span(f)}${f.effect === 'downgraded' ? ` (${contextWords(f.context)})` : ''}`,
    )
    .join(', ');
}

/** Why a flag example failed, in words; undefined when it passed. */
export function flagFailure(example: string, findings: Finding[], ruleId: string): string | undefined {
  const marked = parseMarkedExample(example);
  if (!marked) return 'the example has no usable [[...]] marking (run vigie check)';
  const own = findings.filter((f) => f.ruleId === ruleId);
  const expected = `[[${marked.text.slice(marked.start, marked.end)}]] at ${marked.start}-${marked.end}`;
  const standing = own.filter((f) => f.effect !== 'removed');
  if (standing.some((f) => f.start === marked.start && f.end === marked.end)) return undefined;
  if (standing.length > 0) return `expected ${expected}, found ${describeFound(standing)}`;
  const removed = own.find((f) => f.effect === 'removed');
  if (removed) return `expected ${expected}, found nothing: ${whyRemoved(removed)}`;
  return `expected ${expected}, found nothing`;
}

export function passFailure(example: string, findings: Finding[], ruleId: string): string | undefined {
  const standing = findings.filter((f) => f.ruleId === ruleId && marksPassExample(f));
  if (standing.length === 0) return undefined;
  return `expected no mark, found ${describeFound(standing)}`;
}

export interface PackTestResult {
  passed: number;
  failures: TestFailure[];
}

export function testPack(
  loaded: LoadedPack,
  lexicon: ReturnType<typeof engineLexicon>,
  sources: Parameters<typeof compile>[0]['sources'],
): PackTestResult {
  const failures: TestFailure[] = [];
  const fail = (path: (string | number)[], message: string, extra: Partial<TestFailure> = {}) => {
    const pos = loaded.parsed ? locate(loaded.parsed, path, 'value') : { line: 1, col: 1 };
    failures.push({ file: loaded.file, line: pos.line, col: pos.col, level: 'error', message, ...extra });
  };
  if (!loaded.raw) {
    const n = loaded.issues.filter((i) => i.level === 'error').length;
    fail(
      [],
      `this pack cannot be tested: it has ${n} schema error${n === 1 ? '' : 's'} (run vigie check on it)`,
      { kind: 'pack' },
    );
    return { passed: 0, failures };
  }
  const pack: Pack = loaded.pack ?? toPack(loaded.raw, { draft: loaded.draft });
  const engine = compile({ packs: [pack], lexicon, sources });
  const broken = new Map(engine.issues.map((i) => [i.ruleId, i.message]));
  let passed = 0;
  pack.rules.forEach((rule: Rule, i) => {
    const at = (kind: 'flag' | 'pass', j: number) => ['rules', i, 'examples', kind, j];
    const who = { packId: pack.id, ruleId: rule.id };
    const problem = broken.get(rule.id);
    for (const kind of ['flag', 'pass'] as const) {
      rule.examples[kind].forEach((example, j) => {
        if (problem) {
          fail(
            at(kind, j),
            `rule '${rule.id}' ${kind} example: the rule could not be compiled (${problem})`,
            { ...who, kind },
          );
          return;
        }
        const text =
          kind === 'flag' ? (parseMarkedExample(example.text)?.text ?? example.text) : example.text;
        const result = engine.analyze({ text, lang: rule.lang });
        const why =
          kind === 'flag'
            ? flagFailure(example.text, result.findings, rule.id)
            : passFailure(example.text, result.findings, rule.id);
        if (why) fail(at(kind, j), `rule '${rule.id}' ${kind} example: ${why}`, { ...who, kind });
        else passed++;
      });
    }
  });
  return { passed, failures };
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = readCommandArgs(
    'test',
    args,
    {
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
  const lexicon = engineLexicon(ws.lexicons.lexicons);
  let passed = 0;
  const failures: TestFailure[] = [];
  for (const loaded of ws.packs) {
    try {
      const result = testPack(loaded, lexicon, ws.sources.sources);
      passed += result.passed;
      failures.push(...result.failures);
    } catch (error) {
      // One broken pack does not stop the others.
      failures.push({
        file: loaded.file,
        line: 1,
        col: 1,
        level: 'error',
        kind: 'pack',
        message: `the engine failed on this pack: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  if (values.json) {
    io.out(`${JSON.stringify({ passed, failed: failures.length, failures })}\n`);
  } else {
    for (const failure of failures) io.out(`${formatIssue(failure)}\n`);
    io.out(`${passed} passed, ${failures.length} failed\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

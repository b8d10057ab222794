// Schema validation for packs, the verified-source list and the shared lexicons, as plain functions on
// parsed data. No Node, no DOM: the CLI calls these on YAML it parsed, the extension's background on JSON it
// downloaded. Flow: valibot structure -> translated issues (messages.ts) -> whole-pack checks (semantic.ts).
import * as v from 'valibot';
import type { Pack, VerifiedSource } from '../../engine/types.ts';
import { fromPack, packJsonToFile, toPack } from './keys.ts';
import { LexiconFileSchema, type LexiconFile } from './lexicon.ts';
import { translateIssue, type SchemaIssue, type Subject } from './messages.ts';
import { PackFileSchema, type PackFile } from './pack.ts';
import { semanticIssues } from './semantic.ts';
import { SourcesFileSchema, type SourcesFile } from './sources.ts';
import { LIMITS } from './text.ts';

export type { SchemaIssue, Path } from './messages.ts';
export { LIMITS } from './text.ts';
export { toPack, fromPack, packJsonToFile } from './keys.ts';
export { parseMarkedExample, markingProblem } from './examples.ts';
export type { PackFile, RuleFile } from './pack.ts';
export type { SourcesFile } from './sources.ts';
export type { LexiconFile } from './lexicon.ts';

export interface Validated<T> {
  /** Present when there is no error (warnings may remain in `issues`). */
  value?: T;
  issues: SchemaIssue[];
}

const PACK_SUBJECT: Subject = { listKey: 'rules', noun: 'rule', whole: 'pack' };
const SOURCES_SUBJECT: Subject = { listKey: 'sources', noun: 'source', whole: 'source list' };
const LEXICON_SUBJECT: Subject = { listKey: 'classes', noun: 'class', whole: 'lexicon' };

function structural<T>(schema: v.GenericSchema<unknown, T>, data: unknown, subject: Subject) {
  // valibot's object schemas accept arrays (typeof [] is 'object'): say plainly what the file should be.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found =
      data === null || data === undefined ? 'empty' : Array.isArray(data) ? 'a list' : 'a single value';
    const message = `the ${subject.whole} file should be a group of "key: value" lines, but it is ${found}`;
    return { value: undefined, issues: [{ path: [], at: 'value', message }] as SchemaIssue[] };
  }
  const result = v.safeParse(schema, data, { abortEarly: false });
  if (result.success) return { value: result.output, issues: [] as SchemaIssue[] };
  return { value: undefined, issues: result.issues.map((i) => translateIssue(i, data, schema, subject)) };
}

const hasError = (issues: SchemaIssue[]) => issues.some((i) => i.level !== 'warning');

/** Validates a pack in its YAML form (kebab-case keys) and returns the engine's `Pack`. */
export function validatePackFile(
  data: unknown,
  options: { draft?: boolean } = {},
): Validated<Pack> & { file?: PackFile } {
  const { value, issues } = structural(PackFileSchema, data, PACK_SUBJECT);
  if (!value) return { issues };
  const all = [...issues, ...semanticIssues(value)];
  if (hasError(all)) return { issues: all, file: value };
  return { value: toPack(value, options), file: value, issues: all };
}

/** Validates a pack in its built JSON form (camelCase, as `vigie build` writes it), e.g. after a download. */
export function validatePackJson(data: unknown, byteLength?: number): Validated<Pack> {
  if (byteLength !== undefined && byteLength > LIMITS.packBytes) {
    return {
      issues: [
        {
          path: [],
          at: 'value',
          message: `pack is ${byteLength} bytes; the limit is ${LIMITS.packBytes} (2 MB)`,
        },
      ],
    };
  }
  return validatePackFile(packJsonToFile(data));
}

export function validateSourcesFile(data: unknown): Validated<VerifiedSource[]> {
  const { value, issues } = structural(SourcesFileSchema, data, SOURCES_SUBJECT);
  if (!value) return { issues };
  const seen = new Map<string, number>();
  value.sources.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) {
      issues.push({
        path: ['sources', i, 'id'],
        at: 'value',
        message: `source '${s.id}' is listed twice (also source #${first + 1})`,
      });
    } else seen.set(s.id, i);
  });
  if (hasError(issues)) return { issues };
  return {
    value: value.sources.map((s) => ({
      ...s,
      domains: [...s.domains],
      languages: [...s.languages],
      topics: [...s.topics],
    })),
    issues,
  };
}

export function validateLexiconFile(data: unknown): Validated<LexiconFile> {
  return structural(LexiconFileSchema, data, LEXICON_SUBJECT);
}

/** The canonical data of a pack: what `vigie check --fix` prints and `vigie build` writes. */
export function canonicalPackFile(pack: Pack): PackFile {
  return fromPack(pack);
}

export type { SourcesFile as SourcesFileData };
export { PackFileSchema, SourcesFileSchema, LexiconFileSchema };

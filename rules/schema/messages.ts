// Turns valibot issues into sentences a physician who maintains a pack can act on:
// "rule 'vaccines-autism-en': unknown key 'patern' (did you mean 'patterns'?); allowed keys here: id, ..."
import type * as v from 'valibot';
import { closest } from './text.ts';

export type Path = (string | number)[];

export interface SchemaIssue {
  path: Path;
  /** What the message points at: the key itself (unknown key), its value, or the map that lacks a key. */
  at: 'key' | 'value' | 'parent';
  message: string;
  /** Warnings are reported but do not fail `vigie check`. Default: error. */
  level?: 'error' | 'warning';
}

/** How to name items of the file's main list: rules in packs, sources in sources.yaml. */
export interface Subject {
  listKey: string;
  noun: string;
  whole: string; // "pack", "source list", "lexicon"
}

const LANG_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes/no',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of "key: value" lines',
  strict_object: 'a group of "key: value" lines',
  record: 'a group of "key: value" lines',
};

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `"${value}" (read as yes/no)`;
  if (Array.isArray(value)) return 'a list';
  return 'a group of "key: value" lines';
}

function valueAt(data: unknown, path: Path): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** "rule 'vaccines-autism-en'" and the rest of the path, "message.fr" (list positions count from 1). */
export function subjectOf(data: unknown, path: Path, subject: Subject): { who: string; field: string } {
  let who = subject.whole;
  let rest = path;
  if (path[0] === subject.listKey && typeof path[1] === 'number') {
    const id = valueAt(data, [subject.listKey, path[1], 'id']);
    who = typeof id === 'string' && id ? `${subject.noun} '${id}'` : `${subject.noun} #${path[1] + 1}`;
    rest = path.slice(2);
  }
  const field = rest.map((k, i) => (typeof k === 'number' ? `[${k + 1}]` : i === 0 ? k : `.${k}`)).join('');
  return { who, field };
}

function fieldWords(field: string): string {
  const parts = field.split('.');
  const last = parts[parts.length - 1] ?? field;
  const parent = parts.length > 1 ? parts[parts.length - 2] : undefined;
  if (parent && LANG_NAMES[last]) return `${LANG_NAMES[last]} ${parent.replace(/\[\d+\]$/, '')} (${field})`;
  return `'${field}'`;
}

type AnySchema = {
  type: string;
  entries?: Record<string, unknown>;
  item?: unknown;
  value?: unknown;
  wrapped?: unknown;
};

/** The schema that describes the value at `path`, to list the keys allowed there. */
function schemaAt(root: unknown, path: Path): AnySchema | undefined {
  let cur = root as AnySchema | undefined;
  for (const key of path) {
    while (cur && cur.wrapped) cur = cur.wrapped as AnySchema;
    if (!cur) return undefined;
    if (typeof key === 'number') cur = cur.item as AnySchema | undefined;
    else if (cur.entries) cur = cur.entries[key] as AnySchema | undefined;
    else cur = cur.value as AnySchema | undefined;
  }
  while (cur && cur.wrapped) cur = cur.wrapped as AnySchema;
  return cur;
}

export function translateIssue(
  issue: v.BaseIssue<unknown>,
  data: unknown,
  schema: unknown,
  subject: Subject,
): SchemaIssue {
  const path: Path = (issue.path ?? []).map((p) => p.key as string | number);
  const fromKey = (issue.path ?? []).some((p) => 'origin' in p && p.origin === 'key');
  const { who, field } = subjectOf(data, path, subject);
  const value = valueAt(data, path);

  if ((issue.type === 'strict_object' || issue.type === 'object') && issue.expected === 'never') {
    const key = String(path[path.length - 1]);
    const allowed = Object.keys(schemaAt(schema, path.slice(0, -1))?.entries ?? {});
    const guess = closest(key, allowed);
    const hint = guess ? ` (did you mean '${guess}'?)` : '';
    return {
      path,
      at: 'key',
      message: `${who}: unknown key '${key}'${hint}; the keys allowed here are: ${allowed.join(', ')}`,
    };
  }
  if ((issue.type === 'strict_object' || issue.type === 'object') && value === undefined && path.length > 0) {
    const key = String(path[path.length - 1]);
    const where = LANG_NAMES[key] ? `no ${fieldWords(field)}` : `no '${field}'`;
    return { path, at: 'parent', message: `${who} has ${where}; add it` };
  }
  if (issue.kind === 'schema' && issue.type === 'picklist') {
    const options = (schemaAt(schema, path) as { options?: string[] } | undefined)?.options ?? [];
    const guess = typeof value === 'string' ? closest(value, options) : undefined;
    const hint = guess ? ` (did you mean '${guess}'?)` : '';
    return {
      path,
      at: 'value',
      message: `${who}: ${field || 'value'} is ${describeValue(value)}, which is not one of: ${options.join(', ')}${hint}`,
    };
  }
  if (issue.kind === 'schema') {
    const expected = EXPECTED_WORDS[issue.type] ?? issue.expected ?? issue.type;
    const subjectText = field ? `${fieldWords(field)} should be` : 'the file should be';
    // "Faux : aucune étude..." unquoted is read as a key and a value: the usual YAML surprise.
    const colonHint =
      issue.type === 'string' && value && typeof value === 'object' && !Array.isArray(value)
        ? '; a colon followed by a space starts a "key: value" pair, so put the whole text in quotes'
        : issue.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? '; put it in quotes so it is read as text'
          : '';
    return {
      path,
      at: fromKey ? 'key' : 'value',
      message: `${who}: ${subjectText} ${expected}, but it is ${describeValue(value)}${colonHint}`,
    };
  }
  // Validation actions carry their own predicate ("must be a full https:// address ...").
  const parentField = fromKey ? subjectOf(data, path.slice(0, -1), subject).field : field;
  const name = fromKey
    ? `the name '${String(path[path.length - 1])}' in ${parentField || subject.whole}`
    : fieldWords(field);
  return { path, at: fromKey ? 'key' : 'value', message: `${who}: ${field ? name : 'it'} ${issue.message}` };
}

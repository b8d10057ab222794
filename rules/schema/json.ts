// JSON Schema (draft-07) for editors: `# yaml-language-server: $schema=../schema/pack.schema.json` gives
// completion and inline errors while writing a pack. Generated from the valibot schemas, never by hand:
// `npm run schema` writes the files and tests/unit/pack-schema-json.test.ts fails when they are stale.
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { noMarkup } from './fields.ts';
import { LexiconFileSchema } from './lexicon.ts';
import { PackFileSchema } from './pack.ts';
import { SourcesFileSchema } from './sources.ts';
import { DATE_PATTERN, NO_MARKUP_JSON_PATTERN, isCalendarDate, isHttpsUrl } from './text.ts';

/** Adds a regex; a second one goes into allOf since a JSON Schema has one `pattern`. */
function withPattern(schema: JsonSchema, pattern: string): JsonSchema {
  const current = schema as JsonSchema & { pattern?: string; allOf?: JsonSchema[] };
  if (!current.pattern) return { ...current, pattern } as JsonSchema;
  return { ...current, allOf: [...(current.allOf ?? []), { pattern }] } as JsonSchema;
}

function emit(schema: GenericSchema, title: string, description: string): JsonSchema {
  const json = toJsonSchema(schema, {
    // Checks written as functions (real dates, https addresses, limits on record sizes) have no JSON Schema
    // form; the CLI still runs them. The markup check is the one editors should know: give it as a pattern.
    errorMode: 'ignore',
    // The callback returns the whole schema so far: unknown checks keep it as is instead of dropping it.
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const action = valibotAction as { type: string; requirement?: unknown };
      if (action.type !== 'check') return undefined;
      if (action.requirement === noMarkup) return withPattern(jsonSchema, NO_MARKUP_JSON_PATTERN);
      if (action.requirement === isHttpsUrl) return withPattern(jsonSchema, '^https://[^\\s/]+\\.[^\\s]+$');
      if (action.requirement === isCalendarDate) return withPattern(jsonSchema, DATE_PATTERN.source);
      return jsonSchema;
    },
  });
  return { ...json, title, description } as JsonSchema;
}

export function jsonSchemas(): Record<'pack' | 'sources' | 'lexicon', JsonSchema> {
  return {
    pack: emit(
      PackFileSchema,
      'Vigie rule pack',
      'A rule pack: rules/packs/<topic>.<lang>.yaml (see docs/pack-format.md).',
    ),
    sources: emit(
      SourcesFileSchema,
      'Vigie verified sources',
      'The verified-source list: rules/sources.yaml.',
    ),
    lexicon: emit(LexiconFileSchema, 'Vigie shared lexicon', 'A shared lexicon: rules/lexicon/<lang>.yaml.'),
  };
}

/** The exact text of each committed file (2-space JSON, final newline). */
export function jsonSchemaFiles(): Record<string, string> {
  const schemas = jsonSchemas();
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      `${name}.schema.json`,
      `${JSON.stringify(schema, null, 2)}\n`,
    ]),
  );
}

// The committed JSON Schemas are generated from the valibot schemas; this fails when they are stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../rules/schema/json.ts';

describe('emitted JSON Schema', () => {
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    it(`rules/schema/${name} is up to date (run npm run schema)`, () => {
      const committed = readFileSync(join(import.meta.dirname, '..', '..', 'rules', 'schema', name), 'utf8');
      expect(committed).toBe(text);
    });
  }

  it('tells editors about kebab-case keys, closed objects and the markup rule', () => {
    const pack = JSON.parse(jsonSchemaFiles()['pack.schema.json']!);
    expect(Object.keys(pack.properties)).toContain('min-engine');
    expect(pack.additionalProperties).toBe(false);
    expect(pack.properties.rules.items.properties.message.properties.en.pattern).toMatch(/\[Jj\]\[Aa\]/);
  });
});

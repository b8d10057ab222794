// `npm run schema`: writes rules/schema/*.schema.json from the valibot schemas.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from './json.ts';

const here = dirname(fileURLToPath(import.meta.url));
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(here, name), text);
  process.stdout.write(`wrote rules/schema/${name}\n`);
}

// Prints the engine's figures on the labelled posts in ../shared/eval into the test log. Not a gate: the
// numbers are reported (README, issue notes); the data stays in ../shared and is read at run time only.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/eval.ts';
import { memoryIO } from '../../cli/io.ts';

const EVAL = resolve(import.meta.dirname, '../../../shared/eval');

describe('eval on ../shared/eval', () => {
  it.skipIf(!existsSync(EVAL))(
    'prints precision, recall and fpr per file and language',
    async () => {
      const files = readdirSync(EVAL)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => join(EVAL, f));
      const io = memoryIO();
      const code = await run(files, io);
      console.log(`\n${io.stdout}`);
      expect(code).toBe(0);
      expect(io.stdout).toMatch(/precision/i);
    },
    120_000,
  );
});

if (!existsSync(EVAL)) console.log(`NOTICE: ${EVAL} is absent; the eval report is skipped.`);

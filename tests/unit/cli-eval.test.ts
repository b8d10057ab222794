// `vigie eval` counts on a tiny labelled file written for the fixture pack (invented remedy texts).
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRow, run } from '../../cli/commands/eval.ts';
import { memoryIO } from '../../cli/io.ts';
import { FIXTURES } from './pack-fixtures.ts';

const ARGS = [
  '--packs',
  join(FIXTURES, 'good'),
  '--sources',
  join(FIXTURES, 'sources.yaml'),
  '--lexicon',
  join(FIXTURES, 'lexicon'),
];
const JSONL = join(FIXTURES, '..', 'eval', 'demo.jsonl');
/** The shared labelled sets live beside the repository (../shared), never inside it. */
const SHARED = join(FIXTURES, '..', '..', '..', '..', 'shared', 'eval');

describe('vigie eval', () => {
  it('counts tp/fp/fn/tn, leaves unverified rows out of the scores and reports malformed lines', async () => {
    const io = memoryIO();
    expect(await run([JSONL, '--json', ...ARGS], io)).toBe(0);
    expect(io.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(io.stdout);
    expect(report.results).toEqual([
      expect.objectContaining({ file: 'demo.jsonl', lang: 'en', rows: 6, tp: 2, fp: 1, fn: 1, tn: 2 }),
    ]);
    expect(report.results[0].precision).toBeCloseTo(2 / 3);
    expect(report.results[0].recall).toBeCloseTo(2 / 3);
    expect(report.results[0].fpr).toBeCloseTo(1 / 3);
    expect(report.rules).toContainEqual({
      id: 'demo-stop-meds-en',
      misleading: 1,
      reliable: 0,
      unverified: 0,
    });
    expect(report.rules.find((r: { id: string }) => r.id === 'demo-glowberry-cures-en')).toMatchObject({
      misleading: 1,
      reliable: 1,
    });
    expect(io.stderr).toMatch(/demo\.jsonl:8: skipped, not valid JSON/);
    expect(io.stderr).toMatch(/demo\.jsonl:9: skipped, has no "text"/);
  });

  it('prints a readable table by default', async () => {
    const io = memoryIO();
    await run([JSONL, ...ARGS], io);
    expect(io.stdout).toMatch(/^file\s+lang\s+rows\s+tp\s+fp\s+fn\s+tn\s+precision\s+recall\s+fpr\n/);
    expect(io.stdout).toMatch(/demo\.jsonl\s+en\s+6\s+2\s+1\s+1\s+2\s+0\.667\s+0\.667\s+0\.333/);
  });

  it('reads rows strictly', () => {
    expect(parseRow('{"id":"a","lang":"fr","text":"x","label":"reliable"}')).toEqual({
      id: 'a',
      lang: 'fr',
      text: 'x',
      label: 'reliable',
    });
    expect(parseRow('{"text":"x","label":"maybe"}')).toMatch(/label/);
    expect(parseRow('[1]')).toBe('not a JSON object');
  });

  it.runIf(existsSync(SHARED))(
    'runs on the shared dev sets when present (read at run time, never copied)',
    async () => {
      const io = memoryIO();
      await run([join(SHARED, 'fr_afp_factuel_dev.jsonl'), '--json'], io);
      const report = JSON.parse(io.stdout);
      expect(report.results[0].rows).toBeGreaterThan(100);
    },
  );
});

if (!existsSync(SHARED)) console.log(`cli-eval: ${SHARED} is absent, the shared-data check is skipped`);

// `vigie scan`: readable report with a caret line; --json is exactly one object {lang, ran, findings, links}.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/scan.ts';
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

describe('vigie scan', () => {
  it('prints one JSON object with --json', async () => {
    const io = memoryIO();
    expect(
      await run(['My aunt says glowberry juice cures the flu', '--json', '--lang', 'en', ...ARGS], io),
    ).toBe(0);
    expect(io.stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(io.stdout);
    expect(Object.keys(result).sort()).toEqual(['findings', 'lang', 'links', 'ran']);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'demo-glowberry-cures-en',
      start: 13,
      end: 42,
      excerpt: 'glowberry juice cures the flu',
    });
  });

  it('shows category, severity, rule, a caret under the span, context and sources', async () => {
    const io = memoryIO();
    await run(['My aunt says glowberry juice cures the flu', '--lang', 'en', ...ARGS], io);
    expect(io.stdout).toContain('1. contradicts-evidence | warning | demo-glowberry-cures-en (demo-en)');
    expect(io.stdout).toContain(
      '   My aunt says glowberry juice cures the flu\n                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n',
    );
    expect(io.stdout).toContain('context: none');
    expect(io.stdout).toContain('source: Example Health Agency (test fixture) https://example.org/glowberry');
  });

  it('lists findings removed by context in clinician mode only', async () => {
    const text = 'Never stop taking your moonroot pills';
    const patient = memoryIO();
    await run([text, '--lang', 'en', ...ARGS], patient);
    expect(patient.stdout).toMatch(/0 findings \(1 more not shown to patients/);
    const clinician = memoryIO();
    await run([text, '--lang', 'en', '--mode', 'clinician', ...ARGS], clinician);
    expect(clinician.stdout).toMatch(/removed by context: read as negated by 'Never'/);
  });

  it('refuses a bad option with usage', async () => {
    const io = memoryIO();
    expect(await run(['x', '--mode', 'doctor'], io)).toBe(2);
    expect(io.stderr).toMatch(/--mode must be patient or clinician/);
  });
});

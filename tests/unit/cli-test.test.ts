// `vigie test`: examples must land on the marked span; failures say what was found instead, with the line.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/test.ts';
import { memoryIO } from '../../cli/io.ts';
import { GOOD_PACK, lineOf, variant, workspace } from './pack-fixtures.ts';

async function test(packs: Record<string, string>, extra: string[] = []) {
  const ws = workspace(packs);
  const io = memoryIO();
  const code = await run([join(ws.dir, 'packs'), ...ws.args, ...extra], io);
  return { code, out: io.stdout };
}

describe('vigie test', () => {
  it('passes every example of the good fixture pack', async () => {
    const r = await test({ 'demo.en.yaml': GOOD_PACK });
    expect(r.out.trim().split('\n').at(-1)).toBe('5 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('reports a span that differs from the marked one', async () => {
    const text = variant(
      '[[glowberry juice cures the flu]] in two days',
      '[[glowberry juice cures the flu in two]] days',
    );
    const r = await test({ 'demo.en.yaml': text });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `demo.en.yaml:${lineOf(text, 'My aunt')}:11: rule 'demo-glowberry-cures-en' flag example: expected [[glowberry juice cures the flu in two]] at 15-51, found 'glowberry juice cures the flu' at 15-44`,
    );
    expect(r.out).toMatch(/\n4 passed, 1 failed\n$/);
  });

  it('explains a flag example that context removed', async () => {
    const text = variant(
      'My aunt swears [[glowberry juice cures the flu]] in two days',
      'Honestly [[glowberry juice never cures the flu]]',
    );
    const r = await test({ 'demo.en.yaml': text });
    expect(r.out).toMatch(/found nothing: the sentence was read as negated by 'never'/);
  });

  it('reports a pass example that is marked', async () => {
    const text = variant(
      '        - I had the flu last week',
      '        - Glowberry tea heals a cold, I promise',
    );
    const r = await test({ 'demo.en.yaml': text });
    expect(r.out).toMatch(/pass example: expected no mark, found 'Glowberry tea heals a cold' at 0-26/);
    expect(r.code).toBe(1);
  });

  it('counts a pack with schema errors as a failure instead of stopping', async () => {
    const broken = variant('min-engine: 1', 'min-engine: one');
    const r = await test({ 'a.en.yaml': GOOD_PACK.replace(/demo-/g, 'other-'), 'b.en.yaml': broken });
    expect(r.out).toMatch(/b\.en\.yaml:\d+:\d+: this pack cannot be tested: it has 1 schema error/);
    expect(r.out).toMatch(/\n5 passed, 1 failed\n$/);
  });

  it('prints exactly one JSON object with --json', async () => {
    const r = await test({ 'demo.en.yaml': GOOD_PACK }, ['--json']);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out)).toEqual({ passed: 5, failed: 0, failures: [] });
  });
});

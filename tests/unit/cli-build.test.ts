// `vigie build`: canonical JSON per pack with its sha256 in index.json, and the files the extension imports.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/build.ts';
import { memoryIO } from '../../cli/io.ts';
import { validatePackJson, validateSourcesFile } from '../../rules/schema/index.ts';
import { loadEngine } from '../../engine/analyze.ts';
import { GOOD_PACK, load, variant, workspace } from './pack-fixtures.ts';

describe('vigie build', () => {
  it('writes packs, sources, lexicon, snapshot and an index with exact-byte hashes', async () => {
    const ws = workspace({ 'demo.en.yaml': GOOD_PACK });
    const out = join(ws.dir, 'generated');
    const io = memoryIO();
    expect(await run([join(ws.dir, 'packs'), '--out', out, '--json', ...ws.args], io)).toBe(0);
    const index = JSON.parse(io.stdout);
    expect(io.stdout.trim().split('\n')).toHaveLength(1);
    expect(index.packs).toEqual([
      expect.objectContaining({ id: 'demo-en', version: '1.0.0', file: 'demo-en.json', rules: 2 }),
    ]);

    const text = readFileSync(join(out, 'demo-en.json'), 'utf8');
    expect(index.packs[0].hash).toBe(createHash('sha256').update(text).digest('hex'));
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toEqual(index);
    // The extension validates the built JSON with the same schema and gets the same pack back.
    expect(validatePackJson(JSON.parse(text)).value).toEqual(load(GOOD_PACK).pack);
    expect(validateSourcesFile(JSON.parse(readFileSync(join(out, 'sources.json'), 'utf8'))).issues).toEqual(
      [],
    );
    const lexicon = JSON.parse(readFileSync(join(out, 'lexicon.json'), 'utf8'));
    expect(lexicon.classes.en.remedy).toContain('glowberry juice');
    const engine = loadEngine(readFileSync(join(out, 'snapshot.json'), 'utf8'));
    const found = engine.analyze({ text: 'glowberry juice cures the flu', lang: 'en' }).findings;
    expect(found.map((f) => f.ruleId)).toContain('demo-glowberry-cures-en');

    // Same input, same bytes.
    const again = memoryIO();
    await run([join(ws.dir, 'packs'), '--out', out, '--json', ...ws.args], again);
    expect(JSON.parse(again.stdout)).toEqual(index);
  });

  it('writes nothing when a pack has an error', async () => {
    const ws = workspace({
      'demo.en.yaml': variant('url: https://example.org/glowberry', 'url: http://example.org/glowberry'),
    });
    const out = join(ws.dir, 'generated');
    const io = memoryIO();
    expect(await run([join(ws.dir, 'packs'), '--out', out, ...ws.args], io)).toBe(1);
    expect(io.stderr).toMatch(/demo\.en\.yaml:29:\d+: .*https/);
    expect(io.stderr).toMatch(/nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses drafts with a clear message', async () => {
    const ws = workspace({ 'drafts/demo.en.yaml': GOOD_PACK });
    const io = memoryIO();
    expect(await run([join(ws.dir, 'packs', 'drafts', 'demo.en.yaml'), ...ws.args], io)).toBe(1);
    expect(io.stderr).toMatch(/drafts are checked and tested .* but never built or published/);
  });
});

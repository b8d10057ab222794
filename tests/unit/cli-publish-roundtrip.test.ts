// keygen -> publish (from a folder of built packs) -> verify, and verify naming each damaged file.
import { mkdtemp, readFile, stat, writeFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIO } from '../../cli/io.ts';
import { run as keygen } from '../../cli/commands/keygen.ts';
import { run as publish } from '../../cli/commands/publish.ts';
import { run as verify } from '../../cli/commands/verify.ts';
import { parseIndex } from '../../publish/site.ts';
import { sha256Hex } from '../../publish/sign.ts';
import { makePack, packText, SOURCES_TEXT } from '../db/fixtures.ts';

let root: string;
let built: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vigie-cli-publish-'));
  built = join(root, 'built');
  await mkdir(built);
  await writeFile(join(built, 'alpha.json'), packText(makePack('alpha', '1.2.0')));
  await writeFile(join(built, 'beta.json'), packText(makePack('beta', '0.3.0')));
  await writeFile(join(built, 'sources.json'), SOURCES_TEXT);
  await writeFile(join(built, 'lexicon.json'), '{"classes":{},"spellings":{}}\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('vigie keygen', () => {
  it('writes a 0600 private key and refuses to overwrite', async () => {
    const io = memoryIO();
    expect(await keygen([join(root, 'keys')], io)).toBe(0);
    expect((await stat(join(root, 'keys/private.key'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(root, 'keys/public.key'), 'utf8')).trim()).toHaveLength(44);
    const again = memoryIO();
    expect(await keygen([join(root, 'keys')], again)).toBe(1);
    expect(again.stderr).toMatch(/refusing to overwrite/);
  });
});

describe('vigie publish and verify', () => {
  it('publishes signed packs, sources and index that verify', async () => {
    const site = join(root, 'site');
    const io = memoryIO();
    expect(await publish(['--key', join(root, 'keys/private.key'), '--out', site, '--from', built], io)).toBe(
      0,
    );
    const { index } = parseIndex(await readFile(join(site, 'index.json'), 'utf8'));
    expect(index!.packs.map((p) => [p.id, p.version, p.path])).toEqual([
      ['alpha', '1.2.0', 'packs/alpha.json'],
      ['beta', '0.3.0', 'packs/beta.json'],
    ]);
    expect(index!.updateHours).toBe(24);
    expect(index!.publicKey).toBe((await readFile(join(root, 'keys/public.key'), 'utf8')).trim());
    // Exact bytes: the published pack is the built file.
    expect(await readFile(join(site, 'packs/alpha.json'), 'utf8')).toBe(
      await readFile(join(built, 'alpha.json'), 'utf8'),
    );
    expect(index!.packs[0]!.hash).toBe(await sha256Hex(await readFile(join(built, 'alpha.json'), 'utf8')));
    const ok = memoryIO();
    expect(await verify([site, '--key', join(root, 'keys/public.key')], ok)).toBe(0);
    expect(ok.stdout).toMatch(/OK: 4 files/);
  });

  it('names every file that fails', async () => {
    const site = join(root, 'site');
    await writeFile(join(site, 'packs/beta.json'), packText(makePack('beta', '9.9.9'))); // changed after signing
    await rm(join(site, 'sources.json.sig'));
    const io = memoryIO();
    expect(await verify([site, '--key', join(root, 'keys/public.key'), '--json'], io)).toBe(1);
    const out = JSON.parse(io.stdout) as { ok: boolean; problems: { file: string; problem: string }[] };
    expect(out.ok).toBe(false);
    expect(out.problems).toEqual([
      { file: 'packs/beta.json', problem: 'signature does not match this key' },
      { file: 'sources.json.sig', problem: 'is missing' },
    ]);
  });

  it('fails with another key', async () => {
    const io = memoryIO();
    expect(await keygen([join(root, 'other')], memoryIO())).toBe(0);
    expect(await verify([join(root, 'site'), '--key', join(root, 'other/public.key')], io)).toBe(1);
    expect(io.stderr).toMatch(/FAIL index.json: signature does not match this key/);
  });

  it('refuses drafts and invalid packs, and a missing key', async () => {
    const bad = join(root, 'bad');
    await mkdir(bad);
    const pack = makePack('gamma', '1.0.0');
    await writeFile(
      join(bad, 'gamma.json'),
      JSON.stringify({ ...pack, rules: pack.rules.map((r) => ({ ...r, draft: true })) }),
    );
    await writeFile(join(bad, 'delta.json'), '{"id":"delta"}');
    const io = memoryIO();
    expect(
      await publish(
        ['--key', join(root, 'keys/private.key'), '--out', join(root, 'site2'), '--from', bad],
        io,
      ),
    ).toBe(1);
    expect(io.stderr).toMatch(/gamma.json holds draft rules/);
    expect(io.stderr).toMatch(/delta.json does not follow the pack format/);
    expect(await publish(['--key', join(root, 'nope.key'), '--out', join(root, 'site3')], memoryIO())).toBe(
      2,
    );
  });
});

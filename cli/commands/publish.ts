// `vigie publish --key DIR/private.key --out SITE [--from BUILT]`: the static site subscribers fetch.
// Builds every non-draft pack (vigie build into a temporary folder, unless --from names a folder already
// built), then writes SITE/packs/<id>.json with its .sig, SITE/sources.json (+ .sig) and the signed index.
// The pack bytes are published exactly as built: the signature covers those bytes.
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIO } from '../io.ts';
import { validatePackJson } from '../../rules/schema/index.ts';
import { decodeKey, publicKeyOf } from '../../publish/sign.ts';
import { buildSite, type SiteInputPack } from '../../publish/site.ts';

export const summary =
  'Build, sign and write the static site subscribers fetch: vigie publish --key private.key --out SITE';

const NOT_PACKS = new Set(['index.json', 'sources.json', 'lexicon.json', 'snapshot.json']);

export interface PublishArgs {
  key?: string;
  out?: string;
  from?: string;
  json: boolean;
}

export function parseArgs(args: string[]): PublishArgs {
  const out: PublishArgs = { json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--key') out.key = value();
    else if (flag === '--out') out.out = value();
    else if (flag === '--from') out.from = value();
    else if (flag === '--json') out.json = true;
  }
  return out;
}

/** Reads the built folder: the packs (exact text) and the source list. Refuses drafts and invalid packs. */
export async function readBuilt(
  dir: string,
): Promise<{ packs: SiteInputPack[]; sources?: { version: number; text: string }; problems: string[] }> {
  const packs: SiteInputPack[] = [];
  const problems: string[] = [];
  let sources: { version: number; text: string } | undefined;
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    if (name === 'sources.json') {
      const version = (JSON.parse(text) as { version?: unknown }).version;
      if (typeof version === 'number') sources = { version, text };
      else problems.push('sources.json has no version number');
      continue;
    }
    if (NOT_PACKS.has(name)) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      problems.push(`${name} is not valid JSON`);
      continue;
    }
    if ((data as { rules?: { draft?: boolean }[] })?.rules?.some((r) => r.draft)) {
      problems.push(`${name} holds draft rules; drafts are never published`);
      continue;
    }
    const result = validatePackJson(data, Buffer.byteLength(text));
    if (!result.value) {
      problems.push(
        `${name} does not follow the pack format: ${result.issues
          .map((i) => i.message)
          .slice(0, 2)
          .join('; ')}`,
      );
      continue;
    }
    const { id, version, expires } = result.value;
    packs.push({ id, version, expires, text });
  }
  return { packs, ...(sources ? { sources } : {}), problems };
}

async function buildInto(dir: string, io: CliIO): Promise<number> {
  // Through the dispatcher, so publish uses exactly what `vigie build` writes.
  const { main } = await import('../main.ts');
  return main(['build', '--out', dir], { out: (t) => io.err(t), err: (t) => io.err(t) });
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const opts = parseArgs(args);
  if (!opts.key || !opts.out) {
    io.err('Usage: vigie publish --key DIR/private.key --out SITE [--from BUILT_DIR] [--json]\n');
    return 2;
  }
  const keyInfo = await stat(opts.key).catch(() => undefined);
  if (!keyInfo) {
    io.err(`vigie publish: ${opts.key} does not exist (make one with vigie keygen DIR)\n`);
    return 2;
  }
  if (process.platform !== 'win32' && (keyInfo.mode & 0o077) !== 0) {
    io.err(`vigie publish: warning: ${opts.key} is readable by other users; run chmod 600 on it\n`);
  }
  const privateKey = (await readFile(opts.key, 'utf8')).trim();
  try {
    decodeKey(privateKey, 'private key');
  } catch (error) {
    io.err(`vigie publish: ${opts.key}: ${(error as Error).message}\n`);
    return 2;
  }
  let built = opts.from;
  let temp: string | undefined;
  if (!built) {
    temp = await mkdtemp(join(tmpdir(), 'vigie-publish-'));
    built = temp;
    const code = await buildInto(temp, io);
    if (code !== 0) {
      io.err('vigie publish: vigie build failed; nothing was published\n');
      await rm(temp, { recursive: true, force: true });
      return 1;
    }
  }
  try {
    const { packs, sources, problems } = await readBuilt(built);
    for (const p of problems) io.err(`vigie publish: ${p}\n`);
    if (problems.length > 0 || packs.length === 0) {
      io.err(
        `vigie publish: ${packs.length === 0 ? 'no pack to publish' : 'refusing to publish with the problems above'}\n`,
      );
      return 1;
    }
    const files = await buildSite({ packs, ...(sources ? { sources } : {}) }, privateKey);
    for (const [path, text] of files) {
      const full = join(opts.out, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
    }
    const publicKey = await publicKeyOf(privateKey);
    if (opts.json) {
      io.out(
        `${JSON.stringify({ out: opts.out, publicKey, packs: packs.map((p) => ({ id: p.id, version: p.version })), files: [...files.keys()] })}\n`,
      );
    } else {
      for (const p of packs) io.out(`  ${p.id} ${p.version}\n`);
      io.out(`Published ${packs.length} pack(s) to ${opts.out}, signed by ${publicKey}.\n`);
      io.out(`Check it with: vigie verify ${opts.out} --key public.key\n`);
    }
    return 0;
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

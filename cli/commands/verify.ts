// `vigie verify SITE --key DIR/public.key`: checks a published site before (or after) upload.
// Exit 0 only when index.json and every file it lists have a valid signature by that key and the right hash;
// otherwise names each failing file.
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { CliIO } from '../io.ts';
import { decodeKey } from '../../publish/sign.ts';
import { verifySite } from '../../publish/site.ts';

export const summary =
  'Check the signatures and hashes of a published site: vigie verify SITE --key public.key';

export function parseArgs(args: string[]): { site?: string; key?: string; json: boolean } {
  const out: { site?: string; key?: string; json: boolean } = { json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--key') out.key = args[++i];
    else if (a.startsWith('--key=')) out.key = a.slice(6);
    else if (a === '--json') out.json = true;
    else if (!a.startsWith('--')) out.site ??= a;
  }
  return out;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { site, key, json } = parseArgs(args);
  if (!site || !key) {
    io.err('Usage: vigie verify SITE --key DIR/public.key [--json]\n');
    return 2;
  }
  const publicKey = (await readFile(key, 'utf8')).trim();
  try {
    decodeKey(publicKey, 'public key');
  } catch (error) {
    io.err(`vigie verify: ${key}: ${(error as Error).message}\n`);
    return 2;
  }
  const read = async (path: string) => {
    const full = normalize(join(site, path));
    if (!full.startsWith(normalize(site))) return undefined; // the index may not point outside SITE
    return readFile(full, 'utf8').catch(() => undefined);
  };
  const { problems, checked } = await verifySite(read, publicKey);
  if (json) io.out(`${JSON.stringify({ ok: problems.length === 0, checked, problems })}\n`);
  else {
    for (const p of problems) io.err(`FAIL ${p.file}: ${p.problem}\n`);
    if (problems.length === 0)
      io.out(`OK: ${checked.length} files signed by this key with matching hashes.\n`);
    else io.err(`${problems.length} file(s) failed.\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

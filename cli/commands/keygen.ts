// `vigie keygen DIR`: a new Ed25519 key pair for signing published packs.
// DIR/private.key (mode 0600) and DIR/public.key, raw 32-byte keys in base64. Refuses to overwrite either.
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIO } from '../io.ts';
import { generateKeyPair } from '../../publish/sign.ts';

export const summary = 'Make an Ed25519 key pair for signing packs: vigie keygen DIR';

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export async function run(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const dir = args.filter((a) => !a.startsWith('--'))[0];
  if (!dir || args.includes('--help')) {
    io.err('Usage: vigie keygen DIR [--json]\nWrites DIR/private.key (keep it secret) and DIR/public.key.\n');
    return 2;
  }
  const privatePath = join(dir, 'private.key');
  const publicPath = join(dir, 'public.key');
  for (const path of [privatePath, publicPath]) {
    if (await exists(path)) {
      io.err(`vigie keygen: ${path} already exists; refusing to overwrite a key. Choose another folder.\n`);
      return 1;
    }
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const pair = await generateKeyPair();
  // 'wx' fails if the file appeared meanwhile; mode 0600 so only the owner reads the private key.
  await writeFile(privatePath, `${pair.privateKey}\n`, { flag: 'wx', mode: 0o600 });
  await chmod(privatePath, 0o600);
  await writeFile(publicPath, `${pair.publicKey}\n`, { flag: 'wx', mode: 0o644 });
  if (json)
    io.out(`${JSON.stringify({ privateKey: privatePath, publicKey: publicPath, public: pair.publicKey })}\n`);
  else {
    io.out(`Public key:  ${pair.publicKey}\n`);
    io.out(`Wrote ${publicPath} and ${privatePath} (mode 0600).\n`);
    io.out('Keep private.key out of any repository; see docs/publishing.md.\n');
  }
  return 0;
}

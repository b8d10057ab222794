// The published site: static files any web host or CDN serves, signed with the maintainers' Ed25519 key.
//
//   SITE/index.json        { format, generated, updateHours, publicKey, packs: [{id, version, hash, bytes, path, expires}],
//                            sources?: {version, hash, bytes, path} }
//   SITE/index.json.sig    base64 Ed25519 signature over the exact bytes of index.json
//   SITE/packs/<id>.json   the built pack, exact bytes
//   SITE/packs/<id>.json.sig
//   SITE/sources.json (+ .sig)  the verified-source list
//
// Pure functions over file contents (no fs, no fetch): the CLI writes/reads files, the extension fetches them.
import * as v from 'valibot';
import { publicKeyOf, sha256Hex, sign, verify } from './sign.ts';

export const SITE_FORMAT = 1;
/** Checks never run more often than this, whatever the index says. */
export const MIN_UPDATE_HOURS = 1;

const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const relPath = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(/^[a-z0-9][a-z0-9._/-]*\.json$/),
  v.check((p) => !p.includes('..')),
);

export const SiteIndexSchema = v.object({
  format: v.literal(SITE_FORMAT),
  generated: v.pipe(v.string(), v.maxLength(40)),
  updateHours: v.pipe(v.number(), v.minValue(MIN_UPDATE_HOURS), v.maxValue(365 * 24)),
  /** The signer's public key, base64: lets the extension say "signed by a key you do not trust". */
  publicKey: v.optional(v.pipe(v.string(), v.maxLength(100))),
  packs: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/)),
        version: v.pipe(v.string(), v.maxLength(40)),
        hash: hex64,
        bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
        path: relPath,
        expires: v.optional(v.pipe(v.string(), v.maxLength(10))),
      }),
    ),
    v.maxLength(500),
  ),
  sources: v.optional(
    v.object({
      version: v.number(),
      hash: hex64,
      bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
      path: relPath,
    }),
  ),
});
export type SiteIndex = v.InferOutput<typeof SiteIndexSchema>;
export type SitePackEntry = SiteIndex['packs'][number];

export interface SiteInputPack {
  id: string;
  version: string;
  expires: string;
  /** Exact bytes to publish. */
  text: string;
}

/** Hours of an "expires" value: 12h, 7d. Undefined when unreadable. */
export function expiresToHours(expires: string | undefined): number | undefined {
  const m = /^(\d{1,4})([hd])$/.exec(expires ?? '');
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'd' ? 24 : 1);
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Every file of the site, path -> text. The index announces the shortest pack interval (at least 1 h). */
export async function buildSite(
  input: { packs: SiteInputPack[]; sources?: { version: number; text: string } },
  privateKey: string,
  now: Date = new Date(),
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries: SitePackEntry[] = [];
  for (const pack of [...input.packs].sort((a, b) => a.id.localeCompare(b.id))) {
    const path = `packs/${pack.id}.json`;
    files.set(path, pack.text);
    files.set(`${path}.sig`, `${await sign(pack.text, privateKey)}\n`);
    entries.push({
      id: pack.id,
      version: pack.version,
      hash: await sha256Hex(pack.text),
      bytes: byteLength(pack.text),
      path,
      expires: pack.expires,
    });
  }
  const hours = entries.map((e) => expiresToHours(e.expires)).filter((h): h is number => h !== undefined);
  const index: SiteIndex = {
    format: SITE_FORMAT,
    generated: now.toISOString(),
    updateHours: Math.max(MIN_UPDATE_HOURS, hours.length ? Math.min(...hours) : 24),
    publicKey: await publicKeyOf(privateKey),
    packs: entries,
  };
  if (input.sources) {
    files.set('sources.json', input.sources.text);
    files.set('sources.json.sig', `${await sign(input.sources.text, privateKey)}\n`);
    index.sources = {
      version: input.sources.version,
      hash: await sha256Hex(input.sources.text),
      bytes: byteLength(input.sources.text),
      path: 'sources.json',
    };
  }
  const indexText = `${JSON.stringify(index, null, 2)}\n`;
  files.set('index.json', indexText);
  files.set('index.json.sig', `${await sign(indexText, privateKey)}\n`);
  return files;
}

export interface SiteProblem {
  file: string;
  problem: string;
}

/** Parses and validates index.json text; a sentence on failure. */
export function parseIndex(text: string): { index?: SiteIndex; problem?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'is not valid JSON' };
  }
  const parsed = v.safeParse(SiteIndexSchema, data);
  if (!parsed.success) {
    const where = parsed.issues[0] ? v.getDotPath(parsed.issues[0]) : null;
    return { problem: `is not a Vigie site index${where ? ` (problem at "${where}")` : ''}` };
  }
  return { index: parsed.output };
}

/**
 * Checks every file of a site: index signature, then each listed file's signature, hash and size.
 * `read` returns a file's text or undefined when it is missing. Returns one problem per failing file.
 */
export async function verifySite(
  read: (path: string) => Promise<string | undefined>,
  publicKey: string,
): Promise<{ problems: SiteProblem[]; checked: string[] }> {
  const problems: SiteProblem[] = [];
  const checked: string[] = [];
  const checkSigned = async (path: string, expect?: { hash: string; bytes: number }) => {
    const text = await read(path);
    const sig = await read(`${path}.sig`);
    checked.push(path);
    if (text === undefined) return void problems.push({ file: path, problem: 'is missing' });
    if (sig === undefined) return void problems.push({ file: `${path}.sig`, problem: 'is missing' });
    if (!(await verify(text, sig.trim(), publicKey))) {
      return void problems.push({ file: path, problem: 'signature does not match this key' });
    }
    if (expect && (await sha256Hex(text)) !== expect.hash) {
      return void problems.push({ file: path, problem: 'hash differs from the one in index.json' });
    }
    if (expect && byteLength(text) !== expect.bytes) {
      problems.push({ file: path, problem: 'size differs from the one in index.json' });
    }
    return text;
  };
  const indexText = await checkSigned('index.json');
  if (typeof indexText !== 'string') return { problems, checked };
  const { index, problem } = parseIndex(indexText);
  if (!index) return { problems: [{ file: 'index.json', problem: problem ?? 'is unreadable' }], checked };
  for (const entry of index.packs) await checkSigned(entry.path, entry);
  if (index.sources) await checkSigned(index.sources.path, index.sources);
  return { problems, checked };
}

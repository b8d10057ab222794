// A plain HTTP server on 127.0.0.1 that serves one published pack site (the folder `vigie publish` writes) the way
// a static host or CDN would, and misbehaves on demand so browser tests can watch the extension refuse bad updates.
//
//   host.serve(files, behaviour)   files: Map path -> text (readSite(dir) or makeSite(...)); behaviour below
//   GET /vigie/<path>              the file, with ETag + CORS headers; 304 when If-None-Match matches
//
// Behaviours (applied on top of the files):
//   'normal'         as a good host: ETag, Access-Control-Allow-Origin: *, 304 on a matching If-None-Match
//   'http-500'       index.json answers 500
//   'hang'           index.json never answers (the extension's fetch timeout must fire)
//   'not-modified'   index.json answers 304 whatever the request says
//   'tamper'         the first pack file is served with changed bytes (its signature is left as it was)
//   'bad-signature'  the first pack's .sig is served with one bit flipped
//   'huge'           the first pack file is served padded to 3 MB (above the extension's 2 MB limit)
//   'drop-index-sig' the connection for index.json.sig is cut before any answer (a flaky host or network)
//
// Signing helpers (node:crypto, same raw base64 keys as `vigie keygen`) let tests make sites `vigie publish`
// refuses to write, e.g. a validly signed pack that breaks the schema.
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, sep } from 'node:path';

export const SITE_PREFIX = '/vigie/';
export const BEHAVIOURS = [
  'normal',
  'http-500',
  'hang',
  'not-modified',
  'tamper',
  'bad-signature',
  'huge',
  'drop-index-sig',
];

// ---------------------------------------------------------------- sites as maps

/** Every file under `dir`, path (with /) -> text. */
export function readSite(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

// Ed25519 private keys travel as a raw 32-byte seed; node:crypto takes them as PKCS#8 (fixed 16-byte prefix).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const privateKeyObject = (seedB64) =>
  createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, Buffer.from(seedB64.trim(), 'base64')]),
    format: 'der',
    type: 'pkcs8',
  });

export function signText(text, privateKeyB64) {
  return sign(null, Buffer.from(text, 'utf8'), privateKeyObject(privateKeyB64)).toString('base64');
}

export function publicKeyOf(privateKeyB64) {
  const der = createPublicKey(privateKeyObject(privateKeyB64)).export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32).toString('base64');
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A site in the layout of publish/site.ts, signed here. `packs` are exact pack texts (they need only an `id`,
 * a `version` and an `expires`, so a pack that breaks the schema can still be listed and signed).
 * `mutateEntry` may change each index entry before the index is signed.
 */
export function makeSite({ packs, privateKey, mutateEntry }) {
  const files = new Map();
  const entries = [];
  for (const text of packs) {
    const { id, version, expires } = JSON.parse(text);
    const path = `packs/${id}.json`;
    files.set(path, text);
    files.set(`${path}.sig`, `${signText(text, privateKey)}\n`);
    const entry = { id, version, hash: sha256(text), bytes: Buffer.byteLength(text), path, expires };
    entries.push(mutateEntry ? mutateEntry(entry) : entry);
  }
  const index = {
    format: 1,
    generated: new Date().toISOString(),
    updateHours: 24,
    publicKey: publicKeyOf(privateKey),
    packs: entries,
  };
  const indexText = `${JSON.stringify(index, null, 2)}\n`;
  files.set('index.json', indexText);
  files.set('index.json.sig', `${signText(indexText, privateKey)}\n`);
  return files;
}

// ---------------------------------------------------------------- misbehaviours

const firstPackPath = (files) => [...files.keys()].find((p) => p.startsWith('packs/') && p.endsWith('.json'));

/** The bytes a behaviour serves for `path` (undefined: 404). */
function contentOf(files, behaviour, path) {
  const text = files.get(path);
  if (text === undefined) return undefined;
  const pack = firstPackPath(files);
  if (behaviour === 'tamper' && path === pack) {
    // A realistic edit: someone on the way raises the severity. Still valid JSON, different bytes.
    const changed = text.replace(/"severity":"(info|caution)"/, '"severity":"warning"');
    return changed === text ? `${text} ` : changed;
  }
  if (behaviour === 'huge' && path === pack) return `${text}${' '.repeat(3 * 1024 * 1024)}`;
  if (behaviour === 'bad-signature' && path === `${pack}.sig`) {
    const sig = Buffer.from(text.trim(), 'base64');
    sig[10] ^= 0x01;
    return `${sig.toString('base64')}\n`;
  }
  return text;
}

const etagOf = (body) => `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;

// ---------------------------------------------------------------- the server

export async function startPackHost() {
  let files = new Map();
  let behaviour = 'normal';
  /** Every request: { method, path, status, ifNoneMatch }. */
  const requests = [];
  const hanging = new Set();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry = {
      method: req.method,
      path: url.pathname,
      status: 0,
      ifNoneMatch: req.headers['if-none-match'],
    };
    requests.push(entry);
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' };
    const end = (status, headers = {}, body = '') => {
      entry.status = status;
      res.writeHead(status, { ...cors, ...headers });
      res.end(body);
    };
    if (req.method === 'OPTIONS') return end(204, { 'access-control-allow-methods': 'GET' });
    if (req.method !== 'GET' || !url.pathname.startsWith(SITE_PREFIX)) return end(404, {}, 'not found');
    const path = url.pathname.slice(SITE_PREFIX.length);
    if (path === 'index.json') {
      if (behaviour === 'http-500') return end(500, { 'content-type': 'text/plain' }, 'internal error');
      if (behaviour === 'not-modified') return end(304);
      if (behaviour === 'hang') {
        entry.status = 'hang';
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return undefined;
      }
    }
    if (path === 'index.json.sig' && behaviour === 'drop-index-sig') {
      entry.status = 'dropped';
      return req.socket.destroy();
    }
    const body = contentOf(files, behaviour, path);
    if (body === undefined) return end(404, { 'content-type': 'text/plain' }, 'not found');
    const etag = etagOf(body);
    if (req.headers['if-none-match'] === etag) return end(304, { etag });
    return end(200, { 'content-type': 'application/json; charset=utf-8', etag }, body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    port,
    /** The subscription address (the site's index.json). */
    url: `http://127.0.0.1:${port}${SITE_PREFIX}index.json`,
    requests,
    serve(nextFiles, nextBehaviour = 'normal') {
      if (!BEHAVIOURS.includes(nextBehaviour)) throw new Error(`unknown behaviour ${nextBehaviour}`);
      files = nextFiles;
      behaviour = nextBehaviour;
    },
    close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(ok));
    },
  };
}

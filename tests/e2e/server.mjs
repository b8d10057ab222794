// A local HTTPS server that answers for the real sites' host names (the browser maps them to 127.0.0.1 with
// --host-resolver-rules), so tests and `npm start` exercise the manifest that ships. The certificate is a
// throwaway, made with openssl at start-up; the browser is told to accept it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { tiktokFeedPage, youtubeWatchPage, xTimelinePage } from '../../demo/pages.mjs';

export const HOSTS = [
  'www.tiktok.com',
  'www.youtube.com',
  'x.com',
  'www.reddit.com',
  'old.reddit.com',
  'www.instagram.com',
  'www.facebook.com',
  'www.linkedin.com',
  'www.threads.net',
];

const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_PAGES = resolve(ROOT, '../shared/pages');

function makeCert() {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-cert-'));
  const san = HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=www.tiktok.com',
      '-addext',
      `subjectAltName=${san}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/**
 * Extra routes a test can add: `${host}${path}` -> html string (or a function returning it).
 * `port` (default 0: any free port) and `host` (default 127.0.0.1) are for Firefox, which cannot map ports in
 * DNS and so needs the real :443. A failed listen (EACCES, EADDRINUSE) rejects with the error's code.
 */
export async function startServer({
  routes = {},
  feedCount = 220,
  port: wantPort = 0,
  host: listenHost = '127.0.0.1',
} = {}) {
  const cert = makeCert();
  const log = [];
  const server = createServer(cert, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    log.push(`${host}${url.pathname}`);
    const send = (status, body, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const custom = routes[`${host}${url.pathname}`];
    if (custom) return send(200, typeof custom === 'function' ? custom(url) : custom);
    if (url.pathname.startsWith('/saved/')) {
      // Saved real pages are read from ../shared at run time; they are never copied into the project.
      const file = join(SHARED_PAGES, basename(url.pathname));
      return existsSync(file) ? send(200, readFileSync(file)) : send(404, 'not found');
    }
    if (url.pathname.startsWith('/fixture/')) {
      const file = join(ROOT, 'tests/fixtures/sites', basename(url.pathname));
      return existsSync(file) ? send(200, readFileSync(file)) : send(404, 'not found');
    }
    if (
      host === 'www.tiktok.com' &&
      (url.pathname === '/' || url.pathname === '/foryou' || url.pathname.startsWith('/@'))
    )
      return send(
        200,
        tiktokFeedPage({
          count: Number(url.searchParams.get('count')) || feedCount,
          initial: Number(url.searchParams.get('initial')) || undefined,
          bench: url.searchParams.has('bench'),
        }),
      );
    if (host === 'www.youtube.com' && url.pathname === '/watch') return send(200, youtubeWatchPage());
    if (host === 'x.com') return send(200, xTimelinePage());
    if (url.pathname === '/favicon.ico') return send(204, '');
    return send(404, '<!doctype html><title>Not found</title><p>Not found</p>');
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(wantPort, listenHost, () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port } = server.address();
  return { port, log, close: () => new Promise((ok) => server.close(ok)) };
}

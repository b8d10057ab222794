// Launches real browsers with the built extension, pointed at the local HTTPS server under real host names.
// Nothing leaves this machine: every other host resolves to nothing and any request elsewhere is aborted.
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { HOSTS } from './server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_EXT = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = join(ROOT, '.output/firefox-mv2');

export function chromiumPath() {
  for (const p of [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ])
    if (p && existsSync(p)) return p;
  return null;
}

export function firefoxPath() {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
    if (p && existsSync(p)) return p;
  return null;
}

const isLocal = (url, hosts = HOSTS) => {
  try {
    const { protocol, hostname } = new URL(url);
    if (
      protocol === 'chrome-extension:' ||
      protocol === 'data:' ||
      protocol === 'blob:' ||
      protocol === 'about:'
    )
      return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hosts.includes(hostname);
  } catch {
    return false;
  }
};

/** `locale` (optional, e.g. 'fr-FR'): the browser's language, for tests of the UI language Vigie picks. */
export async function launchChromium({
  port,
  headless = true,
  extraHosts = [],
  locale,
  extension = CHROME_EXT,
} = {}) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: install it with `apt-get install chromium`.');
  const rules = [...HOSTS, ...extraHosts].map((h) => `MAP ${h}:443 127.0.0.1:${port}`);
  rules.push('EXCLUDE 127.0.0.1', 'EXCLUDE localhost', 'MAP * ~NOTFOUND');
  const userDir = mkdtempSync(join(tmpdir(), 'vigie-chromium-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath,
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 900 },
    ...(locale ? { locale } : {}),
    args: [
      ...(locale ? [`--lang=${locale}`] : []),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=${rules.join(', ')}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url, [...HOSTS, ...extraHosts])) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, blocked, close: () => context.close() };
}

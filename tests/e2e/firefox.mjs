// Launches real Firefox (ESR) with the built Firefox extension, pointed at the local HTTPS server under the
// real host names. Firefox cannot map a host to another port, so the server must listen on 127.0.0.1:443 and
// every name is resolved to 127.0.0.1 (network.dns.forceResolve). Nothing leaves this machine:
//  - every host name resolves to 127.0.0.1, DNS over HTTPS and proxies are off;
//  - page requests to any host but the mapped ones are aborted (puppeteer request interception) and logged;
//  - Firefox's own background traffic (updates, telemetry, captive portal, safe browsing, push, remote
//    settings...) is turned off with prefs; what slips through can only reach 127.0.0.1.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { FIREFOX_EXT, firefoxPath } from './browser.mjs';
import { HOSTS, startServer } from './server.mjs';

export { FIREFOX_EXT, firefoxPath };

/** Where Firefox sends whatever it still tries: the machine itself, on a port nothing listens on. */
const DEAD = 'dummy.test';

/** Prefs that keep Firefox off the network and quiet. Puppeteer already sets many (see its firefox.js). */
export const QUIET_PREFS = {
  // Name resolution: every host is this machine (Firefox cannot map ports, hence :443 on the server).
  'network.dns.forceResolve': '127.0.0.1',
  'network.trr.mode': 5, // no DNS over HTTPS
  'network.proxy.type': 0, // no system/env proxy, which would resolve names elsewhere
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.http.http3.enable': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.notify.checkForProxies': false,
  // Updates, studies, telemetry.
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': `http://${DEAD}/`,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  // Safe browsing, blocklists, certificate revocation and other remote lists.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'extensions.blocklist.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Honoured because of MOZ_DISABLE_NONLOCAL_CONNECTIONS (below); this exact value skips remote settings.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  // Add-ons: no metadata, no updates, no signing check (the build is unsigned), no recommendations.
  'xpinstall.signatures.required': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  // New tab, search, region, geo, push, accounts, translations, ML.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.topsites.contile.enabled': false,
  'browser.search.update': false,
  'browser.search.geoip.url': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'geo.provider.network.url': '',
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.discovery.enabled': false,
  'media.peerconnection.enabled': false,
  // Let console messages of pages, content scripts and the extension's background reach stdout/stderr.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
  'browser.dom.window.dump.enabled': true,
};

const allowedHost = (hostname, hosts) =>
  hostname === '127.0.0.1' || hostname === 'localhost' || hosts.has(hostname);

/** True when a URL stays on this machine or inside the browser (extension pages, data:, about:...). */
export function isLocalUrl(url, hosts = new Set(HOSTS)) {
  try {
    const { protocol, hostname } = new URL(url);
    if (['moz-extension:', 'data:', 'blob:', 'about:', 'resource:', 'chrome:'].includes(protocol))
      return true;
    return allowedHost(hostname, hosts);
  } catch {
    return false;
  }
}

/**
 * Starts Firefox with the extension installed. `newPage()` opens a tab whose requests are checked: local ones go
 * on, others are aborted and listed in `blocked`; `requests` lists every URL the tabs asked for. `output` collects
 * Firefox's stdout/stderr lines (console messages of the content script and the background land there).
 */
export async function launchFirefox({
  headless = true,
  extension = FIREFOX_EXT,
  extraHosts = [],
  prefs = {},
  args = [],
} = {}) {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: install it with `apt-get install firefox-esr`.');
  if (!existsSync(extension))
    throw new Error(`The Firefox build is missing (${extension}): run \`npx wxt build -b firefox\`.`);
  const hosts = new Set([...HOSTS, ...extraHosts]);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: { ...QUIET_PREFS, ...prefs },
    args,
    // Firefox's test switch: it refuses (and logs) any connection to an address that is not this machine.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  const output = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) output.push(line);
    });
  }
  let extensionId;
  try {
    extensionId = await browser.installExtension(extension);
  } catch (error) {
    await browser.close();
    // Seen when a build rewrote .output/ during the install: say so instead of only Firefox's stack.
    const why = String(error?.message ?? error).split('\n')[0];
    throw new Error(`Firefox refused the extension at ${extension} (${why}); was it being rebuilt?`, {
      cause: error,
    });
  }
  const requests = [];
  const blocked = [];
  const consoleLog = [];

  async function newPage() {
    const page = await browser.newPage();
    page.on('console', (msg) => consoleLog.push(`${msg.type()}: ${msg.text()}`));
    page.on('pageerror', (error) => consoleLog.push(`pageerror: ${error.message ?? error}`));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      requests.push(url);
      if (isLocalUrl(url, hosts)) return void req.continue().catch(() => {});
      blocked.push(url);
      return void req.abort().catch(() => {});
    });
    return page;
  }

  return {
    browser,
    extensionId,
    newPage,
    requests,
    blocked,
    consoleLog,
    output,
    close: () => browser.close(),
  };
}

/**
 * Starts the demo server (plus `routes`) on 127.0.0.1:443 for Firefox, which cannot map ports; or says why the
 * Firefox tests cannot run here: `{ server }` or `{ skip: reason }`.
 */
export async function firefoxServer(routes) {
  if (!firefoxPath()) return { skip: 'firefox-esr is not installed (apt-get install firefox-esr)' };
  if (!existsSync(FIREFOX_EXT))
    return { skip: `no Firefox build at ${FIREFOX_EXT} (npx wxt build -b firefox)` };
  try {
    return { server: await startServer({ port: 443, ...(routes ? { routes } : {}) }) };
  } catch (error) {
    if (error?.code === 'EACCES')
      return { skip: 'cannot listen on 127.0.0.1:443 (run as root or allow the port)' };
    if (error?.code === 'EADDRINUSE') return { skip: '127.0.0.1:443 is taken (is `npm start` running?)' };
    throw error;
  }
}

/** Polls `read` until `ok(value)`; returns the value or throws with the last one. */
export async function until(read, ok, what, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let v;
  while (Date.now() < deadline) {
    v = await read();
    if (ok(v)) return v;
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`${what}: still ${JSON.stringify(v)} after ${timeout} ms`);
}

/** `read()` once it satisfies `ok` and then holds still for 1 s (Vigie works in idle slices). */
export async function settledValue(read, ok, what) {
  let last = await until(read, ok, what);
  let since = Date.now();
  while (Date.now() - since < 1000) {
    await new Promise((done) => setTimeout(done, 200));
    const now = await read();
    if (now !== last) [last, since] = [now, Date.now()];
  }
  return last;
}

/**
 * The Firefox server for a test file, or a skipped placeholder test named `name` when Firefox cannot run here
 * (a failure under CI, which must run them).
 */
export async function firefoxSetup(name, routes) {
  const setup = await firefoxServer(routes);
  if (setup.skip) {
    const msg = `${name}: ${setup.skip}.`;
    if (process.env.CI) throw new Error(msg);
    console.log(`NOTICE: ${msg} Skipping them.`);
  }
  return setup;
}

// The life of a subscribed pack in the real extension (Chromium): packs published with `vigie keygen` and
// `vigie publish` under throwaway keys, served by tests/e2e/pack-host.mjs on 127.0.0.1, driven through the
// extension's own messages from its options page (settings-like messages are accepted only from extension pages).
//
// The tests run in order and share one browser: v1.0.0 is subscribed, v1.1.0 activates (the open feed tab gains
// marks without any reload), an unchanged site is revalidated with If-None-Match (304), then each bad update
// (tampered, bad signature, hash mismatch, untrusted key, failing examples, schema error, 500, absurd size, cut
// connection, timeout, 304, replay of an older version) leaves 1.1.0 active with the reason from
// background/reasons.ts on the subscription and in options; rollback brings 1.0.0 back (marks follow); finally a
// backup moves to a fresh profile. The timeout test waits the real 15 s (E2E_FAST_TIMEOUT=1 shortens it).
// Migrations from the previous database schema are covered by tests/db/migrations.test.ts (every row kept).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTS, startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';
import { makeSite, readSite, startPackHost } from './pack-host.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const FEED_URL = 'https://www.tiktok.com/foryou';
const PACK_ID = 'e2e-demo-en';
const RULE_ID = 'e2e-demo-phrase-en';
const PACK_FILE = `packs/${PACK_ID}.json`;
/** On the demo feed ("Sunday pancakes with blueberries, the kids loved them"); no bundled rule marks it. */
const FEED_PHRASE = 'pancakes with blueberries';
/** The background's fetch limit (background/context.ts DEFAULT_LIMITS.timeoutMs). */
const REAL_TIMEOUT_MS = 15_000;

// ---------------------------------------------------------------- the test pack (our own, not a real topic)

const PACK_YAML = `id: ${PACK_ID}
title: Browser test pack
version: 1.0.0
languages: [en]
license: CC-BY-SA-4.0
homepage: https://github.com/vigie-health/vigie
expires: 1d
min-engine: 1
reviewed-by: []
rules:
  - id: ${RULE_ID}
    category: oversimplified
    severity: caution
    lang: en
    title:
      en: Browser test rule
      fr: Règle de test du navigateur
    patterns:
      - waffles with strawberries
    message:
      en: This rule exists only for the browser tests of Vigie. It marks a phrase of the demo feed and says nothing about food or health.
      fr: Cette règle sert seulement aux tests de Vigie dans le navigateur. Elle marque une phrase du fil de démonstration et ne dit rien de l'alimentation ni de la santé.
    citations:
      - source: fda
        url: https://www.fda.gov/food/buy-store-serve-safe-food/dangers-raw-milk-unpasteurized-milk-can-pose-serious-health-risk
        statement: The FDA says pasteurisation does not reduce milk's nutritional value, kills harmful germs such as Salmonella, E. coli and Listeria, and that raw milk can pose serious health risks, especially to children, pregnant women and older adults.
        checked: 2026-11-28
    examples:
      flag:
        - Sunday [[waffles with strawberries]], the kids loved them
      pass:
        - Sunday ${FEED_PHRASE}, the kids loved them
`;

/** A variant of the built pack: another version, patterns or examples (the built JSON is edited, keys kept). */
function variant(builtText, { version, patterns, flag, pass, rule = {} }) {
  const pack = JSON.parse(builtText);
  pack.version = version;
  const r = pack.rules[0];
  if (patterns) r.patterns = patterns;
  if (flag) r.examples.flag = flag.map((text) => ({ text }));
  if (pass) r.examples.pass = pass.map((text) => ({ text }));
  Object.assign(r, rule);
  return JSON.stringify(pack);
}

// ---------------------------------------------------------------- helpers

/** Runs the project's CLI; resolves with stdout, rejects with its stderr. */
function vigie(args) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/vigie.mjs'), ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) =>
      code === 0 ? ok(out) : fail(new Error(`vigie ${args.join(' ')} exited ${code}: ${err}`)),
    );
  });
}

/** Publishes one pack text with the CLI (`publish --from`) and returns the site as a map. */
async function publish(tmp, name, packText, keyDir) {
  const built = join(tmp, `built-${name}`);
  mkdirSync(built, { recursive: true });
  writeFileSync(join(built, `${PACK_ID}.json`), packText);
  const out = join(tmp, `site-${name}`);
  await vigie(['publish', '--key', join(keyDir, 'private.key'), '--out', out, '--from', built]);
  return readSite(out);
}

async function settledMarks(page, { timeout = 20_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = -1;
  let stable = 0;
  while (Date.now() < deadline) {
    const now = Number((await page.getAttribute('html', 'data-vigie-marks')) ?? -1);
    if (now >= 0 && now === last) {
      if (++stable >= 3) return now;
    } else stable = 0;
    last = now;
    await page.waitForTimeout(200);
  }
  return last;
}

/** Waits until the tab's mark count equals `n` (the snapshot reaches content scripts through storage.onChanged). */
async function marksBecome(page, n, timeout = 10_000) {
  await page
    .waitForFunction((want) => Number(document.documentElement.dataset.vigieMarks) === want, n, { timeout })
    .catch(() => undefined);
  return settledMarks(page);
}

/** Text of every highlighted range on the page (CSS Custom Highlight API). */
const highlightedTexts = (page) =>
  page.evaluate(() => {
    const out = [];
    for (const [, h] of CSS.highlights ?? []) for (const r of h) out.push(r.toString());
    return out;
  });

/** Highlights are drawn for posts near the viewport only: bring the first post with the phrase into view. */
async function phraseHighlighted(page) {
  const post = page.locator('[data-e2e=video-desc]', { hasText: new RegExp(FEED_PHRASE, 'i') }).first();
  await post.scrollIntoViewIfNeeded();
  for (let i = 0; i < 20; i++) {
    if ((await highlightedTexts(page)).some((t) => t.toLowerCase().includes(FEED_PHRASE))) return true;
    await page.waitForTimeout(150);
  }
  return false;
}

// ---------------------------------------------------------------- shared state

let tmp;
let server;
let host;
let browser;
let options; // chrome-extension://<id>/options.html, used to send messages as an extension page
let feed; // the demo TikTok feed, open from the first test to the rollback, never reloaded
const keys = {};
const sites = {};
const texts = {};
const marks = {};
const outside = [];

/** Sends a message from the options page; returns the reply's value or throws its error. */
async function send(message, page = options) {
  const reply = await page.evaluate((m) => globalThis.chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`${message.type} failed: ${reply?.error ?? JSON.stringify(reply)}`);
  return reply.value;
}

async function activeVersion(page = options) {
  return (await send({ type: 'packs:list' }, page)).find((p) => p.id === PACK_ID)?.version;
}

async function subscription(page = options) {
  return (await send({ type: 'subscriptions:list' }, page)).find((s) => s.url === host.url);
}

async function openOptions(b) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html#subscriptions`);
  await page.waitForFunction(() => typeof globalThis.chrome?.runtime?.sendMessage === 'function');
  return page;
}

before(async () => {
  const started = Date.now();
  tmp = mkdtempSync(join(tmpdir(), 'vigie-e2e-subs-'));
  const yaml = join(tmp, 'e2e-demo.en.yaml');
  writeFileSync(yaml, PACK_YAML);
  keys.trusted = join(tmp, 'keys-trusted');
  keys.other = join(tmp, 'keys-other');
  await Promise.all([
    vigie(['keygen', keys.trusted]),
    vigie(['keygen', keys.other]),
    vigie(['build', yaml, '--out', join(tmp, 'built')]),
  ]);
  for (const k of ['trusted', 'other']) {
    keys[`${k}Public`] = readFileSync(join(keys[k], 'public.key'), 'utf8').trim();
    keys[`${k}Private`] = readFileSync(join(keys[k], 'private.key'), 'utf8').trim();
  }
  texts.v1 = readFileSync(join(tmp, 'built', `${PACK_ID}.json`), 'utf8');
  const both = ['waffles with strawberries', FEED_PHRASE];
  const flagBoth = [
    'Sunday [[waffles with strawberries]], the kids loved them',
    `Sunday [[${FEED_PHRASE}]], the kids loved them`,
  ];
  const passNeutral = ['Sunday crepes with honey, the kids loved them'];
  texts.v2 = variant(texts.v1, { version: '1.1.0', patterns: both, flag: flagBoth, pass: passNeutral });
  texts.v3 = variant(texts.v1, { version: '1.2.0', patterns: both, flag: flagBoth, pass: passNeutral });
  // Examples that this engine cannot satisfy: the pattern does not cover the flagged text.
  texts.v3failing = variant(texts.v1, {
    version: '1.2.0',
    patterns: both,
    flag: [...flagBoth, 'Sunday [[crepes with honey]], the kids loved them'],
    pass: ['A quiet Sunday at home'],
  });
  // Signed and listed correctly, but not a pack: a category the format does not know.
  texts.v3schema = variant(texts.v3, { version: '1.2.0', rule: { category: 'made-up-category' } });
  texts.v3other = variant(texts.v3, { version: '1.2.0', pass: ['Sunday crepes with maple syrup'] });

  const [v1, v2, v3, v3untrusted, v3failing] = await Promise.all([
    publish(tmp, 'v1', texts.v1, keys.trusted),
    publish(tmp, 'v2', texts.v2, keys.trusted),
    publish(tmp, 'v3', texts.v3, keys.trusted),
    publish(tmp, 'v3-untrusted', texts.v3, keys.other),
    publish(tmp, 'v3-failing', texts.v3failing, keys.trusted),
  ]);
  Object.assign(sites, { v1, v2, v3, v3untrusted, v3failing });
  // `vigie publish` refuses an invalid pack, so this site is signed here, as a careless signer would.
  sites.v3schema = makeSite({ packs: [texts.v3schema], privateKey: keys.trustedPrivate });
  // A pack re-signed after the index was: its own signature holds, the signed index's hash does not.
  const other = makeSite({ packs: [texts.v3other], privateKey: keys.trustedPrivate });
  sites.v3hash = new Map(sites.v3);
  sites.v3hash.set(PACK_FILE, other.get(PACK_FILE));
  sites.v3hash.set(`${PACK_FILE}.sig`, other.get(`${PACK_FILE}.sig`));

  [server, host] = await Promise.all([startServer({ feedCount: 60 }), startPackHost()]);
  browser = await launchChromium({ port: server.port });
  // Playwright's request routing turns the browser's HTTP cache off, and the background relies on that cache to
  // revalidate with If-None-Match (background/fetch.ts). So this file lifts the routing and only watches requests;
  // the resolver rules of browser.mjs still map every other host to nothing, and the last test checks that no
  // request tried to leave.
  await browser.context.unroute('**/*');
  browser.context.on('request', (r) => {
    if (!isLocal(r.url())) outside.push(r.url());
  });
  options = await openOptions(browser);
  // The user trusts the throwaway maintainers' key, as they would in options ("Trusted keys").
  const list = await send({ type: 'keys:add', key: keys.trustedPublic, name: 'E2E maintainers' });
  assert.ok(list.some((k) => k.key === keys.trustedPublic && !k.builtIn));
  console.log(`# set-up (keys, build, 5 publishes, browser) took ${Date.now() - started} ms`);
});

after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), host?.close()]);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------- the tests

describe('Chromium: subscriptions, signed updates, rollback, backup', () => {
  test('a good update activates and the open tab gains marks without any reload', async () => {
    host.serve(sites.v1);
    const view = await send({ type: 'subscriptions:add', url: host.url });
    assert.equal(view.status, 'ok', view.reason);
    assert.deepEqual(view.packIds, [PACK_ID]);
    const packs = await send({ type: 'packs:list' });
    const pack = packs.find((p) => p.id === PACK_ID);
    assert.equal(pack?.version, '1.0.0');
    assert.equal(pack.origin, 'subscription');
    assert.equal(pack.subscriptionUrl, host.url);

    feed = await browser.context.newPage();
    await feed.goto(FEED_URL);
    marks.v1 = await settledMarks(feed);
    const phrasePosts = await feed.$$eval(
      '[data-e2e=video-desc]',
      (els, phrase) => els.filter((e) => e.textContent.toLowerCase().includes(phrase)).length,
      FEED_PHRASE,
    );
    assert.ok(phrasePosts >= 1, 'the demo feed shows the phrase the update will mark');
    assert.equal(await phraseHighlighted(feed), false);
    await feed.evaluate(() => (window.__e2eNotReloaded = true));

    host.serve(sites.v2);
    const [outcome] = await send({ type: 'subscriptions:check-now', url: host.url });
    assert.equal(outcome.result, 'activated', outcome.reason);
    assert.deepEqual(outcome.activated, [{ packId: PACK_ID, version: '1.1.0' }]);
    assert.equal(await activeVersion(), '1.1.0');
    const listed = (await send({ type: 'packs:list' })).find((p) => p.id === PACK_ID);
    assert.equal(listed.previousVersion, '1.0.0', 'the old version is kept for rollback');

    marks.v2 = await marksBecome(feed, marks.v1 + phrasePosts);
    assert.equal(
      marks.v2,
      marks.v1 + phrasePosts,
      `one new mark per post with the phrase (${marks.v1} -> ${marks.v2})`,
    );
    assert.ok(await phraseHighlighted(feed), 'the new rule highlights the phrase');
    assert.equal(await feed.evaluate(() => window.__e2eNotReloaded), true, 'the tab was not reloaded');
    assert.equal(options.isClosed(), false, 'the extension was not reloaded (its page is still open)');
  });

  test('an unchanged site is revalidated with If-None-Match (304); a 304 keeps 1.1.0 even when a newer site exists', async () => {
    const seen = host.requests.length;
    const [same] = await send({ type: 'subscriptions:check-now', url: host.url });
    assert.equal(same.result, 'unchanged', same.reason);
    const hits = host.requests.slice(seen);
    const index = hits.filter((r) => r.path.endsWith('/index.json'));
    assert.deepEqual(
      index.map((r) => [r.status, Boolean(r.ifNoneMatch)]),
      [[304, true]],
      'the browser revalidated the index and the host answered 304',
    );
    assert.ok(
      hits.every((r) => !r.path.includes('/packs/')),
      'no pack file fetched when the index did not change',
    );
    assert.ok(
      host.requests.every((r) => r.method === 'GET'),
      'no CORS preflight: the requests are simple (docs/publishing.md)',
    );

    host.serve(sites.v3, 'not-modified');
    const [outcome] = await send({ type: 'subscriptions:check-now', url: host.url });
    assert.equal(outcome.result, 'unchanged', outcome.reason);
    assert.equal(await activeVersion(), '1.1.0');
    const sub = await subscription();
    assert.equal(sub.status, 'ok');
    assert.equal(sub.reason, undefined);
  });

  const signatureReason = `The signature of ${PACK_FILE} does not match: the file may have been changed after signing.`;
  const FAILURES = [
    ['a tampered pack file', () => host.serve(sites.v3, 'tamper'), (r) => r === signatureReason],
    ['a bad signature', () => host.serve(sites.v3, 'bad-signature'), (r) => r === signatureReason],
    [
      'a pack that differs from the signed index',
      () => host.serve(sites.v3hash),
      (r) => r === `${PACK_FILE} differs from the one the signed index describes (hash mismatch).`,
    ],
    [
      'a key the user does not trust',
      () => host.serve(sites.v3untrusted),
      (r) =>
        r ===
        `index.json is signed by a key you do not trust (${keys.otherPublic.slice(0, 12)}…). Add that key in options if you trust its maintainers.`,
    ],
    [
      'failing examples',
      () => host.serve(sites.v3failing),
      (r) =>
        r.startsWith(`Pack ${PACK_ID} was not activated: its own examples fail in this version of Vigie (`),
    ],
    [
      'a schema error',
      () => host.serve(sites.v3schema),
      (r) => r.startsWith(`${PACK_FILE} does not follow the pack format: `) && /categor/i.test(r),
    ],
    [
      'an HTTP 500',
      () => host.serve(sites.v3, 'http-500'),
      (r) => r === 'The server answered with error 500. Vigie will try again later.',
      'host',
    ],
    [
      'a pack file of absurd size',
      () => host.serve(sites.v3, 'huge'),
      (r) => r === 'The file is larger than 2048 KB, far above any real pack: refused.',
    ],
    [
      'a connection cut while fetching the index signature',
      () => host.serve(sites.v3, 'drop-index-sig'),
      (r) => r === `Could not reach 127.0.0.1:${host.port}. Vigie will try again later.`,
      'host',
    ],
    [
      'a timeout',
      () => host.serve(sites.v3, 'hang'),
      (r) =>
        r ===
        `The server did not answer within ${REAL_TIMEOUT_MS / 1000} seconds. Vigie will try again later.`,
      'host',
    ],
    [
      'a replayed older version',
      () => host.serve(sites.v1),
      (r) =>
        r ===
        `Pack ${PACK_ID} version 1.0.0 is not newer than the active version 1.1.0; an older file cannot replace a newer one.`,
    ],
  ];

  for (const [name, setUp, matches, kind] of FAILURES) {
    test(`${name} leaves 1.1.0 active and says why on the subscription`, async () => {
      setUp();
      const restore =
        name === 'a timeout' && process.env.E2E_FAST_TIMEOUT ? await shortenFetchTimeout() : undefined;
      let outcome;
      try {
        [outcome] = await send({ type: 'subscriptions:check-now', url: host.url });
      } finally {
        await restore?.();
      }
      assert.equal(outcome.result, 'failed');
      assert.ok(matches(outcome.reason ?? ''), `unexpected reason: ${outcome.reason}`);
      const sub = await subscription();
      assert.equal(sub.status, 'failed');
      assert.equal(sub.reason, outcome.reason, 'the subscription shows the same words');
      // A failing host is retried with backoff (1 h, 2 h ...); a bad file waits for the site's next interval.
      const waitHours = (Date.parse(sub.nextCheck) - Date.parse(sub.lastCheck)) / 3_600_000;
      if (kind === 'host')
        assert.ok(sub.failures >= 1 && waitHours <= 2 ** (sub.failures - 1), `backoff: ${waitHours} h`);
      else assert.ok(sub.failures === 0 && waitHours === 24, `no backoff for a bad file: ${waitHours} h`);
      assert.equal(await activeVersion(), '1.1.0');
      assert.equal(Number(await feed.getAttribute('html', 'data-vigie-marks')), marks.v2, 'marks unchanged');
      // And the user sees the same words in options (the page opens on its Subscriptions tab).
      await options.reload();
      await options.locator('.vg-reason').first().waitFor({ timeout: 5000 });
      assert.ok((await options.locator('.vg-reason').allTextContents()).includes(outcome.reason));
    });
  }

  test('rollback brings 1.0.0 back and the marks follow; the rolled-back version stays off, a newer one activates', async () => {
    const packs = await send({ type: 'packs:rollback', packId: PACK_ID });
    assert.equal(packs.find((p) => p.id === PACK_ID)?.version, '1.0.0');
    assert.equal(await marksBecome(feed, marks.v1), marks.v1, 'the marks of 1.1.0 are gone');
    assert.equal(await phraseHighlighted(feed), false);

    host.serve(sites.v2);
    const [again] = await send({ type: 'subscriptions:check-now', url: host.url });
    assert.notEqual(again.result, 'activated', 'the version the user rolled back from is not re-activated');
    assert.equal(await activeVersion(), '1.0.0');

    host.serve(sites.v3);
    const [newer] = await send({ type: 'subscriptions:check-now', url: host.url });
    assert.equal(newer.result, 'activated', newer.reason);
    assert.equal(await activeVersion(), '1.2.0');
    const sub = await subscription();
    assert.deepEqual(
      [sub.status, sub.reason, sub.failures],
      ['ok', undefined, 0],
      'a good check clears the failure',
    );
    assert.equal(await marksBecome(feed, marks.v2), marks.v2);
    assert.equal(await feed.evaluate(() => window.__e2eNotReloaded), true, 'the tab was never reloaded');
  });

  test('after the service worker is stopped and restarted, 1.2.0 is still active, an open tab goes on marking and a reloaded tab is marked the same', async () => {
    // MV3 stops idle service workers; everything must come back from IndexedDB and storage.local.
    const worker = browser.context.serviceWorkers()[0];
    await worker.evaluate(() => (globalThis.__e2eSameWorker = true));
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    assert.equal(await activeVersion(), '1.2.0', 'the message woke a new worker, which reads the database');
    const restarted = browser.context.serviceWorkers().at(-1);
    assert.equal(
      await restarted.evaluate(() => globalThis.__e2eSameWorker),
      undefined,
      'the worker really restarted',
    );
    const sub = await subscription();
    assert.equal(sub.status, 'ok');
    // The open tab's analysis port closed with the old worker: its next posts reach the new one and are marked.
    const open = await settledMarks(feed);
    await feed.evaluate(() => window.vigieDemoMore(60));
    const grown = await settledMarks(feed, { min: open + 1 });
    assert.ok(grown > open, `the open tab marks new posts after the restart (${open} -> ${grown})`);
    await feed.reload();
    assert.equal(await settledMarks(feed), marks.v2);
    assert.ok(await phraseHighlighted(feed), 'the new rule highlights the phrase');
  });

  test('export then import on a fresh profile restores settings, subscriptions, keys, feedback and reports; delete-all empties it', async () => {
    await send({
      type: 'settings:set',
      patch: {
        mode: 'clinician',
        minSeverity: 'info',
        sites: { youtube: false },
        genericHosts: ['example.org'],
      },
    });
    await send({ type: 'feedback:hide-rule', ruleId: RULE_ID });
    await send({ type: 'site:pause', host: 'www.reddit.com' });
    await send({
      type: 'feedback:dismiss',
      postKey: 'tiktok:7300000000000000000',
      ruleId: 'vaccines-autism',
      host: 'www.tiktok.com',
    });
    await send({
      type: 'reports:add',
      permalink: 'https://www.tiktok.com/@demo/video/7300000000000000000',
      category: 'contradicts-evidence',
      note: 'Written by the browser test.',
      ruleId: 'vaccines-autism',
      host: 'www.tiktok.com',
    });
    const { json, filename } = await send({ type: 'backup:export' });
    assert.match(filename, /^vigie-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const state = async (page) => ({
      settings: await send({ type: 'settings:get' }, page),
      subscriptions: (await send({ type: 'subscriptions:list' }, page)).map((s) => s.url),
      keys: (await send({ type: 'keys:list' }, page)).map(({ key, name, builtIn }) => ({
        key,
        name,
        builtIn,
      })),
      feedback: await send({ type: 'feedback:get' }, page),
      reports: (await send({ type: 'reports:list' }, page)).map(({ id: _id, ...r }) => r),
    });
    const before = await state(options);
    assert.equal(before.reports.length, 1);

    const fresh = await launchChromium({ port: server.port });
    try {
      const page = await openOptions(fresh);
      const empty = await state(page);
      assert.deepEqual(empty.subscriptions, [], 'the second profile starts empty');
      assert.notDeepEqual(empty, before);
      const summary = await send({ type: 'backup:import', text: json }, page);
      assert.deepEqual(summary, {
        settings: true,
        subscriptionsAdded: 1,
        keysAdded: 1,
        feedbackAdded: 3,
        reportsAdded: 1,
      });
      assert.deepEqual(await state(page), before);
      // The restored key and subscription work: the pack arrives in the new profile.
      const [outcome] = await send({ type: 'subscriptions:check-now', url: host.url }, page);
      assert.equal(outcome.result, 'activated', outcome.reason);
      assert.equal(await activeVersion(page), '1.2.0');
      // Importing the same file again adds nothing (merge without duplicates).
      const again = await send({ type: 'backup:import', text: json }, page);
      assert.deepEqual(again, {
        settings: true,
        subscriptionsAdded: 0,
        keysAdded: 0,
        feedbackAdded: 0,
        reportsAdded: 0,
      });
      // "Delete all my data" then leaves this profile as it started, with the bundled packs only.
      assert.deepEqual(await send({ type: 'backup:delete-all', confirm: true }, page), { ok: true });
      assert.deepEqual(await state(page), empty);
      assert.equal(await activeVersion(page), undefined, 'the subscribed pack is gone');
      assert.ok((await send({ type: 'status:get' }, page)).ruleCount > 0, 'the bundled packs stay');
    } finally {
      await fresh.close();
    }
    assert.ok(
      host.requests.every((r) => r.method === 'GET'),
      'no request of the whole file needed a CORS preflight',
    );
    assert.deepEqual(outside, [], 'nothing tried to leave the machine');
  });
});

/**
 * The background's fetch timeout is 15 s (background/context.ts DEFAULT_LIMITS) and has no setting; the timeout
 * test waits for it. With E2E_FAST_TIMEOUT=1 the test shortens that one timer while the check runs, only through
 * the DevTools protocol into the service worker (no web page can reach it); the reason still names 15 s.
 */
async function shortenFetchTimeout() {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  await worker.evaluate((limit) => {
    if (globalThis.__e2eRealSetTimeout) return;
    const real = globalThis.setTimeout;
    globalThis.__e2eRealSetTimeout = real;
    globalThis.setTimeout = (fn, ms, ...rest) => real(fn, ms === limit ? 1000 : ms, ...rest);
  }, REAL_TIMEOUT_MS);
  return () =>
    worker.evaluate(() => {
      if (globalThis.__e2eRealSetTimeout) globalThis.setTimeout = globalThis.__e2eRealSetTimeout;
      delete globalThis.__e2eRealSetTimeout;
    });
}

/** True for the requests this file expects: the extension itself, this machine, the mapped demo hosts. */
function isLocal(url) {
  try {
    const { protocol, hostname } = new URL(url);
    return (
      ['chrome-extension:', 'data:', 'blob:', 'about:'].includes(protocol) ||
      ['127.0.0.1', 'localhost', ...HOSTS].includes(hostname)
    );
  } catch {
    return false;
  }
}

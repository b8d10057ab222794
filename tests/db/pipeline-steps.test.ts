// Each step of the activation pipeline on its own.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fetchText } from '../../background/fetch.ts';
import { StepError } from '../../background/reasons.ts';
import {
  checkExamples,
  checkHash,
  checkSignature,
  checkVersion,
  parseJson,
  validatePack,
} from '../../background/steps.ts';
import { checkSubscriptionUrl, resolveSiteFile } from '../../background/urls.ts';
import { backoffMs } from '../../background/subscriptions.ts';
import { compareVersions } from '../../publish/semver.ts';
import { generateKeyPair, sha256Hex, sign } from '../../publish/sign.ts';
import { fakeEngine, makePack, packText } from './fixtures.ts';

async function code(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
    return 'ok';
  } catch (error) {
    return error instanceof StepError ? error.code : `unexpected: ${String(error)}`;
  }
}

const reply =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);

describe('fetch step', () => {
  const opts = { timeoutMs: 200, maxBytes: 1000 };
  it('returns the text and ETag, or not-modified on 304', async () => {
    const f = await fetchText('https://x.org/a.json', {
      ...opts,
      fetch: reply('{"a":1}', { headers: { ETag: '"v1"' } }),
    });
    expect(f).toEqual({ status: 'ok', text: '{"a":1}', etag: '"v1"', bytes: 7 });
    // The browser's cache revalidates and hands back its 200: the same ETag means nothing changed.
    const same = await fetchText('https://x.org/a.json', {
      ...opts,
      etag: '"v1"',
      fetch: reply('{"a":1}', { headers: { ETag: '"v1"' } }),
    });
    expect(same).toEqual({ status: 'not-modified' });
    let sent: Headers | undefined;
    let mode: RequestCache | undefined;
    const f304 = await fetchText('https://x.org/a.json', {
      ...opts,
      etag: '"v1"',
      conditionalHeader: true,
      fetch: async (_u, init) => {
        sent = new Headers(init?.headers);
        mode = init?.cache;
        return new Response(null, { status: 304 });
      },
    });
    expect(f304).toEqual({ status: 'not-modified' });
    expect(sent?.get('if-none-match')).toBe('"v1"');
    expect(mode).toBe('no-cache');
    // Without conditionalHeader no custom header is sent (no CORS preflight for the host to answer).
    await fetchText('https://x.org/a.json', {
      ...opts,
      etag: '"v1"',
      fetch: async (_u, init) => ((sent = new Headers(init?.headers)), new Response('{}')),
    });
    expect(sent?.has('if-none-match')).toBe(false);
  });
  it('fails in words on errors, timeouts, huge bodies and bad UTF-8', async () => {
    expect(await code(fetchText('https://x.org/a', { ...opts, fetch: reply('no', { status: 500 }) }))).toBe(
      'http',
    );
    expect(
      await code(
        fetchText('https://x.org/a', { ...opts, fetch: async () => Promise.reject(new TypeError('down')) }),
      ),
    ).toBe('network');
    const hang: typeof fetch = (_u, init) =>
      new Promise((_r, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    expect(await code(fetchText('https://x.org/a', { ...opts, fetch: hang }))).toBe('timeout');
    expect(await code(fetchText('https://x.org/a', { ...opts, fetch: reply('x'.repeat(1001)) }))).toBe(
      'too-large',
    );
    const declared = reply('x', { headers: { 'Content-Length': '999999' } });
    expect(await code(fetchText('https://x.org/a', { ...opts, fetch: declared }))).toBe('too-large');
    const latin1 = async () => new Response(new Uint8Array([0x7b, 0xe9, 0x7d]));
    expect(await code(fetchText('https://x.org/a', { ...opts, fetch: latin1 }))).toBe('json');
  });
});

describe('parse, signature, hash, schema, version, examples', () => {
  it('parses JSON or says the file is damaged', async () => {
    expect(parseJson('{"a":1}', 'f')).toEqual({ a: 1 });
    expect(await code(() => parseJson('{', 'f'))).toBe('json');
  });

  it('tells a trusted signature, an untrusted key and a damaged file apart', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    const text = packText(makePack('alpha', '1.0.0'));
    const sig = await sign(text, a.privateKey);
    expect(await checkSignature(text, sig, [b.publicKey, a.publicKey], 'f')).toBe(a.publicKey);
    expect(await code(checkSignature(text, sig, [b.publicKey], 'f', a.publicKey))).toBe('untrusted');
    expect(await code(checkSignature(text, sig, [b.publicKey], 'f'))).toBe('untrusted');
    expect(await code(checkSignature(`${text} `, sig, [a.publicKey], 'f', a.publicKey))).toBe('signature');
    expect(await code(checkSignature(text, undefined, [a.publicKey], 'f'))).toBe('signature');
    expect(await code(checkSignature(text, 'garbage', [a.publicKey], 'f', a.publicKey))).toBe('signature');
  });

  it('checks the hash against the index', async () => {
    expect(await code(checkHash('abc', await sha256Hex('abc'), 'f'))).toBe('ok');
    expect(await code(checkHash('abd', await sha256Hex('abc'), 'f'))).toBe('hash');
  });

  it('validates the pack format', async () => {
    const text = packText(makePack('alpha', '1.0.0'));
    expect(validatePack(JSON.parse(text), text.length, 'f').id).toBe('alpha');
    expect(await code(() => validatePack({ id: 'alpha' }, 10, 'f'))).toBe('schema');
    expect(await code(() => validatePack(JSON.parse(text), 3 * 1024 * 1024, 'f'))).toBe('schema');
  });

  it('activates only a higher version, never one the user rolled back from', async () => {
    expect(await code(() => checkVersion('a', '1.1.0', '1.0.0'))).toBe('ok');
    expect(await code(() => checkVersion('a', '1.0.0', undefined))).toBe('ok');
    expect(await code(() => checkVersion('a', '1.0.0', '1.0.0'))).toBe('not-newer');
    expect(await code(() => checkVersion('a', '0.9.0', '1.0.0'))).toBe('not-newer');
    expect(await code(() => checkVersion('a', '1.2.0', '1.0.0', '1.2.0'))).toBe('not-newer');
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-beta.2', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0-beta.10', '1.0.0-beta.2')).toBeGreaterThan(0);
  });

  it("requires every rule's examples to pass", async () => {
    const input = { sources: [], lexicon: undefined };
    expect(await code(() => checkExamples(makePack('alpha', '1.0.0'), fakeEngine, input))).toBe('ok');
    const broken = makePack('broken', '1.0.0');
    expect(await code(() => checkExamples(broken, fakeEngine, input))).toBe('examples');
  });
});

describe('subscription addresses and backoff', () => {
  it.each([
    ['https://packs.example.org/vigie/', 'https://packs.example.org/vigie/index.json'],
    ['https://packs.example.org', 'https://packs.example.org/index.json'],
    ['https://packs.example.org/site/index.json#x', 'https://packs.example.org/site/index.json'],
    ['http://127.0.0.1:8080/site', 'http://127.0.0.1:8080/site/index.json'],
    ['http://localhost/index.json', 'http://localhost/index.json'],
  ])('%s -> %s', (input, url) => {
    expect(checkSubscriptionUrl(input)).toMatchObject({ ok: true, url });
  });
  it.each([
    'http://packs.example.org/',
    'ftp://x.org/',
    'https://user:pw@x.org/',
    'not a url',
    'javascript:alert(1)',
  ])('refuses %s', (input) => {
    expect(checkSubscriptionUrl(input).ok).toBe(false);
  });
  it('keeps listed files inside the site', () => {
    expect(resolveSiteFile('https://x.org/site/index.json', 'packs/a.json')).toBe(
      'https://x.org/site/packs/a.json',
    );
    expect(resolveSiteFile('https://x.org/site/index.json', '../a.json')).toBeUndefined();
    expect(resolveSiteFile('https://x.org/site/index.json', 'https://evil.org/a.json')).toBeUndefined();
  });
  it('backs off 1 h, 2 h, 4 h ... up to a day', () => {
    expect([1, 2, 3, 6, 10].map((n) => backoffMs(n) / 3_600_000)).toEqual([1, 2, 4, 24, 24]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  decodeKey,
  findSigner,
  fromBase64,
  generateKeyPair,
  publicKeyOf,
  sha256Hex,
  sign,
  verify,
} from '../../publish/sign.ts';

describe('Ed25519 with raw base64 keys', () => {
  it('signs and verifies the exact bytes', async () => {
    const pair = await generateKeyPair();
    expect(fromBase64(pair.publicKey)).toHaveLength(32);
    expect(fromBase64(pair.privateKey)).toHaveLength(32);
    const sig = await sign('{"id":"a"}\n', pair.privateKey);
    expect(fromBase64(sig)).toHaveLength(64);
    expect(await verify('{"id":"a"}\n', sig, pair.publicKey)).toBe(true);
    expect(await verify('{"id":"a"}', sig, pair.publicKey)).toBe(false); // one byte less
    expect(await verify('{"id":"b"}\n', sig, pair.publicKey)).toBe(false);
  });

  it('refuses another key, a damaged signature and garbage without throwing', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    const sig = await sign('text', a.privateKey);
    expect(await verify('text', sig, b.publicKey)).toBe(false);
    const bytes = fromBase64(sig);
    bytes[3] = bytes[3]! ^ 1;
    expect(await verify('text', btoa(String.fromCharCode(...bytes)), a.publicKey)).toBe(false);
    expect(await verify('text', 'not base64!', a.publicKey)).toBe(false);
    expect(await verify('text', sig, 'AAAA')).toBe(false);
    expect(await findSigner('text', sig, [b.publicKey, a.publicKey])).toBe(a.publicKey);
    expect(await findSigner('text', sig, [b.publicKey])).toBeUndefined();
  });

  it('derives the public key from the private seed', async () => {
    const pair = await generateKeyPair();
    expect(await publicKeyOf(pair.privateKey)).toBe(pair.publicKey);
  });

  it('says why a key is unusable', () => {
    expect(() => decodeKey('abc', 'public key')).toThrow(/not base64/);
    expect(() => decodeKey(btoa('short'), 'public key')).toThrow(/32 bytes/);
  });

  it('hashes with sha-256 (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('the project key', () => {
  it('keys/project.ts and keys/project.pub hold the same 32-byte public key', async () => {
    const { readFile } = await import('node:fs/promises');
    const { PROJECT_PUBLIC_KEY } = await import('../../keys/project.ts');
    const file = (await readFile(new URL('../../keys/project.pub', import.meta.url), 'utf8')).trim();
    expect(PROJECT_PUBLIC_KEY).toBe(file);
    expect(decodeKey(file)).toHaveLength(32);
  });
});

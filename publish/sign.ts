// Ed25519 signatures and sha-256 hashes with WebCrypto only (globalThis.crypto.subtle), so the same code runs in
// the CLI (Node 20) and in the extension's background (Chrome 113+, Firefox 129+). No DOM, no Node modules.
//
// Keys are raw and base64: the public key is its 32 bytes, the private key its 32-byte seed. WebCrypto imports
// Ed25519 private keys only as PKCS#8, so the seed is wrapped in the fixed 16-byte PKCS#8 prefix for Ed25519.

const ED25519 = { name: 'Ed25519' } as const;
const PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

export interface KeyPair {
  /** base64 of the 32-byte public key */
  publicKey: string;
  /** base64 of the 32-byte private seed: keep secret */
  privateKey: string;
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available here');
  return s;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Strict base64 decoding (whitespace around is tolerated); throws on anything else. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw new Error('is not base64');
  const binary = atob(clean);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const utf8 = new TextEncoder();
const asBytes = (data: string | Uint8Array): Uint8Array =>
  typeof data === 'string' ? utf8.encode(data) : data;
// WebCrypto wants an ArrayBuffer-backed view; copying also detaches us from the caller's buffer.
const buf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  return { publicKey: toBase64(raw), privateKey: toBase64(pkcs8.slice(pkcs8.length - 32)) };
}

/** Decodes a base64 key and checks it is 32 bytes; `what` names it in the error. */
export function decodeKey(base64: string, what = 'key'): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    throw new Error(`the ${what} is not base64 text`);
  }
  if (bytes.length !== 32)
    throw new Error(`the ${what} is ${bytes.length} bytes; an Ed25519 key is 32 bytes`);
  return bytes;
}

async function importPrivate(privateKey: string): Promise<CryptoKey> {
  const seed = decodeKey(privateKey, 'private key');
  const der = new Uint8Array(PKCS8_PREFIX.length + 32);
  der.set(PKCS8_PREFIX);
  der.set(seed, PKCS8_PREFIX.length);
  return subtle().importKey('pkcs8', buf(der), ED25519, false, ['sign']);
}

async function importPublic(publicKey: string): Promise<CryptoKey> {
  return subtle().importKey('raw', buf(decodeKey(publicKey, 'public key')), ED25519, false, ['verify']);
}

/** The public key that belongs to a private seed (keygen checks, publish prints it). */
export async function publicKeyOf(privateKey: string): Promise<string> {
  // Sign-and-verify is not enough to derive it; WebCrypto derives it through a JWK export of the private key.
  const seed = decodeKey(privateKey, 'private key');
  const der = new Uint8Array(PKCS8_PREFIX.length + 32);
  der.set(PKCS8_PREFIX);
  der.set(seed, PKCS8_PREFIX.length);
  const key = await subtle().importKey('pkcs8', buf(der), ED25519, true, ['sign']);
  const jwk = await subtle().exportKey('jwk', key);
  if (!jwk.x) throw new Error('could not derive the public key');
  return toBase64(fromBase64Url(jwk.x));
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

/** base64 Ed25519 signature over the exact bytes (strings are UTF-8 encoded). */
export async function sign(data: string | Uint8Array, privateKey: string): Promise<string> {
  const key = await importPrivate(privateKey);
  return toBase64(new Uint8Array(await subtle().sign(ED25519, key, buf(asBytes(data)))));
}

/** True only when `signature` (base64) is a valid Ed25519 signature of the exact bytes by `publicKey`. Never throws. */
export async function verify(
  data: string | Uint8Array,
  signature: string,
  publicKey: string,
): Promise<boolean> {
  try {
    const sig = fromBase64(signature);
    if (sig.length !== 64) return false;
    return await subtle().verify(ED25519, await importPublic(publicKey), buf(sig), buf(asBytes(data)));
  } catch {
    return false;
  }
}

/** The first of `publicKeys` that signed the data, or undefined. */
export async function findSigner(
  data: string | Uint8Array,
  signature: string,
  publicKeys: readonly string[],
): Promise<string | undefined> {
  for (const key of publicKeys) if (await verify(data, signature, key)) return key;
  return undefined;
}

/** sha-256 of the exact bytes, lower-case hex. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', buf(asBytes(data))));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

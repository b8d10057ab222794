// Why a pack or a subscription check failed, in words. One function per failure, fixed wording: the options
// page shows these sentences as they are and browser tests match them, so change them here only.

export type FailureCode =
  | 'url'
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'json'
  | 'index'
  | 'schema'
  | 'signature'
  | 'untrusted'
  | 'hash'
  | 'mismatch'
  | 'not-newer'
  | 'examples'
  | 'engine'
  | 'storage';

/** A failed step: `code` for programs, `reason` for people. */
export class StepError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly reason: string,
    /** The HTTP status, for code 'http'. */
    readonly status?: number,
  ) {
    super(reason);
    this.name = 'StepError';
  }
}

const fail = (code: FailureCode, reason: string, status?: number) => new StepError(code, reason, status);

export const REASONS = {
  badUrl: (why: string) => fail('url', `This address cannot be used: ${why}.`),
  network: (host: string) => fail('network', `Could not reach ${host}. Vigie will try again later.`),
  timeout: (seconds: number) =>
    fail('timeout', `The server did not answer within ${seconds} seconds. Vigie will try again later.`),
  http: (status: number) =>
    fail('http', `The server answered with error ${status}. Vigie will try again later.`, status),
  tooLarge: (limitBytes: number) =>
    fail(
      'too-large',
      `The file is larger than ${Math.round(limitBytes / 1024)} KB, far above any real pack: refused.`,
    ),
  json: (file: string) => fail('json', `${file} is not valid JSON: it may be damaged or not a Vigie file.`),
  index: (why: string) =>
    fail('index', `The subscription address does not lead to a Vigie site index: index.json ${why}.`),
  schema: (file: string, why: string) => fail('schema', `${file} does not follow the pack format: ${why}.`),
  badSignature: (file: string) =>
    fail(
      'signature',
      `The signature of ${file} does not match: the file may have been changed after signing.`,
    ),
  untrusted: (file: string, key?: string) =>
    fail(
      'untrusted',
      key
        ? `${file} is signed by a key you do not trust (${key.slice(0, 12)}…). Add that key in options if you trust its maintainers.`
        : `${file} is not signed by any key you trust.`,
    ),
  missingSignature: (file: string) => fail('signature', `${file} has no signature file (${file}.sig).`),
  hash: (file: string) =>
    fail('hash', `${file} differs from the one the signed index describes (hash mismatch).`),
  mismatch: (file: string, why: string) =>
    fail('mismatch', `${file} does not match the signed index: ${why}.`),
  notNewer: (id: string, version: string, active: string) =>
    fail(
      'not-newer',
      `Pack ${id} version ${version} is not newer than the active version ${active}; an older file cannot replace a newer one.`,
    ),
  examples: (id: string, failures: string[]) =>
    fail(
      'examples',
      `Pack ${id} was not activated: its own examples fail in this version of Vigie (${failures.slice(0, 3).join('; ')}${failures.length > 3 ? `; and ${failures.length - 3} more` : ''}).`,
    ),
  engine: (id: string, why: string) =>
    fail('engine', `Pack ${id} could not be compiled by this version of Vigie: ${why}.`),
  storage: (why: string) =>
    fail('storage', `Vigie could not save the update (${why}); the previous rules stay active.`),
} as const;

/** Any thrown value as a StepError (unexpected errors keep their message). */
export function asStepError(error: unknown, fallback: FailureCode = 'storage'): StepError {
  if (error instanceof StepError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(message) || (error instanceof Error && error.name === 'QuotaExceededError')) {
    return REASONS.storage('the browser’s storage is full');
  }
  return new StepError(fallback, fallback === 'storage' ? REASONS.storage(message).reason : message);
}

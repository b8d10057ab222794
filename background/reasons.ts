// Why a pack or a subscription check failed, in words. One function per failure, fixed wording: the options
// page shows them in the reader's language (i18n/reasons.ts holds the sentences) and tests match the English.
import { problemText, type Problem, type ProblemKey } from '../i18n/reasons.ts';

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

/** A failed step: `code` for programs, `problem` for people (in either language), `reason` its English. */
export class StepError extends Error {
  readonly reason: string;
  constructor(
    readonly code: FailureCode,
    readonly problem: Problem,
    /** The HTTP status, for code 'http'. */
    readonly status?: number,
  ) {
    const reason = problemText(problem, 'en');
    super(reason);
    this.reason = reason;
    this.name = 'StepError';
  }
}

const fail = (code: FailureCode, key: ProblemKey, params?: Problem['params'], status?: number) =>
  new StepError(code, params ? { key, params } : { key }, status);

export const REASONS = {
  network: (host: string) => fail('network', 'network', { host }),
  timeout: (seconds: number) => fail('timeout', 'timeout', { seconds }),
  http: (status: number) => fail('http', 'http', { status }, status),
  tooLarge: (limitBytes: number) => fail('too-large', 'tooLarge', { kb: Math.round(limitBytes / 1024) }),
  json: (file?: string) => (file ? fail('json', 'json', { file }) : fail('json', 'json.download')),
  index: (why: string) => fail('index', 'index', { why }),
  schema: (file: string, why: string) => fail('schema', 'schema', { file, why }),
  badSignature: (file: string) => fail('signature', 'signature', { file }),
  untrusted: (file: string, key?: string) =>
    key
      ? fail('untrusted', 'untrusted.key', { file, key: key.slice(0, 12) })
      : fail('untrusted', 'untrusted', { file }),
  missingSignature: (file: string) => fail('signature', 'missingSignature', { file }),
  hash: (file: string) => fail('hash', 'hash', { file }),
  outsideSite: (file: string) => fail('mismatch', 'mismatch.outside', { file }),
  wrongPack: (file: string, found: string, expected: string) =>
    fail('mismatch', 'mismatch.pack', { file, found, expected }),
  wrongVersion: (file: string, found: string, expected: string) =>
    fail('mismatch', 'mismatch.version', { file, found, expected }),
  notNewer: (id: string, version: string, active: string) =>
    fail('not-newer', 'notNewer', { id, version, active }),
  rolledBack: (id: string, version: string) => fail('not-newer', 'rolledBack', { id, version }),
  examples: (id: string, failures: string[]) =>
    fail('examples', 'examples', {
      id,
      failures: failures.slice(0, 3).join('; ') + (failures.length > 3 ? `; +${failures.length - 3}` : ''),
    }),
  engine: (id: string, why: string) => fail('engine', 'engine', { id, why }),
  storage: (why: string) => fail('storage', 'storage', { why }),
  storageFull: () => fail('storage', 'storage.full'),
} as const;

/** Any thrown value as a StepError (unexpected errors keep their message). */
export function asStepError(error: unknown, fallback: FailureCode = 'storage'): StepError {
  if (error instanceof StepError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(message) || (error instanceof Error && error.name === 'QuotaExceededError')) {
    return REASONS.storageFull();
  }
  return fallback === 'storage' ? REASONS.storage(message) : fail(fallback, 'other', { text: message });
}

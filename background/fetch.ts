// Step 1 of the activation pipeline: fetch one file with a timeout, a size limit and ETag / If-None-Match
// (through the browser's HTTP cache, see `conditionalHeader`).
import { REASONS, StepError } from './reasons.ts';

export type Fetched =
  { status: 'not-modified' } | { status: 'ok'; text: string; etag?: string; bytes: number };

export interface FetchOptions {
  fetch: typeof fetch;
  /** ETag of the copy already processed: a response with the same ETag counts as not modified. */
  etag?: string;
  /**
   * Send If-None-Match ourselves. Off by default: a custom header makes a cross-origin request "non-simple",
   * so hosts would have to answer a CORS preflight. Instead `cache: 'no-cache'` lets the browser's HTTP cache
   * revalidate with If-None-Match itself (a 304 comes back to us as the cached 200, with the same ETag).
   */
  conditionalHeader?: boolean;
  timeoutMs: number;
  maxBytes: number;
}

/** Reads the body up to `maxBytes`; stops and throws as soon as it is longer. */
async function readCapped(response: Response, maxBytes: number): Promise<{ text: string; bytes: number }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw REASONS.tooLarge(maxBytes);
  if (!response.body) {
    const text = await response.text();
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > maxBytes) throw REASONS.tooLarge(maxBytes);
    return { text, bytes };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw REASONS.tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  // fatal: a file that is not UTF-8 is damaged; refuse it rather than verify replaced characters.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(all), bytes };
  } catch {
    throw REASONS.json();
  }
}

export async function fetchText(url: string, options: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.etag && options.conditionalHeader) headers['If-None-Match'] = options.etag;
    let response: Response;
    try {
      response = await options.fetch(url, {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-cache',
        redirect: 'follow',
      });
    } catch {
      if (controller.signal.aborted) throw REASONS.timeout(Math.round(options.timeoutMs / 1000));
      throw REASONS.network(host);
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) throw REASONS.http(response.status);
    const etag = response.headers.get('etag') ?? undefined;
    if (options.etag && etag === options.etag) {
      await response.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    try {
      const { text, bytes } = await readCapped(response, options.maxBytes);
      return { status: 'ok', text, bytes, ...(etag ? { etag } : {}) };
    } catch (error) {
      if (controller.signal.aborted) throw REASONS.timeout(Math.round(options.timeoutMs / 1000));
      if (error instanceof StepError) throw error;
      throw REASONS.network(host); // the connection dropped mid-body
    }
  } finally {
    clearTimeout(timer);
  }
}

// Which subscription addresses Vigie accepts: https anywhere, plain http only on this machine (maintainers
// trying their packs). Pure, so options can check an address before asking for the host permission.

import { problemText, type Problem, type ProblemKey } from '../i18n/reasons.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export type UrlCheck =
  { ok: true; url: string; originPattern: string } | { ok: false; problem: Problem; reason: string };

const refuse = (key: ProblemKey): UrlCheck => ({
  ok: false,
  problem: { key },
  reason: problemText({ key }, 'en'),
});

/** Normalises a subscription address to the URL of its index.json. */
export function checkSubscriptionUrl(input: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return refuse('url.notUrl');
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return refuse('url.http');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse('url.scheme');
  }
  if (url.username || url.password) {
    return refuse('url.credentials');
  }
  url.hash = '';
  if (!url.pathname.endsWith('.json')) url.pathname = `${url.pathname.replace(/\/+$/, '')}/index.json`;
  return { ok: true, url: url.href, originPattern: `${url.protocol}//${url.hostname}/*` };
}

/** A file the index lists, resolved against the index URL; undefined when it would leave the index's folder. */
export function resolveSiteFile(indexUrl: string, path: string): string | undefined {
  const base = new URL('./', indexUrl);
  const file = new URL(path, base);
  return file.origin === base.origin && file.pathname.startsWith(base.pathname) ? file.href : undefined;
}

// Which subscription addresses Vigie accepts: https anywhere, plain http only on this machine (maintainers
// trying their packs). Pure, so options can check an address before asking for the host permission.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export type UrlCheck = { ok: true; url: string; originPattern: string } | { ok: false; reason: string };

/** Normalises a subscription address to the URL of its index.json. */
export function checkSubscriptionUrl(input: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'This address cannot be used: it is not a web address.' };
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      reason: 'This address cannot be used: it must start with https:// (plain http only for localhost).',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'This address cannot be used: it must start with https://.' };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'This address cannot be used: it must not contain a user name or password.' };
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

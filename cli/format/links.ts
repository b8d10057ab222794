// `vigie check --links`: asks each citation page whether it still answers. Network is optional: offline,
// the check says so once and the command does not fail for it.

export interface LinkProblem {
  url: string;
  status?: number;
  reason: string;
}

export type LinkReport = { offline: true } | { offline: false; problems: LinkProblem[]; checked: number };

type Fetch = (
  url: string,
  init: { method: string; signal: AbortSignal; redirect: 'follow' },
) => Promise<{ status: number }>;

async function probe(url: string, fetcher: Fetch, timeoutMs: number): Promise<number> {
  for (const method of ['HEAD', 'GET']) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetcher(url, { method, signal: controller.signal, redirect: 'follow' });
      // Some servers refuse HEAD (405, 403) but serve GET.
      if (method === 'HEAD' && res.status >= 400) continue;
      return res.status;
    } finally {
      clearTimeout(timer);
    }
  }
  return 0;
}

function isNoNetwork(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return [
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ECONNREFUSED',
    'UND_ERR_CONNECT_TIMEOUT',
  ].includes(cause?.code ?? '');
}

export async function checkLinks(
  urls: string[],
  options: { fetcher?: Fetch; timeoutMs?: number; concurrency?: number } = {},
): Promise<LinkReport> {
  const fetcher = options.fetcher ?? (globalThis.fetch as unknown as Fetch);
  const timeoutMs = options.timeoutMs ?? 10000;
  const unique = [...new Set(urls)];
  const problems: LinkProblem[] = [];
  if (unique.length === 0) return { offline: false, problems, checked: 0 };
  // The first request tells whether there is a network at all.
  try {
    const status = await probe(unique[0]!, fetcher, timeoutMs);
    if (status < 200 || status >= 400)
      problems.push({ url: unique[0]!, status, reason: `answered ${status}` });
  } catch (error) {
    if (isNoNetwork(error)) return { offline: true };
    problems.push({ url: unique[0]!, reason: describe(error) });
  }
  const queue = unique.slice(1);
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const status = await probe(url, fetcher, timeoutMs);
        if (status < 200 || status >= 400) problems.push({ url, status, reason: `answered ${status}` });
      } catch (error) {
        problems.push({ url, reason: describe(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { offline: false, problems, checked: unique.length };
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'AbortError') return 'did not answer in time';
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code
    ? `could not be reached (${code})`
    : `could not be reached (${error instanceof Error ? error.message : String(error)})`;
}

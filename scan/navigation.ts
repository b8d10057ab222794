// In-app navigation (TikTok, YouTube, X, Reddit are single-page apps). The content script may pass its own
// signal (WXT's `wxt:locationchange`); otherwise popstate plus a light URL poll, since pushState from the page's
// own scripts fires no event a content script can hear.
export interface NavigationOptions {
  win?: Pick<Window, 'addEventListener' | 'removeEventListener' | 'location'> | null;
  /** External signal: calls back on navigation, returns an unsubscribe function. */
  subscribe?: (cb: () => void) => () => void;
  pollMs?: number;
}

export function watchNavigation(onChange: (url: string) => void, opts: NavigationOptions): () => void {
  const win = opts.win;
  let last = win?.location.href ?? '';
  const check = () => {
    const href = win?.location.href ?? '';
    if (href !== last) {
      last = href;
      onChange(href);
    }
  };
  const stops: (() => void)[] = [];
  if (opts.subscribe) {
    stops.push(
      opts.subscribe(() => {
        last = win?.location.href ?? last;
        onChange(last);
      }),
    );
  } else if (win) {
    win.addEventListener('popstate', check);
    stops.push(() => win.removeEventListener('popstate', check));
    const ms = opts.pollMs ?? 1000;
    if (ms > 0) {
      const t = setInterval(check, ms);
      stops.push(() => clearInterval(t));
    }
  }
  return () => stops.forEach((s) => s());
}

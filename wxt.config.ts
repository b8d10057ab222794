import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Auto-imports stay off so engine/, sites/ and cli/ remain plain modules that also run in Node.
// Minimum versions: Ed25519 in WebCrypto (signed pack updates) shipped in Chrome 137 and Firefox 129;
// Firefox 140 (ESR) also has CSS.highlights. Older browsers would load packs they cannot verify.
const OPTIONAL_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  imports: false,
  // Firefox's review rebuilds from the sources archive (`npm ci && npm run build`): generated files stay out.
  zip: { excludeSources: ['demo-output/**', 'generated/**', '.tmp/**', 'bench-output/**'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Content scripts use the browser's own promise-based API object (Firefox's `browser`, Manifest V3
    // Chrome's `chrome`), not webextension-polyfill: the polyfill wraps callback-style APIs that Vigie's
    // minimum versions no longer have, and it weighs 3 KB gzip of the content script's 60 KB budget. Only a
    // listener's returned promise differs (Chrome ignores it): entrypoints/content/boot.ts answers through
    // sendResponse, which both support. Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const own = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [own, ...rest] };
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Vigie',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the article reader's content script is registered at run time for the hosts the user picks.
    // activeTab: the popup reads the current tab's address to offer the reader there.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'activeTab'],
    // Asked one origin at a time (subscriptions, the article reader). Manifest V2 (the default Firefox build)
    // has no optional_host_permissions: host patterns go in optional_permissions there.
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { optional_host_permissions: OPTIONAL_HOSTS }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vigie@vigie-health.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '137' }),
  }),
});

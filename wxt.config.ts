import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Auto-imports stay off so engine/, sites/ and cli/ remain plain modules that also run in Node.
// Minimum versions: Ed25519 in WebCrypto (signed pack updates) shipped in Chrome 137 and Firefox 129;
// Firefox 140 (ESR) also has CSS.highlights. Older browsers would load packs they cannot verify.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Vigie',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vigie@vigie-health.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '137' }),
  }),
});

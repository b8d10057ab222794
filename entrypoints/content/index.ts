// The generic article reader: not in the manifest; the background registers it (scripting.registerContentScripts
// with js: ['content-scripts/content.js'], css: ['content-scripts/content.css']) for the hosts the user turns on
// in the popup or the options, and it starts only while the host is still in settings.genericHosts. The
// supported sites have their own scripts (entrypoints/<site>.content.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { STORAGE_KEYS, type Settings } from '../../common/settings.ts';
import { generic } from '../../sites/generic.ts';
import { bootContent } from './boot.ts';
import './style.css';

export default defineContentScript({
  // No `matches`: a runtime script's matches would become host permissions; the user grants hosts one by one.
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main: (ctx) =>
    bootContent(ctx, async () => {
      const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
      const settings = stored[STORAGE_KEYS.settings] as Partial<Settings> | undefined;
      return settings?.genericHosts?.includes(location.hostname.toLowerCase()) ? generic : undefined;
    }),
});

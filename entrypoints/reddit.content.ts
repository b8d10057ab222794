// Vigie on reddit: the shared content script (entrypoints/content/boot.ts) with only this site's adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { reddit } from '../sites/reddit.ts';
import { bootContent } from './content/boot.ts';
import './content/style.css';

export default defineContentScript({
  matches: ['https://*.reddit.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main: (ctx) => bootContent(ctx, () => reddit),
});

import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../background/main.ts';

// Thin wiring: WXT imports this file in Node at build time, so nothing runs outside main().
export default defineBackground({
  main() {
    startBackground();
  },
});

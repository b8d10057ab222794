#!/usr/bin/env node
// Node 20 cannot run TypeScript by itself: register tsx's loader, then run the CLI from its sources,
// so `npx vigie` works right after `npm ci` with nothing to build first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

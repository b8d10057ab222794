// Bundled by tests/sites/browser-check.mjs for a real browser: the adapters, walker and scanner as one global.
import { createScanner } from '../../scan/index.ts';
import { ADAPTERS, adapterById, guessAdapter } from '../../sites/index.ts';
import { unitSpanToRanges } from '../../sites/text-walker.ts';

(globalThis as Record<string, unknown>).VigieScan = {
  createScanner,
  ADAPTERS,
  adapterById,
  guessAdapter,
  unitSpanToRanges,
};

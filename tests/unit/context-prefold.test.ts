// Snapshots carry the context data with its phrases folded ahead (engine/context/compile.ts prefold): compiling
// the folded data must give exactly the tables compiling the plain data gives, and folding twice changes nothing.
import { describe, expect, it } from 'vitest';
import { compile, prefold } from '../../engine/context/compile';
import { BUILTIN_CONTEXT } from '../../engine/context/builtin';

describe('prefolded context data', () => {
  it.each(['en', 'fr'] as const)('compiles to the same tables (%s)', (lang) => {
    const plain = BUILTIN_CONTEXT[lang];
    const folded = prefold(plain);
    expect(folded.folded).toBe(true);
    expect(compile(folded)).toEqual(compile(plain));
    expect(prefold(folded)).toBe(folded);
  });
});

// Words that are also Object.prototype member names ("constructor", "toString") once came back from the
// tokenizer's and context's lookup tables as functions, and analyze() threw. Found while moving those
// tables to Maps for speed (engine/text/tokenize.ts, engine/context/fold.ts).
import { describe, expect, it } from 'vitest';
import { compile } from '../../engine/index.ts';
import { tokenize } from '../../engine/text/tokenize.ts';
import type { Pack, Rule } from '../../engine/types.ts';

const rule = (id: string, pattern: string): Rule => ({
  id,
  category: 'contradicts-evidence',
  severity: 'warning',
  lang: 'en',
  message: { en: 'Test message.' },
  title: { en: 'Test title' },
  citations: [],
  examples: { flag: [], pass: [] },
  patterns: [pattern],
});

const pack: Pack = {
  id: 'object-keys-en',
  title: 'Test',
  version: '1.0.0',
  languages: ['en'],
  license: 'CC0-1.0',
  expires: '7d',
  minEngine: 1,
  reviewedBy: [],
  lexicon: {},
  // A stem makes the matcher read every token's key as a string.
  rules: [rule('vax-autism', 'vaccines cause autism'), rule('stem', 'vacc* harm*')],
};

describe('words named like Object.prototype members', () => {
  const words = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

  it('tokenise to string keys, alone, elided, with a suffix and with n’t', () => {
    for (const w of words)
      for (const text of [w, `${w}'s`, `l'${w}`, `${w}n't`, `it'${w}`]) {
        const t = tokenize(text);
        for (const k of t.key) expect(typeof k).toBe('string');
      }
  });

  it('never make analyze throw near a match', () => {
    const engine = compile({ packs: [pack] });
    for (const w of words)
      for (const text of [`${w} vaccines cause autism`, `the ${w}'s vaccines cause autism ${w}`]) {
        const r = engine.analyze({ text });
        expect(r.findings.map((f) => f.ruleId)).toContain('vax-autism');
      }
  });
});

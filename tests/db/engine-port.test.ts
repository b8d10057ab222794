// The real engine behind the background: snapshots load, and a pack's own examples decide activation.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../engine/index.ts';
import { realEngine, selfTest } from '../../background/engine-port.ts';
import { makePack } from './fixtures.ts';

describe('real engine port', () => {
  it('compiles a snapshot that content scripts can load', () => {
    const data = realEngine.snapshot({
      packs: [makePack('alpha', '1.0.0')],
      sources: [],
      lexicon: undefined,
    });
    const engine = loadEngine(data);
    const found = engine.analyze({ text: 'Auntie says lemon water cures cancer', lang: 'en' }).findings;
    expect(found.map((f) => f.ruleId)).toContain('alpha-lemon');
  });

  it('passes a pack whose examples hold and names the rule whose examples fail', () => {
    expect(selfTest(makePack('alpha', '1.0.0'), { sources: [], lexicon: undefined })).toEqual([]);
    const wrongSpan = makePack('alpha', '1.0.0', { flag: '[[She says]] lemon water cures cancer for sure' });
    const failures = selfTest(wrongSpan, { sources: [], lexicon: undefined });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^rule alpha-lemon: /);
  });
});

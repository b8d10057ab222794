// The optimised tokenizer against a frozen copy of the tokenizer it replaced (tests/unit/reference/):
// every key, span, kind and sentence must be identical on a large varied corpus, with and without the
// shared lexicon's spelling table. The speed work must never change what the engine reads.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../engine/text/tokenize.ts';
import type { Tokens } from '../../engine/text/tokens.ts';
import { mergeSpellings } from '../../engine/match/packs.ts';
import { tokenize as referenceTokenize } from './reference/tokenizer-v2/tokenize.ts';
import { loadLexiconDir } from '../../rules/load/files.ts';
import { engineLexicon } from '../../rules/load/engine-input.ts';
import { equivalenceCorpus } from './equivalence-corpus.ts';

/** The tokens as plain data (whatever the Tokens object's own layout). */
function plain(t: Tokens) {
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(t.key[i]!);
  return {
    count: t.count,
    key: keys,
    start: Array.from(t.start).slice(0, t.count),
    end: Array.from(t.end).slice(0, t.count),
    kind: Array.from(t.kind).slice(0, t.count),
    sentence: Array.from(t.sentence).slice(0, t.count),
    sentences: t.sentences.map((s) => ({ ...s })),
  };
}

function firstDifference(texts: string[], spellings?: ReadonlyMap<string, string>): string | null {
  for (const text of texts) {
    const got = plain(tokenize(text, spellings));
    const want = plain(referenceTokenize(text, spellings) as unknown as Tokens);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      expect({ text, got }).toEqual({ text, want });
      return text;
    }
  }
  return null;
}

describe('tokenizer equivalence with the frozen reference', () => {
  it('gives the same tokens on the whole corpus, without and with the spelling table', async () => {
    const texts = await equivalenceCorpus();
    expect(texts.length).toBeGreaterThan(18000);
    const lexicons = loadLexiconDir(resolve(__dirname, '../../rules/lexicon'));
    const spellings = mergeSpellings(engineLexicon(lexicons.lexicons));
    expect(spellings.size).toBeGreaterThan(0);
    expect(firstDifference(texts)).toBeNull();
    expect(firstDifference(texts, spellings)).toBeNull();
    // The same texts again: a cache or table filled by the first pass must not change anything.
    expect(firstDifference(texts.slice(0, 3000), spellings)).toBeNull();
  }, 60_000);
});

// Word ids (engine/text/words.ts): stable ids for keys, and the same engine results once the table is
// full and new keys get no id (readers then fall back to the key strings). Module state is per test file,
// so filling the table here does not touch other tests.
import { describe, expect, it } from 'vitest';
import { internString, wordCount, wordKey } from '../../engine/text/words.ts';
import { foldSpellings, tokenize } from '../../engine/text/tokenize.ts';
import type { Tokens } from '../../engine/text/tokens.ts';
import { detectLanguage } from '../../engine/lang/detect.ts';
import { parseRule } from '../../engine/pattern/parse.ts';
import { compileRules } from '../../engine/match/compile.ts';
import { Matcher } from '../../engine/match/matcher.ts';
import { referenceScan } from '../../engine/match/reference.ts';

/** The same tokens without word ids: every reader takes its key path. */
// key and sentence are accessors of tokenize()'s result (engine/text/tokens.ts): a spread does not copy them.
const keysOnly = (t: Tokens): Tokens => ({ ...t, key: t.key, sentence: t.sentence, word: undefined });

const spellings = foldSpellings({ vax: 'vaccine', jab: 'vaccine shot' });
const rules = [
  { patterns: ['lemon water (cure|cures) cancer'] },
  { patterns: ['{vaccine} ~3 autism'] },
  { patterns: ['le citron guerit'], lang: 'fr' as const },
  { patterns: ['xqaz* water'] },
];
const classes = { vaccine: ['vaccine', 'vaccines', 'vaccine shot'] };
const data = compileRules(
  rules.map((r) => ({ parsed: parseRule(r, { classes, spellings }), lang: r.lang ?? 'en' })),
);
const matcher = new Matcher(data);

function texts(tag: string): string[] {
  return [
    `Lemon water cures cancer ${tag}zz, the vax causes autism ${tag}yy.`,
    `Le citron guérit ${tag}ww le cancer, c'est prouvé ! Et le jab aussi ${tag}vv.`,
    `${tag}Xqazb water and xqazc${tag} water and ${tag}more ${tag}words, et al. Smith et ${tag}al, 5000mg of ${tag}mg`,
    `Smith et al. found ${tag}nothing. Il n'y a qu'un ${tag}remede.`,
  ];
}

/** Checks every reader on `text`; returns how many hits the matcher found. */
function sameEverywhere(text: string): number {
  const t = tokenize(text, spellings);
  for (let i = 0; i < t.count; i++) if (t.word![i]! >= 0) expect(wordKey(t.word![i]!)).toBe(t.key[i]);
  expect(detectLanguage(t)).toEqual(detectLanguage(keysOnly(t)));
  const hits = matcher.scan(t);
  expect(hits).toEqual(matcher.scan(keysOnly(t)));
  expect(hits.map((h) => [h.ruleIndex, h.sentence, h.firstToken, h.lastToken])).toEqual(
    referenceScan(data, t).map((h) => [h.ruleIndex, h.sentence, h.firstToken, h.lastToken]),
  );
  return hits.length;
}

const checkAll = (tag: string): number => texts(tag).reduce((n, text) => n + sameEverywhere(text), 0);

describe('word ids', () => {
  it('gives one id per key, stable, with its key', () => {
    const a = internString('lemon');
    expect(internString('lemon')).toBe(a);
    expect(wordKey(a)).toBe('lemon');
    expect(internString('lemons')).not.toBe(a);
    const t = tokenize('Lemon lemon LEMON water');
    expect(t.word!.slice(0, 3)).toEqual([a, a, a]);
  });

  it('gives the same results before and after the table is full', () => {
    expect(checkAll('a')).toBeGreaterThanOrEqual(4);
    // Fill the table: past its size, new keys get -1.
    let n = 0;
    while (internString(`filler${n}`) >= 0) n++;
    expect(wordCount()).toBeGreaterThan(60_000);
    expect(internString('neverseenbefore')).toBe(-1);
    const t = tokenize('neverseenbefore lemon');
    expect(t.word![0]).toBe(-1);
    expect(t.word![1]).toBe(internString('lemon'));
    expect(checkAll('b')).toBeGreaterThanOrEqual(4);
    expect(checkAll('a')).toBeGreaterThanOrEqual(4);
  });
});

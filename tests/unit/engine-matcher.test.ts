import { describe, expect, it } from 'vitest';
import { parseRule } from '../../engine/pattern/parse.ts';
import { compileRules } from '../../engine/match/compile.ts';
import { Matcher } from '../../engine/match/matcher.ts';
import { referenceScan } from '../../engine/match/reference.ts';
import { tokenize } from '../../engine/text/tokenize.ts';
import type { Lang } from '../../engine/types.ts';

interface R {
  patterns: string[];
  near?: { all: string[]; within: number }[];
  unless?: string[];
  lang?: Lang;
}

const classes = { vaccine: ['vaccine', 'vaccines', 'mrna shot'], cure: ['cure', 'cures', 'heals'] };

function setup(rules: R[]) {
  const data = compileRules(rules.map((r) => ({ parsed: parseRule(r, { classes }), lang: r.lang ?? 'en' })));
  return { data, matcher: new Matcher(data) };
}

/** "rule:excerpt" for every finding. */
function find(rules: R[], text: string, mask = 3): string[] {
  const { data, matcher } = setup(rules);
  const t = tokenize(text);
  const hits = matcher.scan(t, mask);
  const ref = referenceScan(data, t, mask);
  expect(
    hits.map(({ ruleIndex, sentence, firstToken, lastToken }) => ({
      ruleIndex,
      sentence,
      firstToken,
      lastToken,
    })),
  ).toEqual(ref);
  return hits.map((h) => `${h.ruleIndex}:${text.slice(t.start[h.firstToken], t.end[h.lastToken])}`);
}

describe('matcher', () => {
  it.each<[string, R[], string, string[]]>([
    ['phrase', [{ patterns: ['lemon water'] }], 'Drink LEMON water daily', ['0:LEMON water']],
    ['folding', [{ patterns: ['guerit le cancer'] }], 'Le citron GUÉRIT le cancer', ['0:GUÉRIT le cancer']],
    [
      'class and gap',
      [{ patterns: ['{vaccine} ~3 autism'] }],
      'The mRNA shot really gives autism',
      ['0:mRNA shot really gives autism'],
    ],
    ['gap too short', [{ patterns: ['{vaccine} ~1 autism'] }], 'vaccines a b c autism', []],
    ['sentence bound', [{ patterns: ['lemon ~3 cancer'] }], 'Lemon is nice. Cancer is not', []],
    [
      'optional present',
      [{ patterns: ['lemon (water)? cures'] }],
      'lemon water cures',
      ['0:lemon water cures'],
    ],
    ['optional absent', [{ patterns: ['lemon (water)? cures'] }], 'lemon cures', ['0:lemon cures']],
    ['trailing optional taken', [{ patterns: ['cures (cancer)?'] }], 'it cures cancer', ['0:cures cancer']],
    [
      'nearest gap end',
      [{ patterns: ['mms ~4 (autism|malaria)'] }],
      'MMS heals autism and malaria',
      ['0:MMS heals autism'],
    ],
    ['stem', [{ patterns: ['immun* boost'] }], 'Immunity boost now', ['0:Immunity boost']],
    [
      'numbers and units',
      [{ patterns: ['{#number} {#unit} (of)? vitamin'] }],
      'Take 10 000 UI vitamin D',
      ['0:10 000 UI vitamin'],
    ],
    ['one per rule per sentence', [{ patterns: ['cure'] }], 'cure cure. cure', ['0:cure', '0:cure']],
    [
      'leftmost across patterns',
      [{ patterns: ['cancer', 'lemon ~2 cancer'] }],
      'lemon for cancer',
      ['0:lemon for cancer'],
    ],
    [
      'unless',
      [{ patterns: ['lemon cures'], unless: ['myth'] }],
      'Myth: lemon cures. lemon cures',
      ['0:lemon cures'],
    ],
    [
      'near any order',
      [{ patterns: [], near: [{ all: ['{vaccine}', 'autism'], within: 3 }] }],
      'autism from a vaccine',
      ['0:autism from a vaccine'],
    ],
    [
      'near too far',
      [{ patterns: [], near: [{ all: ['{vaccine}', 'autism'], within: 1 }] }],
      'autism x y z vaccine',
      [],
    ],
    ['elision', [{ patterns: ["l'huile de coco"] }], 'L’huile de coco guérit', ['0:L’huile de coco']],
    ['contraction', [{ patterns: ['does not cure'] }], "It doesn't cure", ["0:doesn't cure"]],
    [
      'several rules',
      [{ patterns: ['lemon'] }, { patterns: ['cancer'] }],
      'lemon cancer',
      ['0:lemon', '1:cancer'],
    ],
  ])('%s', (_name, rules, text, expected) => {
    expect(find(rules, text)).toEqual(expected);
  });

  it('runs only the languages asked', () => {
    const rules: R[] = [
      { patterns: ['cancer'], lang: 'en' },
      { patterns: ['cancer'], lang: 'fr' },
    ];
    expect(find(rules, 'cancer', 1)).toEqual(['0:cancer']);
    expect(find(rules, 'cancer', 2)).toEqual(['1:cancer']);
  });

  it('reports the tokens the pattern words matched, not the gap', () => {
    const { matcher } = setup([{ patterns: ['lemon ~3 cancer'] }]);
    const t = tokenize('lemon really heals cancer');
    expect(matcher.scan(t)[0]?.ownTokens).toEqual([0, 3]);
  });

  it('anchors phrases on pairs and probes nothing for unknown words', () => {
    const { data, matcher } = setup([
      { patterns: ['lemon water cures'] },
      { patterns: ['{vaccine} autism'] },
    ]);
    expect(data.pairs.length).toBeGreaterThan(0);
    expect(data.always).toEqual([]);
    expect(matcher.scan(tokenize('nothing here to see at all'))).toEqual([]);
  });
});

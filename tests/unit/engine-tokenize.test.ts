import { describe, expect, it } from 'vitest';
import { foldSpellings, foldText, tokenize } from '../../engine/text/tokenize.ts';
import { sentenceOf, TokenKind } from '../../engine/text/tokens.ts';

/** "key[original slice]" for every token. */
function show(text: string, spellings?: ReadonlyMap<string, string>): string {
  const t = tokenize(text, spellings);
  return t.key.map((k, i) => `${k}[${text.slice(t.start[i], t.end[i])}]`).join(' ');
}

describe('fold', () => {
  it.each([
    ['GUÉRIT', 'guerit'],
    ['ça', 'ca'],
    ['œuf', 'oeuf'],
    ['Straße', 'strase'], // ß -> ss, then squeezed
    ['ｖａｃｃｉｎｅ', 'vacine'], // full-width
    ['ﬁxe', 'fixe'], // ligature
    ['𝐜𝐮𝐫𝐞', 'cure'], // mathematical bold
    ['vаccine', 'vacine'], // Cyrillic а inside a Latin word
    ['вакцина', 'вакцина'], // a Cyrillic word keeps its letters
    ['c0vid', 'covid'],
    ['v4ccine', 'vacine'],
    ['d3tox', 'detox'],
    ['v@ccine', 'vacine'],
    ['ca$h', 'cash'],
    ['covid19', 'covid19'],
    ['cuuure', 'cure'],
    ['immunity', 'imunity'],
    ['v\u200Baccine', 'vacine'], // zero-width space
    ['soft\u00ADhyphen', 'softhyphen'],
    ['naïve café', 'naive cafe'],
  ])('%s -> %s', (input, key) => {
    expect(foldText(input)).toBe(key);
  });
});

describe('tokenize', () => {
  it.each([
    ["L'huile guérit", "l[L'] huile[huile] guerit[guérit]"],
    ['N’est-ce pas', 'ne[N’] est[est] ce[ce] pas[pas]'],
    [
      "qu'il d'abord j'ai s'il c'est m'a t'as",
      "que[qu'] il[il] de[d'] abord[abord] je[j'] ai[ai] se[s'] il[il] ce[c'] est[est] me[m'] a[a] te[t'] as[as]",
    ],
    ["doesn't", "does[does] not[n't]"],
    ["don't can't won't isn't", "do[do] not[n't] can[ca] not[n't] wil[wo] not[n't] is[is] not[n't]"],
    ['cannot', 'can[can] not[not]'],
    ['#CancerCure', 'cancer[Cancer] cure[Cure]'],
    ['#covid19vaccine', 'covid19vacine[covid19vaccine]'],
    ['#COVIDVaccine', 'covid[COVID] vacine[Vaccine]'],
    ['anti-vax', 'anti[anti] vax[vax]'],
    ['see https://who.int/x now', 'se[see] now[now]'],
    ['@drjohn says', 'says[says]'],
    ['vaccines = poison', 'vacines[vaccines] =[=] poison[poison]'],
    ['vitamin D', 'vitamin[vitamin] de[D]'], // a lone elided letter reads like its elision
  ])('%s', (input, expected) => {
    expect(show(input)).toBe(expected);
  });

  it('reads numbers and units', () => {
    const text = '10 000 UI, 5000mg, 5,000 mg, 2,5 mg, 2.5 ml, 10\u202F000\u00A0UI';
    const t = tokenize(text);
    expect(t.key).toEqual([
      '10000',
      'ui',
      '5000',
      'mg',
      '5000',
      'mg',
      '2.5',
      'mg',
      '2.5',
      'ml',
      '10000',
      'ui',
    ]);
    expect(t.kind).toEqual([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2].map((k) => k as TokenKind));
    expect(text.slice(t.start[0], t.end[0])).toBe('10 000');
  });

  it('splits sentences on . ! ? … and newlines, not on decimals or "Dr."', () => {
    const text = 'Dr. Smith took 2.5 mg. It works!!! Really? Yes… ok\nnext line';
    const t = tokenize(text);
    expect(t.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Dr. Smith took 2.5 mg.',
      'It works!!!',
      'Really?',
      'Yes…',
      'ok',
      'next line',
    ]);
    for (const s of t.sentences)
      for (let i = s.firstToken; i < s.endToken; i++) expect(t.sentence[i]).toBe(t.sentences.indexOf(s));
    // `sentence` is derived from `sentences` (on first read); sentenceOf() finds the same index.
    expect(t.sentence).toHaveLength(t.count);
    for (let i = 0; i < t.count; i++) expect(sentenceOf(t, i)).toBe(t.sentence[i]);
    expect(sentenceOf(t, t.count)).toBe(-1);
    expect(sentenceOf(tokenize(''), 0)).toBe(-1);
  });

  it('applies the spelling table to keys', () => {
    const spellings = foldSpellings({ vax: 'vaccine', vaxxed: 'vaccinated', bigpharma: 'big pharma' });
    expect(show('VAXXED kids, no vax', spellings)).toBe('vacinated[VAXXED] kids[kids] no[no] vacine[vax]');
    expect(tokenize('#BigPharma', spellings).key).toEqual(['big', 'pharma']);
    expect(tokenize('bigpharma', spellings).key).toEqual(['big', 'pharma']);
  });

  it('keeps other scripts and never throws', () => {
    for (const text of [
      '',
      '😀😀',
      'عربي لقاح',
      '日本語のテキスト',
      '\uD800 lone \uDC00',
      'a\u0301b',
      '#',
      "'",
      "n't",
      '...',
      '#@$',
      '\u0000',
    ]) {
      const t = tokenize(text);
      for (let i = 0; i < t.count; i++) {
        expect(t.start[i]).toBeGreaterThanOrEqual(0);
        expect(t.end[i]).toBeLessThanOrEqual(text.length);
        expect(t.start[i]).toBeLessThan(t.end[i]!);
      }
    }
    expect(tokenize('عربي لقاح').key).toEqual(['عربي', 'لقاح']);
  });

  it('tokenises 1 MB quickly', () => {
    const chunk =
      "Le citron guérit le cancer, c'est prouvé! Vaccines don't cause autism. 10 000 UI #CancerCure 😀\n";
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const t0 = performance.now();
    const t = tokenize(text);
    const ms = performance.now() - t0;
    expect(t.count).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(1000);
  });
});

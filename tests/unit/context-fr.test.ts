// French context reading: each row is a post, the words a rule would have matched, and the context
// kinds expected around them. Sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import type { ContextKind } from '../../engine/types';
import { kindsAround } from './context-fixture';

type Row = [text: string, match: string, kinds: ContextKind[], own?: string[]];

const ROWS: Row[] = [
  // plain claims
  ['Le bicarbonate guérit le cancer, partagez !', 'bicarbonate guérit le cancer', []],
  ["L'huile de coco guérit Alzheimer", 'huile de coco guérit alzheimer', []],
  // negation: ne ... pas around the verb, inside the match
  ['Le bicarbonate ne guérit pas le cancer', 'bicarbonate ne guérit pas le cancer', ['negated']],
  ['Le citron ne guérit pas le cancer', 'guérit pas le cancer', ['negated']],
  ["Le vaccin n'a jamais causé d'autisme", 'vaccin ne a jamais causé de autisme', ['negated']],
  ["Les vaccins ne provoquent plus d'autisme", 'vaccins ne provoquent plus de autisme', ['negated']],
  ['Le citron guérit pas le cancer', 'citron guérit pas le cancer', ['negated']],
  ['Aucun aliment ne guérit le cancer', 'guérit le cancer', ['negated']],
  ['Guérir le diabète sans insuline, impossible', 'guérir le diabète', []],
  ["Manger de l'ail sans eau guérit la grippe", 'guérit la grippe', []],
  ['Les non-vaccinés tombent malades', 'vaccinés tombent malades', ['negated']],
  ['Non, les vaccinés tombent malades', 'vaccinés tombent malades', ['debunked']],
  ["L'agence met en garde contre l'ivermectine pour le covid", 'ivermectine pour le covid', ['debunked']],
  ['Je déconseille la chimio, le curcuma guérit le cancer', 'curcuma guérit le cancer', []],
  ['On vit sans vaccin et sans autisme', 'autisme', ['negated']],
  // the rule's own negation
  ['Les vaccins ne servent à rien', 'vaccins ne servent à rien', [], ['ne', 'rien']],
  // pseudo-negations
  [
    'Non seulement le citron guérit le cancer, mais il soigne aussi le diabète',
    'citron guérit le cancer',
    [],
  ],
  [
    'Le curcuma ne guérit pas seulement le cancer',
    'curcuma ne guérit pas seulement le cancer',
    [],
    ['curcuma', 'guérit', 'cancer'],
  ],
  // ... unless the restriction is the rule's own word: then it is the correction of an oversimplification
  [
    "La dépression n'est pas seulement un déséquilibre chimique",
    'dépression ne est pas seulement un déséquilibre chimique',
    ['negated'],
    ['dépression', 'seulement', 'déséquilibre', 'chimique'],
  ],
  [
    "La dépression n'est pas qu'un déséquilibre chimique",
    'dépression ne est pas que un déséquilibre chimique',
    ['negated'],
  ],
  ['Rien de tel que le citron pour guérir le cancer', 'citron pour guérir le cancer', []],
  ['Pas besoin de chimio, le curcuma guérit le cancer', 'curcuma guérit le cancer', []],
  ["Je ne savais pas que l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["On ne vous dit pas que l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["N'importe qui peut guérir son diabète avec la cannelle", 'guérir son diabète', []],
  // scope ends at "mais" and at clause punctuation
  ["Je ne suis pas médecin mais l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["Je ne sais pas pour vous, l'ail guérit la grippe", 'ail guérit la grippe', []],
  // debunking
  [
    'Non, le bicarbonate ne guérit pas le cancer',
    'bicarbonate ne guérit pas le cancer',
    ['debunked', 'negated'],
  ],
  [
    'Non, le vaccin provoque l’autisme ? Voici ce que disent les études',
    'vaccin provoque l autisme',
    ['debunked', 'question'],
  ],
  ['Faux : le citron guérit le cancer', 'citron guérit le cancer', ['debunked']],
  ['FAUX\nLe citron guérit le cancer', 'citron guérit le cancer', ['debunked']],
  ["Aucune preuve que l'ivermectine guérit le covid", 'ivermectine guérit le covid', ['debunked']],
  ["Il est faux que l'ail guérisse la grippe", 'ail guérisse la grippe', ['debunked']],
  ['Contrairement à une idée reçue, la vitamine C ne guérit pas le rhume', 'vitamine c', ['negated']],
  ['Contrairement à une idée reçue, le citron guérit le rhume', 'citron guérit le rhume', []],
  [
    "Contrairement à l'idée que le citron guérit le rhume, il ne fait rien",
    'citron guérit le rhume',
    ['debunked'],
  ],
  ["Attention à ces affirmations : l'eau de mer guérit l'eczéma", 'eau de mer guérit', ['debunked']],
  [
    "L'idée que les vaccins causent l'autisme est une intox",
    'vaccins causent l autisme',
    ['debunked', 'reported'],
  ],
  ["Dire que l'ail guérit la grippe est infondé", 'ail guérit la grippe', ['debunked']],
  ["Que l'ail guérisse la grippe n'est pas prouvé", 'ail guérisse la grippe', ['debunked']],
  ["Les vaccins provoquent l'autisme : c'est faux", 'vaccins provoquent l autisme', ['debunked']],
  // hedging
  ['Le curcuma pourrait réduire l’inflammation', 'réduire l inflammation', ['hedged']],
  ['Le jeûne serait efficace contre le cancer', 'efficace contre le cancer', ['hedged']],
  ['Peut-être que le zinc raccourcit le rhume', 'zinc raccourcit le rhume', ['hedged']],
  ['Le curcuma tue les cellules cancéreuses chez la souris', 'curcuma tue les cellules', ['hedged']],
  ['Ça ne marche pas forcément pour tout le monde', 'marche', ['hedged']],
  // questions
  ['Est-ce que le citron guérit le cancer ?', 'citron guérit le cancer', ['question']],
  ['Est ce que le citron guérit le cancer', 'citron guérit le cancer', ['question']],
  ['Le vaccin cause-t-il l’autisme', 'vaccin cause t il l autisme', ['question']],
  ["Vrai ou faux : l'ail guérit la grippe", 'ail guérit la grippe', ['question']],
  ["Le saviez-vous ? L'ail guérit la grippe", 'ail guérit la grippe', []],
  // quotation
  ['Ma tante répète « l’ail guérit la grippe » à chaque hiver', 'ail guérit la grippe', ['quoted']],
  ['L\'huile, il l\'appelle "le remède qui guérit tout"', 'guérit tout', ['quoted']],
  // reported speech
  ['Selon certains, le citron guérit le cancer', 'citron guérit le cancer', ['reported']],
  ['Le citron guérit le cancer, paraît-il', 'citron guérit le cancer', ['reported']],
  ["On dit que l'ail guérit la grippe", 'ail guérit la grippe', ['reported']],
  ["Des influenceurs prétendent que l'ail guérit la grippe", 'ail guérit la grippe', ['reported']],
  ['Cette soi-disant cure guérit le cancer', 'cure guérit le cancer', ['reported']],
];

describe('readContext (fr)', () => {
  it.each(ROWS)('%s', (text, match, kinds, own) => {
    expect(kindsAround(text, match, 'fr', own)).toEqual([...kinds].sort());
  });
});

describe('readContext (fr), answers and topics', () => {
  it.each<[string, string, ContextKind[]]>([
    [
      "L'ail guérit-il la grippe ? Non, répondent les médecins",
      'ail guérit il la grippe',
      ['debunked', 'question'],
    ],
    ['Grippe : non, le citron guérit la grippe en un jour', 'citron guérit la grippe', ['debunked']],
    ['Non, mais sérieusement, le citron guérit la grippe', 'citron guérit la grippe', []],
    ['Attention à ces vidéos : le citron guérit la grippe', 'citron guérit la grippe', ['debunked']],
    ['Le citron guérit le cancer, selon une étude', 'citron guérit le cancer', []],
    ['Le citron guérit le cancer, selon un influenceur', 'citron guérit le cancer', ['reported']],
  ])('%s', (text, match, kinds) => {
    expect(kindsAround(text, match, 'fr')).toEqual([...kinds].sort());
  });
});

describe('readContext (fr), cues that must not reach the claim', () => {
  it.each<[string, string, ContextKind[]]>([
    ['Attention aux vaccins : ils rendent stériles', 'ils rendent stériles', []],
    ['Gare aux vaccins, ils rendent stériles', 'ils rendent stériles', []],
    ["L'arnaque du vaccin : il rend stérile", 'il rend stérile', []],
    ['Le vaccin rend stérile, le covid est une intox', 'vaccin rend stérile', []],
    ['Le vaccin rend stérile, ce qui est faux', 'vaccin rend stérile', ['debunked']],
    ['Vous ne croirez jamais ce que le citron fait au cancer', 'citron fait au cancer', []],
    ['Je ne vaccinerai jamais mes enfants car le vaccin rend stérile', 'vaccin rend stérile', []],
    ['Méfiez-vous des médecins, le citron guérit le cancer', 'citron guérit le cancer', []],
  ])('%s', (text, match, kinds) => {
    expect(kindsAround(text, match, 'fr')).toEqual([...kinds].sort());
  });
});

describe('readContext (fr), conspiracy framings are assertions', () => {
  it.each<[string, string]>([
    ['Les médecins ne vous le diront jamais, le citron guérit le cancer', 'citron guérit le cancer'],
    ["Ils refusent d'admettre que le citron guérit le cancer", 'citron guérit le cancer'],
    ["Ils ne veulent pas que vous le sachiez : l'ail guérit la grippe", 'ail guérit la grippe'],
  ])('%s', (text, match) => {
    expect(kindsAround(text, match, 'fr')).toEqual([]);
  });
});

describe('readContext (fr), verdicts in the next sentence', () => {
  it.each<[string, string, ContextKind[]]>([
    [
      'Le citron guérit le cancer. C’est faux, selon les oncologues.',
      'citron guérit le cancer',
      ['debunked'],
    ],
    [
      'Des milliers de morts dus au vaccin ? Attention à ce graphique trompeur',
      'morts dus au vaccin',
      ['debunked', 'question'],
    ],
    [
      'Attention à ces articles qui affirment que le vaccin rend stérile',
      'vaccin rend stérile',
      ['debunked', 'reported'],
    ],
    ['Le citron guérit le cancer. C’est vrai, je l’ai vu.', 'citron guérit le cancer', []],
  ])('%s', (text, match, kinds) => {
    expect(kindsAround(text, match, 'fr')).toEqual([...kinds].sort());
  });
});

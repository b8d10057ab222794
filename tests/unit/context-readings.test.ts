// Context readings that used to go wrong, English and French: statements read as questions (a modal verb
// opening a sentence with no subject, "whether ... or not", "?" left by a broken encoding), a hedge of an
// embedded clause read as the claim's, a negation read past "but". Sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import type { ContextKind, Lang } from '../../engine/types';
import { quoteSpans } from '../../engine/context/quotes';
import { kindsAround } from './context-fixture';

type Row = [text: string, match: string, kinds: ContextKind[], own?: string[]];

const EN: Row[] = [
  // what "people" say is held at arm's length; a relative's words relayed stay asserted; "asked if" asks
  ['ppl saying garlic cures flu lol', 'garlic cures flu', ['reported']],
  ['My aunt says garlic cures flu', 'garlic cures flu', []],
  ['I asked if garlic cures flu and my GP said no', 'garlic cures flu', ['question']],
  // a relative clause that points back at the claim and refutes it
  ['Garlic cures flu, which has been proven false', 'garlic cures flu', ['debunked']],
  ['Garlic cures flu, which is not the case', 'garlic cures flu', ['debunked']],
  ['Garlic cures flu, which is why I eat it daily', 'garlic cures flu', []],
  // a modal or auxiliary opening with no subject after it and no "?" is a statement
  ['Should work for everyone, garlic tea cures the flu', 'garlic tea cures the flu', []],
  ['Has also helped my whole family, garlic cures flu', 'garlic cures flu', []],
  ['Will be my first remedy from now on, garlic cures flu', 'garlic cures flu', []],
  // ... and with a subject it still asks
  ['Can garlic cure flu', 'garlic cure flu', ['question']],
  ['Should I believe that garlic cures flu', 'garlic cures flu', ['question']],
  ['Could garlic cure the flu', 'garlic cure the flu', ['hedged', 'question']],
  // "whether ... or not" closes its own clause
  ['Garlic cures flu, whether you believe it or not', 'garlic cures flu', []],
  ['Garlic cures flu whether you like it or not', 'garlic cures flu', []],
  ['Test whether garlic cures flu or not', 'garlic cures flu', ['question']],
  ['Garlic cures flu or not', 'garlic cures flu', ['question']],
  // a hedge inside an embedded clause of the match is not the claim's
  [
    'A spoon test shows whether you might have the flu',
    'spoon test shows whether you might have the flu',
    [],
    ['spoon', 'test', 'shows', 'flu'],
  ],
  ['Garlic might cure the flu', 'garlic might cure the flu', ['hedged'], ['garlic', 'cure', 'flu']],
  // "?" that a broken encoding left for a lost character is no question mark
  ['???Garlic cures flu.??\ufffd', 'garlic cures flu', []],
  ['Garlic cured the flu in S?o Paulo', 'garlic cured the flu', []],
  ['My aunt: \u00e2\u20ac\u0153Garlic cures flu.\u00e2\u20ac? Every winter.', 'garlic cures flu', ['quoted']],
  [
    'My aunt: \u00e2\u20ac\u0153Garlic cures flu.\u00e2\u20ac\u009d Every winter.',
    'garlic cures flu',
    ['quoted'],
  ],
  ['\u00e2\u20ac\u0153Garlic cures flu.\u00e2\u20ac\u009d', 'garlic cures flu', []],
  ['Garlic cures flu?Asking for a friend', 'garlic cures flu', ['question']],
  ['Garlic cures flu??', 'garlic cures flu', ['question']],
  // "not X but Y": the negation stops at "but", even inside the match
  [
    'The virus is not a virus but a fungus spread by 5G',
    'virus but a fungus spread by 5g',
    [],
    ['virus', 'fungus', 'spread', '5g'],
  ],
  [
    'Vaccines are not safe but cause autism',
    'vaccines are not safe but cause autism',
    [],
    ['vaccines', 'cause', 'autism'],
  ],
  [
    'Garlic does not cure flu but it helps',
    'garlic does not cure flu',
    ['negated'],
    ['garlic', 'cure', 'flu'],
  ],
  ['There is no cure for flu but rest', 'cure for flu', ['negated']],
  // a claim credited to a health authority is asserted with its weight, not reported at a distance
  ['Garlic cures flu according to the WHO', 'garlic cures flu', []],
  ['According to health officials, garlic cures flu', 'garlic cures flu', []],
  ['Garlic cures flu according to my neighbour', 'garlic cures flu', ['reported']],
  // "conspiracy" alone is no verdict; calling the claim a conspiracy theory is
  ['There is a conspiracy to hide that garlic cures flu', 'garlic cures flu', []],
  ['Garlic cures flu but there is a conspiracy to ban it', 'garlic cures flu', []],
  ['The conspiracy theory claims garlic cures flu', 'garlic cures flu', ['debunked']],
  ['Conspiracy theorists say garlic cures flu', 'garlic cures flu', ['debunked']],
  ['The garlic cures flu conspiracy theory is back', 'garlic cures flu', ['debunked']],
  ['Garlic cures flu is a conspiracy theory', 'garlic cures flu', ['debunked']],
  ['Garlic cures flu, not a conspiracy theory', 'garlic cures flu', []],
  ['They call it a conspiracy theory but garlic cures flu', 'garlic cures flu', []],
  // social-media openers that assert, not negate or ask
  ['Not gonna lie garlic cures flu', 'garlic cures flu', []],
  ['I never believed it until garlic cured my flu', 'garlic cured my flu', []],
  ["Isn't it crazy that garlic cures flu?", 'garlic cures flu', []],
  ["Isn't it true that garlic cures flu?", 'garlic cures flu', ['question']],
  ['Who would have thought garlic cures flu?', 'garlic cures flu', []],
  ['Why does nobody tell you garlic cures flu?', 'garlic cures flu', []],
  // fact-check wordings
  ['A viral post misleadingly suggests garlic cures flu', 'garlic cures flu', ['debunked']],
  ['Posts falsely claim that garlic cures flu', 'garlic cures flu', ['debunked', 'reported']],
  ['Doctors wrongly dismissed my cough, garlic cures flu', 'garlic cures flu', []],
  ['The idea that garlic cures flu is unfounded', 'garlic cures flu', ['debunked', 'reported']],
  ['Garlic cures flu: this claim is false', 'garlic cures flu', ['debunked']],
  ['It is false to say that garlic cures flu', 'garlic cures flu', ['debunked']],
  ['Garlic cures flu? There is no evidence for that.', 'garlic cures flu', ['debunked', 'question']],
  // a post that shares a quotation, signed, says it in its own name
  ['"Garlic cures flu" - Dr Jane Roe', 'garlic cures flu', []],
  ['“Garlic cures flu.” — J. Roe', 'garlic cures flu', []],
  ['"Garlic cures flu" says my aunt', 'garlic cures flu', ['quoted']],
  ['"Garlic cures flu" - a claim we checked, see the thread below', 'garlic cures flu', ['quoted']],
  // a verdict after a colon or dash that follows the claim
  ['Garlic cures flu: false', 'garlic cures flu', ['debunked']],
  ['Garlic cures flu: share this', 'garlic cures flu', []],
  // a modal's clause ends at a comma; factive verbs keep a negation from the claim; a new clause after
  // a comma inside the match is outside the negation
  ['This may sound crazy, garlic cures flu', 'garlic cures flu', []],
  ['Maybe, garlic cures flu', 'garlic cures flu', ['hedged']],
  ['Never forget that vaccines cause autism', 'vaccines cause autism', []],
  ['No one can deny that vaccines cause autism', 'vaccines cause autism', []],
  ['It is not a coincidence that vaccines cause autism', 'vaccines cause autism', []],
  ["I don't think vaccines cause autism", 'vaccines cause autism', ['negated']],
  [
    "I don't think vaccines, or any shot, cause autism",
    'vaccines, or any shot, cause autism',
    ['negated'],
    ['vaccines', 'cause', 'autism'],
  ],
  ['The minister did not admit that vaccines cause autism', 'vaccines cause autism', ['negated']],
  [
    'I will never believe vaccines are safe, they cause autism',
    'vaccines are safe, they cause autism',
    [],
    ['vaccines', 'cause', 'autism'],
  ],
  // a rhetorical tag after the claim asks nothing of it
  ['Garlic cures flu, did you know?', 'garlic cures flu', []],
  ['Garlic cures flu (who knew?)', 'garlic cures flu', []],
  ['Garlic cures flu and you know what? Doctors hate it', 'garlic cures flu', []],
  ["Garlic cures flu, don't you think?", 'garlic cures flu', ['question']],
  ['Does garlic cure flu, you know?', 'garlic cure flu', ['question']],
  // an efficacy claim is not the warning "can kill"; a comparison is not a hedge
  ['Drinking bleach can kill the virus', 'drinking bleach', []],
  ['Drinking bleach can kill you', 'drinking bleach', ['debunked']],
  [
    'Vaccines are more likely to cause autism',
    'vaccines are more likely to cause autism',
    [],
    ['vaccines', 'cause', 'autism'],
  ],
  // a negative quantifier with a comparative is a superlative
  ['Nothing cures flu faster than garlic', 'cures flu', []],
  ['No medicine cures flu, rest more than usual', 'cures flu', ['negated']],
  ['No vaccine causes autism like they claim', 'causes autism', ['negated', 'reported']],
  ['Nothing cures flu', 'cures flu', ['negated']],
];

const FR: Row[] = [
  ["Les gens qui disent que l'ail guérit la grippe", "l'ail guérit la grippe", ['reported']],
  ["J'ai demandé si l'ail guérit la grippe", "l'ail guérit la grippe", ['question']],
  ["Rien ne guérit mieux la grippe que l'ail", 'guérit mieux la grippe', [], ['guérit', 'grippe']],
  ['Rien ne guérit la grippe', 'guérit la grippe', ['negated']],
  ["L'ail guérit la grippe, vous le saviez ?", 'ail guérit la grippe', []],
  ["L'ail guérit la grippe, vrai ou faux ?", 'ail guérit la grippe', ['question']],
  ["N'oubliez pas que les vaccins causent l'autisme", "vaccins causent l'autisme", []],
  ["On ne peut pas nier que les vaccins causent l'autisme", "vaccins causent l'autisme", []],
  ["Ce n'est pas un hasard si les vaccins causent l'autisme", "vaccins causent l'autisme", []],
  ["Le ministre n'a pas admis que les vaccins causent l'autisme", "vaccins causent l'autisme", ['negated']],
  ["Je ne pense pas que les vaccins causent l'autisme", "vaccins causent l'autisme", ['negated']],
  [
    "Ne vous faites pas vacciner, les vaccins causent l'autisme",
    "vacciner, les vaccins causent l'autisme",
    [],
    ['vacciner', 'vaccins', 'causent', 'autisme'],
  ],
  [
    'Le vaccin ne protège pas, il rend malade',
    'vaccin ne protège pas, il rend malade',
    [],
    ['vaccin', 'rend', 'malade'],
  ],
  ["L'ail guérit la grippe et le 5G : attention à cette publication", 'ail guérit la grippe', ['debunked']],
  [
    "L'ail guérit la grippe : attention, cette vidéo contient des erreurs",
    'ail guérit la grippe',
    ['debunked'],
  ],
  ["L'ail guérit la grippe : attention à la dose", 'ail guérit la grippe', []],
  // fact-check headlines name the content they check, or give their verdict after it
  [
    "Attention à ces propos détournés sur l'ail qui guérit la grippe",
    'ail qui guérit la grippe',
    ['debunked'],
  ],
  ['Attention aux vaccins qui rendent stériles', 'vaccins qui rendent stériles', []],
  ["Cette photo de l'ail qui guérit la grippe est un montage", 'ail qui guérit la grippe', ['debunked']],
  ['Ces affirmations sur les vaccins qui tuent sont fausses', 'vaccins qui tuent', ['debunked']],
  [
    'Le discours de ce médecin sur les vaccins qui tuent contient de fausses informations',
    'vaccins qui tuent',
    ['debunked'],
  ],
  ['Les tests PCR donnent des faux positifs', 'tests pcr donnent', []],
  ['Cette vidéo montre de fausses vaccinations', 'vidéo montre', []],
  ['« L’ail guérit la grippe » — Dr Jean Dupont', 'ail guérit la grippe', []],
  ["Des publications affirment à tort que l'ail guérit la grippe", 'ail guérit la grippe', ['debunked']],
  ["Des internautes assurent faussement que l'ail guérit la grippe", 'ail guérit la grippe', ['debunked']],
  ["Mon médecin m'a grondé à tort, l'ail guérit la grippe", 'ail guérit la grippe', []],
  [
    "L'ail guérit la grippe ? Il n'existe aucune preuve de cela.",
    'ail guérit la grippe',
    ['debunked', 'question'],
  ],
  ["Je vais pas mentir l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["Qui l'aurait cru, l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["Les médias ne vous diront jamais que l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["Je n'y croyais pas jusqu'à ce que l'ail guérisse ma grippe", 'ail guérisse ma grippe', []],
  ["Il y a un complot pour cacher que l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["Les complotistes affirment que l'ail guérit la grippe", 'ail guérit la grippe', ['debunked']],
  ["L'ail guérit la grippe : encore une théorie du complot", 'ail guérit la grippe', []],
  ["La théorie du complot sur l'ail qui guérit la grippe revient", 'ail qui guérit la grippe', ['debunked']],
  ["L'ail guérit la grippe selon les autorités sanitaires", 'ail guérit la grippe', []],
  ["D'après l'OMS, l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["L'ail guérit la grippe selon mon voisin", 'ail guérit la grippe', ['reported']],
  ["Selon cette étude, l'ail guérit la grippe", 'ail guérit la grippe', []],
  ["Selon des publications, l'ail guérit la grippe", 'ail guérit la grippe', ['reported']],
  [
    'Le vaccin ne donne que de faux espoirs et rend malade',
    'vaccin ne donne que de faux espoirs et rend malade',
    [],
    ['vaccin', 'rend', 'malade'],
  ],
  ["L'ail guérit la grippe, que vous le croyiez ou pas", 'ail guérit la grippe', []],
  ["L'ail guérit la grippe ou pas", 'ail guérit la grippe', ['question']],
  [
    'Le vaccin est plus dangereux que le covid ou pas',
    'vaccin est plus dangereux que le covid',
    ['question'],
  ],
  [
    'Ce test dit si votre enfant pourrait avoir le covid',
    'test dit si votre enfant pourrait avoir le covid',
    [],
    ['test', 'dit', 'covid'],
  ],
  [
    "Le covid n'est pas un virus mais une bactérie propagée par la 5G",
    'virus mais une bactérie propagée par la 5g',
    [],
    ['virus', 'bactérie', 'propagée', '5g'],
  ],
  [
    "L'ail ne guérit pas la grippe mais il soulage",
    'ail ne guérit pas la grippe',
    ['negated'],
    ['ail', 'guérit', 'grippe'],
  ],
  ["L'ail a guéri la grippe à S?o Paulo", 'ail a guéri la grippe', []],
  // "ne ... pas" after the match negates it only when its verb follows the match at once
  ["Le vaccin et l'autisme ne sont pas liés", "vaccin et l'autisme", ['negated'], ['vaccin', 'autisme']],
  ["L'ail guérit la grippe et ne coûte pas cher", 'ail guérit la grippe', []],
  ['Le vaccin rend stériles les femmes qui ne se méfient pas', 'vaccin rend stériles les femmes', []],
];

describe.each<[Lang, Row[]]>([
  ['en', EN],
  ['fr', FR],
])('context readings (%s)', (lang, rows) => {
  it.each(rows)('%s', (text, match, kinds, own) => {
    expect(kindsAround(text, match, lang, own)).toEqual([...kinds].sort());
  });
});

describe('quotation marks read in the wrong encoding', () => {
  it('pairs "â€œ" with "â€" and its lost last byte', () => {
    for (const close of ['\u009d', '?', '\ufffd']) {
      const text = `She wrote \u00e2\u20ac\u0153garlic cures flu\u00e2\u20ac${close} twice`;
      expect(quoteSpans(text)).toEqual([{ open: 10, close: 29, after: 32 }]);
    }
  });

  it('leaves "â" alone elsewhere', () => {
    expect(quoteSpans('Crâne, bâton, â€ alone')).toEqual([]);
  });
});

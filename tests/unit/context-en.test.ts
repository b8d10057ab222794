// English context reading: each row is a post, the words a rule would have matched, and the context
// kinds expected around them. Sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import type { ContextKind } from '../../engine/types';
import { kindsAround } from './context-fixture';

type Row = [text: string, match: string, kinds: ContextKind[], own?: string[]];

const ROWS: Row[] = [
  // plain claims: nothing
  ['Lemon water cures cancer, share this with everyone', 'lemon water cures cancer', []],
  ['Baking soda cures cancer', 'baking soda cures cancer', []],
  // negation
  ['Lemon water does not cure cancer', 'cure cancer', ['negated']],
  ["Lemon water doesn't cure cancer", 'cure cancer', ['negated']],
  ['Lemon water doesnt cure cancer', 'cure cancer', ['negated']],
  ['Vaccines do not cause autism', 'vaccines do not cause autism', ['negated']],
  ['Garlic will never cure the flu', 'cure the flu', ['negated']],
  ['There is no cure for type 1 diabetes', 'cure for type 1 diabetes', ['negated']],
  ['There is no real cure for type 1 diabetes', 'cure for type 1 diabetes', ['negated']],
  ['Eating onions without water can cure the flu', 'can cure the flu', []],
  [
    'Eating onions without water can cure the flu',
    'onions without water can cure the flu',
    [],
    ['onions', 'cure', 'flu'],
  ],
  ['Vaccines cause no autism', 'vaccines cause no autism', ['negated'], ['vaccines', 'cause', 'autism']],
  ['No doctor will tell you garlic cures flu', 'garlic cures flu', []],
  ['No diet works for everyone', 'works for everyone', ['negated']],
  ['The non-vaccinated get sick more', 'vaccinated get sick', ['negated']],
  ['The agency warns against taking ivermectin for covid', 'ivermectin for covid', ['debunked']],
  ['I advise against chemo, turmeric cures cancer', 'turmeric cures cancer', []],
  ['No more chemo for me, turmeric cures cancer', 'turmeric cures cancer', []],
  ['There is no way vaccines cause autism', 'vaccines cause autism', ['negated']],
  ['Published May 22: garlic may cure flu', 'garlic may cure flu', ['hedged'], ['garlic', 'cure', 'flu']],
  ['In May garlic cures flu', 'garlic cures flu', []],
  ['GARLIC MAY CURE FLU', 'garlic may cure flu', ['hedged'], ['garlic', 'cure', 'flu']],
  ['Nothing proves that garlic cures flu', 'garlic cures flu', ['negated']],
  [
    'Vaccines, not genes, cause autism',
    'vaccines not genes cause autism',
    [],
    ['vaccines', 'cause', 'autism'],
  ],
  [
    'Vaccines rarely cause autism',
    'vaccines rarely cause autism',
    ['hedged'],
    ['vaccines', 'cause', 'autism'],
  ],
  // the rule's own negation does not count
  ['Vaccines do not work', 'vaccines do not work', [], ['not']],
  // pseudo-negations
  ['Not only does it cure cancer, it also cures diabetes', 'cure cancer', []],
  ['No doubt this cures everything', 'cures everything', []],
  [
    'Depression is not just a chemical imbalance',
    'depression is not just a chemical imbalance',
    ['negated'],
    ['depression', 'just', 'chemical', 'imbalance'],
  ],
  [
    'The covid vaccine cannot alter your DNA',
    'vaccine cannot alter your dna',
    ['negated'],
    ['vaccine', 'can', 'alter', 'dna'],
  ],
  [
    'Natural immunity is not always better than the vaccine',
    'natural immunity is not always better',
    ['negated'],
    ['natural', 'immunity', 'always', 'better'],
  ],
  ['No wonder turmeric cures arthritis', 'turmeric cures arthritis', []],
  ['No need for chemo when turmeric cures cancer', 'turmeric cures cancer', []],
  ["They don't want you to know that garlic cures flu", 'garlic cures flu', []],
  ['Not just a remedy: garlic cures flu', 'garlic cures flu', []],
  // scope ends at "but" and at clause punctuation
  ['There is no cure for the flu but garlic cures it in a day', 'garlic cures it', []],
  ["I don't know about you, garlic cures flu", 'garlic cures flu', []],
  ['You may not know this: garlic cures flu', 'garlic cures flu', []],
  // debunking
  ['Myth: vaccines cause autism. Fact: they do not.', 'vaccines cause autism', ['debunked']],
  ['MYTH:\nVaccines cause autism', 'vaccines cause autism', ['debunked']],
  ['There is no evidence that ivermectin cures COVID', 'ivermectin cures covid', ['debunked']],
  // "Contrary to popular belief, X": X is the author's point (negated or not), not the belief.
  ['Contrary to popular belief, vitamin C does not cure colds', 'vitamin c does not cure colds', ['negated']],
  ['Contrary to popular belief, garlic cures flu', 'garlic cures flu', []],
  ['Contrary to claims that 5G spreads covid, the two are unrelated', '5g spreads covid', ['debunked']],
  ["It's not true that vaccines are safe, they cause autism", 'they cause autism', []],
  ["It's a myth that vaccines cause autism", 'vaccines cause autism', ['debunked']],
  ['Vaccines cause autism ❌', 'vaccines cause autism', ['debunked']],
  ['The claim that 5G spreads covid has been debunked', '5g spreads covid', ['debunked', 'reported']],
  ['Vaccines cause autism is a myth', 'vaccines cause autism', ['debunked']],
  ['Fact check: garlic cures flu', 'garlic cures flu', ['debunked']],
  ['❌ Garlic cures flu', 'garlic cures flu', ['debunked']],
  ['Debunking the idea that bleach cures autism', 'bleach cures autism', ['debunked', 'reported']],
  ['Not a myth: garlic cures flu', 'garlic cures flu', []],
  // hedging
  ['Turmeric may help with joint pain', 'help with joint pain', ['hedged']],
  ['Some studies suggest zinc shortens colds', 'zinc shortens colds', ['hedged']],
  ['Curcumin kills cancer cells in vitro', 'curcumin kills cancer cells', ['hedged']],
  // questions
  ['Does lemon water cure cancer?', 'lemon water cure cancer', ['question']],
  ['Does lemon water cure cancer', 'lemon water cure cancer', ['question']],
  ['So can garlic cure the flu', 'garlic cure the flu', ['question']],
  // an activity after "do" is an order, not a question
  ['Do steam inhalation twice a day, the virus dies at 70 degrees', 'the virus dies at 70 degrees', []],
  ['Do yoga daily and garlic cures the flu', 'garlic cures the flu', []],
  ['Lemon water cures cancer?? asking for my mum', 'lemon water cures cancer', ['question']],
  ["Don't stop your insulin without your doctor", 'stop your insulin', ['negated']],
  ['Did you know garlic cures flu?', 'garlic cures flu', []],
  // quotation
  ['My aunt keeps saying "garlic cures flu"', 'garlic cures flu', ['quoted', 'reported']],
  ['My aunt says “garlic cures flu” every winter', 'garlic cures flu', ['quoted']],
  ['She called it ‘the miracle that cures flu’ and I laughed', 'cures flu', ['quoted']],
  ['Garlic "naturally" cures flu', 'garlic naturally cures flu', []],
  ["It's a shame: garlic cures flu and nobody's talking", 'garlic cures flu', []],
  // reported speech
  ['They say garlic cures flu', 'garlic cures flu', ['reported']],
  ['Garlic cures flu, or so they say', 'garlic cures flu', ['reported']],
  ['Some people claim that apricot seeds cure cancer', 'apricot seeds cure cancer', ['reported']],
];

describe('readContext (en)', () => {
  it.each(ROWS)('%s', (text, match, kinds, own) => {
    expect(kindsAround(text, match, 'en', own)).toEqual([...kinds].sort());
  });
});

describe('readContext (en), quotes and answers', () => {
  it.each<[string, string, ContextKind[]]>([
    ['"Garlic cures flu."', 'garlic cures flu', []],
    ["My aunt's motto is 'garlic cures flu' and she means it", 'garlic cures flu', ['quoted']],
    ["The kids' doctor won't admit garlic cures flu", 'garlic cures flu', []],
    ["The kids' doctor says garlic cures flu", 'garlic cures flu', []],
    ["I call it 'natural medicine' and garlic cures flu", 'garlic cures flu', []],
    ['Doctors" say garlic cures flu and "they" know', 'garlic cures flu', []],
    ['Does garlic cure flu? No, it does not.', 'garlic cure flu', ['debunked', 'question']],
    ['Flu update: no, garlic does not cure it', 'garlic', ['debunked']],
  ])('%s', (text, match, kinds) => {
    expect(kindsAround(text, match, 'en')).toEqual([...kinds].sort());
  });
});

// Conspiracy posts use debunking words about the mainstream: they must not cancel the claim beside them.
describe('readContext (en), cues that must not reach the claim', () => {
  it.each<[string, string, ContextKind[]]>([
    ['The pandemic was a hoax and the vaccine causes infertility', 'vaccine causes infertility', []],
    ['Vaccines cause autism, covid is a hoax', 'vaccines cause autism', []],
    ['Vaccines cause autism, that is a myth', 'vaccines cause autism', ['debunked']],
    ['Stop believing doctors, vaccines cause autism', 'vaccines cause autism', []],
    ['Do your own research: vaccines cause autism', 'vaccines cause autism', []],
    ['Have some garlic tea, it cures flu', 'it cures flu', []],
    ['I will never vaccinate my kids because vaccines cause autism', 'vaccines cause autism', []],
    ["I can't believe doctors hide that lemon cures cancer", 'lemon cures cancer', []],
    ["Why doesn't anyone talk about how lemon cures cancer", 'lemon cures cancer', []],
    ["Isn't it amazing that garlic cures flu", 'garlic cures flu', []],
    ['Why is no one talking about how lemon cures cancer?', 'lemon cures cancer', []],
    ['Why do doctors say lemon cures cancer?', 'lemon cures cancer', ['question']],
    ['Lemon cures cancer, so why do doctors still push chemo?', 'lemon cures cancer', []],
    ['Garlic cures flu, who knew?', 'garlic cures flu', []],
    ['Garlic cures flu, right?', 'garlic cures flu', ['question']],
    ['Does garlic cure flu, or is that a myth?', 'garlic cure flu', ['question']],
    ['Big pharma calls it misinformation but garlic cures flu', 'garlic cures flu', []],
    ['The misinformation that garlic cures flu keeps spreading', 'garlic cures flu', ['debunked']],
  ])('%s', (text, match, kinds) => {
    expect(kindsAround(text, match, 'en')).toEqual([...kinds].sort());
  });
});

describe('readContext (en), verdicts in the next sentence', () => {
  it.each<[string, string, ContextKind[]]>([
    ['Garlic cures the flu. False: no trial has shown it.', 'garlic cures the flu', ['debunked']],
    ["Garlic cures the flu. That's a myth.", 'garlic cures the flu', ['debunked']],
    ['Garlic cures the flu. Wrong? Maybe not.', 'garlic cures the flu', []],
    ['Garlic cures the flu. Try it tonight.', 'garlic cures the flu', []],
  ])('%s', (text, match, kinds) => {
    expect(kindsAround(text, match, 'en')).toEqual([...kinds].sort());
  });
});

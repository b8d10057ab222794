// Language detection on invented posts: English, French, mixed, other languages, too short to tell.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../engine/text/tokenize';
import { detectLanguage } from '../../engine/lang/detect';
import type { DetectedLang, Lang } from '../../engine/types';

type Row = [text: string, lang: DetectedLang, run: Lang[]];

const ROWS: Row[] = [
  ['I stopped drinking soda and my skin is so much better, you have to try this', 'en', ['en']],
  ['Lemon water in the morning is the only thing that works for me', 'en', ['en']],
  ["Doctors won't tell you that garlic is the best antibiotic", 'en', ['en']],
  ["Le citron le matin, c'est la meilleure chose pour le foie", 'fr', ['fr']],
  ["J'ai arrêté le sucre et ma peau est beaucoup plus belle", 'fr', ['fr']],
  ["L'huile de coco n'est pas un remède miracle", 'fr', ['fr']],
  ['Les médecins ne vous le diront jamais : le bicarbonate guérit tout', 'fr', ['fr']],
  [
    'Trop bien cette vidéo, thanks for sharing this with us, vraiment je la garde pour mes parents',
    'fr',
    ['fr', 'en'],
  ],
  ['This is so true!! Le sucre est un poison et les médecins le savent', 'fr', ['fr', 'en']],
  ['A sauna a day keeps the doctor away, c’est prouvé', 'fr', ['fr', 'en']],
  ['Smith et al. found that garlic reduces colds in a small trial of adults', 'en', ['en']],
  ['El bicarbonato de sodio cura el cáncer, es la verdad y los médicos lo saben', 'other', []],
  ['Das ist nicht gesund und die Ärzte wissen es auch', 'other', []],
  ['Questo rimedio è molto efficace e anche i medici lo sanno perché funziona', 'other', []],
  ['Isso não é verdade, você tem que falar com um médico', 'other', []],
  ['这个方法可以治疗癌症，医生不会告诉你', 'other', []],
  ['هذا العلاج يشفي السرطان', 'other', []],
  ['#cancer #cure #natural', 'other', ['en', 'fr']],
  ['Baking soda cures cancer', 'other', ['en', 'fr']],
  ['', 'other', ['en', 'fr']],
];

describe('detectLanguage', () => {
  it.each(ROWS)('%s', (text, lang, run) => {
    const got = detectLanguage(tokenize(text));
    expect(got.lang).toBe(lang);
    expect(got.run).toEqual(run);
  });
  it('reads a long page quickly', () => {
    const text = 'The vaccine is safe and it works for most people. '.repeat(8000);
    const t = tokenize(text);
    const t0 = performance.now();
    expect(detectLanguage(t).lang).toBe('en');
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

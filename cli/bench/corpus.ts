// Synthetic bench material, generated from our own word lists (no third-party text): a page of posts in
// English and French, and packs of phrase rules whose words come from the same vocabulary, so the
// matcher's probes really run (most phrases are new word combinations; a few are copied from the page so
// findings happen too).
import type { Lang, Pack, Rule } from '../../engine/types.ts';

const EN = `the a and of to in is it you that for on with this are be was have not your my at they we but
from or if can do just so will more all about what one people body health doctor doctors study studies research
vaccine vaccines cancer cure cures natural remedy remedies immune system immunity virus covid flu infection
diet sugar water lemon garlic ginger turmeric honey vitamin vitamins mineral zinc iron magnesium protein fat
detox toxins liver kidney heart blood pressure diabetes insulin cholesterol statin statins pill pills drug drugs
pharma company companies hospital nurse patient patients treatment therapy chemo radiation surgery tumor tumour
oil coconut olive seed seeds kernel kernels apricot baking soda vinegar apple cider juice juicing fasting keto
sleep stress anxiety depression brain memory focus energy weight loss gain muscle exercise walk run yoga
morning night daily week month year years child children kids baby mother pregnancy pregnant breastfeeding
mask masks test tests result results risk risks side effect effects safe safety dose doses dosage mg trial
really actually never always every nobody everyone thing things know think believe said says told truth secret
hidden banned proof evidence data numbers million thousand percent rate rates cases deaths death died life
today tomorrow yesterday family friend friends mom dad grandma uncle aunt neighbour cousin video watch link bio
good bad better best worse worst amazing miracle powerful strong simple easy quick fast slow big small
skin hair teeth gut bacteria probiotic probiotics inflammation pain headache migraine fever cough cold allergy
eat eating drink drinking take taking stop stopping start started feel feeling felt work works worked help helps`;

const FR = `le la les un une des de du et est en au aux pour avec sur dans par pas ne plus que qui ce cette il elle
on nous vous ils mon ma mes ton son sa ses leur tout tous très bien aussi mais ou donc car comme fait faire
corps santé médecin médecins étude études recherche vaccin vaccins cancer guérir guérit remède naturel naturelle
immunité système immunitaire virus covid grippe infection régime sucre eau citron ail gingembre curcuma miel
vitamine vitamines minéral zinc fer magnésium protéine graisse détox toxines foie rein cœur sang tension diabète
insuline cholestérol statine médicament médicaments labo laboratoire hôpital infirmière patient patients
traitement thérapie chimio radiothérapie chirurgie tumeur huile coco olive graine graines noyau noyaux abricot
bicarbonate vinaigre pomme jus jeûne cétogène sommeil stress anxiété dépression cerveau mémoire énergie poids
perte muscle sport marche course matin soir jour semaine mois année enfant enfants bébé mère grossesse enceinte
allaitement masque test résultat risque effet effets secondaires sécurité dose posologie essai vraiment jamais
toujours chaque personne chose choses savoir croire vérité secret caché interdit preuve preuves données chiffres
million mille pourcent taux cas morts mort vie aujourd'hui demain hier famille ami amie maman papa mamie oncle
tante voisin cousin vidéo regarder lien bio bon mauvais meilleur pire incroyable miracle puissant fort simple
facile rapide lent grand petit peau cheveux dents intestin bactéries probiotique inflammation douleur migraine
fièvre toux rhume allergie manger boire prendre arrêter commencer sentir marcher aider aide naturellement`;

export const WORDS: Record<Lang, string[]> = {
  en: EN.split(/\s+/).filter(Boolean),
  fr: FR.split(/\s+/).filter(Boolean),
};

/** Small deterministic PRNG (mulberry32), so every run benches the same material. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const EMOJI = ['😀', '🔥', '💉', '🍋', '❤️', '🙏', '‼️', '✅'];

function sentence(r: () => number, lang: Lang): string {
  const n = 8 + Math.floor(r() * 11);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.03) words.push(`${1 + Math.floor(r() * 900)} ${pick(r, ['mg', 'UI', 'ml', 'g'])}`);
    else if (x < 0.05) words.push(`#${pick(r, WORDS[lang])}${pick(r, WORDS[lang])}`);
    else if (x < 0.07) words.push(pick(r, EMOJI));
    else words.push(pick(r, WORDS[lang]));
  }
  const s = words.join(r() < 0.15 ? ', ' : ' ');
  return s[0]!.toUpperCase() + s.slice(1) + pick(r, ['.', '.', '.', '!', '?', '...']);
}

export interface BenchPost {
  text: string;
  lang: Lang;
}

/** About `kb` KB of posts, alternating English and French, 500 posts for 300 KB. */
export function makePage(kb = 300, posts = 500, seed = 42): BenchPost[] {
  const r = rng(seed);
  const per = (kb * 1024) / posts;
  const out: BenchPost[] = [];
  for (let i = 0; i < posts; i++) {
    const lang: Lang = i % 2 === 0 ? 'en' : 'fr';
    let text = '';
    while (text.length < per) text += (text ? ' ' : '') + sentence(r, lang);
    out.push({ text, lang });
  }
  return out;
}

/** A pack of `count` phrase rules (2 or 3 words), 3% copied from the page so that some of them fire. */
export function makePack(count: number, page: readonly BenchPost[], seed = 7): Pack {
  const r = rng(seed);
  const rules: Rule[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'en' : 'fr';
    const len = 2 + Math.floor(r() * 2);
    let phrase: string;
    if (r() < 0.03) {
      const post = pick(
        r,
        page.filter((p) => p.lang === lang),
      );
      const words = post.text.split(/[\s.,!?]+/).filter((w) => /^\p{L}+$/u.test(w));
      const at = Math.floor(r() * Math.max(1, words.length - len));
      phrase = words.slice(at, at + len).join(' ');
    } else {
      phrase = Array.from({ length: len }, () => pick(r, WORDS[lang])).join(' ');
    }
    rules.push({
      id: `bench-${i}`,
      category: 'oversimplified',
      severity: 'caution',
      lang,
      patterns: [phrase],
      message: { [lang]: 'Bench rule.' },
      title: { [lang]: `Bench ${i}` },
      citations: [],
      examples: { flag: [], pass: [] },
    });
  }
  return {
    id: 'bench',
    title: 'Bench',
    version: '1.0.0',
    languages: ['en', 'fr'],
    license: 'CC0-1.0',
    expires: '7d',
    minEngine: 1,
    reviewedBy: [],
    lexicon: {},
    rules,
  };
}

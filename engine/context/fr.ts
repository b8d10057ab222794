// French context cues (ConText-style). Data only: the algorithm is in engine/context/read.ts and the readers it calls.
// Elisions arrive split ("n'est" -> ne est, "qu'il" -> que il, "d'après" -> de après): write cues either
// way, they are folded the same. "ne ... pas" and its kin are discontinuous: see `pairs`.
import type { ContextLexicon } from './lexicon';

// prettier-ignore
export const FR: ContextLexicon = {
  pre: {
    negated: [
      'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'non', 'non pas', 'rien', 'nullement', 'pas de',
      'pas du tout', 'absolument pas', 'plus jamais',
    ],
    debunked: [
      'attention à ces affirmations', 'attention à ces publications', 'attention à ces vidéos',
      'attention à ces messages', 'attention à ces articles', 'attention à cet article', 'attention à ce visuel',
      'attention à ces visuels', 'attention à ce message', 'attention à ce tweet', 'attention à ces tweets',
      'attention à ces chiffres', 'attention à cette interprétation', 'attention à ce montage', 'attention à ces rumeurs', 'attention à cette vidéo',
      'attention à cette publication', 'attention à cette affirmation', 'attention à ces fausses',
      // Fact-check headlines point at the content they check ("Attention à ces propos détournés sur X").
      'attention à ces explications', 'attention à ces propos', 'attention à ces interprétations',
      'attention à ces déclarations', 'attention à ces captures', 'attention à ces images', 'attention à cette image',
      'attention à ces photos', 'attention à cette photo', 'attention à cette citation', 'attention à ces citations',
      'attention à ce graphique', 'attention à ces graphiques', 'attention à ce courrier', 'attention à ce document',
      'attention à des mauvaises interprétations', 'attention aux mauvaises interprétations',
      'attention aux interprétations', 'attention aux assertions', 'attention aux conclusions',
      'attention aux explications', 'attention aux propos', 'attention aux déclarations',
      'attention aux fausses', 'attention aux affirmations', 'attention aux publications',
      'attention aux rumeurs', 'gare aux fausses', 'met en garde contre',
      'mettent en garde contre', 'déconseille', 'déconseillent', 'déconseillé', 'contre vérité', 'contre vérités', 'fausses affirmations',
      'affirmations trompeuses', 'imprécisions', 'mythe', 'mythes', 'le mythe selon lequel', 'idée reçue',
      'idées reçues', "l'intox selon laquelle", 'intox sur', 'infox sur', 'fake news sur',
      'fausse information', 'fausses informations', 'désinformation sur', 'la rumeur selon laquelle',
      'rumeur selon laquelle', 'rumeurs sur', 'la fausse rumeur',
      'aucune preuve', 'pas de preuve', 'aucune étude', "n'est pas vrai que", 'pas vrai que',
      'il est faux que', 'il est faux de dire que',
      'contrairement aux affirmations selon lesquelles', 'contrairement à la rumeur selon laquelle',
      "contrairement à l'idée selon laquelle", "contrairement à l'idée que", 'fausse croyance', 'croyance populaire', 'légende urbaine', 'démenti', 'démentie',
      'démentis', 'la théorie du complot selon laquelle', 'rien ne prouve', 'rien ne permet de dire',
      // « complot » seul n'est pas un verdict ; traiter une affirmation de théorie du complot, si.
      'théorie du complot sur', 'théories du complot sur', 'la théorie complotiste selon laquelle',
      'la thèse complotiste selon laquelle', 'les complotistes affirment', 'des complotistes affirment',
      'les complotistes prétendent', 'selon les complotistes',
      // « Des publications affirment à tort que X », « assurent faussement que X ».
      'à tort', 'faussement', 'de manière trompeuse', 'de façon trompeuse', 'erronément',
      'rien ne démontre', 'fact checking', 'fact check', 'vérification des faits', 'ne croyez pas que',
      'arrêtez de croire que',
    ],
    hedged: [
      'pourrait', 'pourraient', 'peut être', 'il semble', 'il semblerait', 'semblerait', 'semble', 'semblent',
      'éventuellement', 'serait', 'seraient', 'aurait', 'auraient', 'possiblement', 'probablement',
      'sans doute', 'certaines études', 'certaines études suggèrent', 'des études suggèrent',
      'études suggèrent', 'préliminaire', 'préliminaires', 'potentiellement', 'il est possible que',
      'peut aider', 'pourrait aider', 'en théorie', 'théoriquement', 'pas forcément', 'pas nécessairement',
      'pas toujours', 'vraisemblablement', 'rarement', 'moins probable',
    ],
    reported: [
      'affirmant que', 'assurant que', 'prétendant que', 'qui affirme', 'qui affirment', 'qui prétend',
      'qui prétendent', 'selon lesquels', 'selon lesquelles', 'allégations', 'allégation', 'selon', "d'après",
      'prétend', 'prétendent', 'prétend que', 'prétendent que', 'prétendu', 'prétendue', 'prétendus',
      'prétendues', 'prétendument', 'affirme que', 'affirment que', 'soi-disant', 'soit disant', 'on dit que',
      'on dit', 'il paraît que', 'il paraît', 'paraît-il', 'certains disent', 'certains affirment',
      'certains pensent', 'certains prétendent', 'beaucoup disent', 'les gens disent', 'on entend',
      'on entend dire', 'à en croire', 'il se dit que', 'il paraîtrait', 'dit-on', 'supposément',
      'la théorie selon laquelle', "l'idée que", "l'idée selon laquelle",
      // Ce que « les gens » disent, tenu à distance ; les propos d'un proche relayés restent affirmés.
      'les gens qui disent', 'ceux qui disent',
    ],
    question: [
      'vrai ou faux', 'mythe ou réalité', 'info ou intox', 'est il vrai que', 'est ce vrai',
      'est ce vrai que', 'est ce que', 'je me demande si', 'quelqu un sait si', 'savez vous si',
      'demandé si', 'demande si', 'demandais si',
    ],
  },
  post: {
    negated: ['pas du tout', 'absolument pas'],
    debunked: [
      'est un montage', 'un montage', 'est un photomontage', 'photomontage', 'sont fausses', 'sont faux',
      'est fausse', 'est incorrect', 'est incorrecte', 'sont incorrectes',
      'sont fausses ou trompeuses', 'contient des fausses', 'contient de fausses', 'contient de nombreuses fausses',
      'comporte des fausses', 'comporte de fausses', 'comporte de nombreuses fausses', 'contient des erreurs',
      'est une théorie du complot', 'théorie du complot', 'théories du complot', 'théorie complotiste',
      'est faux', "c'est faux", 'faux', 'ce qui est faux', 'cela est faux', 'ça c est faux',
      "c'est une intox", "c'est un mythe", "c'est une idée reçue", "c'est infondé", "c'est trompeur",
      "ce n'est pas prouvé", "c'est une fausse information", 'est une intox', 'intox', 'infox', 'est infondé', 'est infondée',
      'infondé', 'infondée', 'infondés', 'infondées', "n'est pas prouvé", "n'a jamais été prouvé",
      "n'a pas été prouvé", 'pas prouvé', 'non prouvé', 'non démontré', 'pas démontré', 'est trompeur',
      'est trompeuse', 'trompeur', 'trompeuse', 'est un mythe', 'un mythe', 'mythe', 'est une idée reçue',
      'idée reçue', 'est une rumeur', 'rumeur', 'est une fausse information', 'fausse information',
      'est une arnaque', 'a été démenti', 'démenti', 'est erroné', 'est erronée', 'erroné',
      'erronée', 'sans fondement', 'pseudoscience', 'fake', 'fake news', 'est inexact', 'inexact',
      'aucune preuve', 'est dangereux', 'est dangereuse', 'sont dangereux', 'sont dangereuses', 'est risqué',
      'est risquée', 'peut tuer', 'est mortel', 'pas de preuve',
    ],
    hedged: [
      'peut être', 'éventuellement', 'possiblement', 'dans certains cas', 'chez certains',
      'chez certaines personnes', 'chez la souris', 'chez les souris', 'chez le rat', 'chez les rats',
      "chez l'animal", 'in vitro', 'en laboratoire', 'en éprouvette', 'pas forcément', 'pas nécessairement',
      'pas toujours',
    ],
    reported: [
      'selon', "d'après", 'selon certains', 'selon eux', 'selon lui', 'selon elle', "d'après eux",
      'paraît-il', 'dit-on', "à ce qu'il paraît", 'soi-disant', 'prétendument', 'supposément',
    ],
    question: ['ou pas', 'vrai ou faux', 'info ou intox', 'mythe ou réalité'],
  },
  pseudo: [
    // "Contrairement à une idée reçue, X": X is the author's own point, not the belief.
    'contrairement à une idée reçue', 'contrairement aux idées reçues', 'selon une étude', 'selon des études', 'selon les études', 'selon une nouvelle étude',
    'selon des scientifiques', 'selon les scientifiques', 'selon des médecins', 'selon un médecin',
    'selon la science', "d'après une étude", "d'après des études",
    // Attribuer l'affirmation à une autorité, c'est la donner pour vraie.
    "selon l'oms", "d'après l'oms", "selon l'organisation mondiale de la santé", 'selon les autorités',
    "d'après les autorités", 'selon le gouvernement', 'selon le ministère', "d'après le ministère",
    'selon la cour', "selon l'inserm", "selon l'institut pasteur", 'selon les experts', 'selon des experts',
    'selon les chercheurs', 'selon des chercheurs', "d'après les experts", 'selon cette étude', "d'après cette étude",
    "selon l'ema", "selon l'agence européenne du médicament", "selon l'ansm", 'selon la has', 'selon santé publique france',
    'selon le cdc', 'selon les cdc',
    // « peut tuer le virus » est une affirmation d'efficacité, pas la mise en garde « peut tuer ».
    'peut tuer le virus', 'peut tuer les virus', 'peut tuer le coronavirus', 'peut tuer le covid', 'peut tuer le cancer',
    'peut tuer les cellules cancéreuses',
    // "de faux espoirs", "un faux médecin": the adjective, not a verdict.
    'de faux', 'des faux', 'un faux', 'les faux', 'ces faux',
    'non seulement', 'pas seulement',
    'pas uniquement', 'pas juste', 'pas mal', 'sans aucun doute', 'nul doute', 'aucun doute', 'pas de doute',
    'sans compter', "n'importe", 'rien de tel', 'rien de mieux', 'rien ne vaut', 'rien de plus',
    'rien ne bat', 'pas étonnant', 'sans blague', 'sans mentir', 'pas besoin', 'plus besoin', 'dis non à',
    'dites non à', 'sans effets secondaires', 'sans effet secondaire', 'sans danger', 'sans risque',
    'sans chimio', 'sans chimiothérapie', 'sans la chimio', 'sans médicament',
    'sans médicaments', 'ne savais pas', 'ne saviez pas', 'ne savait pas', 'ne savions pas',
    'ne savaient pas', 'on ne vous dit pas', 'ne vous dit pas', 'ne vous le dit pas', 'ne vous dira pas',
    'ne vous diront pas', 'ne veulent pas que vous sachiez', 'personne ne vous dit', "personne n'en parle",
    'pas un mythe', 'pas une intox', 'pas une théorie du complot', 'faux positif', 'faux positifs',
    'faux négatif', 'faux négatifs', "n'est pas un mythe", "ce n'est pas faux", 'pas faux', 'non plus',
    'ne croirez jamais', 'ne croirez pas', 'ne croiriez jamais', "n'en reviendrez pas", 'jamais assez',
    "je n'arrive pas à croire", 'pourquoi personne ne', 'personne ne parle', 'pourquoi on ne',
    'pourquoi ne', "n'est-ce pas",
    'ne vous le diront jamais', 'ne vous le dira jamais', "ne l'admettront jamais", 'ne veulent pas admettre',
    "refusent d'admettre", 'ne veulent pas que vous le sachiez', 'ne veulent pas que tu saches',
    'ne vous diront jamais', 'ne vous dira jamais', 'ne te diront jamais', 'ne te dira jamais',
    'pas mentir', 'pas vous mentir', 'pas te mentir', "qui l'aurait cru", 'qui aurait cru',
    'qui aurait pu croire', 'qui aurait pensé',
  ],
  terminations: [
    'mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'sauf', 'alors que', 'tandis que',
    'par contre', 'en revanche', 'en réalité', 'en fait', 'la vérité', 'quand même', 'parce que', 'car',
    'puisque', 'vu que', "c'est pourquoi", 'donc', "jusqu'à ce que", // "je n'y croyais pas jusqu'à ce que X"
  ],
  contrast: ['mais', 'par contre', 'en revanche', 'alors que', 'tandis que'],
  superlative: { cues: ['rien', 'aucun', 'aucune'], words: ['mieux', 'aussi', 'autant', 'davantage'] },
  clauseSubjects: ['ils', 'elles', 'il', 'elle', 'on', 'ça', 'cela', 'ce'],
  absorbers: [
    'nier', 'nie', 'nient', 'oublier', 'oublie', 'oubliez',
    'oublient', 'douter', 'doute', 'doutez', 'cacher', 'cache', 'cachent', 'contester', 'conteste',
    'contestent', 'ignorer', 'ignorez', 'hasard', 'secret',
  ],
  interrogatives: ['est ce que', 'est il', 'est elle', 'peut on', 'faut il', 'doit on'],
  imperativeAfter: [],
  statementAfter: [], // the French openings are inversions ("peut-on", "faut-il"): they hold their subject
  // "L'ail guérit la grippe, que vous le vouliez ou pas": a concessive "que" opens its clause after a comma.
  concessive: ['que'],
  embedders: ['si'],
  rhetorical: [
    'le saviez vous', 'saviez vous', 'savais tu', 'tu savais', 'vous saviez', 'vous le saviez', 'tu le savais', 'pourquoi personne ne',
    'pourquoi on nous cache', 'pourquoi on ne nous dit pas', 'pourquoi les médecins ne', 'qui savait',
    "qui l'aurait cru", 'qui aurait cru', 'qui aurait pu croire', 'qui aurait pensé',
  ],
  lead: ['alors', 'donc', 'mais', 'et', 'bon', 'bref', 'sérieusement', 'franchement', 'ok'],
  headers: [
    'faux', 'non', 'intox', 'infox', 'fake', 'fake news', 'mythe', 'idée reçue', 'rumeur',
    'trompeur', 'erroné', 'démenti', 'fact check',
  ],
  // "Je déconseille la chimio, le curcuma guérit le cancer": these reach their own object only.
  verdicts: [
    "c'est faux", 'faux', "c'est une intox", 'intox', "c'est un mythe", "c'est trompeur", "c'est infondé",
    "ce n'est pas vrai", 'pas vrai', "c'est une fausse information", 'attention à ce', 'attention à cette',
    'attention à ces', 'trompeur', 'infondé', 'fake', "il n'existe aucune preuve", "il n'y a aucune preuve",
    'aucune preuve', 'rien ne le prouve', 'attention aux interprétations', 'attention aux affirmations',
    'attention aux assertions', 'attention aux erreurs', 'attention aux fausses', 'attention aux publications',
    'attention aux rumeurs', 'attention aux conclusions', 'attention aux déclarations',
    'attention cette vidéo', 'attention cette photo', 'attention cette image', 'attention ces images',
    'attention ce visuel', 'attention ce message', 'attention cette publication', 'attention ce montage',
    'les infox', 'gare aux fausses', 'les affirmations contestées', 'les affirmations erronées',
    'les affirmations trompeuses', 'les fausses affirmations', 'les déclarations erronées', 'les déclarations trompeuses',
  ],
  narrow: {
    sans: 0, non: 0, 'met en garde contre': 4, 'mettent en garde contre': 4, 'déconseille': 4, 'déconseillent': 4,
    'déconseillé': 4, 'à tort': 4, faussement: 4, 'de manière trompeuse': 4, 'de façon trompeuse': 4,
    erronément: 4,
  },
  pairs: [
    {
      first: 'ne',
      second: ['pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'guère', 'nullement', 'point', 'ni'],
      gap: 4,
    },
  ],
};

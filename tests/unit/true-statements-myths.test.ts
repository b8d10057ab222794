// True or careful statements about COVID-19 myths and vaccine harms, in English and French, that must never be
// marked for patients (issue #3: the myth rules in covid-myths, vaccines and vaccine-campaigns packs raise recall,
// and these guard their precision). All statements were written for this test (none copied from the eval or page
// sets); several name a myth in order to correct it, as careful posts do.
import { describeUnmarked, type Topic } from './true-statements-check.ts';

const TRUE_STATEMENTS: Record<string, Topic> = {
  'covid tests': {
    en: [
      'PCR tests can stay positive for weeks after recovery because they pick up leftover viral RNA.',
      'A rapid test can miss an infection in the first day or two, so test again if symptoms start.',
      'The nasal swab feels unpleasant but it stops at the back of the nose, far from the brain.',
      'A flu shot will not make you test positive for covid.',
      'Some labs run one swab for flu and covid together and report each virus separately.',
      'Holding your breath for ten seconds tells you nothing about covid; only a test does.',
      'A negative test on day one after exposure does not rule out covid, retest on day three.',
      'Antigen tests are less sensitive than PCR tests, especially without symptoms.',
    ],
    fr: [
      'Un test PCR peut rester positif plusieurs semaines après la guérison.',
      'Un autotest peut passer à côté d’une infection au tout début, refaites-le si les symptômes apparaissent.',
      'Le prélèvement nasal est désagréable mais il s’arrête au fond du nez, loin du cerveau.',
      'Le vaccin contre la grippe ne rend pas positif au test covid.',
      'Certains laboratoires cherchent la grippe et le covid sur le même prélèvement et donnent un résultat pour chacun.',
      'Retenir sa respiration dix secondes ne dit rien sur le covid, seul un test le peut.',
      'Un test négatif le lendemain d’un contact n’exclut pas le covid, il faut le refaire deux jours plus tard.',
      'Les tests antigéniques sont moins sensibles que les tests PCR.',
    ],
  },
  masks: {
    en: [
      'Masks must be changed when damp.',
      'A medical mask is worn coloured side out whether you are sick or not.',
      'Children under two should not wear masks.',
      'Surgeons wear masks for hours and their oxygen levels stay normal.',
      'A mask can feel hot and uncomfortable on a long shift, take breaks where it is safe.',
      'Medical masks are meant for single use; wash fabric masks after each day of use.',
      'A mask with an exhalation valve protects others less well than one without.',
      'The evidence on community masking is mixed, but a well-fitted mask filters many particles.',
    ],
    fr: [
      'Un masque doit être changé dès qu’il est humide.',
      'Un masque chirurgical se porte face colorée vers l’extérieur, malade ou non.',
      'Les enfants de moins de deux ans ne doivent pas porter de masque.',
      'Les chirurgiens portent un masque des heures sans manquer d’oxygène.',
      'Le masque peut être pénible à porter longtemps, faites des pauses quand c’est possible.',
      'Le masque chirurgical est à usage unique, le masque en tissu se lave après chaque journée.',
      'Un masque à valve protège moins bien l’entourage qu’un masque sans valve.',
      'Les études sur le port du masque en population sont partagées.',
    ],
  },
  'covid origin and history': {
    en: [
      'Coronaviruses have been known since the 1960s, and some of them cause ordinary colds.',
      'Disinfectant labels mention human coronavirus because older strains were tested long before 2019.',
      'SARS-CoV-2 was first identified in January 2020.',
      'There is no evidence the virus was engineered, and scientists still debate how it first reached people.',
      'Some researchers think a lab accident is possible, others favour a spillover from animals.',
      'The closest known relatives of the virus were found in bats.',
      'Labs made a harmless replica of the coronavirus genome to study it.',
      'Covid is not new anymore, we have lived with it for years.',
    ],
    fr: [
      'Les coronavirus sont connus depuis les années 1960, certains donnent de simples rhumes.',
      'Les étiquettes de désinfectants citent le coronavirus humain parce que d’anciennes souches ont été testées bien avant 2019.',
      'Le SARS-CoV-2 a été identifié en janvier 2020.',
      'Rien ne montre que le virus a été modifié génétiquement, et son origine exacte reste débattue.',
      'Certains chercheurs envisagent un accident de laboratoire, d’autres un passage depuis un animal.',
      'Les virus les plus proches du SARS-CoV-2 ont été trouvés chez des chauves-souris.',
      'Le covid n’est plus nouveau, on vit avec depuis des années.',
      'Les laboratoires ont fabriqué les vaccins contre le covid en moins d’un an.',
    ],
  },
  'vaccine harms': {
    en: [
      'Vaccines can have rare side effects.',
      'Myocarditis is a rare side effect in young men, mostly after the second dose.',
      'A few people died of rare blood clots after the AstraZeneca vaccine, which is why its use was restricted.',
      'Deaths reported after vaccination are investigated, and most turn out to be unrelated to the vaccine.',
      'My grandfather died a month after his booster; his doctors said it was his heart disease, unrelated to the shot.',
      'Severe allergic reactions to covid vaccines are rare, which is why you wait fifteen minutes after the jab.',
      'The covid vaccines do not contain microchips or live virus.',
      'Covid vaccines do not cause infertility; couples conceived normally in the trials.',
    ],
    fr: [
      'Les vaccins peuvent avoir des effets indésirables rares.',
      'La myocardite est un effet indésirable rare chez les jeunes hommes, surtout après la deuxième dose.',
      'Quelques personnes sont mortes de thromboses rares après le vaccin AstraZeneca, d’où la restriction de son usage.',
      'Les décès déclarés après une vaccination font l’objet d’une enquête, et la plupart sont sans lien avec le vaccin.',
      'Mon grand-père est mort un mois après son rappel, ses médecins disent que c’était son cœur, sans lien avec la piqûre.',
      'Les réactions allergiques graves aux vaccins covid sont rares, d’où l’attente de quinze minutes après l’injection.',
      'Les vaccins covid ne contiennent ni puce ni virus vivant.',
      'Les vaccins covid ne rendent pas stérile.',
    ],
  },
  'covid spread and food': {
    en: [
      'There is no evidence that chicken, eggs or ice cream spread covid; cook and store food as usual.',
      'Covid spreads in hot countries too, the sun does not stop it.',
      'Kids can catch covid, though they are less often seriously ill.',
      'People without symptoms can still pass covid on.',
      'Covid kills far more older people than young people, but it can kill at any age.',
      'Most people recover from covid, but some become seriously ill.',
      'Cooking food thoroughly kills most germs, including viruses.',
      'Nobody has died from covid in our county this week, keep it up.',
    ],
    fr: [
      'Rien ne montre que le poulet, les œufs ou les glaces transmettent le covid, cuisinez comme d’habitude.',
      'Le covid circule aussi dans les pays chauds, le soleil ne l’arrête pas.',
      'Les enfants peuvent attraper le covid, même s’ils font moins souvent des formes graves.',
      'On peut transmettre le covid sans avoir de symptômes.',
      'Le covid tue surtout des personnes âgées, mais il peut tuer à tout âge.',
      'La plupart des malades du covid guérissent, mais certains font une forme grave.',
      'Bien cuire les aliments élimine la plupart des microbes.',
      'Aucun décès du covid cette semaine dans notre département, continuons.',
    ],
  },
};

describeUnmarked('True statements about COVID-19 myths and vaccine harms are never marked', TRUE_STATEMENTS);

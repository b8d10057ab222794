// True or careful statements that guard the rules added for the English recall bar (issue #3): children's risk,
// diet and cold food against COVID-19, who COVID-19 harms, low death counts credited to a drug, night-time spraying
// and denial of COVID-19 deaths. Each must stay unmarked in its language. All were written for this test (none
// copied from the eval or page sets); several name a myth in order to correct it, as careful posts do.
import { describeUnmarked, type Topic } from './true-statements-check.ts';

const TRUE_STATEMENTS: Record<string, Topic> = {
  'children, diet and cold food': {
    en: [
      'Kids are at lower risk from covid than adults, but some still end up in intensive care.',
      'Children are not at high risk of severe covid, yet vaccination is offered to those with medical conditions.',
      'Is it true that kids are not at risk from covid? No, a small number become very ill.',
      'My son had covid last winter, two days of fever and he was fine.',
      'There is no evidence that a vegetarian diet protects you from covid, eat what suits you.',
      'A balanced diet supports your health, but no food stops the virus.',
      'After my wisdom tooth came out the dentist said avoid hot drinks, ice cream and milkshakes for 3 days.',
      'Ice cream and cold drinks do not give you covid, enjoy them this summer.',
      'Cutting out milkshakes, ice cream and cold sugary drinks for 30 days helped my blood sugar.',
    ],
    fr: [
      'Les enfants risquent moins que les adultes avec le covid, mais quelques-uns finissent en réanimation.',
      'Les enfants font rarement des formes graves, la vaccination est proposée à ceux qui ont une maladie chronique.',
      'Les enfants ne risquent rien avec le covid ? Si, un petit nombre tombe gravement malade.',
      'Mon fils a eu le covid l’hiver dernier, deux jours de fièvre et c’était fini.',
      'Rien ne montre qu’une alimentation végétarienne protège du covid, mangez ce qui vous convient.',
      'Une alimentation équilibrée aide la santé, mais aucun aliment n’arrête le virus.',
      'Après l’extraction de ma dent, le dentiste m’a dit d’éviter les glaces, les sorbets et les boissons glacées pendant 3 jours.',
      'Les glaces et les boissons fraîches ne donnent pas le covid, profitez de l’été.',
      'J’ai arrêté les milkshakes, les glaces et les sodas pendant 30 jours pour mon sucre.',
    ],
  },
  'who covid harms': {
    en: [
      'Covid hits older people and people with obesity hardest, but fit young adults have died of it too.',
      'Being fit lowers your risk of severe covid, it does not make you immune.',
      'I run marathons and covid still flattened me for two weeks.',
      'Most people who die of covid are elderly or already sick, which is why boosters target them first.',
      'Healthy people rarely need hospital care for covid, but it does happen.',
      'Does covid only kill the elderly? No, younger adults have died of it too.',
      'People with a strong immune system can still catch covid and pass it on.',
      'Covid does not only affect the obese; my lean, sporty cousin ended up on oxygen.',
    ],
    fr: [
      'Le covid frappe surtout les personnes âgées et obèses, mais des jeunes adultes sportifs en sont morts aussi.',
      'Être en forme réduit le risque de forme grave, ça ne protège pas de l’infection.',
      'Je cours des marathons et le covid m’a quand même cloué au lit deux semaines.',
      'La plupart des morts du covid sont âgés ou déjà malades, c’est pour ça que les rappels les visent en premier.',
      'Les gens en bonne santé vont rarement à l’hôpital pour le covid, mais ça arrive.',
      'Le covid ne tue que les vieux ? Non, des adultes plus jeunes en sont morts aussi.',
      'Une bonne immunité n’empêche pas d’attraper le covid ni de le transmettre.',
      'Le covid ne touche pas que les obèses, mon cousin mince et sportif a fini sous oxygène.',
    ],
  },
  'death counts and drugs': {
    en: [
      'Covid deaths fell in 2021 as vaccines reached older people.',
      'Countries that used hydroxychloroquine did not have fewer deaths once age and testing are compared.',
      'Malaria deaths dropped thanks to bed nets and chloroquine in the last century.',
      'River blindness has become rare thanks to mass ivermectin treatment.',
      'Deaths were low in some countries because their populations are young, not because of a drug.',
      'Hospital deaths from covid fell thanks to dexamethasone and oxygen for the sickest patients.',
      'My mum takes hydroxychloroquine for lupus and her flares dropped a lot.',
      'Were deaths low in that country thanks to ivermectin? The trials say no.',
    ],
    fr: [
      'Les décès du covid ont baissé en 2021 quand les personnes âgées ont été vaccinées.',
      'Les pays qui ont utilisé l’hydroxychloroquine n’ont pas eu moins de morts une fois l’âge pris en compte.',
      'Les décès dus au paludisme ont chuté grâce aux moustiquaires au siècle dernier.',
      'L’onchocercose est devenue rare grâce aux traitements de masse par ivermectine.',
      'Certains pays ont eu peu de morts parce que leur population est jeune, pas grâce à un médicament.',
      'La mortalité à l’hôpital a baissé grâce à la dexaméthasone et à l’oxygène pour les plus malades.',
      'Ma mère prend de l’hydroxychloroquine pour son lupus et ses poussées ont beaucoup baissé.',
      'Peu de morts grâce à l’ivermectine dans ce pays ? Les essais disent que non.',
    ],
  },
  'spraying at night': {
    en: [
      'The council sprays insecticide at night to keep mosquitoes and dengue down.',
      'Farmers often spray pesticides at night to protect bees.',
      'Spraying disinfectant over streets does not stop covid, which spreads between people.',
      'Crews cleaned the market with disinfectant overnight after the flood.',
      'No helicopter will spray anything against covid tonight, the city says.',
      'Spraying chemicals on people does not kill the virus and can burn eyes and skin.',
      'We spray the roses with fungicide in the evening when it is cool.',
      'Wipe handles and counters with a cloth and disinfectant, spraying the air does little.',
    ],
    fr: [
      'La commune pulvérise de l’insecticide la nuit contre le moustique tigre.',
      'Les agriculteurs pulvérisent souvent leurs pesticides la nuit pour protéger les abeilles.',
      'Pulvériser du désinfectant dans les rues n’arrête pas le covid, qui se transmet entre personnes.',
      'Les équipes ont nettoyé le marché au désinfectant pendant la nuit après l’inondation.',
      'Aucun hélicoptère ne va pulvériser quoi que ce soit contre le covid ce soir, dit la mairie.',
      'Asperger les gens de produits chimiques ne tue pas le virus et peut brûler les yeux et la peau.',
      'On traite les rosiers contre les champignons le soir, quand il fait frais.',
      'Nettoyez poignées et plans de travail avec un chiffon et un désinfectant, vaporiser dans l’air sert peu.',
    ],
  },
  'deaths from covid': {
    en: [
      'There have been no deaths from covid in our care home for 6 months, thanks to the staff.',
      'There were no deaths from covid among the vaccinated volunteers in that trial.',
      'There have been no deaths from covid here so far this winter.',
      'Is it true there are no deaths caused by covid? No, millions died of it.',
      'There are no deaths from covid in this village yet, keep washing your hands.',
      'Most people who died of covid had other conditions too, but covid was the cause.',
      'It is a myth that there are no real deaths from covid.',
      'Excess deaths show that covid killed millions of people in 2020 and 2021.',
    ],
    fr: [
      'Il n’y a eu aucun mort du covid dans notre Ehpad depuis 6 mois, merci aux soignants.',
      'Il n’y a eu aucun décès dû au covid parmi les volontaires vaccinés de cet essai.',
      'Il n’y a pas eu de mort du covid ici pour le moment cet hiver.',
      'Il n’y a aucun mort du covid ? Si, il y en a eu des millions.',
      'Il n’y a encore aucun mort du covid dans ce village, continuez les gestes barrières.',
      'La plupart des morts du covid avaient d’autres maladies, mais c’est bien le covid qui les a tués.',
      'C’est une rumeur qu’il n’y a jamais eu de vrais décès dus au covid.',
      'Les décès en excès montrent que le covid a tué des millions de personnes en 2020 et 2021.',
    ],
  },
};

describeUnmarked('True statements near the recall rules are never marked', TRUE_STATEMENTS);

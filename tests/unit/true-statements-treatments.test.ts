// True or careful statements about COVID-19 treatments and prevention, in English and French, worded close to
// the claims the covid-treatments packs mark (aspirin and blood thinners, approvals, hydroxychloroquine, heat
// and sun, home remedies, alcohol). Vigie must never mark them to a patient. All statements were written for
// this test (none copied from the eval or page sets).
import { describeUnmarked, type Topic } from './true-statements-check.ts';

const TRUE_STATEMENTS: Record<string, Topic> = {
  'blood thinners': {
    en: [
      'Blood clots are a known complication of severe covid, so some hospital patients get blood thinners.',
      'My dad was on heparin in the ICU to stop clots while he had covid.',
      'Aspirin does not cure covid, and the RECOVERY trial found it did not lower deaths.',
      'Do not start taking aspirin for covid without asking your doctor, it can cause bleeding.',
      'Covid is a viral infection; clotting problems are one of the ways it can harm the body.',
      'My cardiologist keeps me on a blood thinner for atrial fibrillation, covid or not.',
      'Can blood thinners treat covid at home? Ask your doctor, they are not a cure.',
      'Doctors in hospitals treat some severe covid cases with anticoagulants to prevent clots.',
    ],
    fr: [
      "Les caillots sont une complication connue des formes graves du covid, d'où les anticoagulants à l'hôpital.",
      "Mon père a reçu de l'héparine en réanimation pendant son covid, pour éviter les caillots.",
      "L'aspirine ne guérit pas le covid, l'essai Recovery n'a pas montré de baisse de la mortalité.",
      "Ne prenez pas d'aspirine contre le covid sans avis médical, elle peut faire saigner.",
      'Le covid est une infection virale, les troubles de la coagulation en sont une complication.',
      "Mon cardiologue m'a prescrit un anticoagulant pour ma fibrillation auriculaire.",
      'Les anticoagulants peuvent-ils soigner le covid à la maison ? Non, demandez à votre médecin.',
      "À l'hôpital, certains malades graves du covid sont traités avec des anticoagulants contre les caillots.",
    ],
  },
  'remedy approvals': {
    en: [
      'Ivermectin is approved for some parasitic worms, head lice and rosacea, not for covid.',
      'The FDA has not approved ivermectin to treat or prevent covid.',
      'Paxlovid was authorized to treat covid in adults at high risk of severe illness.',
      'The WHO has not certified any herbal or traditional remedy as a covid treatment.',
      'A licence to manufacture a herbal product is not proof that it works against covid.',
      'The ministry approved a clinical trial to test an artemisia tea against covid.',
      'Was Coronil approved by the WHO? No, the WHO said it had not reviewed it.',
      'Remdesivir was approved for some hospital patients with covid after trials.',
    ],
    fr: [
      "L'ivermectine est autorisée contre certains vers parasites et la gale, pas contre le covid.",
      "L'OMS n'a approuvé aucun remède à base de plantes contre le covid.",
      'Le Paxlovid est autorisé pour traiter le covid chez les adultes à risque de forme grave.',
      "Une licence de fabrication n'est pas une preuve d'efficacité contre le covid.",
      'Le ministère a autorisé un essai clinique pour tester une tisane contre le covid.',
      "L'artemisia a-t-elle été validée contre le covid ? Non, aucun essai ne l'a montré.",
      "Le Japon n'a pas approuvé l'ivermectine comme traitement du covid.",
      'Le remdésivir a été autorisé pour certains patients hospitalisés après des essais.',
    ],
  },
  hydroxychloroquine: {
    en: [
      'Hydroxychloroquine was tested in large trials and did not help covid patients.',
      'The FDA revoked the emergency use of hydroxychloroquine for covid because of heart risks.',
      'Lupus patients ran short of hydroxychloroquine in 2020 when people hoarded it.',
      'My rheumatologist prescribes hydroxychloroquine for my arthritis.',
      'Hydroxychloroquine was not banned because it works; it was restricted for covid after trials.',
      'Was HCQ suppressed because it is cheap? No, trials found it did not work for covid.',
      'Chloroquine is still used to prevent and treat malaria in some regions.',
      'Hydroxy chloroquine can cause heart rhythm problems, so doctors check an ECG.',
    ],
    fr: [
      "L'hydroxychloroquine a été testée dans de grands essais et n'a pas aidé les malades du covid.",
      "Les malades du lupus ont manqué d'hydroxychloroquine en 2020.",
      "Mon rhumatologue me prescrit de l'hydroxychloroquine pour ma polyarthrite.",
      "L'hydroxychloroquine n'a pas été interdite parce qu'elle marche, les essais ont montré qu'elle n'aidait pas.",
      "L'usage de l'hydroxychloroquine contre le covid a été arrêté à cause des effets indésirables cardiaques.",
      'La chloroquine reste utilisée contre le paludisme.',
      "L'HCQ a-t-elle été interdite parce qu'elle est efficace ? Non, les essais l'ont testée.",
      "L'hydroxychloroquine peut provoquer des troubles du rythme cardiaque.",
    ],
  },
  'heat, sun and home remedies': {
    en: [
      'The sun does not kill the virus; covid spread in hot countries too.',
      'UV light kills the virus on surfaces in hospital rooms.',
      'Alcohol hand rub kills the virus on your hands, but drinking alcohol does not protect you.',
      'I had covid, took paracetamol, rested, and tested negative after ten days.',
      'Warm drinks with honey can soothe a sore throat when you have covid.',
      'Staying hydrated helps when you are ill with covid.',
      'Cooking food thoroughly kills germs, which is basic food safety.',
      'Homeopathy has not been shown to prevent or treat covid.',
    ],
    fr: [
      'Le soleil ne tue pas le virus, le covid a circulé dans les pays chauds.',
      'Les UV tuent le virus sur les surfaces dans les hôpitaux.',
      "Le gel hydroalcoolique tue le virus sur les mains, mais boire de l'alcool ne protège pas.",
      "J'ai eu le covid, j'ai pris du paracétamol et j'étais négatif après dix jours.",
      'Une boisson chaude au miel peut apaiser la gorge quand on a le covid.',
      'Bien boire aide quand on est malade du covid.',
      "L'homéopathie n'a pas montré qu'elle prévenait ou soignait le covid.",
      "Le virus ne meurt pas à 26 degrés, il circule aussi l'été.",
    ],
  },
};

describeUnmarked('true statements on covid treatments are never marked to patients', TRUE_STATEMENTS);

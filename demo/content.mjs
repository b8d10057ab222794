// Demo posts written by the Vigie team (invented people, invented handles): health advice good and bad, and
// ordinary posts, in English and French. The demo pages and the browser tests are built from these.
// `expect` says what a finished pack set should do with each caption: 'flag' (a patient-mode mark), 'pass'.

export const CAPTIONS = [
  // ---- English, misleading or unsafe
  {
    lang: 'en',
    expect: 'flag',
    text: 'Nobody talks about this but vaccines cause autism, my neighbour saw it happen',
    tags: ['vaccines', 'truth'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Baking soda cures cancer in 3 weeks, the oncologists are hiding it',
    tags: ['CancerCure', 'natural'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Stop taking your insulin and fix diabetes with cinnamon instead',
    tags: ['diabetes', 'holistic'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Drinking chlorine dioxide every morning kills every virus in your body',
    tags: ['MMS', 'detox'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Ivermectin cures covid, they just do not want you to know',
    tags: ['ivermectin'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Apricot kernels cure cancer naturally, eat ten a day',
    tags: ['B17', 'cancer'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'The covid vax changes your DNA forever, do your research',
    tags: ['covid', 'vax'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Chemo kills more people than it cures. Skip it and heal with juices',
    tags: ['cancer', 'healing'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Antibiotics will clear up your cold in two days, ask for some',
    tags: ['cold', 'flu'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Sunscreen causes skin cancer, throw it out this summer',
    tags: ['skincare', 'summer'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Colloidal silver cures covid and the flu, I take a spoon daily',
    tags: ['immunity'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'You do not need your blood pressure meds, just quit them and breathe',
    tags: ['bloodpressure'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'This 100% natural cure works for everyone, guaranteed results',
    tags: ['wellness'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Essential oils cure ear infections better than any antibiotic',
    tags: ['essentialoils', 'momlife'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Raw milk cures asthma and allergies, pasteurised milk is dead food',
    tags: ['rawmilk'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Alkaline diet cures cancer by changing your blood pH',
    tags: ['alkaline'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Quit your antidepressants cold turkey, they are just poison',
    tags: ['mentalhealth'],
  },
  { lang: 'en', expect: 'flag', text: 'The jab makes women infertile, look at the numbers', tags: ['vaxx'] },
  { lang: 'en', expect: 'flag', text: 'Vaccines contain microchips so they can track you', tags: ['wakeup'] },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Hydroxychloroquine cures covid 100%, the cure they buried',
    tags: ['hcq'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Big Pharma hides the cure for cancer to keep selling chemo',
    tags: ['bigpharma'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Doctors don\u2019t want you to know this one trick that reverses diabetes',
    tags: ['diabetes'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'Berberine is natural Ozempic, melt 20 pounds with no doctor',
    tags: ['weightloss', 'ozempic'],
  },
  {
    lang: 'en',
    expect: 'flag',
    text: 'A parasite cleanse detoxes your whole body, everyone has worms',
    tags: ['parasitecleanse'],
  },
  // ---- English, accurate or careful (must pass)
  {
    lang: 'en',
    expect: 'pass',
    text: 'Myth: vaccines cause autism. Fact: large studies found no link. Source: who.int',
    tags: ['mythbusting'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Baking soda does not cure cancer. Please talk to your oncology team about treatment options.',
    tags: ['cancer'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Never stop your insulin without talking to your diabetes team first',
    tags: ['type1'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'There is no evidence that ivermectin cures covid, according to cdc.gov',
    tags: ['science'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Wear sunscreen every day and reapply after swimming, dermatologists agree',
    tags: ['skincare'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Colds are caused by viruses, so antibiotics do not help. Rest and fluids do.',
    tags: ['cold'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Does lemon water cure cancer? No. Here is what the research actually says.',
    tags: ['factcheck'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'My doctor stopped my statin after my blood tests came back, we will recheck in spring',
    tags: ['health'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Got my flu shot today, arm is a bit sore but that is normal',
    tags: ['fluseason'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Walking 30 minutes a day is good for your heart, see nhs.uk for tips',
    tags: ['fitness'],
  },
  // ---- English, ordinary
  {
    lang: 'en',
    expect: 'pass',
    text: 'Sunday pancakes with blueberries, the kids loved them',
    tags: ['breakfast'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'New puppy day! Meet Biscuit, he already chewed my shoe',
    tags: ['puppy'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Trying the viral pasta recipe, verdict at the end',
    tags: ['cooking'],
  },
  { lang: 'en', expect: 'pass', text: 'Sunset run along the river, 5 km done', tags: ['running'] },
  {
    lang: 'en',
    expect: 'pass',
    text: 'My plant finally grew a new leaf after three months',
    tags: ['plants'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Guess the song from the first three notes',
    tags: ['music', 'challenge'],
  },
  {
    lang: 'en',
    expect: 'pass',
    text: 'Rainy day reading list, tell me your favourite mystery novel',
    tags: ['booktok'],
  },
  { lang: 'en', expect: 'pass', text: 'Cleaning my desk setup, before and after', tags: ['desksetup'] },
  // ---- French, misleading or unsafe
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Personne ne le dit mais les vaccins provoquent l\u2019autisme chez les enfants',
    tags: ['vaccins', 'verite'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Le bicarbonate de soude guérit le cancer, les oncologues le cachent',
    tags: ['cancer', 'naturel'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Arrêtez votre insuline et soignez le diabète avec de la cannelle',
    tags: ['diabete'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Buvez du dioxyde de chlore chaque matin pour tuer tous les virus',
    tags: ['detox'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'L\u2019ivermectine guérit le covid, on vous le cache depuis le début',
    tags: ['ivermectine'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'La chimio tue plus qu\u2019elle ne guérit, soignez-vous avec des jus',
    tags: ['cancer'],
  },
  { lang: 'fr', expect: 'flag', text: 'Le vaccin covid modifie votre ADN pour toujours', tags: ['covid'] },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Les antibiotiques guérissent la grippe en deux jours, demandez-en',
    tags: ['grippe'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'La crème solaire donne le cancer de la peau, jetez-la',
    tags: ['ete', 'peau'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Remède 100% naturel qui marche pour tout le monde, résultats garantis',
    tags: ['bienetre'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Les huiles essentielles guérissent les otites mieux que les antibiotiques',
    tags: ['huilesessentielles'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Arrêtez vos antidépresseurs du jour au lendemain, ce sont des poisons',
    tags: ['santementale'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'La pilule rend stérile à vie, les filles faites attention',
    tags: ['contraception'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Big Pharma cache le remède contre le cancer pour vendre la chimio',
    tags: ['bigpharma'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Les noyaux d\u2019abricot guérissent le cancer, mangez-en dix par jour',
    tags: ['b17'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Le vaccin rend les femmes stériles, regardez les chiffres',
    tags: ['vaccin'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'L\u2019argent colloïdal guérit le covid et la grippe',
    tags: ['immunite'],
  },
  {
    lang: 'fr',
    expect: 'flag',
    text: 'Vous n\u2019avez pas besoin de vos médicaments pour la tension, arrêtez-les',
    tags: ['tension'],
  },
  // ---- French, accurate or careful (must pass)
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Non, les vaccins ne provoquent pas l\u2019autisme : de grandes études l\u2019ont vérifié',
    tags: ['science'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Le bicarbonate ne guérit pas le cancer. Parlez de vos traitements avec votre équipe soignante.',
    tags: ['cancer'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'N\u2019arrêtez jamais votre insuline sans en parler à votre médecin',
    tags: ['diabete'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Faux : l\u2019ivermectine ne soigne pas le covid selon les autorités de santé',
    tags: ['verification'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Mettez de la crème solaire toute l\u2019année, même quand il fait gris',
    tags: ['peau'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Est-ce que le citron guérit le cancer ? Non, voici ce que disent les études.',
    tags: ['santé'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Mon médecin a arrêté ma statine après mes analyses, on refait un bilan au printemps',
    tags: ['sante'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Vaccin contre la grippe fait ce matin à la pharmacie, rien à signaler',
    tags: ['grippe'],
  },
  // ---- French, ordinary
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Crêpes du dimanche avec les enfants, recette de ma grand-mère',
    tags: ['cuisine'],
  },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Premier jour de vacances en Bretagne, la mer est froide',
    tags: ['vacances'],
  },
  { lang: 'fr', expect: 'pass', text: 'Mon chat a encore volé ma place sur le canapé', tags: ['chat'] },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Balade en vélo le long du canal, vingt kilomètres ce matin',
    tags: ['velo'],
  },
  { lang: 'fr', expect: 'pass', text: 'Quel livre me conseillez-vous pour cet hiver ?', tags: ['lecture'] },
  {
    lang: 'fr',
    expect: 'pass',
    text: 'Nouvelle coupe de cheveux, vous en pensez quoi ?',
    tags: ['coiffure'],
  },
];

export const COMMENTS = [
  { lang: 'en', text: 'Thank you for sharing this, so helpful' },
  { lang: 'en', text: 'My uncle says vaccines cause autism but I never believed him' },
  { lang: 'en', text: 'Drink bleach to kill the virus, it worked for my cousin' },
  { lang: 'en', text: 'Where did you get that sweater?' },
  { lang: 'en', text: 'Please see a doctor before trying anything like this' },
  { lang: 'en', text: 'This is the best video on my feed today' },
  { lang: 'en', text: 'Vitamin C cures cancer, I read it everywhere' },
  { lang: 'en', text: 'lol the dog at the end' },
  { lang: 'fr', text: 'Merci pour cette vidéo, très clair' },
  { lang: 'fr', text: 'Le vaccin rend stérile, tout le monde le sait' },
  { lang: 'fr', text: 'Trop mignon ce chat' },
  { lang: 'fr', text: 'Demandez conseil à votre médecin avant tout' },
  { lang: 'fr', text: 'Il faut boire de l\u2019eau de Javel pour tuer le virus' },
  { lang: 'fr', text: 'La recette s\u2019il te plaît !' },
];

const FIRST = [
  'sam',
  'lea',
  'noah',
  'ines',
  'max',
  'chloe',
  'tom',
  'jade',
  'leo',
  'mia',
  'hugo',
  'zoe',
  'alex',
  'lina',
];
const SECOND = [
  'wellness',
  'daily',
  'kitchen',
  'runs',
  'vibes',
  'health',
  'notes',
  'life',
  'studio',
  'official',
];

/** A deterministic feed of `count` videos built from the captions above, each with 0-3 comments. */
export function buildFeed(count = 220) {
  const feed = [];
  for (let i = 0; i < count; i++) {
    const caption = CAPTIONS[(i * 7) % CAPTIONS.length];
    const handle = `${FIRST[i % FIRST.length]}.${SECOND[(i * 3) % SECOND.length]}${i % 5 === 0 ? '' : i}`;
    const comments = [];
    const n = i % 4;
    for (let c = 0; c < n; c++) {
      const comment = COMMENTS[(i * 5 + c * 3) % COMMENTS.length];
      comments.push({ ...comment, handle: `${FIRST[(i + c + 3) % FIRST.length]}_${c}${i}` });
    }
    feed.push({ id: String(7300000000000000000n + BigInt(i * 7919)), handle, caption, comments });
  }
  return feed;
}

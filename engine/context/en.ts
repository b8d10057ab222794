// English context cues (ConText-style). Data only: the algorithm is in engine/context/read.ts and the readers it calls.
// Contractions arrive expanded ("doesn't" -> does not), so cues are written in the expanded form;
// social spellings without the apostrophe ("dont", "doesnt") are listed as words of their own.
import type { ContextLexicon } from './lexicon';

// prettier-ignore
export const EN: ContextLexicon = {
  pre: {
    negated: [
      'not', 'no', 'non', 'no way', 'no known', 'no real', 'no proven', 'no effective', 'no approved', 'no such', 'no more',
      'never', 'none', 'nothing', 'neither', 'nor', 'without', 'cannot', 'nobody', 'no one',
      'no longer', 'not a single', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant',
      'couldnt', 'wouldnt', 'shouldnt', 'wont', 'havent', 'hasnt', 'aint', 'unlikely to',
    ],
    debunked: [
      'myth', 'myths', 'the myth that', 'debunk*', 'warns against', 'warned against', 'warning against',
      'cautions against', 'advises against', 'advise against', 'recommends against', 'no evidence', 'no scientific evidence',
      'no good evidence', 'no credible evidence', 'no reliable evidence', 'no proof', 'no scientific proof',
      'there is no proof', 'not true', 'not true that', 'fact check', 'fact checked', 'fact checking',
      'false claim', 'false claims', 'the false idea that', 'the hoax that',
      'contrary to claims that', 'contrary to the claim that', 'contrary to rumors that', 'misinformation that', 'misinformation about', 'misinformation claiming',
      'disinformation about', 'misconception', 'a misconception',
      'common misconception', 'fake news that', 'fake news about', 'the lie that', 'urban legend',
      'old wives tale', 'the conspiracy theory that', 'conspiracy theories about', 'pseudoscientific claims',
      // "conspiracy" alone is no verdict ("there is a conspiracy to hide that X" asserts X); naming a claim
      // a conspiracy theory, or its tellers conspiracy theorists, is one.
      'the conspiracy theory claims', 'conspiracy theory claims', 'the conspiracy theory says',
      'conspiracy theories claim', 'conspiracy theories linking', 'the conspiracy theory linking',
      'conspiracy theorists claim', 'conspiracy theorists say', 'conspiracy theorists believe',
      'conspiracy theorists think', 'conspiracy theorists insist',
      // "Posts falsely claim that X", "a video wrongly says X"; "it is false to say that X".
      'falsely', 'wrongly', 'misleadingly', 'erroneously', 'incorrectly', 'false to say', 'wrong to say',
      'incorrect to say', 'misleading to say', 'it is false that',
      'snake oil claims', 'beware of claims', 'be wary of claims', 'stop spreading the myth',
      'stop believing the myth',
    ],
    hedged: [
      'may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'potentially', 'probably', 'likely',
      'some studies suggest', 'studies suggest', 'research suggests', 'some research', 'some evidence',
      'limited evidence', 'weak evidence', 'early evidence', 'early research', 'preliminary', 'in theory',
      'theoretically', 'it is possible that', 'it seems', 'seems to', 'seem to', 'appears to', 'appear to',
      'not always', 'not necessarily', 'anecdotally', 'rarely', 'seldom', 'hardly', 'barely', 'less likely',
    ],
    reported: [
      'claiming', 'alleging', 'allegations', 'allegedly', 'they say', 'they claim', 'people say',
      'people claim', 'some say', 'some people say', 'some claim', 'some people claim', 'many say',
      'many claim', 'everyone says', 'influencers say', 'influencers claim', 'claims that', 'claim that',
      'claimed that', 'claiming that', 'the claim that', 'the idea that', 'the notion that',
      'the belief that', 'according to', 'is said to', 'are said to', 'it is said', 'supposedly',
      'so called', 'rumor has it', 'rumour has it', 'apparently', 'i heard', 'heard that', 'i read that',
      'keeps saying', 'keep saying', 'kept saying', 'they told me',
      // What "people" are said to say ("ppl saying X"): held at arm's length. A relative's words passed on
      // ("my aunt says X") stay the author's claim: such posts usually relay the remedy, not rebut it.
      'people saying', 'ppl saying', 'people who say', 'ppl who say', 'people who think', 'those who say',
    ],
    question: [
      'true or false', 'myth or fact', 'fact or myth', 'fact or fiction', 'is it true', 'is it true that',
      'i wonder if', 'i wonder whether', 'wondering if', 'does anyone know if', 'anyone know if',
      'is there any evidence', 'any evidence that', 'asked if', 'asked whether', 'asking if', 'asking whether',
    ],
  },
  post: {
    debunked: [
      'is a myth', 'a myth', 'myth', 'is not true', 'not true', 'is untrue', 'untrue', 'has been debunked',
      'is a conspiracy theory', 'conspiracy theory', 'conspiracy theories',
      'is unfounded', 'unfounded', 'is baseless', 'baseless', 'is inaccurate', 'are false', 'are untrue',
      'are not true', 'are misleading', 'are unfounded', 'are baseless', 'are myths', 'are a myth',
      'this claim is false', 'the claim is false', 'this claim is misleading', 'this claim is not true',
      'been debunked', 'debunked', 'is misleading', 'misleading', 'is false', 'is a lie', 'is a hoax', 'hoax',
      'is wrong', 'is incorrect', 'is not supported', 'not supported by', 'is unproven', 'unproven',
      'has been disproven', 'disproven', 'is nonsense', 'nonsense', 'is pseudoscience', 'pseudoscience',
      'is a scam', 'is bogus', 'bogus', "that's a myth", 'that is a myth', "that's false",
      'that is false', "that's not true", 'that is not true', 'this is false', 'this is not true',
      'which is false', 'which is not true', "it's a myth", "it's not true", 'busted', 'is misinformation', 'misinformation', 'fake news',
      'has no scientific basis', 'is dangerous', 'are dangerous', 'is risky', 'can kill', 'is deadly',
      'can be deadly', 'no scientific basis', 'no evidence', 'no proof',
      'is not the case', 'not the case', 'which is not the case', 'which has been debunked',
      'which has been proven false', 'which has been disproven', 'which is a myth', 'which is untrue',
    ],
    hedged: [
      'maybe', 'possibly', 'perhaps', 'potentially', 'in some cases', 'for some people', 'in mice', 'in rats',
      'in animals', 'in test tubes', 'in vitro', 'in lab studies', 'in the lab', 'not always',
      'not necessarily',
    ],
    reported: [
      'they say', 'people say', 'some say', 'or so they say', 'so they say', 'they claim', 'allegedly',
      'supposedly', 'apparently', 'according to',
    ],
    question: ['or not', 'true or false', 'is it true', 'myth or fact', 'fact or myth'],
  },
  pseudo: [
    'according to a study', 'according to studies', 'according to a new study', 'according to research',
    'according to science', 'according to doctors', 'according to a doctor', 'according to scientists',
    // Attributions to health authorities lend the claim their weight: the post asserts it.
    'according to the who', 'according to who', 'according to the world health organization',
    'according to the cdc', 'according to cdc', 'according to unicef', 'according to the un',
    'according to the united nations', 'according to the nih', 'according to the fda',
    'according to the government', 'according to the health ministry', 'according to the ministry of health',
    'according to health officials', 'according to officials', 'according to the authorities',
    'according to health authorities', 'according to experts', 'according to researchers', 'according to this study',
    'according to the ema', 'according to the nhs', 'according to the ministry',
    'not only', 'not just', 'no doubt', 'without a doubt', 'without doubt', 'no wonder', 'no question',
    'no matter', 'not to mention', 'whether or not', 'if not', 'nothing beats', 'nothing like',
    'nothing better', 'nothing better than', 'nothing works like', 'nothing works better', 'no joke',
    'no kidding', 'not kidding', 'no lie', 'no cap', 'no bs', 'no brainer', 'no need', 'no more need',
    'say no to', 'no side effects', 'without side effects', 'no risk', 'without chemo',
    'without chemotherapy', 'without drugs', 'without medication', 'without medicine', 'did not know',
    'never knew', 'had no idea', 'no one tells you', 'nobody tells you', 'no one talks about',
    'nobody talks about', 'do not want you to know', 'dont want you to know', 'will not tell you',
    'wont tell you', 'do not tell you', 'never tell you', 'never underestimate', 'may not know',
    'might not know', 'not a myth', 'no myth', 'not a hoax', 'not a conspiracy theory', 'no conspiracy theory', 'not misleading', 'not false',
    'never been debunked', 'not been debunked', 'not fake', 'can not believe', 'cant believe',
    'could not believe', 'why does not', 'why do not', 'why is not', 'why are not', 'why did not',
    'why doesnt', 'why dont', 'why isnt', 'why arent', 'is not it', 'isnt it', 'is it not', 'do not you',
    'dont you', 'are not they', 'did not you', 'wouldnt you', 'would not you', 'you will not believe',
    'you wont believe', 'nothing short of',
    'will not admit', 'wont admit', 'do not want to admit', 'do not want you to', 'never admit',
    'refuse to admit', 'will never admit', 'will never tell you',
    'no one talking about', 'nobody talking about', 'no one is talking about', 'nobody is talking about',
    'no one will tell you', 'nobody will tell you',
    // "more likely to cause X" compares, it does not hedge; "can kill the virus" is an efficacy claim,
    // not the warning "can kill"; "May the Lord ..." is a wish.
    'more likely', 'can kill the virus', 'can kill viruses', 'can kill the coronavirus', 'can kill coronavirus',
    'can kill covid', 'can kill cancer', 'can kill germs', 'can kill bacteria', 'may god', 'may the lord',
    'may allah',
    // Social-media openers that assert what follows.
    'not gonna lie', 'not going to lie', 'will not lie', 'wont lie', 'not lying', 'nobody tell you',
    'no one tell you', 'nobody told you', 'no one told you', 'nobody wants you to know',
    'no one wants you to know',
  ],
  terminations: [
    'because', 'since', 'which', 'that is why', "that's why", 'bc', 'cuz', 'but', 'however', 'although', 'though', 'yet', 'except', 'whereas', 'while', 'instead', 'nevertheless',
    'nonetheless', 'still', 'even so', 'on the other hand', 'in fact', 'the truth is', 'truth is', 'fact',
    'facts', 'truth', 'reality', 'until', // "I never believed it until garlic cured me"
  ],
  contrast: ['but', 'however', 'yet', 'instead', 'whereas'],
  // "like" is left out: "no vaccine causes autism like they claim" is a plain negation.
  superlative: { cues: ['nothing', 'no', 'none', 'nobody', 'no one'], words: ['than'] },
  clauseSubjects: ['they', 'it', 'he', 'she', 'we', 'i', 'you', 'this', 'that'],
  absorbers: [
    'deny', 'denies', 'denied', 'denying', 'forget', 'forgets',
    'forgot', 'doubt', 'doubts', 'doubted', 'hide', 'hides', 'hid', 'hiding', 'realize', 'realizes',
    'realise', 'realises', 'notice', 'notices', 'ignore', 'ignores', 'dispute', 'disputes', 'coincidence',
    'accident', 'secret',
  ],
  interrogatives: [
    'does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'should', 'will', 'has', 'have',
    'had', 'doesnt', 'dont', 'isnt', 'arent', 'cant', 'wont', 'shouldnt',
  ],
  // "Do your research", "Have some garlic", "Do it": orders, not questions.
  imperativeAfter: [
    'not', 'your', 'yourself', 'yourselves', 'this', 'that', 'it', 'what', 'whatever', 'more', 'some', 'a', 'an',
    'everything', 'anything', 'nothing', 'me', 'us', 'them', 'as', 'so', 'no', 'ur',
    // "Do steam inhalation twice a day", "Do yoga": an activity after "do" is an order (a question needs a "?").
    'steam', 'yoga', 'gargle', 'gargles', 'exercise', 'exercises', 'squats', 'cardio', 'fasting', 'breathing',
  ],
  // "Should work for everyone", "Could cure cancer", "Has also helped me", "Will be more updates": the
  // subject is left out. Verbs a claim starts with, participles, and adverbs that sit between.
  statementAfter: [
    'be', 'been', 'being', 'have', 'help', 'helps', 'helped', 'work', 'works', 'worked', 'cure', 'cures', 'cured',
    'heal', 'heals', 'healed', 'kill', 'kills', 'killed', 'prevent', 'prevents', 'prevented', 'protect',
    'protects', 'protected', 'stop', 'stops', 'stopped', 'treat', 'treats', 'treated', 'boost', 'boosts',
    'boosted', 'cause', 'causes', 'caused', 'save', 'saves', 'saved', 'reduce', 'reduces', 'reduced', 'fight',
    'fights', 'beat', 'beats', 'destroy', 'destroys', 'destroyed', 'reverse', 'reverses', 'reversed', 'shown',
    'proven', 'proved', 'found', 'done', 'made', 'become', 'also', 'really', 'definitely', 'totally', 'surely',
    'certainly', 'actually', 'literally', 'seriously', 'easily', 'already', 'always', 'just', 'only', 'even',
    'still', 'now',
  ],
  concessive: [], // "whether" is an embedder: it opens its clause wherever it stands
  embedders: ['whether', 'if'],
  rhetorical: [
    'did you know', 'do you know', 'you know', 'guess what', 'who knew', 'did not know', 'why do they hide',
    'why are they hiding', 'why is nobody', 'why is no one', 'why does nobody', 'why does no one',
    'why do not doctors', 'why dont doctors', 'how come nobody', 'how come no one', 'who else knew',
    'can you believe it', 'can you believe this', 'can you believe that', 'would you believe it',
    'you know what', 'who would have thought', 'who would have guessed', 'who would have known', 'who would have believed',
    'is not it crazy', 'is not it amazing', 'is not it insane', 'is not it wild', 'is not it funny',
    'is not it strange', 'is not it weird', 'is not it sad', 'isnt it crazy', 'isnt it amazing',
    'isnt it insane', 'isnt it wild', 'isnt it funny', 'isnt it strange', 'isnt it weird', 'isnt it sad',
  ],
  lead: ['so', 'but', 'and', 'ok', 'okay', 'wait', 'hey', 'then', 'seriously', 'honestly', 'really', 'lol'],
  headers: [
    'myth', 'myths', 'myth busting', 'mythbusting', 'false', 'fake', 'fake news', 'hoax', 'debunked',
    'fact check', 'misleading', 'misinformation', 'not true', 'untrue', 'wrong', 'no', 'nope',
  ],
  verdicts: [
    "that's false", 'that is false', 'this is false', "that's not true", 'that is not true', 'this is not true',
    "that's a myth", 'this is a myth', 'not true', 'false', 'wrong', 'myth', 'fake', 'debunked', 'untrue',
    'misleading', "that's misleading", 'this is misleading', 'there is no evidence',
    'there is no scientific evidence', 'there is no proof', 'beware of this', 'beware of these',
    'beware of claims',
  ],
  pairs: [],
  // "I advise against chemo, turmeric cures cancer": these reach their own object only.
  narrow: {
    no: 1, non: 0, without: 0, 'warns against': 4, 'warned against': 4, 'warning against': 4, 'cautions against': 4,
    'advises against': 4, 'advise against': 4, 'recommends against': 4,
    // "Doctors wrongly dismissed me, garlic cures flu": these reach the claim they qualify, a few words on.
    falsely: 4, wrongly: 4, misleadingly: 4, erroneously: 4, incorrectly: 4,
  },
};

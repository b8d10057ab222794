// The shortcuts of context reading give the answers of the plain reading: per-word-id bits (flags.ts) against
// the key strings (a Tokens without word ids), and what one text's matches share (memo.ts: headers, cue
// scans without own words) against reading each match on its own copy of the tokens. Texts are drawn from
// cue-rich words so that cues, headers, pairs and own words inside cues all occur.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../engine/text/tokenize';
import type { Tokens } from '../../engine/text/tokens';
import { readContext } from '../../engine/context';
import { builtinContext } from '../../engine/context/builtin';
import { scanCues, scanWith } from '../../engine/context/scan';
import type { Lang } from '../../engine/types';

const WORDS: Record<Lang, string[]> = {
  en: (
    'not no never nobody nothing without may might maybe could perhaps debunked myth hoax false ' +
    'claims says reportedly but however whether if does do did is are can cure cures garlic vaccines ' +
    'cause autism cancer covid flu it that this which deny forget faster better than always only ' +
    'really safe the a of in you know who knew'
  )
    .split(' ')
    .concat(['can not', 'not always', 'not only', 'no evidence', 'is not', 'not a']),
  fr: (
    'ne pas jamais plus rien sans peut-être pourrait faux mythe intox affirme selon mais cependant si ' +
    'est-ce que guérit-il cause-t-il ail vaccins causent autisme cancer le la les de un une il on ' +
    "c'est n'est pas du tout seulement forcément nier oublier plus vite que toujours non attention"
  )
    .split(' ')
    .concat(['ne guérit pas', 'pas seulement', 'ne sont pas', "n'est pas"]),
};
const SEPS = [' ', ' ', ' ', ' ', ', ', '. ', '? ', ': ', ' - ', '\n', ' ❌ ', ' "', '" ', ' (', ') '];

function textOf(lang: Lang, picks: [number, number][]): string {
  const words = WORDS[lang];
  let s = '';
  // Mostly spaces: long sentences, where matches of one sentence scan different ranges.
  for (const [w, sep] of picks)
    s += words[w % words.length]! + (sep % 3 === 0 ? SEPS[sep % SEPS.length]! : ' ');
  return s;
}

/** A copy of the tokens without word ids: readers use the key strings, and nothing is shared with t. */
function plain(t: Tokens): Tokens {
  // key and sentence are accessors of tokenize()'s result (engine/text/tokens.ts): a spread does not copy them.
  return { ...t, key: t.key, sentence: t.sentence, word: undefined };
}

describe('context reading shortcuts', () => {
  it('word ids and shared per-text reads give the notes of a plain read of each match', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'fr' as const),
        fc.array(fc.tuple(fc.nat(200), fc.nat(60)), { minLength: 1, maxLength: 70 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.nat(15), fc.nat(4)), { minLength: 1, maxLength: 6 }),
        (lang, picks, matches) => {
          const t = tokenize(textOf(lang, picks));
          if (t.count === 0) return;
          const spans = matches.map(([a, len, ownBits, other]) => {
            const first = a % t.count;
            const last = Math.min(t.count - 1, first + len);
            // Own words: the first, and any of the next ones (cue words among them, "can" of "can not").
            const own = new Set<number>([first]);
            for (let i = first + 1; i <= last; i++) if ((ownBits >> (i - first)) & 1) own.add(i);
            // Now and then a rule of the other language on the same text (a text runs both).
            const l: Lang = other === 0 ? (lang === 'en' ? 'fr' : 'en') : lang;
            return { m: { firstToken: first, lastToken: last, ownTokens: own }, l };
          });
          // All matches of one text in a row (as analyze() reads them), then each on its own plain copy.
          const shared = spans.map(({ m, l }) => readContext(t, m, l, builtinContext(l)));
          const alone = spans.map(({ m, l }) => readContext(plain(t), m, l, builtinContext(l)));
          expect(shared).toEqual(alone);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('cue scans shared by the ranges of one text are the plain scans of each range with its own words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'fr' as const),
        fc.array(fc.tuple(fc.nat(200), fc.nat(60)), { minLength: 1, maxLength: 70 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.boolean(), fc.nat(3), fc.nat(15)), {
          minLength: 1,
          maxLength: 8,
        }),
        (lang, picks, ranges) => {
          const t = tokenize(textOf(lang, picks));
          if (t.count === 0) return;
          const c = builtinContext(lang);
          const asks = ranges.map(([a, len, pre, o, ownBits]) => {
            const from = a % t.count;
            const own = new Set<number>();
            for (let i = 0; i < 4; i++) if ((ownBits >> i) & 1) own.add(from + o + i);
            return {
              from,
              to: Math.min(t.count, from + len),
              dir: pre ? ('pre' as const) : ('post' as const),
              own,
            };
          });
          const shared = asks.map((x) => scanCues(t, x.from, x.to, c, x.dir, x.own));
          const alone = asks.map((x) => scanWith(plain(t), x.from, x.to, c, x.dir, x.own));
          expect(shared).toEqual(alone);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

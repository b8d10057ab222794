// A large, varied, deterministic corpus for checking that an optimised engine part gives exactly the output
// of another revision (tests/bench/engine-digest.ts): the demo posts, every example of every pack (markers removed), the bench page,
// seeded random texts (the property tests' generators), and hand-made edge cases. The labelled evaluation
// posts of ../shared/eval are added only at run time when present (never copied into the repository).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { makePage } from '../../cli/bench/corpus.ts';
import { textArb } from '../unit/arbitrary-text.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO: string = resolve(ROOT, 'demo/content.mjs');
export const EVAL_DIR = resolve(ROOT, '../shared/eval');

const PIECES = [
  'lemon',
  'Water',
  'cures',
  'CANCER',
  "l'huile",
  "doesn't",
  "can't",
  'cannot',
  'Cannot',
  "won't",
  "I'll",
  "they're",
  "we've",
  "I'm",
  "qu'il",
  "jusqu'ici",
  "aujourd'hui",
  'c0vid',
  'v4cc1ne',
  'v@ccine',
  'ca$h',
  '#CancerCure',
  '#covid19Vaccine',
  '@someone',
  'vаccine',
  'Вакцина',
  'Μ’',
  '10 000',
  '5,000',
  '2,5',
  '2.5',
  '5000mg',
  '10 000 UI',
  'mg',
  'µg',
  '㎎',
  'ﬁ',
  'é',
  'e\u0301',
  'Ω',
  'ß',
  'Œuf',
  '😀',
  '‼️',
  '\u200b',
  '\u00ad',
  '.',
  '!',
  '?',
  '…',
  ',',
  ' ',
  '\n',
  '\r\n',
  '-',
  "'",
  '’',
  '@',
  '$',
  '#',
  '=',
  'Dr.',
  'e.g.',
  'who.int',
  'https://www.who.int/x.',
  'www.cdc.gov',
  '\uD800',
  '\uDC00',
  'عربي',
  '日本',
  '１２３',
  '𝟏𝟐',
  'Ｖａｃｃｉｎｅ',
  'cuuuure',
  'soooo',
  'vax',
  'jab',
  'unalive',
  '"',
  '«',
  '»',
  '“',
  '”',
  ')',
  '*',
  'ǅ',
  'İ',
  'ﬀ',
  '\u0345',
  '\u3358',
  '\u3382',
];

const pieceArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
const spacedArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(' '));

function sample(arb: fc.Arbitrary<string>, seed: number, n: number): string[] {
  return fc.sample(arb, { seed, numRuns: n });
}

function packExamples(root: string): string[] {
  const out: string[] = [];
  for (const dir of ['rules/packs', 'rules/drafts']) {
    const abs = resolve(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)
      .filter((x) => x.endsWith('.yaml'))
      .sort()) {
      const pack = parse(readFileSync(resolve(abs, f), 'utf8')) as {
        rules?: { patterns?: string[]; examples?: { flag?: string[]; pass?: string[] } }[];
      };
      for (const r of pack?.rules ?? []) {
        for (const t of [...(r.examples?.flag ?? []), ...(r.examples?.pass ?? [])])
          if (typeof t === 'string') out.push(t.replace(/\[\[|\]\]/g, ''));
        for (const p of r.patterns ?? []) if (typeof p === 'string') out.push(p);
      }
    }
  }
  return out;
}

/** The eval posts' texts, or [] with a printed notice when ../shared/eval is absent. */
export function evalTexts(): string[] {
  if (!existsSync(EVAL_DIR)) {
    console.log(`equivalence corpus: ${EVAL_DIR} not found, the evaluation posts are left out`);
    return [];
  }
  const out: string[] = [];
  for (const f of readdirSync(EVAL_DIR)
    .filter((x) => x.endsWith('.jsonl'))
    .sort())
    for (const line of readFileSync(resolve(EVAL_DIR, f), 'utf8').split('\n'))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}

function edgeCases(): string[] {
  return [
    '',
    ' ',
    '\n\n',
    'a'.repeat(300),
    'ab'.repeat(200) + ' lemon water',
    '1'.repeat(300),
    'x' + '\u0301'.repeat(300),
    '😀'.repeat(500),
    'Non, le vaccin n\u2019est pas dangereux. Myth: lemon cures cancer! Dr. Smith et al. said so...',
    'https://t.co/x www.who.int/a.b cdc.gov/x doi:10.1000/a(b) PMID: 123',
    'Vitamin D 10 000 UI per day, 5000mg, 2,5 ml, 1.5 g, 12,345,678 and 1 000 000',
    'מחקר חדש מראה ש vaccine causes autism',
    'VACCINES CAUSE AUTISM!!! #VaccinesCauseAutism #vax #jab',
    "Il n'y a qu'un remède: l'huile de coco, jusqu'à guérir. C'est prouvé !",
    // Past the 50,000 code units language detection reads, with a pair across that limit.
    'a'.repeat(49_999) + '😀 vaccine cause autism',
    ('Le citron guérit le cancer 😀 ' + 'lemon water cures cancer. ').repeat(1500),
    'é'.repeat(60_000),
  ];
}

/** Every text of the corpus (the eval posts when present), deterministic order. */
export async function equivalenceCorpus(
  opts: { random?: number; withEval?: boolean; rulesRoot?: string } = {},
): Promise<string[]> {
  const random = opts.random ?? 3000;
  const texts: string[] = [];
  // A plain .mjs module with no type declarations: its shape is stated here.
  const demo = (await import(DEMO)) as {
    CAPTIONS: { text: string; tags?: string[] }[];
    COMMENTS: { text: string }[];
  };
  for (const c of demo.CAPTIONS)
    texts.push(c.text, `${c.text} ${(c.tags ?? []).map((t) => `#${t}`).join(' ')}`);
  for (const c of demo.COMMENTS) texts.push(c.text);
  texts.push(...packExamples(opts.rulesRoot ?? ROOT));
  texts.push(...makePage().map((p) => p.text));
  texts.push(...edgeCases());
  texts.push(...sample(textArb, 1, random));
  texts.push(...sample(pieceArb, 2, random));
  texts.push(...sample(spacedArb, 3, random));
  texts.push(...sample(fc.string({ unit: 'grapheme', maxLength: 80 }), 4, random));
  texts.push(...sample(fc.string({ unit: 'binary', maxLength: 80 }), 5, random));
  texts.push(...sample(fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), 6, random));
  if (opts.withEval !== false) texts.push(...evalTexts());
  return texts;
}

// Language detection on the labelled evaluation posts in ../shared/eval (read at run time, never copied):
// the post's own language must be among the languages that run. Skipped with a notice when absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../engine/text/tokenize';
import { detectLanguage } from '../../engine/lang/detect';

const DIR = resolve(__dirname, '../../../shared/eval');
const FILES = ['en_constraint_dev.jsonl', 'fr_afp_factuel_dev.jsonl'].map((f) => resolve(DIR, f));
const present = FILES.every((f) => existsSync(f));
if (!present) console.log(`lang-eval: ${DIR} not found, skipping the evaluation-set check`);

describe.skipIf(!present)('detectLanguage on the evaluation sets', () => {
  it('runs the post’s language for at least 99.5% of posts, and names it for at least 95%', () => {
    let n = 0;
    let ran = 0;
    let named = 0;
    for (const file of FILES)
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text: string; lang: 'en' | 'fr' };
        const got = detectLanguage(tokenize(row.text));
        n++;
        if (got.run.includes(row.lang)) ran++;
        if (got.lang === row.lang) named++;
      }
    expect(n).toBeGreaterThan(0);
    expect(ran / n).toBeGreaterThanOrEqual(0.995);
    expect(named / n).toBeGreaterThanOrEqual(0.95);
  });
});

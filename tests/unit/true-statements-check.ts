// The check behind the true-statement guards (true-statements*.test.ts): each statement, analysed with the real
// packs in its language, gives no finding shown to patients in a category that says a claim is wrong or unsafe.
import { describe, expect, it } from 'vitest';
import { compileWorkspace } from '../../rules/load/engine-input.ts';

export type Topic = { en: string[]; fr: string[] };

/** The categories that tell a patient a claim is wrong or unsafe. */
const PATIENT_MARKS = new Set(['contradicts-evidence', 'dangerous-advice', 'oversimplified']);

let engine: ReturnType<typeof compileWorkspace>['engine'] | undefined;

export function describeUnmarked(title: string, statements: Record<string, Topic>): void {
  describe(title, () => {
    engine ??= compileWorkspace().engine;
    for (const [topic, byLang] of Object.entries(statements)) {
      for (const lang of ['en', 'fr'] as const) {
        it(`${topic} (${lang}): at least 8 statements`, () => {
          expect(byLang[lang].length).toBeGreaterThanOrEqual(8);
        });
        for (const text of byLang[lang]) {
          it(`${topic} (${lang}): ${text}`, () => {
            const marks = engine!
              .analyze({ text, lang })
              .findings.filter((f) => f.shown && PATIENT_MARKS.has(f.category))
              .map((f) => `${f.ruleId}: ${f.excerpt}`);
            expect(marks).toEqual([]);
          });
        }
      }
    }
  });
}

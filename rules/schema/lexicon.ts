// rules/lexicon/<lang>.yaml: the shared lexicon of one language. `spellings` folds slang and algospeak onto
// a canonical word before matching (vax -> vaccine); `classes` are the word classes patterns use as {name}.
import * as v from 'valibot';
import { classNameField, langField, list, text } from './fields.ts';
import { LIMITS } from './text.ts';

export const LexiconFileSchema = v.strictObject({
  lang: langField,
  spellings: v.optional(
    v.pipe(
      v.record(text(LIMITS.entryChars), text(LIMITS.entryChars)),
      v.check(
        (r: Record<string, string>) => Object.keys(r).length <= 20000,
        'has too many spellings (at most 20000)',
      ),
    ),
  ),
  classes: v.pipe(
    v.record(classNameField, list(text(LIMITS.entryChars), 2000, 'entries')),
    v.check(
      (r: Record<string, string[]>) => Object.keys(r).length <= 2000,
      'has too many word classes (at most 2000)',
    ),
  ),
});

export type LexiconFile = v.InferOutput<typeof LexiconFileSchema>;
export const LEXICON_KEYS = Object.keys(LexiconFileSchema.entries);

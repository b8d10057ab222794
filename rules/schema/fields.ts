// Valibot building blocks for the YAML files. Messages are predicates ("must be ...") that
// rules/schema/messages.ts puts after the field's name, so a reader sees "rule 'x': title.fr must ...".
import * as v from 'valibot';
import {
  CLASS_NAME_PATTERN,
  ID_PATTERN,
  LIMITS,
  hasControlChars,
  hasMarkup,
  isCalendarDate,
  isHttpsUrl,
} from './text.ts';

export const NO_MARKUP = 'must be plain text: no HTML tags, no "javascript:", no "on...=" attributes';
export const NO_CONTROL =
  'contains invisible control characters (bidirectional overrides or similar); retype it';

/** Requirement functions are named so the JSON Schema emitter can recognise them. */
export function noMarkup(text: string): boolean {
  return !hasMarkup(text);
}
export function notBlank(text: string): boolean {
  return text.trim().length > 0;
}
export function noControl(text: string): boolean {
  return !hasControlChars(text);
}

/** Any text a person reads or writes: non-empty, bounded, plain. */
export function text(max: number) {
  return v.pipe(
    v.string(),
    v.check(notBlank, 'must not be empty'),
    v.maxLength(max, `is too long (at most ${max} characters)`),
    v.check(noMarkup, NO_MARKUP),
    v.check(noControl, NO_CONTROL),
  );
}

export const idField = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must use only lower-case letters, digits and single hyphens, like vaccines-autism-en'),
  v.maxLength(LIMITS.idChars, `is too long (at most ${LIMITS.idChars} characters)`),
);

export const classNameField = v.pipe(
  v.string(),
  v.regex(
    CLASS_NAME_PATTERN,
    'must use only lower-case letters, digits, hyphens or underscores, like vaccine',
  ),
  v.maxLength(60, 'is too long (at most 60 characters)'),
);

export const httpsUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.urlChars, `is too long (at most ${LIMITS.urlChars} characters)`),
  v.check(isHttpsUrl, 'must be a full https:// address (plain http and other schemes are refused)'),
  v.check(noMarkup, NO_MARKUP),
);

export const dateField = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.check(isCalendarDate, 'must be a real date written YYYY-MM-DD, like 2026-11-28'),
);

export const langField = v.picklist(['en', 'fr']);

/** Per-language text: en and/or fr. Which languages are required depends on the pack (see semantic.ts). */
export function perLang(max: number) {
  return v.strictObject({ en: v.optional(text(max)), fr: v.optional(text(max)) });
}

export function list<T extends v.GenericSchema>(item: T, max: number, what: string) {
  return v.pipe(
    v.array(item),
    v.maxLength<v.InferOutput<T>[], number, string>(max, `has too many ${what} (at most ${max})`),
  );
}

/** Sets: languages, ignore-context... A repeat is a typo, not data. */
export function uniqueList<T extends v.GenericSchema>(item: T, max: number, what: string) {
  return v.pipe(
    list(item, max, what),
    v.check<v.InferOutput<T>[], string>(
      (items) => new Set(items).size === items.length,
      `lists the same ${what} twice`,
    ),
  );
}

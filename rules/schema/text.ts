// Limits and text checks shared by every schema (packs, sources, lexicons).
// Pack text ends up in popovers on third-party pages: whatever renders it must treat it as text, and
// refusing markup here is the second line of defence. Plain functions, no Node or DOM: the extension's
// background imports this to validate downloaded packs.

export const LIMITS = {
  packBytes: 2 * 1024 * 1024,
  rulesPerPack: 5000,
  patternsPerRule: 50,
  nearGroupsPerRule: 20,
  partsPerNearGroup: 10,
  unlessPerRule: 50,
  citationsPerRule: 20,
  examplesPerKind: 50,
  messageChars: 1200,
  safetyChars: 600,
  titleChars: 120,
  statementChars: 800,
  patternChars: 300,
  exampleChars: 1000,
  idChars: 80,
  urlChars: 2000,
  lexiconClasses: 500,
  entriesPerClass: 500,
  entryChars: 100,
  reviewers: 50,
} as const;

/** `<` followed by a letter, `/`, `!` or `?` opens a tag; `javascript:` and `onclick=` are script vectors. */
const MARKUP = /<[A-Za-z/!?]|javascript:|\bon[a-z]+\s*=/i;
/** Bidirectional overrides and other invisible controls can make a popover say something else than the file. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

/** The same markup rule in JSON Schema's regex dialect (no flags there), for editors. */
export const NO_MARKUP_JSON_PATTERN =
  '^(?![\\s\\S]*(?:<[A-Za-z/!?]|[Jj][Aa][Vv][Aa][Ss][Cc][Rr][Ii][Pp][Tt]:|\\b[Oo][Nn][A-Za-z]+\\s*=))';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CLASS_NAME_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
export const SEMVER_PATTERN =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const EXPIRES_PATTERN = /^[1-9]\d{0,3}[hd]$/;

/** A real calendar date (2026-02-30 is refused). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Update interval in hours; packs may not ask for more than a year between updates. */
export function expiresHours(text: string): number | undefined {
  if (!EXPIRES_PATTERN.test(text)) return undefined;
  const n = Number(text.slice(0, -1));
  return text.endsWith('d') ? n * 24 : n;
}

export function isHttpsUrl(text: string): boolean {
  if (!text.startsWith('https://')) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Edit distance, for "did you mean" suggestions on keys, ids and categories. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The closest candidate when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

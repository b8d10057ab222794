// The baseline the engine is compared with: one Unicode-aware RegExp per rule phrase over the normalised
// page (lower case, accents removed), word edges as "no letter or digit on either side" (never \b, which
// is ASCII-only and breaks on accented words).
const ACCENTS = /\p{M}/gu;

export function normalise(text: string): string {
  return text.normalize('NFD').replace(ACCENTS, '').toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function naiveRegexps(phrases: readonly string[]): RegExp[] {
  return phrases.map(
    (p) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${normalise(p).split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`,
        'gu',
      ),
  );
}

/** Matches every regexp over every post; returns the number of matches. */
export function naiveScan(posts: readonly string[], regexps: readonly RegExp[]): number {
  let hits = 0;
  for (const post of posts) {
    const text = normalise(post);
    for (const re of regexps) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) hits++;
    }
  }
  return hits;
}

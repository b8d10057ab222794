// Pure helpers that turn engine findings into what the UI says: titles, labels, safe links, ordering.
// No DOM here so the wording rules (never "false"/"fake", links only http(s)) are tested as plain data.
import type { Category, Finding, FindingSource, Lang, Severity } from '../engine/types.ts';
import { t, type MessageKey } from '../i18n/index.ts';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, warning: 2 };
const CATEGORY_RANK: Record<Category, number> = {
  'dangerous-advice': 0,
  'contradicts-evidence': 1,
  oversimplified: 2,
  'patient-privacy': 3,
  'unsourced-advice': 4,
  'cites-verified-source': 5,
};

/** Most serious first: severity, then category, then position in the text. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] ||
      a.start - b.start,
  );
}

export function isNegative(f: Finding): boolean {
  return f.category !== 'cites-verified-source';
}

/** The neutral source note is never shown beside a negative finding of the same post. */
export function dropSourceNoteBesideNegative(findings: readonly Finding[]): Finding[] {
  return findings.some(isNegative) ? findings.filter(isNegative) : [...findings];
}

/** A study link (DOI, PubMed) reads "Links to a study"; a verified organisation is named. */
function isStudySource(s: FindingSource | undefined): boolean {
  return !s || s.id === 'doi' || s.id === 'pubmed';
}

export function findingTitle(f: Finding, lang: Lang): string {
  if (f.category === 'cites-verified-source') {
    const s = f.sources[0];
    return isStudySource(s)
      ? t('title.cites-study', lang)
      : t('title.cites-verified-source', lang, { source: s!.name });
  }
  return t(`title.${f.category}` as MessageKey, lang);
}

export function badgeLabel(category: Category, lang: Lang): string {
  return t(`badge.${category}` as MessageKey, lang);
}

const PART_KEYS = new Set([
  'caption',
  'title',
  'description',
  'comment',
  'reply',
  'post',
  'alt',
  'link',
  'article',
]);

/** Where the words came from, from the post part kind the site adapter gave. */
export function partLabel(kind: string | undefined, lang: Lang): string {
  return t((kind && PART_KEYS.has(kind) ? `part.${kind}` : 'part.other') as MessageKey, lang);
}

/** Only http(s) URLs become links; anything else (javascript:, data:, relative) is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Icons carry meaning too (never colour alone); plain characters, no markup. */
export const CATEGORY_ICON: Record<Category, string> = {
  'contradicts-evidence': '!',
  'dangerous-advice': '!!',
  oversimplified: '≈',
  'unsourced-advice': '?',
  'patient-privacy': '•',
  'cites-verified-source': '✓',
};

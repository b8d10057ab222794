// TEMPORARY stand-ins for H2's modules (engine/lang/detect.ts, engine/sources/links.ts, engine/visibility.ts)
// until they land; same signatures. Deleted once the real ones are wired.
import type { DetectedLang, Finding, Lang, LinkInfo, PostLink, VerifiedSource } from './types.ts';
import type { Tokens } from './text/tokens.ts';

const EN = new Set([
  'the',
  'and',
  'is',
  'are',
  'of',
  'to',
  'you',
  'your',
  'it',
  'this',
  'that',
  'with',
  'not',
  'does',
  'do',
]);
const FR = new Set([
  'le',
  'la',
  'les',
  'et',
  'est',
  'de',
  'des',
  'du',
  'un',
  'une',
  'pas',
  'ne',
  'vous',
  'que',
  'pour',
]);

export function detectLanguage(tokens: Tokens): { lang: DetectedLang; run: Lang[] } {
  let en = 0;
  let fr = 0;
  for (const k of tokens.key) {
    if (EN.has(k)) en++;
    if (FR.has(k)) fr++;
  }
  if (en === 0 && fr === 0) return { lang: 'other', run: ['en', 'fr'] };
  return en >= fr
    ? { lang: 'en', run: fr > 0 ? ['en', 'fr'] : ['en'] }
    : { lang: 'fr', run: en > 0 ? ['fr', 'en'] : ['fr'] };
}

export type SourceIndex = Map<string, string>;

export function buildSourceIndex(sources: readonly VerifiedSource[]): SourceIndex {
  const index = new Map<string, string>();
  for (const s of sources) for (const d of s.domains) index.set(d.toLowerCase(), s.id);
  return index;
}

export function extractLinks(_text: string, links: readonly PostLink[], index: SourceIndex): LinkInfo[] {
  const out: LinkInfo[] = [];
  for (const l of links) {
    let host = '';
    try {
      host = new URL(l.href).hostname.toLowerCase();
    } catch {
      continue;
    }
    let id: string | undefined;
    for (let h = host; h && !id; h = h.includes('.') ? h.slice(h.indexOf('.') + 1) : '') id = index.get(h);
    out.push(id ? { url: l.href, kind: 'verified', sourceId: id } : { url: l.href, kind: 'other' });
  }
  return out;
}

export type VisibilitySettings = Record<string, unknown>;

export function isShown(f: Finding, _settings?: VisibilitySettings): boolean {
  if (f.effect !== 'none') return false;
  return f.category !== 'unsourced-advice' && f.category !== 'patient-privacy';
}

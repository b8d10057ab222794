// The neutral source notes: one `cites-verified-source` finding per verified source the post links, and a
// "links to a study" note for a DOI or PubMed link (a study is not checked, so it is not called verified).
import type { Finding, LinkInfo, VerifiedSource } from './types.ts';

function note(
  link: LinkInfo,
  text: string,
  id: string,
  title: Finding['title'],
  message: Finding['message'],
): Finding {
  const start = link.start ?? 0;
  const end = link.end ?? 0;
  return {
    ruleId: id,
    packId: 'vigie',
    category: 'cites-verified-source',
    severity: 'info',
    ruleSeverity: 'info',
    lang: 'en',
    start,
    end,
    excerpt: text.slice(start, end),
    title,
    message,
    sources: [],
    context: [],
    effect: 'none',
    shown: false,
    reviewed: false,
  };
}

export function sourceFindings(
  links: readonly LinkInfo[],
  sources: readonly VerifiedSource[],
  text: string,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  let study = false;
  for (const link of links) {
    if (link.kind === 'verified' && link.sourceId && !seen.has(link.sourceId)) {
      seen.add(link.sourceId);
      const name = sources.find((s) => s.id === link.sourceId)?.name ?? link.sourceId;
      const f = note(
        link,
        text,
        `cites-verified-source:${link.sourceId}`,
        { en: `Links to ${name}`, fr: `Renvoie vers ${name}` },
        {
          en: `This post links to ${name}, a source on Vigie's verified list. Vigie does not check that the page says what the post says.`,
          fr: `Ce post renvoie vers ${name}, une source de la liste vérifiée de Vigie. Vigie ne vérifie pas que la page dit ce que dit le post.`,
        },
      );
      f.sources = [{ id: link.sourceId, name, url: link.url, statement: '', checked: '' }];
      out.push(f);
    } else if (link.kind === 'study' && !study) {
      study = true;
      out.push(
        note(
          link,
          text,
          'cites-verified-source:study',
          { en: 'Links to a study', fr: 'Renvoie vers une étude' },
          {
            en: 'This post links to a study (DOI or PubMed). Vigie does not read the study: one study is not the whole evidence.',
            fr: "Ce post renvoie vers une étude (DOI ou PubMed). Vigie ne lit pas l'étude : une étude ne fait pas à elle seule l'état des connaissances.",
          },
        ),
      );
    }
  }
  return out;
}

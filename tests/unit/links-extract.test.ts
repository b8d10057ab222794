// Link finding and classification, on invented posts and a small source list.
import { describe, expect, it } from 'vitest';
import { buildSourceIndex, extractLinks, classifyUrl } from '../../engine/sources/links';
import type { LinkInfo, PostLink, VerifiedSource } from '../../engine/types';

const src = (id: string, domains: string[]): VerifiedSource => ({
  id,
  name: id.toUpperCase(),
  kind: 'public-health-agency',
  domains,
  languages: ['en'],
  topics: [],
  homepage: `https://${domains[0]}/`,
});
const INDEX = buildSourceIndex([
  src('who', ['who.int']),
  src('cdc', ['cdc.gov']),
  src('nih', ['nih.gov']),
  src('nccih', ['nccih.nih.gov']),
  src('nhs', ['nhs.uk']),
  src('has', ['has-sante.fr']),
  src('pubmed', ['pubmed.ncbi.nlm.nih.gov']),
  src('doi', ['doi.org']),
  src('3114', ['3114.fr']),
  src('decodeurs', ['lemonde.fr/les-decodeurs']),
  src('desk', ['example.org/health/fact-check', 'example.org/health']),
]);

const brief = (l: LinkInfo[]): string[] => l.map((x) => `${x.kind}:${x.sourceId ?? '-'}:${x.url}`);

describe('classifyUrl', () => {
  it.each([
    ['https://www.who.int/news-room/fact-sheets', 'verified:who'],
    ['https://apps.who.int/iris/handle/1', 'verified:who'],
    ['https://who.int.evil.com/page', 'other:-'],
    ['https://notcdc.gov/flu', 'other:-'],
    ['https://cdc.gov.example.net/', 'other:-'],
    ['https://www.nccih.nih.gov/health/turmeric', 'verified:nccih'],
    ['https://www.nih.gov/news', 'verified:nih'],
    ['https://WWW.CDC.GOV./flu/', 'verified:cdc'],
    ['https://doi.org/10.1000/xyz123', 'study:doi'],
    ['https://pubmed.ncbi.nlm.nih.gov/12345678/', 'study:pubmed'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/', 'study:pubmed'],
    ['https://pubmed.ncbi.nlm.nih.gov/?term=garlic', 'verified:pubmed'],
    ['https://onlinelibrary.example.com/doi/10.1002/abc.123', 'study:doi'],
    ['https://example.com/blog', 'other:-'],
    // A source scoped to a path: its pages only, at a segment boundary; the longest listed path wins.
    ['https://www.lemonde.fr/les-decodeurs/article/2021/01/01/x_1.html', 'verified:decodeurs'],
    ['https://www.lemonde.fr/LES-DECODEURS/', 'verified:decodeurs'],
    ['https://www.lemonde.fr/les-decodeurs', 'verified:decodeurs'],
    ['https://www.lemonde.fr/sante/article/2021/01/01/x_1.html', 'other:-'],
    ['https://www.lemonde.fr/les-decodeurs-bis/', 'other:-'],
    ['https://www.lemonde.fr/', 'other:-'],
    ['https://example.org/health/fact-check/2024/a', 'verified:desk'],
    ['https://example.org/health/diet', 'verified:desk'],
    ['https://example.org/sport', 'other:-'],
  ])('%s', (url, want) => {
    const got = classifyUrl(url, INDEX);
    expect(`${got?.kind}:${got?.sourceId ?? '-'}`).toBe(want);
  });
  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://cdc.gov/x', 'cdc.gov', 'not a url'])(
    'ignores %s',
    (url) => expect(classifyUrl(url, INDEX)).toBeUndefined(),
  );
});

describe('extractLinks from text', () => {
  it.each<[string, string[]]>([
    [
      'See https://www.cdc.gov/flu/prevent/index.html.',
      ['verified:cdc:https://www.cdc.gov/flu/prevent/index.html'],
    ],
    ['Source: www.nhs.uk/conditions/flu/', ['verified:nhs:https://www.nhs.uk/conditions/flu/']],
    [
      'Read who.int and cdc.gov/vaccines for more',
      ['verified:who:https://who.int', 'verified:cdc:https://cdc.gov/vaccines'],
    ],
    ['Avis de la HAS : has-sante.fr/jcms/p_123', ['verified:has:https://has-sante.fr/jcms/p_123']],
    ['Ligne 3114.fr si besoin', ['verified:3114:https://3114.fr']],
    ['The study (doi:10.1056/NEJMoa2034577) says so', ['study:doi:https://doi.org/10.1056/NEJMoa2034577']],
    [
      'Full text at 10.1016/S0140-6736(20)30183-5, page 3',
      ['study:doi:https://doi.org/10.1016/S0140-6736(20)30183-5'],
    ],
    ['https://doi.org/10.1000/abc', ['study:doi:https://doi.org/10.1000/abc']],
    ['PMID: 12345678', ['study:pubmed:https://pubmed.ncbi.nlm.nih.gov/12345678/']],
    ['pubmed.ncbi.nlm.nih.gov/23456789', ['study:pubmed:https://pubmed.ncbi.nlm.nih.gov/23456789']],
    [
      '(see https://en.wikipedia.org/wiki/Garlic_(disambiguation))',
      ['other:-:https://en.wikipedia.org/wiki/Garlic_(disambiguation)'],
    ],
    ['write to info@cdc.gov', []],
    ['e.g. this, i.e. that, version 2.5.1, Dr.Oz, U.S. data', []],
    ['who.int.evil.com/claims', ['other:-:https://who.int.evil.com/claims']],
    ['https://t.co/AbC123', ['other:-:https://t.co/AbC123']],
    ['see https://who.int😀 now', ['verified:who:https://who.int']],
    ['[the guidance](https://www.cdc.gov/flu)', ['verified:cdc:https://www.cdc.gov/flu']],
    [
      'lire has-sante.fr/jcms/données-vaccins, merci',
      ['verified:has:https://has-sante.fr/jcms/données-vaccins'],
    ],
    ['Sources: CDC.GOV and (nhs.uk)', ['verified:cdc:https://CDC.GOV', 'verified:nhs:https://nhs.uk']],
  ])('%s', (text, want) => {
    expect(brief(extractLinks(text, undefined, INDEX))).toEqual(want);
  });

  it('gives spans into the text', () => {
    const text = 'Details: cdc.gov/flu. Also www.who.int!';
    const links = extractLinks(text, undefined, INDEX);
    expect(links.map((l) => text.slice(l.start, l.end))).toEqual(['cdc.gov/flu', 'www.who.int']);
  });
});

describe('extractLinks from anchors', () => {
  const run = (links: PostLink[]): string[] => brief(extractLinks('', links, INDEX));
  it('reads a shortener through its visible text', () => {
    expect(run([{ href: 'https://t.co/xyz', text: 'cdc.gov/flu/about/keyfacts…' }])).toEqual([
      'verified:cdc:https://cdc.gov/flu/about/keyfacts',
    ]);
    expect(run([{ href: 'https://bit.ly/abc', text: 'https://www.who.int/health-topics' }])).toEqual([
      'verified:who:https://www.who.int/health-topics',
    ]);
  });
  it('does not trust visible text over a real href', () => {
    expect(run([{ href: 'https://example.com/miracle', text: 'cdc.gov' }])).toEqual([
      'other:-:https://example.com/miracle',
    ]);
  });
  it('unwraps redirect wrappers', () => {
    const href = `https://l.facebook.com/l.php?u=${encodeURIComponent('https://www.nhs.uk/vaccinations/')}&h=AT0`;
    expect(run([{ href }])).toEqual(['verified:nhs:https://www.nhs.uk/vaccinations/']);
  });
  it('ignores javascript: and data: links', () => {
    expect(run([{ href: 'javascript:void(0)', text: 'cdc.gov' }, { href: 'data:text/html,x' }])).toEqual([]);
  });
  it('lists a link once when text and anchor agree', () => {
    const text = 'Source https://www.cdc.gov/flu/';
    const l = extractLinks(text, [{ href: 'https://www.cdc.gov/flu' }], INDEX);
    expect(l).toHaveLength(1);
    expect(l[0]?.start).toBe(7);
  });
});

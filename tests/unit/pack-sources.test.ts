// The verified-source list and the shared lexicons have schemas too (rules/sources.yaml, rules/lexicon/*.yaml).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexiconDir, loadSourcesFile } from '../../rules/load/files.ts';
import { parseYaml, locateIssue } from '../../rules/load/yaml.ts';
import { validateSourcesFile } from '../../rules/schema/index.ts';
import { FIXTURES } from './pack-fixtures.ts';

const SOURCES = readFileSync(join(FIXTURES, 'sources.yaml'), 'utf8');

function issues(text: string) {
  const parsed = parseYaml(text, 'sources.yaml');
  return validateSourcesFile(parsed.data).issues.map((i) => locateIssue(parsed, i));
}

describe('verified-source list and lexicon schemas', () => {
  it('accepts the fixture files', () => {
    expect(loadSourcesFile(join(FIXTURES, 'sources.yaml')).issues).toEqual([]);
    const lexicons = loadLexiconDir(join(FIXTURES, 'lexicon'));
    expect(lexicons.issues).toEqual([]);
    expect(lexicons.lexicons.en?.classes.remedy).toContain('moonroot');
  });

  it('refuses an unknown kind, a URL as a domain, an http homepage and a repeated id', () => {
    const text = SOURCES.replace('kind: journal', 'kind: jounal')
      .replace('domains: [example.org]', 'domains: [https://example.org/]')
      .replace('homepage: https://journal.example.net/', 'homepage: http://journal.example.net/');
    const messages = issues(text).map((i) => `${i.line}: ${i.message}`);
    expect(messages).toContain(
      "7: source 'example-agency': 'domains[1]' must be a host name like who.int, or a host and a path like lemonde.fr/les-decodeurs (no https://, no trailing slash)",
    );
    expect(messages.some((m) => /^14: .*kind is the text "jounal".*did you mean 'journal'/.test(m))).toBe(
      true,
    );
    expect(messages.some((m) => /^18: .*'homepage' must be a full https:\/\/ address/.test(m))).toBe(true);
    // A path-scoped domain is accepted; a trailing slash is not (one way to write each scope).
    expect(issues(SOURCES.replace('domains: [example.org]', 'domains: [example.org/health]'))).toEqual([]);
    expect(
      issues(SOURCES.replace('domains: [example.org]', 'domains: [example.org/health/]')).map((i) => i.line),
    ).toEqual([7]);
    const repeated = issues(SOURCES.replace('id: example-journal', 'id: example-agency'));
    expect(repeated.map((i) => `${i.line}: ${i.message}`)).toEqual([
      "12: source 'example-agency' is listed twice (also source #1)",
    ]);
  });
});

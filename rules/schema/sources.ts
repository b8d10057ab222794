// rules/sources.yaml: the organisations whose pages rules may cite and whose links cancel unsourced-advice.
import * as v from 'valibot';
import { httpsUrl, idField, langField, list, text, uniqueList } from './fields.ts';

export const SOURCE_KINDS = [
  'public-health-agency',
  'regulator',
  'systematic-reviews',
  'journal',
  'fact-checker',
  'scholarly-index',
  'helpline',
] as const;

/**
 * A host name, subdomains included by the engine (who.int, sante.gouv.fr), optionally scoped to a path for a
 * source that is one section of a larger site (lemonde.fr/les-decodeurs).
 */
const DOMAIN =
  /^(?=[^/]{1,253}(?:\/|$))(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:\/[a-z0-9._~-]+)*$/;

export const SourceSchema = v.strictObject({
  id: idField,
  name: text(200),
  kind: v.picklist(SOURCE_KINDS),
  domains: v.pipe(
    uniqueList(
      v.pipe(
        v.string(),
        v.regex(
          DOMAIN,
          'must be a host name like who.int, or a host and a path like lemonde.fr/les-decodeurs (no https://, no trailing slash)',
        ),
      ),
      50,
      'domain',
    ),
    v.minLength(1, 'must list at least one domain'),
  ),
  languages: v.pipe(uniqueList(langField, 2, 'language'), v.minLength(1, 'must list at least one language')),
  topics: uniqueList(text(60), 50, 'topic'),
  homepage: httpsUrl,
});

export const SourcesFileSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1')),
  sources: v.pipe(list(SourceSchema, 2000, 'sources'), v.minLength(1, 'must list at least one source')),
});

export type SourcesFile = v.InferOutput<typeof SourcesFileSchema>;
export const SOURCES_FILE_KEYS = Object.keys(SourcesFileSchema.entries);
export const SOURCE_KEYS = Object.keys(SourceSchema.entries);

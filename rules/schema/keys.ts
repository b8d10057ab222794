// YAML form (kebab-case keys, examples as plain strings) <-> engine form (`Pack`, camelCase).
// fromPack writes keys in the canonical order and leaves out empty optional lists, so printing is canonical.
import type { Citation, Lang, NearGroup, Pack, Reviewer, Rule } from '../../engine/types.ts';
import type { PackFile, RuleFile } from './pack.ts';

type PerLang = Partial<Record<Lang, string>>;

function perLang(value: PerLang): PerLang {
  const out: PerLang = {};
  if (value.en !== undefined) out.en = value.en;
  if (value.fr !== undefined) out.fr = value.fr;
  return out;
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? [...list] : undefined;
}

function lexiconOf(value: PackFile['lexicon']): Pack['lexicon'] {
  const out: Pack['lexicon'] = {};
  for (const lang of ['en', 'fr'] as const) {
    const classes = value?.[lang];
    if (classes && Object.keys(classes).length > 0) {
      out[lang] = Object.fromEntries(Object.entries(classes).map(([k, entries]) => [k, [...entries]]));
    }
  }
  return out;
}

function citation(c: Citation): Citation {
  return { source: c.source, url: c.url, statement: c.statement, checked: c.checked };
}

function near(n: NearGroup): NearGroup {
  return { all: [...n.all], within: n.within };
}

export function toRule(raw: RuleFile, draft = false): Rule {
  const rule: Rule = {
    id: raw.id,
    category: raw.category,
    severity: raw.severity,
    lang: raw.lang,
    title: perLang(raw.title),
    patterns: [...(raw.patterns ?? [])],
    message: perLang(raw.message),
    citations: raw.citations.map(citation),
    examples: {
      flag: raw.examples.flag.map((text) => ({ text })),
      pass: raw.examples.pass.map((text) => ({ text })),
    },
  };
  const nearGroups = nonEmpty(raw.near);
  if (nearGroups) rule.near = nearGroups.map(near);
  const unless = nonEmpty(raw.unless);
  if (unless) rule.unless = unless;
  const ignore = nonEmpty(raw['ignore-context']);
  if (ignore) rule.ignoreContext = ignore;
  if (raw.safety && Object.keys(perLang(raw.safety)).length > 0) rule.safety = perLang(raw.safety);
  if (draft) rule.draft = true;
  return rule;
}

export function toPack(raw: PackFile, options: { draft?: boolean } = {}): Pack {
  const pack: Pack = {
    id: raw.id,
    title: raw.title,
    version: raw.version,
    languages: [...raw.languages],
    license: raw.license,
    expires: raw.expires,
    minEngine: raw['min-engine'],
    reviewedBy: (raw['reviewed-by'] ?? []).map((r: Reviewer) => ({
      name: r.name,
      role: r.role,
      date: r.date,
    })),
    lexicon: lexiconOf(raw.lexicon),
    rules: raw.rules.map((r) => toRule(r, options.draft)),
  };
  if (raw.homepage !== undefined) pack.homepage = raw.homepage;
  return pack;
}

export function fromRule(rule: Rule): RuleFile {
  const out: Record<string, unknown> = {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    lang: rule.lang,
    title: perLang(rule.title),
  };
  if (rule.patterns.length > 0) out.patterns = [...rule.patterns];
  if (rule.near?.length) out.near = rule.near.map(near);
  if (rule.unless?.length) out.unless = [...rule.unless];
  if (rule.ignoreContext?.length) out['ignore-context'] = [...rule.ignoreContext];
  out.message = perLang(rule.message);
  if (rule.safety && Object.keys(perLang(rule.safety)).length > 0) out.safety = perLang(rule.safety);
  out.citations = rule.citations.map(citation);
  out.examples = {
    flag: rule.examples.flag.map((e) => e.text),
    pass: rule.examples.pass.map((e) => e.text),
  };
  return out as RuleFile;
}

export function fromPack(pack: Pack): PackFile {
  const out: Record<string, unknown> = {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    languages: [...pack.languages],
    license: pack.license,
  };
  if (pack.homepage !== undefined) out.homepage = pack.homepage;
  out.expires = pack.expires;
  out['min-engine'] = pack.minEngine;
  out['reviewed-by'] = pack.reviewedBy.map((r) => ({ name: r.name, role: r.role, date: r.date }));
  const lexicon = lexiconOf(pack.lexicon);
  if (Object.keys(lexicon).length > 0) out.lexicon = lexicon;
  out.rules = pack.rules.map(fromRule);
  return out as PackFile;
}

/** camelCase -> kebab-case keys of a Pack-shaped JSON value, so built/downloaded JSON is checked by the same schema. */
export function packJsonToFile(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'minEngine') out['min-engine'] = v;
    else if (key === 'reviewedBy') out['reviewed-by'] = v;
    else if (key === 'rules' && Array.isArray(v)) out.rules = v.map(ruleJsonToFile);
    else out[key] = v;
  }
  return out;
}

function ruleJsonToFile(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'ignoreContext') out['ignore-context'] = v;
    else if (key === 'draft')
      continue; // engine-side flag, not part of the file
    else if (key === 'examples' && isRecord(v)) {
      out.examples = Object.fromEntries(
        Object.entries(v).map(([kind, list]) => [
          kind,
          Array.isArray(list) ? list.map((e: unknown) => (isRecord(e) ? e.text : e)) : list,
        ]),
      );
    } else out[key] = v;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

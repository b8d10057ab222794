// Reading pack, source-list and lexicon files from disk (Node only; the extension never imports this).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lang, Pack, VerifiedSource } from '../../engine/types.ts';
import {
  LIMITS,
  validateLexiconFile,
  validatePackFile,
  validateSourcesFile,
  type LexiconFile,
  type PackFile,
} from '../schema/index.ts';
import { locateIssue, parseYaml, type Located, type ParsedYaml } from './yaml.ts';

export const DEFAULT_PACK_DIRS = ['rules/packs', 'rules/drafts'];
export const DEFAULT_SOURCES = 'rules/sources.yaml';
export const DEFAULT_LEXICON_DIR = 'rules/lexicon';

export interface LoadedPack {
  file: string;
  draft: boolean;
  parsed?: ParsedYaml;
  /** The YAML form, once its structure is valid (cross-file checks read it with its paths). */
  raw?: PackFile;
  /** The engine form, when the file has no error. */
  pack?: Pack;
  issues: Located[];
}

/** Paths as the user typed them, relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : file;
}

/** Expands directories into their .yaml/.yml files (recursively, sorted); missing default folders are skipped. */
export function listYamlFiles(paths: string[], options: { skipMissing?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      if (options.skipMissing) continue;
      throw new Error(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const entries = readdirSync(path).sort();
      const files = entries.map((e) => join(path, e));
      out.push(...listYamlFiles(files.filter((f) => statSync(f).isDirectory() || /\.ya?ml$/.test(f))));
    } else out.push(path);
  }
  return [...new Set(out)];
}

export function isDraftPath(file: string): boolean {
  return displayPath(file).split('/').includes('drafts');
}

function readLimited(file: string, limit: number): { text?: string; issue?: Located } {
  const size = statSync(file).size;
  if (size > limit) {
    return {
      issue: {
        file: displayPath(file),
        line: 1,
        col: 1,
        level: 'error',
        message: `the file is ${size} bytes; the limit is ${limit} bytes (2 MB). Split it into several packs`,
      },
    };
  }
  return { text: readFileSync(file, 'utf8') };
}

export function loadPackText(text: string, file: string, draft: boolean): LoadedPack {
  const parsed = parseYaml(text, file);
  if (parsed.data === undefined) return { file, draft, parsed, issues: parsed.issues };
  const result = validatePackFile(parsed.data, { draft });
  const issues = [...parsed.issues, ...result.issues.map((i) => locateIssue(parsed, i))];
  return { file, draft, parsed, raw: result.file, pack: result.value, issues };
}

export function loadPackFile(path: string): LoadedPack {
  const file = displayPath(path);
  const draft = isDraftPath(path);
  const { text, issue } = readLimited(path, LIMITS.packBytes);
  if (text === undefined) return { file, draft, issues: [issue!] };
  return loadPackText(text, file, draft);
}

export interface LoadedSources {
  file: string;
  parsed?: ParsedYaml;
  sources: VerifiedSource[];
  issues: Located[];
}

export function loadSourcesFile(path = DEFAULT_SOURCES): LoadedSources {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {
      file,
      sources: [],
      issues: [{ file, line: 1, col: 1, level: 'error', message: 'cannot read the verified-source list' }],
    };
  }
  const parsed = parseYaml(text, file);
  if (parsed.data === undefined) return { file, parsed, sources: [], issues: parsed.issues };
  const result = validateSourcesFile(parsed.data);
  return {
    file,
    parsed,
    sources: result.value ?? [],
    issues: [...parsed.issues, ...result.issues.map((i) => locateIssue(parsed, i))],
  };
}

export interface LoadedLexicons {
  lexicons: Partial<Record<Lang, LexiconFile>>;
  files: Partial<Record<Lang, string>>;
  issues: Located[];
}

/** rules/lexicon/en.yaml and fr.yaml; a missing file is an empty lexicon (a pack may bring its own classes). */
export function loadLexiconDir(dir = DEFAULT_LEXICON_DIR): LoadedLexicons {
  const out: LoadedLexicons = { lexicons: {}, files: {}, issues: [] };
  for (const lang of ['en', 'fr'] as const) {
    const path = join(dir, `${lang}.yaml`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const file = displayPath(path);
    const parsed = parseYaml(text, file);
    out.issues.push(...parsed.issues);
    if (parsed.data === undefined) continue;
    const result = validateLexiconFile(parsed.data);
    out.issues.push(...result.issues.map((i) => locateIssue(parsed, i)));
    if (result.value && result.value.lang !== lang) {
      out.issues.push({
        file,
        line: 1,
        col: 1,
        level: 'error',
        message: `this file is named ${lang}.yaml but says lang: ${result.value.lang}`,
      });
    } else if (result.value) {
      out.lexicons[lang] = result.value;
      out.files[lang] = file;
    }
  }
  return out;
}

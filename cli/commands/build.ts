// `vigie build [--out DIR]`: validates every non-draft pack in rules/packs and writes what the extension
// and the publishing step use, all canonical JSON (sorted keys, no whitespace):
//   DIR/<pack-id>.json   one validated Pack each (the exact bytes are hashed)
//   DIR/sources.json     the verified-source list {version, sources}
//   DIR/lexicon.json     the shared lexicons, as compile() takes them {classes, spellings}
//   DIR/snapshot.json    the compiled matcher of all packs (snapshotOf(engine))
//   DIR/index.json       packs with version, size and sha256, and the same for the other files
// Nothing is written when any pack, the source list or a lexicon has an error. Drafts are refused.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION, compile, snapshotOf } from '../../engine/analyze.ts';
import { SNAPSHOT_VERSION } from '../../engine/snapshot.ts';
import { crossIssues } from '../../rules/load/cross.ts';
import { engineLexicon } from '../../rules/load/engine-input.ts';
import { isDraftPath } from '../../rules/load/files.ts';
import { loadWorkspace } from '../../rules/load/workspace.ts';
import type { Located } from '../../rules/load/yaml.ts';
import type { CliIO } from '../io.ts';
import { readCommandArgs } from '../format/args.ts';
import { countLevels, formatIssue, plural, sortIssues } from '../format/issues.ts';
import { canonicalJson } from '../format/json.ts';

export const summary =
  'validate and compile rules/packs into generated/ (packs, sources, lexicon, snapshot, index)';

const USAGE = `Usage: vigie build [--out DIR] [paths...] [--sources FILE] [--lexicon DIR] [--json]
  --out   output folder (default: generated)
  paths   pack files or folders (default: rules/packs); drafts (rules/drafts) are refused
  --json  print one JSON object: the index that was written, or {errors, issues}`;

/** File names the build writes besides packs: a pack may not take one of them as its id. */
const RESERVED = ['index', 'sources', 'lexicon', 'snapshot'];
export const INDEX_FORMAT = 1;

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** Packs the previous build wrote, so a removed pack does not linger in DIR. */
function previousPackFiles(out: string): string[] {
  try {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      packs?: { file?: unknown }[];
    };
    return (index.packs ?? [])
      .map((p) => p.file)
      .filter((f): f is string => typeof f === 'string' && /^[a-z0-9-]+\.json$/.test(f));
  } catch {
    return [];
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = readCommandArgs(
    'build',
    args,
    {
      out: { type: 'string' },
      drafts: { type: 'boolean' },
      sources: { type: 'string' },
      lexicon: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const drafts = positionals.filter((p) => isDraftPath(p));
  if (values.drafts || drafts.length > 0) {
    io.err(
      `vigie build: ${drafts.length > 0 ? drafts.join(', ') : 'rules/drafts'}: drafts are checked and tested (vigie check, vigie test) but never built or published. Move a draft to rules/packs when its examples pass and it is ready for readers.\n`,
    );
    return 1;
  }

  const ws = loadWorkspace({
    paths: positionals.length > 0 ? positionals : ['rules/packs'],
    sources: values.sources,
    lexicon: values.lexicon,
  });
  const packs = ws.packs.filter((p) => !p.draft);
  const issues: Located[] = [...ws.sources.issues, ...ws.lexicons.issues, ...packs.flatMap((p) => p.issues)];
  issues.push(...crossIssues(packs, ws.sources.sources, ws.lexicons.lexicons));
  for (const p of packs) {
    if (p.pack && RESERVED.includes(p.pack.id)) {
      issues.push({
        file: p.file,
        line: 1,
        col: 1,
        level: 'error',
        message: `the pack id '${p.pack.id}' is a name the build uses for its own files; choose another id`,
      });
    }
  }
  const lexicon = engineLexicon(ws.lexicons.lexicons);
  const valid = packs.flatMap((p) => (p.pack ? [p.pack] : []));
  const engine = compile({ packs: valid, lexicon, sources: ws.sources.sources });
  for (const issue of engine.issues) {
    issues.push({
      file: packs.find((p) => p.pack?.id === issue.packId)?.file ?? issue.packId,
      line: 1,
      col: 1,
      level: 'error',
      message: `rule '${issue.ruleId}' does not compile: ${issue.message}`,
    });
  }
  const { errors } = countLevels(issues);
  if (errors > 0 || valid.length === 0) {
    const sorted = sortIssues(issues);
    if (values.json) io.out(`${JSON.stringify({ errors, issues: sorted })}\n`);
    else {
      for (const issue of sorted) io.err(`${formatIssue(issue)}\n`);
      io.err(
        `vigie build: nothing written: ${valid.length === 0 && errors === 0 ? 'no pack to build' : plural(errors, 'error')} (run vigie check)\n`,
      );
    }
    return 1;
  }
  for (const issue of sortIssues(issues)) io.err(`${formatIssue(issue)}\n`);

  const out = values.out ?? 'generated';
  mkdirSync(out, { recursive: true });
  const stale = new Set(previousPackFiles(out));
  const write = async (file: string, text: string) => {
    writeFileSync(join(out, file), text);
    stale.delete(file);
    return { file, bytes: bytesOf(text), hash: await sha256Hex(text) };
  };

  const packEntries = [];
  for (const pack of [...valid].sort((a, b) => a.id.localeCompare(b.id))) {
    const written = await write(`${pack.id}.json`, canonicalJson(pack));
    packEntries.push({
      id: pack.id,
      title: pack.title,
      version: pack.version,
      languages: pack.languages,
      expires: pack.expires,
      minEngine: pack.minEngine,
      rules: pack.rules.length,
      reviewed: pack.reviewedBy.length > 0,
      ...written,
    });
  }
  const sourcesVersion = (ws.sources.parsed?.data as { version?: number } | undefined)?.version ?? 1;
  const sources = {
    version: sourcesVersion,
    ...(await write('sources.json', canonicalJson({ version: sourcesVersion, sources: ws.sources.sources }))),
  };
  const lexiconEntry = await write('lexicon.json', canonicalJson(lexicon));
  const snapshot = { version: SNAPSHOT_VERSION, ...(await write('snapshot.json', snapshotOf(engine))) };
  for (const file of stale) {
    try {
      unlinkSync(join(out, file));
    } catch {
      // already gone
    }
  }
  const index = {
    format: INDEX_FORMAT,
    engine: ENGINE_VERSION,
    packs: packEntries,
    sources,
    lexicon: lexiconEntry,
    snapshot,
  };
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  if (values.json) io.out(`${JSON.stringify(index)}\n`);
  else {
    for (const p of packEntries)
      io.out(`${out}/${p.file}  ${p.id} ${p.version}  ${plural(p.rules, 'rule')}  sha256 ${p.hash}\n`);
    io.out(
      `${out}/sources.json, lexicon.json, snapshot.json, index.json written: ${plural(packEntries.length, 'pack')}, ${plural(engine.ruleCount, 'rule')}\n`,
    );
  }
  return 0;
}

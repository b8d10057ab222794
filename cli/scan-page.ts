// `vigie scan --page FILE.html [--site ID] [--json] [--lang en|fr] [--mode patient|clinician]`: reads a saved
// page the way the extension would (site adapter -> post units -> engine), so maintainers can see what Vigie
// finds on a page without a browser. The site is guessed from the page's canonical URL / og:url / base, then
// from its markup; --site forces one (including the opt-in `generic` article reader).
// Engine: generated/snapshot.json when present (what the extension ships), else the packs compiled now;
// --packs/--drafts/--sources/--lexicon always compile.
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { loadEngine, type Engine } from '../engine/index.ts';
import type { Finding, Lang } from '../engine/types.ts';
import { compileWorkspace } from '../rules/load/engine-input.ts';
import { ADAPTERS, adapterById, guessAdapter } from '../sites/index.ts';
import type { PostUnit } from '../sites/types.ts';
import { UsageError, parseCommandArgs } from './format/args.ts';
import { formatFinding, type Mode } from './format/scan-report.ts';
import type { CliIO } from './io.ts';

const SNAPSHOT = 'generated/snapshot.json';

const USAGE = `Usage: vigie scan --page FILE.html [--site ID] [--lang en|fr] [--mode patient|clinician] [--json]
       [--packs PATH]... [--drafts] [--sources FILE] [--lexicon DIR]
  --page      a saved HTML page (File > Save page, or outerHTML of the posts)
  --site      ${ADAPTERS.map((a) => a.id).join(' | ')} (otherwise guessed from the page)
  --json      one JSON object {site, posts: [{kind, text, parts, author, permalink, findings}]}`;

export interface PagePost {
  kind: PostUnit['kind'];
  text: string;
  parts: { kind: string; text: string }[];
  author: string | null;
  permalink: string | null;
  findings: Finding[];
}

export interface PageScan {
  site: string;
  posts: PagePost[];
}

/** Parses HTML with linkedom; a fragment (no <html>) is wrapped so selectors still see a document. */
export function parsePageHtml(html: string): Document {
  const src = /<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as Document;
}

/** Adapter output plus engine findings for every post of a parsed page. No engine: findings stay empty. */
export function analyzePage(doc: Document, siteId?: string, engine?: Engine, lang?: Lang): PageScan {
  const adapter = siteId ? adapterById(siteId) : guessAdapter(doc);
  if (!adapter) {
    throw new UsageError(
      siteId
        ? `unknown site "${siteId}" (known: ${ADAPTERS.map((a) => a.id).join(', ')})`
        : 'could not tell which site this page is from; give --site ID',
    );
  }
  const posts = adapter.findPosts(doc).map((u): PagePost => ({
    kind: u.kind,
    text: u.text,
    parts: u.parts.map((p) => ({ kind: p.kind, text: p.text })),
    author: u.author ?? null,
    permalink: u.permalink ?? null,
    findings: engine
      ? engine.analyze({ text: u.text, links: u.links, ...(lang ? { lang } : {}) }).findings
      : [],
  }));
  return { site: adapter.id, posts };
}

interface EngineChoice {
  packs?: string[];
  drafts?: boolean;
  sources?: string;
  lexicon?: string;
}

function loadEngineFor(choice: EngineChoice, io: CliIO): Engine {
  const custom = choice.packs?.length || choice.drafts || choice.sources || choice.lexicon;
  if (!custom && existsSync(SNAPSHOT)) {
    try {
      return loadEngine(readFileSync(SNAPSHOT, 'utf8'));
    } catch (error) {
      io.err(
        `vigie scan: ${SNAPSHOT} could not be read (${error instanceof Error ? error.message : String(error)}); compiling the packs instead\n`,
      );
    }
  }
  const compiled = compileWorkspace({
    paths: choice.packs,
    drafts: choice.drafts,
    sources: choice.sources,
    lexicon: choice.lexicon,
  });
  for (const note of compiled.skipped) io.err(`vigie scan: ${note}\n`);
  return compiled.engine;
}

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function formatPage(scan: PageScan, mode: Mode): string {
  const out: string[] = [];
  let shownTotal = 0;
  scan.posts.forEach((p, i) => {
    const visible = p.findings.filter((f) => (mode === 'patient' ? f.shown : true));
    shownTotal += visible.length;
    const who = [p.author, p.permalink].filter(Boolean).join(' | ');
    out.push(
      `[${i + 1}] ${p.kind}${who ? ` | ${who}` : ''} | ${visible.length} finding${visible.length === 1 ? '' : 's'}`,
    );
    for (const part of p.parts) out.push(`    ${part.kind}: ${oneLine(part.text)}`);
    visible.forEach((f, n) => out.push(...formatFinding(f, p.text, n + 1).map((l) => `    ${l}`)));
  });
  out.unshift(
    `site: ${scan.site} | ${scan.posts.length} post${scan.posts.length === 1 ? '' : 's'} | ${shownTotal} finding${shownTotal === 1 ? '' : 's'} (${mode} mode)`,
  );
  return `${out.join('\n')}\n`;
}

export async function scanPage(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandArgs(
      args,
      {
        page: { type: 'string' },
        site: { type: 'string' },
        lang: { type: 'string' },
        mode: { type: 'string' },
        json: { type: 'boolean' },
        packs: { type: 'string', multiple: true },
        drafts: { type: 'boolean' },
        sources: { type: 'string' },
        lexicon: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      USAGE,
    );
    const v = parsed.values;
    if (v.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (!v.page) throw new UsageError(`give --page FILE.html\n${USAGE}`);
    if (v.lang && v.lang !== 'en' && v.lang !== 'fr')
      throw new UsageError(`--lang must be en or fr\n${USAGE}`);
    if (v.mode && v.mode !== 'patient' && v.mode !== 'clinician')
      throw new UsageError(`--mode must be patient or clinician\n${USAGE}`);
    if (parsed.positionals.length)
      throw new UsageError(`unexpected text "${parsed.positionals.join(' ')}" with --page\n${USAGE}`);
    if (!existsSync(v.page)) {
      io.err(`vigie scan: ${v.page}: no such file\n`);
      return 1;
    }
    const doc = parsePageHtml(readFileSync(v.page, 'utf8'));
    const engine = loadEngineFor(v, io);
    const scan = analyzePage(doc, v.site, engine, v.lang as Lang | undefined);
    io.out(
      v.json ? `${JSON.stringify(scan)}\n` : formatPage(scan, (v.mode as Mode | undefined) ?? 'patient'),
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`vigie scan: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** cli/commands/scan.ts hands `--page` over to this module's `run`. */
export const run = scanPage;

// `vigie scan TEXT | --file F`: runs the packs on any text, as the extension would on a post.
// Readable by default; `--json` prints exactly one object {lang, ran, findings, links} with every finding
// (each says `shown` and `effect`, so a script can apply either mode).
// `--page FILE.html [--site ID]` is handled by cli/scan-page.ts (another helper's module): this file only
// hands over to it.
import { readFileSync } from 'node:fs';
import { compileWorkspace } from '../../rules/load/engine-input.ts';
import type { Lang } from '../../engine/types.ts';
import type { CliIO } from '../io.ts';
import { UsageError, parseCommandArgs } from '../format/args.ts';
import { formatScan, type Mode } from '../format/scan-report.ts';

export const summary = 'try the rules on a text: vigie scan "Baking soda cures cancer" [--json]';

const USAGE = `Usage: vigie scan TEXT | --file FILE | --page FILE.html [--site ID]
       [--lang en|fr] [--mode patient|clinician] [--link URL]... [--json]
       [--packs PATH]... [--drafts] [--sources FILE] [--lexicon DIR]
  TEXT        the text to read (or --file FILE, "-" for standard input)
  --lang      force the language (otherwise detected)
  --mode      patient (default): what patients see; clinician: every finding, with what context did
  --link      a link the post carries (a verified source cancels unsourced-advice)
  --json      one JSON object {lang, ran, findings, links}, all findings included`;

interface PageScanner {
  run(args: string[], io: CliIO): Promise<number>;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--page')) {
    // Hook for H6: pages are read by the site adapters in cli/scan-page.ts. A variable specifier keeps
    // this file compiling before that module exists.
    const specifier = '../scan-page.ts';
    const pages = (await import(/* @vite-ignore */ specifier)) as PageScanner;
    return pages.run(args, io);
  }
  let parsed;
  try {
    parsed = parseCommandArgs(
      args,
      {
        file: { type: 'string' },
        lang: { type: 'string' },
        mode: { type: 'string' },
        link: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        packs: { type: 'string', multiple: true },
        drafts: { type: 'boolean' },
        sources: { type: 'string' },
        lexicon: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      USAGE,
    );
    if (parsed.values.lang && !['en', 'fr'].includes(parsed.values.lang))
      throw new UsageError(`--lang must be en or fr\n${USAGE}`);
    if (parsed.values.mode && !['patient', 'clinician'].includes(parsed.values.mode)) {
      throw new UsageError(`--mode must be patient or clinician\n${USAGE}`);
    }
    if (!parsed.values.help && parsed.values.file === undefined && parsed.positionals.length === 0) {
      throw new UsageError(`give a text or --file FILE\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`vigie scan: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const text =
    values.file !== undefined
      ? readFileSync(values.file === '-' ? 0 : values.file, 'utf8')
      : positionals.join(' ');
  const compiled = compileWorkspace({
    paths: values.packs,
    drafts: values.drafts,
    sources: values.sources,
    lexicon: values.lexicon,
  });
  for (const note of compiled.skipped) io.err(`vigie scan: ${note}\n`);
  const result = compiled.engine.analyze({
    text,
    ...(values.lang ? { lang: values.lang as Lang } : {}),
    ...(values.link ? { links: values.link.map((href) => ({ href })) } : {}),
  });
  if (values.json) {
    io.out(
      `${JSON.stringify({ lang: result.lang, ran: result.ran, findings: result.findings, links: result.links })}\n`,
    );
  } else {
    io.out(formatScan(result, text, (values.mode as Mode | undefined) ?? 'patient'));
  }
  return 0;
}

// From loaded files to the engine: the shared lexicons in the shape compile() takes, and one engine
// compiled from every pack that validates.
import type { Lexicon } from '../../engine/match/packs.ts';
import type { Lexicons } from './cross.ts';
import { compile, type Engine } from '../../engine/analyze.ts';
import type { Pack } from '../../engine/types.ts';
import { loadWorkspace, type Workspace, type WorkspaceOptions } from './workspace.ts';

export function engineLexicon(lexicons: Lexicons): Lexicon {
  const out: Lexicon = { classes: {}, spellings: {} };
  for (const lang of ['en', 'fr'] as const) {
    const file = lexicons[lang];
    if (!file) continue;
    out.classes[lang] = file.classes;
    out.spellings[lang] = file.spellings ?? {};
  }
  return out;
}

export interface CompiledWorkspace {
  engine: Engine;
  workspace: Workspace;
  packs: Pack[];
  /** Packs left out (errors) and rules the engine could not compile, in words. */
  skipped: string[];
}

/**
 * Compiles the packs that validate into one engine (scan, eval, build). Drafts only when asked.
 * A pack with errors is left out and named, so one bad file never hides the others' findings.
 */
export function compileWorkspace(options: WorkspaceOptions & { drafts?: boolean } = {}): CompiledWorkspace {
  const workspace = loadWorkspace({
    ...options,
    paths: options.paths?.length
      ? options.paths
      : ['rules/packs', ...(options.drafts ? ['rules/drafts'] : [])],
  });
  const skipped: string[] = [];
  const packs: Pack[] = [];
  for (const loaded of workspace.packs) {
    if (loaded.draft && !options.drafts) continue;
    if (loaded.pack) packs.push(loaded.pack);
    else {
      const n = loaded.issues.filter((i) => i.level === 'error').length;
      skipped.push(
        `${loaded.file}: left out, ${n} error${n === 1 ? '' : 's'} (run vigie check ${loaded.file})`,
      );
    }
  }
  const engine = compile({
    packs,
    lexicon: engineLexicon(workspace.lexicons.lexicons),
    sources: workspace.sources.sources,
  });
  for (const issue of engine.issues)
    skipped.push(`rule '${issue.ruleId}' (pack ${issue.packId}): left out, ${issue.message}`);
  return { engine, workspace, packs, skipped };
}

// Everything a command needs from rules/: the verified-source list, the shared lexicons and the packs.
// Node only. Paths default to the repository layout and can be pointed elsewhere (tests use fixtures).
import { resolve } from 'node:path';
import {
  DEFAULT_LEXICON_DIR,
  DEFAULT_PACK_DIRS,
  DEFAULT_SOURCES,
  listYamlFiles,
  loadLexiconDir,
  loadPackFile,
  loadSourcesFile,
  type LoadedLexicons,
  type LoadedPack,
  type LoadedSources,
} from './files.ts';

export interface WorkspaceOptions {
  /** Files or folders of packs; default rules/packs and rules/drafts. */
  paths?: string[];
  sources?: string;
  lexicon?: string;
}

export interface Workspace {
  sources: LoadedSources;
  lexicons: LoadedLexicons;
  packs: LoadedPack[];
}

export function loadWorkspace(options: WorkspaceOptions = {}): Workspace {
  const given = options.paths && options.paths.length > 0;
  const files = listYamlFiles(given ? options.paths! : DEFAULT_PACK_DIRS, { skipMissing: !given });
  return {
    sources: loadSourcesFile(options.sources ?? DEFAULT_SOURCES),
    lexicons: loadLexiconDir(options.lexicon ?? DEFAULT_LEXICON_DIR),
    packs: files.map((f) => loadPackFile(f)),
  };
}

/** Packs from the default folders that were not named, so ids are compared against the whole collection. */
export function otherPacks(named: LoadedPack[]): LoadedPack[] {
  const seen = new Set(named.map((p) => resolve(p.file)));
  return listYamlFiles(DEFAULT_PACK_DIRS, { skipMissing: true })
    .filter((f) => !seen.has(resolve(f)))
    .map((f) => loadPackFile(f));
}

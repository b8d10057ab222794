// The context data that ships with the engine (en.ts, fr.ts). Compiling packs copies it into the snapshot, so a
// content script, which only loads snapshots, never bundles it; the CLI, the background and tests read it here.
import type { Lang } from '../types';
import { compile, type CompiledContext } from './compile';
import type { ContextLexicon } from './lexicon';
import { EN } from './en';
import { FR } from './fr';

export const BUILTIN_CONTEXT: Readonly<Record<Lang, ContextLexicon>> = { en: EN, fr: FR };

const cache = new Map<Lang, CompiledContext>();

/** The built-in data of a language, compiled once. */
export function builtinContext(lang: Lang): CompiledContext {
  let c = cache.get(lang);
  if (!c) {
    c = compile(BUILTIN_CONTEXT[lang]);
    cache.set(lang, c);
  }
  return c;
}

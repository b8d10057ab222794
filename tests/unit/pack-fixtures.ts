// Shared by the pack and CLI tests: the fixture pack text, variants of it, and a temporary workspace.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPackText, type LoadedPack } from '../../rules/load/files.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'packs');
export const GOOD_PACK = readFileSync(join(FIXTURES, 'good', 'demo.en.yaml'), 'utf8');

/** The good pack with one exact substring replaced (throws when the substring is absent, so tests stay honest). */
export function variant(from: string, to: string, text = GOOD_PACK): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

export function load(text: string, file = 'demo.en.yaml'): LoadedPack {
  return loadPackText(text, file, false);
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`no ${JSON.stringify(needle)}`);
  return text.slice(0, index).split('\n').length;
}

/** A temporary folder with the fixture sources, lexicons and the given pack files. */
export function workspace(packs: Record<string, string>): { dir: string; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-h3-'));
  cpSync(join(FIXTURES, 'lexicon'), join(dir, 'lexicon'), { recursive: true });
  cpSync(join(FIXTURES, 'sources.yaml'), join(dir, 'sources.yaml'));
  for (const [name, text] of Object.entries(packs)) {
    mkdirSync(dirname(join(dir, 'packs', name)), { recursive: true });
    writeFileSync(join(dir, 'packs', name), text);
  }
  return { dir, args: ['--sources', join(dir, 'sources.yaml'), '--lexicon', join(dir, 'lexicon')] };
}

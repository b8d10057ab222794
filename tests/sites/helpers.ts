// Loading pages for site tests: our own fixtures (committed) and the saved real pages in ../shared/pages
// (not in the project: no licence). Saved-page suites skip with a printed notice when the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { PostUnit } from '../../sites/types.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '..', 'fixtures', 'sites');
export const SAVED_PAGES = process.env.VIGIE_PAGES ?? join(here, '..', '..', '..', 'shared', 'pages');

/** Parses HTML with linkedom; a fragment (no <html>) is wrapped in a body. */
export function parsePage(html: string): Document {
  const src = /<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as Document;
}

export function loadFixture(site: string): Document {
  return parsePage(readFileSync(join(FIXTURES, `${site}.html`), 'utf8'));
}

/** The saved page, or null (with a notice) when ../shared/pages is not there. */
export function loadSaved(file: string): Document | null {
  const path = join(SAVED_PAGES, file);
  if (!existsSync(path)) {
    console.log(`[vigie site tests] ${path} not found: saved-page checks skipped.`);
    return null;
  }
  return parsePage(readFileSync(path, 'utf8'));
}

/** True when the saved page is there; prints the skip notice when it is not. */
export function hasSaved(file: string): boolean {
  const ok = existsSync(join(SAVED_PAGES, file));
  if (!ok) console.log(`[vigie site tests] ${join(SAVED_PAGES, file)} not found: saved-page checks skipped.`);
  return ok;
}

/** Shape checks every unit must pass: text is the parts joined, offsets line up, segments copy node data. */
export function checkUnit(u: PostUnit): void {
  const joined = u.parts.map((p) => p.text).join('\n');
  if (u.text !== joined) throw new Error(`text is not the joined parts: ${u.key}`);
  u.parts.forEach((p, i) => {
    if (u.text.slice(u.partStart[i]!, u.partStart[i]! + p.text.length) !== p.text)
      throw new Error(`partStart ${i} off: ${u.key}`);
    if (!p.text) throw new Error(`empty part: ${u.key}`);
    for (const s of p.segments) {
      const src = s.node ? s.node.data : (s.attr?.el.getAttribute(s.attr.name) ?? '');
      const from = s.nodeStart ?? 0;
      if (p.text.slice(s.start, s.end) !== src.slice(from, from + s.end - s.start))
        throw new Error(`segment does not copy its node: ${u.key}`);
    }
  });
  if (!u.anchor) throw new Error(`no anchor: ${u.key}`);
}

export const count = (units: PostUnit[], kind: PostUnit['kind']) =>
  units.filter((u) => u.kind === kind).length;

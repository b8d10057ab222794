// YAML with positions: every issue found on the parsed data is mapped back to file:line:column.
// Pure (the `yaml` package is plain JS), so the extension could reuse it; the Node file reading is in files.ts.
import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { Path, SchemaIssue } from '../schema/index.ts';

export interface Located {
  file: string;
  line: number;
  col: number;
  message: string;
  level: 'error' | 'warning';
}

export interface ParsedYaml {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Plain data, or undefined when the YAML itself is broken (see issues). */
  data: unknown;
  issues: Located[];
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'the same key appears twice in one group; keep one',
  TAB_AS_INDENT: 'tabs are used for indentation; use spaces',
  BAD_INDENT: 'the indentation is off; align this line with its siblings (2 spaces per level)',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTIPLE_DOCS: 'the file holds several YAML documents ("---"); a pack is one document',
  BLOCK_AS_IMPLICIT_KEY: 'a key is missing its ":" or the line above is not indented right',
  // "Nested mappings are not allowed in compact mappings": unquoted text with ": " inside.
};

export function parseYaml(text: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const issues: Located[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(error.pos[0]);
    const hint = /Nested mappings are not allowed/.test(error.message)
      ? 'this text contains a colon followed by a space (" : " or ": "), which YAML reads as a new key; put the whole text in quotes'
      : YAML_HINTS[error.code];
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    issues.push({
      file,
      line: pos.line,
      col: pos.col,
      message: `this is not valid YAML: ${hint ? `${hint} (${detail})` : detail}`,
      level: doc.errors.includes(error as never) ? 'error' : 'warning',
    });
  }
  // Anchors and aliases let one line expand into megabytes and hide what a rule says: write text out.
  visit(doc, (_key, node) => {
    const anchored = isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor);
    if (anchored && node.range) {
      const pos = lines.linePos(node.range[0]);
      issues.push({
        file,
        line: pos.line,
        col: pos.col,
        message: 'anchors and aliases (&name, *name) are not allowed in packs; write the text out in full',
        level: 'error',
      });
    }
  });
  const data = issues.some((i) => i.level === 'error') ? undefined : doc.toJS({ maxAliasCount: 0 });
  return { file, text, doc, lines, data, issues };
}

function nodeAt(parsed: ParsedYaml, path: Path): Node | undefined {
  const node = path.length === 0 ? parsed.doc.contents : parsed.doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in (node as object) ? (node as Node) : undefined;
}

function keyNode(parsed: ParsedYaml, path: Path): Node | undefined {
  const parent = nodeAt(parsed, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** Line and column (1-based) of what an issue points at; falls back to the nearest existing ancestor. */
export function locate(parsed: ParsedYaml, path: Path, at: SchemaIssue['at']): { line: number; col: number } {
  let node: Node | undefined;
  if (at === 'key') node = keyNode(parsed, path) ?? undefined;
  let probe = at === 'parent' ? path.slice(0, -1) : path;
  while (!node) {
    node = nodeAt(parsed, probe);
    if (node?.range || probe.length === 0) break;
    node = keyNode(parsed, probe);
    probe = probe.slice(0, -1);
  }
  const offset = node?.range?.[0] ?? 0;
  return parsed.lines.linePos(offset);
}

/**
 * Line and column of the character at `index` inside the string value at `path`: pattern errors point into
 * the YAML line itself. Quotes and '' / \" escapes are counted; folded multi-line scalars fall back to the start.
 */
export function locateInString(parsed: ParsedYaml, path: Path, index: number): { line: number; col: number } {
  const node = nodeAt(parsed, path);
  if (!isScalar(node) || !node.range) return locate(parsed, path, 'value');
  let offset = node.range[0];
  const raw = parsed.text.slice(node.range[0], node.range[1]);
  if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
    const escape = node.type === 'QUOTE_SINGLE' ? "'" : '\\';
    let i = 1;
    let chars = 0;
    while (i < raw.length && chars < index) {
      i += raw[i] === escape && (escape === '\\' || raw[i + 1] === "'") ? 2 : 1;
      chars++;
    }
    offset += i;
  } else if (node.type === 'PLAIN' && !raw.includes('\n')) {
    offset += Math.min(index, raw.length);
  }
  return parsed.lines.linePos(offset);
}

export function locateIssue(parsed: ParsedYaml, issue: SchemaIssue): Located {
  const pos = locate(parsed, issue.path, issue.at);
  return {
    file: parsed.file,
    line: pos.line,
    col: pos.col,
    message: issue.message,
    level: issue.level ?? 'error',
  };
}

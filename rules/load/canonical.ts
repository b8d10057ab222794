// One canonical YAML print per pack (and per source list / lexicon), like Dark Reader's data files:
// keys in a fixed order (fromPack), strings quoted only when needed (single quotes), block style except
// short word lists, 2-space indent, no folding, a blank line between rules, final newline.
// Comments are carried over by path from the original document; a comment whose key disappears
// (an empty optional list dropped by the canonical form) is lost, and `--fix` says so in its help.
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Path } from '../schema/index.ts';

/**
 * Lists of short words print as [a, b] when they fit in FLOW_WIDTH characters, else one item a line;
 * `*` matches any key or index. All other lists print one item a line.
 */
const FLOW_WIDTH = 80;
const FLOW_PATHS: Path[] = [
  ['languages'],
  ['rules', '*', 'ignore-context'],
  ['rules', '*', 'near', '*', 'all'],
  ['lexicon', '*', '*'],
  ['sources', '*', 'domains'],
  ['sources', '*', 'languages'],
  ['sources', '*', 'topics'],
];

const TO_STRING = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  singleQuote: true,
  flowCollectionPadding: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
} as const;

function matches(pattern: Path, path: Path): boolean {
  return pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

function style(node: unknown, path: Path, topList: string | undefined): void {
  if (isMap(node)) {
    node.flow = node.items.length === 0;
    for (const pair of node.items) {
      if (isScalar(pair.key)) style(pair.value, [...path, String(pair.key.value)], topList);
    }
  } else if (isSeq(node)) {
    const width = node.items.reduce<number>(
      (sum, item) => sum + (isScalar(item) ? String(item.value).length + 2 : Infinity),
      0,
    );
    node.flow = node.items.length === 0 || (width <= FLOW_WIDTH && FLOW_PATHS.some((p) => matches(p, path)));
    node.items.forEach((item, i) => {
      // A blank line between rules (or sources) keeps long files readable.
      if (path.length === 1 && path[0] === topList && i > 0 && (isMap(item) || isSeq(item)))
        item.spaceBefore = true;
      style(item, [...path, i], topList);
    });
  }
}

type Commented = Node & { commentBefore?: string | null; comment?: string | null };

function copyComments(from: Commented, to: Commented): void {
  if (from.commentBefore) to.commentBefore = from.commentBefore;
  if (from.comment) to.comment = from.comment;
}

function transfer(from: unknown, to: unknown): void {
  if (!from || !to || typeof from !== 'object' || typeof to !== 'object') return;
  copyComments(from as Commented, to as Commented);
  if (isMap(from) && isMap(to)) {
    for (const pair of from.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const target = to.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!target) continue;
      if (isScalar(target.key)) copyComments(pair.key, target.key);
      transfer(pair.value, target.value);
    }
  } else if (isSeq(from) && isSeq(to)) {
    from.items.forEach((item, i) => transfer(item, to.items[i]));
  }
}

/** The comment above the first key is the file's header (schema line, purpose): it stays first. */
function keepHeaderOnTop(from: unknown, to: unknown): void {
  if (!isMap(from) || !isMap(to)) return;
  const oldFirst = from.items[0]?.key;
  const newFirst = to.items[0]?.key;
  if (!isScalar(oldFirst) || !isScalar(newFirst) || !oldFirst.commentBefore) return;
  if (String(oldFirst.value) === String(newFirst.value)) return;
  const moved = to.items.find((p) => isScalar(p.key) && String(p.key.value) === String(oldFirst.value));
  if (moved && isScalar(moved.key)) moved.key.commentBefore = undefined;
  newFirst.commentBefore = [oldFirst.commentBefore, newFirst.commentBefore].filter(Boolean).join('\n');
}

/**
 * Prints data (already in canonical key order) as canonical YAML. `topList` names the list whose items get a
 * blank line between them ('rules' for packs, 'sources' for the source list).
 */
export function printCanonical(
  data: unknown,
  options: { comments?: Document; topList?: string } = {},
): string {
  const doc = new Document(data, { version: '1.2' });
  style(doc.contents, [], options.topList);
  if (options.comments) {
    if (options.comments.commentBefore) doc.commentBefore = options.comments.commentBefore;
    if (options.comments.comment) doc.comment = options.comments.comment;
    transfer(options.comments.contents, doc.contents);
    keepHeaderOnTop(options.comments.contents, doc.contents);
  }
  const text = doc.toString(TO_STRING);
  const tidy = text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
  return `${tidy}\n`;
}

/** First line where two texts differ (1-based), with both versions, for "not in canonical form" reports. */
export function firstDifference(
  actual: string,
  canonical: string,
): { line: number; actual: string; canonical: string } | undefined {
  if (actual === canonical) return undefined;
  const a = actual.split('\n');
  const b = canonical.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return { line: i + 1, actual: a[i] ?? '(end of file)', canonical: b[i] ?? '(end of file)' };
  }
  return { line: a.length, actual: '', canonical: '' };
}

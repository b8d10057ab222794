import { describe, expect, it } from 'vitest';
import { PatternError } from '../../engine/pattern/ast.ts';
import { parsePattern, parseRule, type ParseContext } from '../../engine/pattern/parse.ts';
import { foldSpellings } from '../../engine/text/tokenize.ts';

const ctx: ParseContext = {
  classes: { vaccine: ['vaccine', 'vaccines', 'mRNA shot', 'jabs'], cause: ['cause', 'causes'] },
  spellings: foldSpellings({ vax: 'vaccine' }),
};

describe('parsePattern', () => {
  it('folds literals like the tokenizer and builds the tree', () => {
    expect(parsePattern("L'huile GUÉRIT", ctx)).toEqual([
      { t: 'word', key: 'l' },
      { t: 'word', key: 'huile' },
      { t: 'word', key: 'guerit' },
    ]);
    expect(parsePattern('vax (cause|causes)? ~3 immun* {#number} {#unit}', ctx)).toEqual([
      { t: 'word', key: 'vacine' },
      { t: 'alt', optional: true, options: [[{ t: 'word', key: 'cause' }], [{ t: 'word', key: 'causes' }]] },
      { t: 'gap', max: 3 },
      { t: 'stem', prefix: 'imun' },
      { t: 'number' },
      { t: 'unit' },
    ]);
  });

  it('expands a class into alternatives, phrases included', () => {
    const [node] = parsePattern('{vaccine} autism', ctx);
    expect(node).toMatchObject({ t: 'alt', optional: false });
    if (node?.t !== 'alt') throw new Error('not an alt');
    expect(node.options).toContainEqual([
      { t: 'word', key: 'mrna' },
      { t: 'word', key: 'shot' },
    ]);
  });

  it.each([
    ['(lemon water cures', 'the bracket opened at column 1 is never closed', 1],
    ['lemon (water|juice cures', 'the bracket opened at column 7 is never closed', 7],
    ['{vacine} autism', 'unknown word class {vacine}: did you mean {vaccine}?', 1],
    ['{nothing} autism', 'unknown word class {nothing}', 1],
    ['cure? cancer?', 'a pattern cannot be only optional parts', 0],
    ['cure ~12 cancer', '~12 is too wide: at most ~8', 6],
    ['the of a', "a pattern that is only stop words like 'the' would match almost everything", 0],
    ['~3 cure', 'a pattern cannot start or end with ~N', 0],
    ['cure ~ cancer', '~ needs a number of words after it, like ~3', 6],
    ['vac* autism', "'vac*' is too short: a stem needs at least 4 letters", 1],
    ['cure ) cancer', 'the closing bracket at column 6 has no opening bracket', 6],
    ['(cure|) cancer', 'an empty alternative', 7],
    ['{#num}', 'unknown built-in class {#num}', 1],
    ['{vaccine autism', 'the brace opened at column 1 is never closed', 1],
    ['cure = ?', "'?' must follow a word or a bracket", 8],
    ['', 'the pattern is empty', 0],
    ['cure & cancer', "'&' is not a word", 6],
  ])('%s -> %s', (src, message, column) => {
    let error: unknown;
    try {
      parsePattern(src, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PatternError);
    expect((error as PatternError).detail).toContain(message);
    expect((error as PatternError).column).toBe(column);
  });

  it('names the field in rule errors', () => {
    expect(() => parseRule({ patterns: ['cure'], unless: ['(a'] }, ctx)).toThrow(
      /^unless\[0\]: the bracket opened at column 1/,
    );
    expect(() => parseRule({ patterns: [], near: [{ all: ['cure'], within: 3 }] }, ctx)).toThrow(
      /near\[0\]: a near group needs at least two parts/,
    );
    expect(() => parseRule({ patterns: [], near: [{ all: ['cure', 'cancer'], within: 99 }] }, ctx)).toThrow(
      /within/,
    );
  });
});

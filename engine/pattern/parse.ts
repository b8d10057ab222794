// Parser for the pattern language (docs/pack-format.md): words, phrases, {class}, {#number}, {#unit},
// (a|b c), ?, ~N, stem*. Literals are folded with the tokenizer itself, so a pattern and a post always agree
// on what a word is. Errors say, in plain words and with a column, what to change.
import { tokenize } from '../text/tokenize.ts';
import { isFrequent } from '../text/frequent.ts';
import { TokenKind } from '../text/tokens.ts';
import { MAX_GAP, MAX_NEAR, MIN_STEM, PatternError, type PNode, type PSeq, type ParsedRule } from './ast.ts';

export interface ParseContext {
  /** Word classes of the rule's language (pack lexicon merged over the shared one). */
  classes: Readonly<Record<string, readonly string[]>>;
  /** Folded slang spellings, the same map the tokenizer gets. */
  spellings?: ReadonlyMap<string, string>;
}

const SYNTAX = new Set(['(', ')', '|', '{', '}', '?', '*', '~']);
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly ctx: ParseContext,
    private readonly inClass: boolean,
  ) {}

  fail(message: string, at = this.i): never {
    throw new PatternError(message, at + 1, this.src);
  }

  parse(): PSeq {
    const seq = this.sequence();
    if (this.i < this.src.length) {
      if (this.src[this.i] === ')')
        this.fail(`the closing bracket at column ${this.i + 1} has no opening bracket`);
      if (this.src[this.i] === '|')
        this.fail("'|' separates alternatives and belongs inside brackets: (a|b)");
      this.fail(`unexpected '${this.src[this.i]}'`);
    }
    return seq;
  }

  private skipSpaces(): void {
    while (this.i < this.src.length && isSpace(this.src[this.i]!)) this.i++;
  }

  /** Elements until ')' or '|' or the end. */
  private sequence(): PSeq {
    const seq: PSeq = [];
    for (;;) {
      this.skipSpaces();
      const ch = this.src[this.i];
      if (ch === undefined || ch === ')' || ch === '|') return seq;
      const at = this.i;
      if (ch === '~') {
        this.gap(seq, at);
        continue;
      }
      let nodes = this.atom();
      if (this.src[this.i] === '?') {
        this.i++;
        if (nodes.length === 1 && nodes[0]!.t === 'alt') nodes = [{ ...nodes[0]!, optional: true }];
        else nodes = [{ t: 'alt', options: [nodes], optional: true }];
      }
      seq.push(...nodes);
    }
  }

  private gap(seq: PSeq, at: number): void {
    this.i++;
    const m = /^\d+/.exec(this.src.slice(this.i));
    if (!m) this.fail('~ needs a number of words after it, like ~3', at);
    const max = Number(m[0]);
    this.i += m[0].length;
    if (max < 1) this.fail('~0 allows no word in between: remove it', at);
    if (max > MAX_GAP) this.fail(`~${max} is too wide: at most ~${MAX_GAP}`, at);
    const last = seq[seq.length - 1];
    if (last?.t === 'gap')
      this.fail(`two gaps in a row: write one ~${Math.min(MAX_GAP, last.max + max)}`, at);
    seq.push({ t: 'gap', max });
  }

  private atom(): PNode[] {
    const at = this.i;
    const ch = this.src[at]!;
    if (ch === '(') return this.alternatives(at);
    if (ch === '{') return this.klass(at);
    if (ch === '?' || ch === '*') this.fail(`'${ch}' must follow a word or a bracket`);
    if (ch === '}') this.fail(`the closing brace at column ${at + 1} has no opening brace`);
    return this.word(at);
  }

  private alternatives(at: number): PNode[] {
    this.i++;
    const options: PSeq[] = [];
    for (;;) {
      const optStart = this.i;
      const seq = this.sequence();
      if (seq.length === 0) {
        this.fail('an empty alternative: write (a|b)? to make the whole group optional', optStart);
      }
      if (seq[0]!.t === 'gap' || seq[seq.length - 1]!.t === 'gap')
        this.fail('an alternative cannot start or end with ~N', optStart);
      if (!seq.some(required))
        this.fail(
          'an alternative cannot be only optional parts: make the whole group optional with (a|b)?',
          optStart,
        );
      options.push(seq);
      const ch = this.src[this.i];
      if (ch === '|') {
        this.i++;
        continue;
      }
      if (ch === ')') {
        this.i++;
        break;
      }
      this.fail(`the bracket opened at column ${at + 1} is never closed`, at);
    }
    return [{ t: 'alt', options, optional: false }];
  }

  private klass(at: number): PNode[] {
    const close = this.src.indexOf('}', at);
    if (close < 0) this.fail(`the brace opened at column ${at + 1} is never closed`, at);
    const name = this.src.slice(at + 1, close).trim();
    this.i = close + 1;
    if (name === '#number') return [{ t: 'number' }];
    if (name === '#unit') return [{ t: 'unit' }];
    if (name.startsWith('#')) this.fail(`unknown built-in class {${name}}: use {#number} or {#unit}`, at);
    if (this.inClass) this.fail('a class entry cannot use another class', at);
    const entries = this.ctx.classes[name];
    if (!entries) {
      const hint = closest(name, Object.keys(this.ctx.classes));
      this.fail(`unknown word class {${name}}${hint ? `: did you mean {${hint}}?` : ''}`, at);
    }
    if (entries.length === 0) this.fail(`the word class {${name}} is empty`, at);
    const options: PSeq[] = [];
    for (const entry of entries) {
      try {
        const seq = new Parser(entry, this.ctx, true).parse();
        if (seq.length > 0) options.push(seq);
      } catch (error) {
        const why = error instanceof PatternError ? error.detail : String(error);
        this.fail(`the entry '${entry}' of {${name}} is not a valid pattern: ${why}`, at);
      }
    }
    if (options.length === 0) this.fail(`the word class {${name}} has no usable entry`, at);
    return [{ t: 'alt', options, optional: false }];
  }

  private word(at: number): PNode[] {
    let j = at;
    while (j < this.src.length && !isSpace(this.src[j]!) && !SYNTAX.has(this.src[j]!)) j++;
    const raw = this.src.slice(at, j);
    this.i = j;
    const toks = tokenize(raw, this.ctx.spellings);
    if (this.src[j] === '*') {
      this.i = j + 1;
      const letters = raw.replace(/[^\p{L}\p{N}]/gu, '').length;
      if (toks.count !== 1 || toks.kind[0] !== TokenKind.Word)
        this.fail(`'${raw}*': a stem must be one word`, at);
      if (letters < MIN_STEM)
        this.fail(
          `'${raw}*' is too short: a stem needs at least ${MIN_STEM} letters, or it matches too many words`,
          at,
        );
      // The stem is folded without the spelling table: "vax*" is about words starting with "vax".
      return [{ t: 'stem', prefix: tokenize(raw).key[0]! }];
    }
    if (toks.count === 0) {
      if (raw.length === 0) this.fail(`unexpected '${this.src[at] ?? ''}'`, at);
      // "myth:" keeps "myth", but a lone symbol can never match: posts are read as words only.
      this.fail(`'${raw}' is not a word: Vigie matches words only and skips punctuation and symbols`, at);
    }
    return toks.key.map((key) => ({ t: 'word', key }));
  }
}

/** The closest name within two edits, for "did you mean". */
function closest(name: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const n of names) {
    const d = editDistance(name.toLowerCase(), n.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** True when an element can match without saying anything specific (optional, gap, stop word). */
function weak(node: PNode): boolean {
  if (node.t === 'gap') return true;
  if (node.t === 'word') return isFrequent(node.key);
  if (node.t === 'alt') return node.optional || node.options.every((o) => o.every(weak));
  return false;
}

function required(node: PNode): boolean {
  return node.t !== 'gap' && !(node.t === 'alt' && node.optional);
}

/** Parses one pattern; throws PatternError. */
export function parsePattern(src: string, ctx: ParseContext): PSeq {
  if (typeof src !== 'string' || src.trim() === '')
    throw new PatternError('the pattern is empty', 0, String(src ?? ''));
  const seq = new Parser(src, ctx, false).parse();
  if (seq.length === 0) throw new PatternError('the pattern has no word in it', 0, src);
  if (!seq.some(required)) throw new PatternError('a pattern cannot be only optional parts', 0, src);
  if (seq[0]!.t === 'gap' || seq[seq.length - 1]!.t === 'gap') {
    throw new PatternError(
      'a pattern cannot start or end with ~N: the words around it mark where the claim is',
      0,
      src,
    );
  }
  if (seq.every(weak)) {
    throw new PatternError(
      "a pattern that is only stop words like 'the' would match almost everything",
      0,
      src,
    );
  }
  return seq;
}

export interface RuleSource {
  patterns: readonly string[];
  near?: readonly { all: readonly string[]; within: number }[];
  unless?: readonly string[];
}

/** Parses a rule's patterns, near groups and exceptions; errors name the field they come from. */
export function parseRule(rule: RuleSource, ctx: ParseContext): ParsedRule {
  const at = <T>(where: string, f: () => T): T => {
    try {
      return f();
    } catch (error) {
      if (error instanceof PatternError)
        throw new PatternError(error.detail, error.column, error.pattern, where);
      throw error;
    }
  };
  const patterns = (rule.patterns ?? []).map((p, k) => at(`patterns[${k}]`, () => parsePattern(p, ctx)));
  const near = (rule.near ?? []).map((g, k) =>
    at(`near[${k}]`, () => {
      if (!Array.isArray(g.all) || g.all.length < 2)
        throw new PatternError('a near group needs at least two parts in all:', 0, '');
      if (!Number.isInteger(g.within) || g.within < 1 || g.within > MAX_NEAR) {
        throw new PatternError(`within: ${g.within} must be a whole number from 1 to ${MAX_NEAR}`, 0, '');
      }
      return { parts: g.all.map((p) => parsePattern(p, ctx)), within: g.within };
    }),
  );
  if (patterns.length === 0 && near.length === 0)
    throw new PatternError('a rule needs at least one pattern or near group', 0, '');
  const unless = (rule.unless ?? []).map((p, k) => at(`unless[${k}]`, () => parsePattern(p, ctx)));
  return { patterns, near, unless };
}

// Public API of the claim engine (pure TypeScript: Node, content script, background).
export {
  compile,
  loadEngine,
  snapshotOf,
  Engine,
  ENGINE_VERSION,
  type CompileInput,
  type AnalyzeOptions,
} from './analyze.ts';
export { SNAPSHOT_VERSION, SnapshotError } from './snapshot.ts';
export { tokenize, foldText, foldSpellings } from './text/tokenize.ts';
export { TokenKind, type Tokens, type Sentence } from './text/tokens.ts';
export { parsePattern, parseRule, type ParseContext } from './pattern/parse.ts';
export { PatternError, type PSeq, type PNode, type ParsedRule } from './pattern/ast.ts';
export {
  compilePacks,
  mergeSpellings,
  type Lexicon,
  type RuleMeta,
  type CompileIssue,
} from './match/packs.ts';
export { compileRules, type MatcherData } from './match/compile.ts';
export { Matcher } from './match/matcher.ts';
export { referenceScan } from './match/reference.ts';
export type { MatchHit } from './match/types.ts';
export * from './types.ts';

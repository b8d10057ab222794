// The engine's public object. Flow of analyze():
//   tokenize (folded keys, spans) -> language (forced or detected) -> matcher scan of the rules of the
//   languages that run -> per match: context notes and their effect -> links (verified sources, studies)
//   -> unsourced advice cancelled by a verified link -> source notes -> `shown` for patient mode.
import type {
  AnalyzeResult,
  DetectedLang,
  Finding,
  Lang,
  LinkInfo,
  PostInput,
  VerifiedSource,
} from './types.ts';
import type { Tokens } from './text/tokens.ts';
import { tokenize } from './text/tokenize.ts';
import { Matcher } from './match/matcher.ts';
import { LANG_BIT, type MatchHit } from './match/types.ts';
import { compilePacks, type CompileIssue, type Lexicon, type RuleMeta } from './match/packs.ts';
import { readSnapshot, writeSnapshot, type SnapshotData } from './snapshot.ts';
import { RuleArray } from './snapshot-rules.ts';
import { applyContext, compileContext, OwnList, readContext, type CompiledContext } from './context/index.ts';
import { BUILTIN_CONTEXT } from './context/builtin.ts';
import { detectLanguage } from './lang/detect.ts';
import { buildSourceIndex, extractLinks } from './sources/links.ts';
import { markShown, type VisibilitySettings } from './visibility.ts';
import { sourceFindings } from './source-findings.ts';
import type { Pack } from './types.ts';

/** Engine API version: packs declare `min-engine`; bump when the pattern language gains syntax. */
export const ENGINE_VERSION = 1;

export interface CompileInput {
  packs: readonly Pack[];
  lexicon?: Lexicon;
  sources?: readonly VerifiedSource[];
}

/** A post being analysed: what begin() found, for end(). */
interface Run {
  post: PostInput;
  text: string;
  tokens: Tokens;
  lang: DetectedLang;
  ran: Lang[];
  mask: number;
}

export interface AnalyzeOptions {
  /** Patient-mode visibility settings (defaults when absent). */
  settings?: Partial<VisibilitySettings>;
}

export class Engine {
  readonly matcher: Matcher;
  readonly sources: readonly VerifiedSource[];
  /** Rules left out because their patterns did not parse (empty for an engine loaded from a snapshot). */
  readonly issues: readonly CompileIssue[];
  private readonly spellings: ReadonlyMap<string, string>;
  private readonly sourceIndex: ReturnType<typeof buildSourceIndex>;
  /** Context data compiled per language on first use. */
  private readonly contexts = new Map<Lang, CompiledContext>();

  constructor(
    /** What a snapshot holds (snapshotOf writes it). */
    readonly data: SnapshotData,
    issues: readonly CompileIssue[] = [],
  ) {
    this.matcher = new Matcher(data.matcher);
    this.sources = data.sources;
    this.spellings = data.spellings;
    this.issues = issues;
    this.sourceIndex = buildSourceIndex(data.sources);
  }

  get ruleCount(): number {
    return this.data.rules.length;
  }

  /** Metadata of a rule by index (decoded from the snapshot on first use). */
  rule(index: number): RuleMeta {
    return this.data.rules.get(index);
  }

  /** Every rule's metadata, in rule-index order. */
  get rules(): readonly RuleMeta[] {
    return Array.from({ length: this.data.rules.length }, (_, i) => this.data.rules.get(i));
  }

  /** Tokens of a text with this engine's spelling table. */
  tokenize(text: string): Tokens {
    return tokenize(text, this.spellings);
  }

  analyze(input: PostInput, opts: AnalyzeOptions = {}): AnalyzeResult {
    const run = this.begin(input);
    const findings = this.findingsOf(run.tokens, run.text, this.matcher.scan(run.tokens, run.mask));
    return this.end(run, findings, opts);
  }

  /** analyze()'s first part: the tokens, and the language of the post (forced or detected). */
  private begin(input: PostInput): Run {
    // Posts come from page adapters and messages: tolerate a missing post, text or link list.
    const post: PostInput = input ?? { text: '' };
    const text = typeof post.text === 'string' ? post.text : '';
    const tokens = this.tokenize(text);
    let lang: DetectedLang;
    let ran: Lang[];
    if (post.lang === 'en' || post.lang === 'fr') {
      lang = post.lang;
      ran = [post.lang];
    } else {
      const d = detectLanguage(tokens);
      lang = d.lang;
      ran = d.run;
    }
    let mask = 0;
    for (const l of ran) mask |= LANG_BIT[l];
    return { post, text, tokens, lang, ran, mask };
  }

  /** analyze()'s last part: links and sources, then what patient mode shows. */
  private end(run: Run, findings: Finding[], opts: AnalyzeOptions): AnalyzeResult {
    const { post, text, lang, ran } = run;
    const links: LinkInfo[] = extractLinks(
      text,
      Array.isArray(post.links) ? post.links : [],
      this.sourceIndex,
    );
    for (const l of links)
      if (l.kind === 'verified') {
        sourced(findings, l);
        break;
      }
    findings.push(...sourceFindings(links, this.sources, text));
    // selectShown's answer (it also keeps the neutral source note away from a negative finding).
    if (findings.length > 0) markShown(findings, opts.settings);
    return { lang, ran, findings, links };
  }

  /**
   * The findings of a post's hits: each one's context read and applied. Apart from analyze(), as are the rare
   * branches of the context readers: V8 optimises a function after a number of runs that grows with its size.
   */
  private findingsOf(tokens: Tokens, text: string, hits: readonly MatchHit[]): Finding[] {
    const findings: Finding[] = [];
    const own = this.own;
    // The hits' rules first, in a loop of their own: with thousands of rules their metadata objects are
    // mostly out of the cache, and these independent reads wait for memory together, not one per finding
    // between context reads (10,000 bench rules: ~5% of analyze).
    const { hitRules: rules, hitLangs: langs } = this;
    for (let k = 0; k < hits.length; k++) {
      const rule = this.rule(hits[k]!.ruleIndex);
      rules[k] = rule;
      langs[k] = rule.lang; // a read of the object itself, not only of the array that points to it
    }
    for (let k = 0; k < hits.length; k++) {
      const hit = hits[k]!;
      const rule = rules[k]!;
      const lang = langs[k]!;
      const notes = readContext(
        tokens,
        { firstToken: hit.firstToken, lastToken: hit.lastToken, ownTokens: own.reset(hit.ownTokens) },
        lang,
        this.context(lang),
      );
      const applied = applyContext(notes, rule);
      const start = tokens.start[hit.firstToken]!;
      const end = tokens.end[hit.lastToken]!;
      findings.push(makeFinding(rule, applied, start, end, text.slice(start, end)));
    }
    rules.length = 0; // no rule kept alive past the post
    return findings;
  }

  /** analyze()'s rule of each hit and its language, refilled per post. */
  private readonly hitRules: RuleMeta[] = [];
  private readonly hitLangs: Lang[] = [];

  /** The rule's own words of the match being read: one list refilled per match (readContext keeps none). */
  private readonly own = new OwnList();

  /** The last language asked and its context: a page's findings mostly share one (no Map lookup each). */
  private lastLang: Lang | undefined;
  private lastContext: CompiledContext | undefined;

  private context(lang: Lang): CompiledContext {
    if (lang === this.lastLang && this.lastContext !== undefined) return this.lastContext;
    this.lastLang = lang;
    this.lastContext = this.compiled(lang);
    return this.lastContext;
  }

  private compiled(lang: Lang): CompiledContext {
    let c = this.contexts.get(lang);
    if (!c) {
      c = compileContext(this.data.context[lang]);
      this.contexts.set(lang, c);
    }
    return c;
  }
}

/**
 * The engine as a snapshot string. A function, not a method: the content script only loads snapshots, and a
 * method would keep the snapshot writers in its bundle.
 */
export function snapshotOf(engine: Engine): string {
  return writeSnapshot(engine.data);
}

/** A verified link answers "no source linked": the advice findings stay for clinicians, removed. */
function sourced(findings: Finding[], cue: LinkInfo): void {
  for (const f of findings) {
    if (f.category !== 'unsourced-advice') continue;
    f.context = [...f.context, { kind: 'sourced', cue: cue.url, start: cue.start ?? 0, end: cue.end ?? 0 }];
    f.effect = 'removed';
    f.severity = f.ruleSeverity;
  }
}

/**
 * A rule's finding. One literal, then `safety` only where the rule has one: a spread in the literal would take a
 * slow copying path on every finding.
 */
function makeFinding(
  rule: RuleMeta,
  applied: ReturnType<typeof applyContext>,
  start: number,
  end: number,
  excerpt: string,
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    packId: rule.packId,
    category: rule.category,
    severity: applied.severity,
    ruleSeverity: rule.severity,
    lang: rule.lang,
    start,
    end,
    excerpt,
    title: rule.title,
    message: rule.message,
    sources: rule.sources,
    context: applied.notes,
    effect: applied.effect,
    shown: false,
    reviewed: rule.reviewed,
  };
  if (rule.safety) finding.safety = rule.safety;
  return finding;
}

/** Compiles packs into an engine. Rules whose patterns do not parse are left out and listed in `issues`. */
export function compile(input: CompileInput): Engine {
  const sources = [...(input.sources ?? [])];
  const built = compilePacks(input.packs, input.lexicon, sources);
  return new Engine(
    {
      matcher: built.matcher,
      rules: new RuleArray(built.rules),
      sources,
      spellings: built.spellings,
      context: BUILTIN_CONTEXT,
    },
    built.issues,
  );
}

/** Loads an engine from a snapshot string (throws SnapshotError for another version or a damaged one). */
export function loadEngine(snapshot: string): Engine {
  return new Engine(readSnapshot(snapshot));
}

// 'analyze': the engine runs here, in the extension's own process, for the texts content scripts read from their
// pages. The page's main thread only reads its posts, hands the texts over and draws the marks (issue #4: the
// scanner's main-thread time), and each tab no longer decodes its own copy of the snapshot.
//
// The engine is loaded from the current snapshot once and kept until the snapshot changes (a new hash). An
// answer names the hash its findings come from, so a content script can tell findings of older rules.
import { encodeAnswer } from '../messaging/analysis-wire.ts';
import type { Finding } from '../engine/types.ts';
import type { Request } from '../messaging/protocol.ts';
import type { Analyzer, Context } from './context.ts';
import { currentSnapshot, refreshSnapshot } from './snapshot.ts';

/**
 * Texts a new engine analyses before any post (our own, neutral wording: English, French, a link): its first runs
 * compile its code, and a content script's first question (no texts) waits for them, not its first posts.
 */
const WARM_UP = [
  'Garlic water cures the flu in two days, you can stop your insulin.',
  "Le citron guérit le cancer ? Non, ce n'est pas prouvé selon l'OMS.",
  'Read more at https://www.who.int/news-room and doi.org/10.1000/182 #health',
];

function load(ctx: Context, hash: string, data: string): { hash: string; engine: Analyzer } {
  const engine = ctx.engine.load(data);
  for (const text of WARM_UP) engine.analyze({ text });
  return { hash, engine };
}

/** The engine for the current snapshot; a snapshot that does not load is built again once from the packs. */
async function engineOf(ctx: Context): Promise<{ hash: string; engine: Analyzer }> {
  const snap = await currentSnapshot(ctx);
  if (ctx.analyzer?.hash === snap.hash) return ctx.analyzer;
  try {
    ctx.analyzer = load(ctx, snap.hash, snap.data);
  } catch (error) {
    ctx.log('the stored snapshot could not be loaded; building it again', error);
    const fresh = await refreshSnapshot(ctx, { force: true });
    ctx.analyzer = load(ctx, fresh.hash, fresh.data);
  }
  return ctx.analyzer;
}

/** The answer (messaging/analysis-wire.ts) for a content script's texts. */
export async function analyzeTexts(ctx: Context, req: Request<'analyze'>): Promise<string> {
  const { hash, engine } = await engineOf(ctx);
  // Rules the asker holds are those of the same snapshot only.
  const known = new Set(req.hash === hash ? req.known : []);
  const results = req.items.map((item): Finding[] => {
    try {
      return engine.analyze(item.links ? { text: item.text, links: item.links } : { text: item.text })
        .findings;
    } catch (error) {
      // One text the engine cannot read costs its own marks only.
      ctx.log('a text could not be analysed', error);
      return [];
    }
  });
  return encodeAnswer(hash, results, known);
}

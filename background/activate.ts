// The last steps of the pipeline for one pack file, wherever it came from (a subscription or a file the user
// chose): signature -> hash -> schema -> version -> examples -> one transaction. Nothing is written unless
// every step passed.
import type { Pack } from '../engine/types.ts';
import { activateVersion } from '../db/packs.ts';
import type { PackOrigin } from '../db/schema.ts';
import { sha256Hex } from '../publish/sign.ts';
import type { Context } from './context.ts';
import { loadActive } from './packstore.ts';
import { REASONS, asStepError } from './reasons.ts';
import { checkExamples, checkHash, checkSignature, checkVersion, parseJson, validatePack } from './steps.ts';

export interface Candidate {
  /** File name shown in reasons ("packs/vaccines-en.json"). */
  file: string;
  text: string;
  signature: string | undefined;
  trustedKeys: string[];
  /** Key the site index says it was signed with (to tell "untrusted" from "damaged"). */
  claimedKey?: string;
  /** From the signed index, when there is one. */
  expect?: { id: string; version: string; hash: string };
  origin: PackOrigin;
  subscriptionUrl?: string;
}

/** Runs every check; returns the pack ready to activate (nothing written yet). */
export async function verifyCandidate(ctx: Context, c: Candidate): Promise<Pack> {
  const bytes = new TextEncoder().encode(c.text).length;
  if (bytes > ctx.limits.maxBytes) throw REASONS.tooLarge(ctx.limits.maxBytes);
  const data = parseJson(c.text, c.file);
  await checkSignature(c.text, c.signature, c.trustedKeys, c.file, c.claimedKey);
  if (c.expect) await checkHash(c.text, c.expect.hash, c.file);
  const pack = validatePack(data, bytes, c.file);
  if (c.expect && pack.id !== c.expect.id) throw REASONS.wrongPack(c.file, pack.id, c.expect.id);
  if (c.expect && pack.version !== c.expect.version) {
    throw REASONS.wrongVersion(c.file, pack.version, c.expect.version);
  }
  const set = await loadActive(ctx);
  const active = set.packs.find((p) => p.pack.id === pack.id);
  checkVersion(pack.id, pack.version, active?.pack.version, set.prefs.get(pack.id)?.skipVersion);
  checkExamples(pack, ctx.engine, { sources: set.sources, lexicon: ctx.bundled.lexicon });
  return pack;
}

/** verifyCandidate, then the one-transaction activation. Throws a StepError on any failure. */
export async function activateCandidate(ctx: Context, c: Candidate): Promise<Pack> {
  const pack = await verifyCandidate(ctx, c);
  try {
    await activateVersion(
      ctx.db,
      {
        id: pack.id,
        version: pack.version,
        origin: c.origin,
        hash: await sha256Hex(c.text),
        text: c.text,
        ...(c.subscriptionUrl ? { subscriptionUrl: c.subscriptionUrl } : {}),
      },
      ctx.now(),
    );
  } catch (error) {
    throw asStepError(error, 'storage');
  }
  return pack;
}

// The activation pipeline, one function a step. Each returns its result or throws a StepError whose reason is
// shown in options as it is:
//   fetch (fetch.ts) -> parseJson -> checkSignature -> checkHash -> validatePack -> checkVersion
//   -> checkExamples -> activate (one transaction, activate.ts)
// The signature is checked before the schema so unsigned input is never parsed further than JSON.
import type { Pack, VerifiedSource } from '../engine/types.ts';
import { validatePackJson, validateSourcesFile, type SchemaIssue } from '../rules/schema/index.ts';
import { compareVersions } from '../publish/semver.ts';
import { sha256Hex, verify } from '../publish/sign.ts';
import type { EngineInput, EnginePort } from './context.ts';
import { REASONS } from './reasons.ts';

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw REASONS.json(file);
  }
}

/**
 * The trusted key that signed `text`. When no trusted key did, tells a signature that matches no key at all
 * (damaged file) from one made by a key the user does not trust (`claimedKey`, announced by the site index).
 */
export async function checkSignature(
  text: string,
  signature: string | undefined,
  trustedKeys: readonly string[],
  file: string,
  claimedKey?: string,
): Promise<string> {
  if (signature === undefined || signature.trim() === '') throw REASONS.missingSignature(file);
  const sig = signature.trim();
  for (const key of trustedKeys) if (await verify(text, sig, key)) return key;
  if (claimedKey && !trustedKeys.includes(claimedKey) && (await verify(text, sig, claimedKey))) {
    throw REASONS.untrusted(file, claimedKey);
  }
  if (claimedKey && trustedKeys.includes(claimedKey)) throw REASONS.badSignature(file);
  throw claimedKey ? REASONS.badSignature(file) : REASONS.untrusted(file);
}

export async function checkHash(text: string, expected: string, file: string): Promise<void> {
  if ((await sha256Hex(text)) !== expected) throw REASONS.hash(file);
}

function firstIssues(issues: SchemaIssue[]): string {
  const errors = issues.filter((i) => i.level !== 'warning');
  const shown = errors.slice(0, 2).map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
  return shown.join('; ') + (errors.length > 2 ? `; and ${errors.length - 2} more` : '');
}

export function validatePack(data: unknown, bytes: number, file: string): Pack {
  const result = validatePackJson(data, bytes);
  if (!result.value) throw REASONS.schema(file, firstIssues(result.issues) || 'unreadable');
  return result.value;
}

export function validateSources(data: unknown, file: string): VerifiedSource[] {
  const result = validateSourcesFile(data);
  if (!result.value) throw REASONS.schema(file, firstIssues(result.issues) || 'unreadable');
  return result.value;
}

/** No replay: only a version above the active one activates, and never the one the user rolled back from. */
export function checkVersion(
  id: string,
  version: string,
  active: string | undefined,
  skipVersion?: string,
): void {
  if (active !== undefined && compareVersions(version, active) <= 0)
    throw REASONS.notNewer(id, version, active);
  if (skipVersion !== undefined && version === skipVersion) {
    throw REASONS.rolledBack(id, version);
  }
}

/** Every rule's own examples must pass in the user's engine. */
export function checkExamples(pack: Pack, engine: EnginePort, input: Omit<EngineInput, 'packs'>): void {
  let failures: string[];
  try {
    failures = engine.selfTest(pack, input);
  } catch (error) {
    throw REASONS.engine(pack.id, error instanceof Error ? error.message : String(error));
  }
  if (failures.length > 0) throw REASONS.examples(pack.id, failures);
}

// Trusted signing keys. The project's key ships with the extension (keys/project.pub) and is always trusted;
// the user may add the keys of other maintainers and remove those again.
import type { VigieDB } from './database.ts';
import type { TrustedKeyRow } from './schema.ts';

export async function listKeys(db: VigieDB, builtIn: TrustedKeyRow[]): Promise<TrustedKeyRow[]> {
  const stored = await db.keys.toArray();
  const seen = new Set(builtIn.map((k) => k.key));
  return [...builtIn, ...stored.filter((k) => !seen.has(k.key) && !k.builtIn)];
}

export async function addKey(db: VigieDB, key: string, name: string, now: Date): Promise<void> {
  await db.keys.put({ key, name, builtIn: false, addedAt: now.toISOString() });
}

export async function removeKey(db: VigieDB, key: string): Promise<void> {
  await db.keys.delete(key);
}

// Sending a typed request to the background from a content script or an extension page.
// Only types come from protocol.ts, so valibot stays out of the content script's bundle.
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Reply, Responses } from './protocol.ts';

type Args<K extends MessageType> = keyof Payload<K> extends never ? [] : [payload: Payload<K>];

/** Sends `type` with its payload; resolves with the value or rejects with the background's sentence. */
export async function sendRequest<K extends MessageType>(type: K, ...args: Args<K>): Promise<Responses[K]> {
  const reply = await trySend(type, ...args);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Like sendRequest, but never throws: failures come back as `{ ok: false, error }`. */
export async function trySend<K extends MessageType>(
  type: K,
  ...args: Args<K>
): Promise<Reply<Responses[K]>> {
  try {
    const raw: unknown = await browser.runtime.sendMessage({ type, ...(args[0] ?? {}) });
    if (typeof raw === 'object' && raw !== null && typeof (raw as { ok?: unknown }).ok === 'boolean') {
      return raw as Reply<Responses[K]>;
    }
    return { ok: false, error: 'Vigie’s background did not answer. Try again in a moment.' };
  } catch (error) {
    return {
      ok: false,
      error: `Vigie’s background could not be reached (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

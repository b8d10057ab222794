// The background's end of the analysis port (messaging/analysis-port.ts): each request on it goes through the
// same sender and shape checks as any message (router.ts), and only 'analyze' is accepted there.
import type { PortAnswer } from '../messaging/analysis-port.ts';
import type { Reply } from '../messaging/protocol.ts';
import type { SelfInfo, SenderInfo } from '../messaging/sender.ts';
import type { Context } from './context.ts';
import { route } from './router.ts';

export interface ServerPort {
  sender?: SenderInfo;
  postMessage(message: PortAnswer): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
}

export function serveAnalysisPort(
  ctx: Context,
  port: ServerPort,
  self: SelfInfo,
  ready: Promise<unknown>,
): void {
  port.onMessage.addListener((raw) => {
    const msg = raw as { id?: unknown; request?: { type?: unknown } } | null;
    if (typeof msg?.id !== 'number') return;
    const id = msg.id;
    const reply: Promise<Reply<unknown>> =
      msg.request?.type === 'analyze'
        ? ready.then(() => route(ctx, msg.request, port.sender ?? {}, self))
        : Promise.resolve({ ok: false, error: 'Only "analyze" is accepted on the analysis port.' });
    void reply.then((r) => {
      try {
        port.postMessage({ id, reply: r as Reply<string> });
      } catch {
        // The page went away: nobody is waiting for this answer.
      }
    });
  });
}

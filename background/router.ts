// runtime.onMessage -> sender check -> shape check -> handler -> Reply. Never throws, always answers.
import type { Reply } from '../messaging/protocol.ts';
import { validateRequest, type MessageType, type Request } from '../messaging/protocol.ts';
import { classifySender, type SelfInfo, type SenderInfo } from '../messaging/sender.ts';
import type { Context } from './context.ts';
import { HANDLERS } from './handlers.ts';

export async function route(
  ctx: Context,
  raw: unknown,
  sender: SenderInfo,
  self: SelfInfo,
): Promise<Reply<unknown>> {
  const checked = validateRequest(raw, classifySender(sender, self));
  if (!checked.ok) {
    ctx.log(checked.error);
    return { ok: false, error: checked.error };
  }
  const handler = HANDLERS[checked.request.type] as (
    ctx: Context,
    req: Request<MessageType>,
  ) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(ctx, checked.request) };
  } catch (error) {
    ctx.log(`message ${checked.request.type} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: /quota/i.test(message) ? 'The browser’s storage is full: Vigie could not save this.' : message,
    };
  }
}

// The real PageSend for extension pages: H8's typed client (messaging/client.ts). Kept apart from page-api.ts
// so components and their tests never import the browser runtime.
import { trySend } from '../messaging/client.ts';
import type { MessageType, Payload, Reply, Responses } from '../messaging/protocol.ts';
import type { PageSend } from './page-api.ts';

export const pageSend: PageSend = <K extends MessageType>(
  type: K,
  payload: Payload<K>,
): Promise<Reply<Responses[K]>> =>
  (trySend as (type: K, payload: Payload<K>) => Promise<Reply<Responses[K]>>)(type, payload);

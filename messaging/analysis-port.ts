// 'analyze' over one long-lived port per page instead of a runtime.sendMessage per batch: Chromium sets up a
// message channel for each sendMessage, which cost the page ~2.5 ms per batch while a feed scrolled (ten posts
// at a time); a port pays that once. Requests carry an id; the background answers on the same port
// (background/analysis-port.ts).
//
// The background may stop (an idle Manifest V3 service worker) and its ports close with it: requests still on
// their way are sent once more on a new port, which wakes it; a second loss answers them with a failure (the
// content script retries later).
import { browser } from 'wxt/browser';
import type { Payload, Reply } from './protocol.ts';

/** An answer, or a failure; `unreachable` when the message got no answer at all. */
export type AskReply = Reply<string> | { ok: false; error: string; unreachable: true };

export const ANALYSIS_PORT = 'vigie:analyze';

export interface PortRequest {
  id: number;
  request: { type: 'analyze' } & Payload<'analyze'>;
}
export interface PortAnswer {
  id: number;
  reply: Reply<string>;
}

interface MinimalPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/** `connect`: runtime.connect (injected by tests). */
export function createAnalysisPort(
  connect: () => MinimalPort = () => browser.runtime.connect({ name: ANALYSIS_PORT }) as MinimalPort,
): { ask(payload: Payload<'analyze'>): Promise<AskReply>; close(): void } {
  let port: MinimalPort | undefined;
  let nextId = 1;
  const pending = new Map<number, { message: PortRequest; resolve(r: AskReply): void; resent: boolean }>();

  const fail = (error: unknown): AskReply => ({
    ok: false,
    error: `Vigie’s background could not be reached (${error instanceof Error ? error.message : String(error)}).`,
    unreachable: true,
  });

  function open(): MinimalPort {
    const p = connect();
    p.onMessage.addListener((raw) => {
      const answer = raw as Partial<PortAnswer> | null;
      const waiting = typeof answer?.id === 'number' ? pending.get(answer.id) : undefined;
      if (!waiting || !answer?.reply) return;
      pending.delete(answer.id!);
      waiting.resolve(answer.reply);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
      for (const [id, w] of pending) {
        if (w.resent) {
          pending.delete(id);
          w.resolve(fail('the connection closed'));
        } else {
          w.resent = true;
          post(w.message, id);
        }
      }
    });
    return p;
  }

  function post(message: PortRequest, id: number): void {
    try {
      port ??= open();
      port.postMessage(message);
    } catch (error) {
      const w = pending.get(id);
      pending.delete(id);
      w?.resolve(fail(error));
    }
  }

  return {
    ask(payload) {
      const id = nextId++;
      const message: PortRequest = { id, request: { type: 'analyze', ...payload } };
      return new Promise<AskReply>((resolve) => {
        pending.set(id, { message, resolve, resent: false });
        post(message, id);
      });
    },
    close() {
      const p = port;
      port = undefined;
      for (const w of pending.values()) w.resolve(fail('the page is closing'));
      pending.clear();
      try {
        p?.disconnect();
      } catch {
        // already closed
      }
    },
  };
}

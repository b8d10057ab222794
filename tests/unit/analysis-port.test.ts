// The analysis port (messaging/analysis-port.ts, background/analysis-port.ts): answers find their request by id,
// a background that stops (its ports close) gets the requests again once on a new port, and the background's end
// accepts 'analyze' only, from a content script, with the usual checks.
import { describe, expect, it } from 'vitest';
import { createAnalysisPort, type PortAnswer } from '../../messaging/analysis-port.ts';
import { serveAnalysisPort, type ServerPort } from '../../background/analysis-port.ts';
import type { Context } from '../../background/context.ts';
import { decodeAnswer } from '../../messaging/analysis-wire.ts';
import { finding } from './components-fixtures.ts';

/** A port whose far end is driven by the test. */
function fakePort() {
  const sent: unknown[] = [];
  let onMessage: ((m: unknown) => void) | undefined;
  let onDisconnect: (() => void) | undefined;
  return {
    sent,
    answer: (m: PortAnswer) => onMessage!(m),
    drop: () => onDisconnect!(),
    port: {
      postMessage: (m: unknown) => void sent.push(m),
      onMessage: { addListener: (cb: (m: unknown) => void) => void (onMessage = cb) },
      onDisconnect: { addListener: (cb: () => void) => void (onDisconnect = cb) },
      disconnect: () => undefined,
    },
  };
}

const ask = { hash: '', known: [], items: [{ text: 'a text' }] };

describe('the analysis port, content side', () => {
  it('matches answers to requests by id, whatever their order', async () => {
    const p = fakePort();
    const client = createAnalysisPort(() => p.port);
    const a = client.ask(ask);
    const b = client.ask({ ...ask, items: [] });
    const [ma, mb] = p.sent as { id: number }[];
    p.answer({ id: mb!.id, reply: { ok: true, value: 'B' } });
    p.answer({ id: ma!.id, reply: { ok: true, value: 'A' } });
    expect(await a).toEqual({ ok: true, value: 'A' });
    expect(await b).toEqual({ ok: true, value: 'B' });
    expect(p.sent).toHaveLength(2); // one port for both
  });

  it('sends again once on a new port when the background stops, then reports the failure', async () => {
    const ports = [fakePort(), fakePort(), fakePort()];
    let n = 0;
    const client = createAnalysisPort(() => ports[n++]!.port);
    const reply = client.ask(ask);
    ports[0]!.drop();
    expect(ports[1]!.sent).toHaveLength(1);
    ports[1]!.drop();
    expect(await reply).toMatchObject({ ok: false, error: expect.stringMatching(/could not be reached/) });
    // A later request opens a new port.
    void client.ask(ask);
    expect(ports[2]!.sent).toHaveLength(1);
  });

  it('answers a failure, not an exception, when the extension is gone', async () => {
    const client = createAnalysisPort(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await client.ask(ask)).toMatchObject({ ok: false, error: expect.stringMatching(/invalidated/) });
  });
});

describe('the analysis port, background side', () => {
  const self = { id: 'vigie', origin: 'chrome-extension://vigie/' };
  const tab = { id: 'vigie', url: 'https://www.tiktok.com/foryou', tab: { id: 3 } };
  const ctx = {
    snapshot: { version: 1, hash: 'h1', data: 'rules' },
    engine: {
      load: () => ({
        analyze: ({ text }: { text: string }) => ({
          findings: text.includes('cure') ? [finding({ ruleId: 'r', start: 0, end: 4 })] : [],
        }),
      }),
    },
    log: () => undefined,
  } as unknown as Context;

  function serve(sender: ServerPort['sender']) {
    const out: PortAnswer[] = [];
    let listener: ((m: unknown) => void) | undefined;
    serveAnalysisPort(
      ctx,
      {
        sender,
        postMessage: (m) => void out.push(m),
        onMessage: { addListener: (cb) => void (listener = cb) },
      },
      self,
      Promise.resolve(),
    );
    return { out, send: (m: unknown) => listener!(m) };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('answers a content script’s texts with the findings of the current snapshot', async () => {
    const s = serve(tab);
    s.send({ id: 7, request: { type: 'analyze', hash: '', known: [], items: [{ text: 'cure all' }] } });
    await settle();
    expect(s.out).toHaveLength(1);
    expect(s.out[0]!.id).toBe(7);
    const answer = decodeAnswer((s.out[0]!.reply as { value: string }).value);
    expect(answer.hash).toBe('h1');
    expect(answer.findings[0]!.map((w) => w[0])).toEqual(['r']);
  });

  it('refuses other message types, malformed requests and unknown senders, and says why', async () => {
    const s = serve(tab);
    s.send({ id: 1, request: { type: 'backup:delete-all', confirm: true } });
    s.send({ id: 2, request: { type: 'analyze', hash: '', known: [], items: [{ text: 3 }] } });
    s.send({ id: 'x' });
    const stranger = serve({ id: 'another-extension', url: 'https://example.org/', tab: { id: 1 } });
    stranger.send({ id: 3, request: { type: 'analyze', hash: '', known: [], items: [] } });
    await settle();
    expect(s.out.map((m) => [m.id, m.reply.ok])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(s.out[0]!.reply).toMatchObject({ error: expect.stringMatching(/Only "analyze"/) });
    expect(s.out[1]!.reply).toMatchObject({ error: expect.stringMatching(/malformed at "items.0.text"/) });
    expect(stranger.out[0]!.reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown sender/),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { MESSAGES, validateRequest } from '../../messaging/protocol.ts';
import { classifySender } from '../../messaging/sender.ts';

const self = { id: 'abc', origin: 'chrome-extension://abc/' };

describe('classifySender', () => {
  it.each([
    [{ id: 'abc', url: 'chrome-extension://abc/options.html' }, 'page'],
    [{ id: 'abc', url: 'chrome-extension://abc/options.html', tab: { id: 3 } }, 'page'],
    [{ id: 'abc', url: 'https://www.tiktok.com/@a', tab: { id: 3 } }, 'content'],
    [{ id: 'other', url: 'https://www.tiktok.com/@a', tab: { id: 3 } }, null],
    [{ id: 'abc', url: 'https://www.tiktok.com/@a' }, null],
    [{ id: 'abc', url: 'chrome-extension://abcd/options.html' }, null],
    [{ id: 'abc' }, null],
  ] as const)('%j -> %s', (sender, kind) => {
    expect(classifySender(sender, self)).toBe(kind);
  });
});

describe('validateRequest', () => {
  it('accepts a well-formed dismiss from a content script', () => {
    const r = validateRequest(
      { type: 'feedback:dismiss', postKey: 'p1', ruleId: 'r1', host: 'www.tiktok.com' },
      'content',
    );
    expect(r.ok).toBe(true);
  });
  it('refuses settings changes from content scripts', () => {
    const r = validateRequest({ type: 'settings:set', patch: { mode: 'clinician' } }, 'content');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('not accepted from a web page') });
  });
  it('refuses unknown fields, types and senders', () => {
    expect(validateRequest({ type: 'settings:set', patch: { mode: 'doctor' } }, 'page').ok).toBe(false);
    expect(validateRequest({ type: 'settings:set', patch: { evil: 1 } }, 'page').ok).toBe(false);
    expect(validateRequest({ type: 'settings:get', extra: 1 }, 'page').ok).toBe(false);
    expect(validateRequest({ type: 'nope' }, 'page').ok).toBe(false);
    expect(validateRequest(null, 'page').ok).toBe(false);
    expect(validateRequest({ type: 'settings:get' }, null).ok).toBe(false);
    expect(validateRequest({ type: 'backup:delete-all', confirm: false }, 'page').ok).toBe(false);
    expect(
      validateRequest({ type: 'feedback:dismiss', postKey: 'p', ruleId: 'r', host: 'a b' }, 'content').ok,
    ).toBe(false);
  });
  it('says where a message is malformed', () => {
    const r = validateRequest({ type: 'packs:toggle', packId: 'x', enabled: 'yes' }, 'page');
    expect(r.ok ? '' : r.error).toMatch(/enabled/);
  });
  it('every message is accepted from at least one sender', () => {
    for (const def of Object.values(MESSAGES)) expect(def.from.length).toBeGreaterThan(0);
  });
});

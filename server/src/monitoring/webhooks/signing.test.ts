import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newMessageId, newSecret, SECRET_BYTES, signDelivery, verifyDelivery } from './signing.js';

/** The specification's reference test vector (libraries/javascript, "sign function works"): 24 key bytes. */
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

/** The signature worked out with node:crypto alone, as a receiver without any library would. */
function hmacByHand(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return 'v1,' + createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
}

const T = 1_767_225_600; // 2026-01-01T00:00:00Z
const atSeconds = (seconds: number) => vi.setSystemTime(new Date(seconds * 1000));

afterEach(() => {
  vi.useRealTimers();
});

describe('newSecret', () => {
  it('is whsec_ followed by the standard base64 of 32 random bytes', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(SECRET_BYTES);
    expect(SECRET_BYTES).toBe(32);
  });

  it('is a different secret every time', () => {
    expect(new Set([newSecret(), newSecret(), newSecret()]).size).toBe(3);
  });
});

describe('newMessageId', () => {
  it('is msg_ and 32 hex digits, with no dot that could shift the signed content', () => {
    expect(newMessageId()).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(newMessageId()).not.toBe(newMessageId());
  });
});

describe('signDelivery', () => {
  it('gives the signature of the specification’s published test vector', () => {
    const headers = signDelivery({ id: VECTOR.id, timestamp: VECTOR.timestamp, body: VECTOR.body }, VECTOR.secret);
    expect(headers).toEqual({
      'webhook-id': VECTOR.id,
      'webhook-timestamp': '1614265330',
      'webhook-signature': VECTOR.signature,
    });
    expect(hmacByHand(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('signs "id.timestamp.body" under the decoded key, as node:crypto computes it for a fresh secret', () => {
    const secret = newSecret();
    const body = '{"type":"changeset.created","data":{"id":"changeset:1","名":"上海"}}';
    const headers = signDelivery({ id: 'msg_abc', timestamp: T, body }, secret);
    expect(headers['webhook-signature']).toBe(hmacByHand(secret, 'msg_abc', T, body));
  });

  it('lists one signature per secret, space-separated, the current secret first', () => {
    const current = newSecret();
    const previous = newSecret();
    const content = { id: 'msg_rotate', timestamp: T, body: '{}' };
    const signatures = signDelivery(content, [current, previous])['webhook-signature'].split(' ');
    expect(signatures).toEqual([
      hmacByHand(current, 'msg_rotate', T, '{}'),
      hmacByHand(previous, 'msg_rotate', T, '{}'),
    ]);
  });

  it('signs the body’s bytes: one changed character changes the signature', () => {
    const secret = newSecret();
    const a = signDelivery({ id: 'msg_a', timestamp: T, body: '{"a":1}' }, secret)['webhook-signature'];
    const b = signDelivery({ id: 'msg_a', timestamp: T, body: '{"a":2}' }, secret)['webhook-signature'];
    expect(a).not.toBe(b);
  });

  it('refuses an id with a dot, a fractional timestamp, a secret too short or not whsec_, and no secret at all', () => {
    const secret = newSecret();
    const ok = { id: 'msg_a', timestamp: T, body: '{}' };
    expect(() => signDelivery({ ...ok, id: 'msg.a' }, secret)).toThrow('signDelivery: id must be 1–128 of');
    expect(() => signDelivery({ ...ok, id: 'msg\r\nx' }, secret)).toThrow('signDelivery: id');
    expect(() => signDelivery({ ...ok, timestamp: T + 0.5 }, secret)).toThrow('signDelivery: timestamp');
    // 16 key bytes: below the specification's 24.
    const short = 'whsec_' + Buffer.alloc(16, 7).toString('base64');
    expect(() => signDelivery(ok, short)).toThrow('signDelivery: secret must hold 24 to 64 key bytes');
    expect(() => signDelivery(ok, 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toThrow('signDelivery: secret must be whsec_');
    expect(() => signDelivery(ok, [])).toThrow('no secret');
  });

  it('never puts the secret into an error message', () => {
    const bad = 'whsec_' + Buffer.alloc(8, 9).toString('base64');
    expect(() => signDelivery({ id: 'msg_a', timestamp: T, body: '{}' }, bad)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(bad.slice(6)) }),
    );
  });
});

describe('verifyDelivery (what a receiver does)', () => {
  it('accepts what signDelivery sent, and so does the reference library’s own verifier', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    atSeconds(T + 10);
    const secret = newSecret();
    const body = '{"type":"watch.triggered"}';
    const headers = signDelivery({ id: 'msg_ok', timestamp: T, body }, secret);
    expect(verifyDelivery(body, { ...headers }, secret)).toEqual({ ok: true });
    expect(() => new Webhook(secret).verify(body, { ...headers })).not.toThrow();
  });

  it('accepts headers in any case and a list where only the second signature matches', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    atSeconds(T);
    const [old, current] = [newSecret(), newSecret()];
    const headers = signDelivery({ id: 'msg_two', timestamp: T, body: '{}' }, [old, current]);
    const received = {
      'Webhook-Id': headers['webhook-id'],
      'Webhook-Timestamp': headers['webhook-timestamp'],
      'Webhook-Signature': headers['webhook-signature'],
    };
    expect(verifyDelivery('{}', received, current)).toEqual({ ok: true });
  });

  it('refuses a changed body, another secret, a missing header, and an id or timestamp swapped in', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    atSeconds(T);
    const secret = newSecret();
    const headers = signDelivery({ id: 'msg_x', timestamp: T, body: '{"a":1}' }, secret);
    const refused = { ok: false, reason: 'No matching signature found' };
    expect(verifyDelivery('{"a":2}', { ...headers }, secret)).toEqual(refused);
    expect(verifyDelivery('{"a":1}', { ...headers }, newSecret())).toEqual(refused);
    expect(verifyDelivery('{"a":1}', { ...headers, 'webhook-id': 'msg_y' }, secret)).toEqual(refused);
    expect(verifyDelivery('{"a":1}', { ...headers, 'webhook-timestamp': String(T - 1) }, secret)).toEqual(refused);
    expect(verifyDelivery('{"a":1}', { ...headers, 'webhook-signature': undefined }, secret)).toEqual({
      ok: false,
      reason: 'Missing required headers',
    });
  });

  it('accepts a timestamp five minutes away from the receiver’s clock and refuses one a second further', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const secret = newSecret();
    const headers = signDelivery({ id: 'msg_t', timestamp: T, body: '{}' }, secret);
    atSeconds(T + 300);
    expect(verifyDelivery('{}', { ...headers }, secret)).toEqual({ ok: true });
    atSeconds(T + 301);
    expect(verifyDelivery('{}', { ...headers }, secret)).toEqual({ ok: false, reason: 'Message timestamp too old' });
    atSeconds(T - 300);
    expect(verifyDelivery('{}', { ...headers }, secret)).toEqual({ ok: true });
    atSeconds(T - 301);
    expect(verifyDelivery('{}', { ...headers }, secret)).toEqual({ ok: false, reason: 'Message timestamp too new' });
  });
});

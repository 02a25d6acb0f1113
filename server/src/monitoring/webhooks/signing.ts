/**
 * Signing webhook deliveries as the Standard Webhooks specification has them (docs/webhooks.md): three headers,
 * `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">`), under a secret shown to the partner once as `whsec_` + base64 of its key bytes.
 *
 * The HMAC itself is the specification's own reference library (`standardwebhooks`), so what we send is what every
 * receiver's library checks; this file adds what the library leaves to us: making secrets, refusing a malformed
 * secret or id before anything is sent, and signing under several secrets while one is being replaced.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { z } from 'zod';

export const SECRET_PREFIX = 'whsec_';

/**
 * Key bytes of a new secret. The specification asks for at least 24 (192 bits); 32 is the HMAC-SHA256 output
 * size, past which a longer key adds nothing.
 */
export const SECRET_BYTES = 32;

/** The key sizes a stored secret may have: the specification's 24 bytes up to one SHA-256 block. */
const KEY_BYTES = { min: 24, max: 64 } as const;

/**
 * A stored secret, checked where it enters the signer (read back from Neo4j, or typed in by a test): standard
 * base64 with padding, as the reference libraries decode it.
 */
const Secret = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, { message: 'must be whsec_ followed by base64' })
  .refine(
    (secret) => {
      const bytes = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64').length;
      return bytes >= KEY_BYTES.min && bytes <= KEY_BYTES.max;
    },
    { message: `must hold ${KEY_BYTES.min} to ${KEY_BYTES.max} key bytes` },
  );

/**
 * The id is signed with a dot after it, so a dot inside it would let one id-and-timestamp pair pass for another
 * (the specification forbids it); header-safe characters only, so no id can smuggle a line break into a request.
 */
const MessageId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { message: 'must be 1–128 of A–Z a–z 0–9 _ -' });

/** Unix seconds; an integer, since receivers parse the header as one. */
const Timestamp = z.number().int().nonnegative();

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** One attempt to send one message: the same id on every retry of it, a new timestamp on each attempt. */
export interface SignedContent {
  /** The message's id (`newMessageId()`): the receiver's idempotency key. */
  id: string;
  /** When this attempt is made, in Unix seconds (the receiver's replay window is measured from it). */
  timestamp: number;
  /** The body exactly as it is sent: the signature covers these bytes, not the JSON they parse to. */
  body: string;
}

/** A new signing secret: shown to the partner once, then kept only to sign. */
export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/** A new message id: one per message (a page of a change set to one hook), kept across its retries. */
export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll('-', '')}`;
}

/**
 * The three headers of one attempt. Several secrets give several signatures, space-separated, current one first:
 * while a secret is being replaced both are sent, and a receiver holding either accepts the delivery.
 */
export function signDelivery(content: SignedContent, secrets: string | readonly string[]): WebhookHeaders {
  const keys = typeof secrets === 'string' ? [secrets] : secrets;
  // These come from our own store and generator, never from a request: a bad one is a bug, not bad input.
  if (keys.length === 0) throw new Error('signDelivery: no secret to sign with');
  const id = checked(MessageId, content.id, 'id');
  const timestamp = checked(Timestamp, content.timestamp, 'timestamp');
  const at = new Date(timestamp * 1000);
  const signatures = keys.map((key) => new Webhook(checked(Secret, key, 'secret')).sign(id, at, content.body));
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatures.join(' '),
  };
}

export type Verification = { ok: true } | { ok: false; reason: string };

/**
 * What a receiver does, for our tests and for docs/webhooks.md: the reference library's check — the three
 * headers present (any case), the timestamp within five minutes of the receiver's clock, one `v1` signature
 * among the listed ones matching, compared in constant time.
 */
export function verifyDelivery(
  body: string,
  headers: Readonly<Record<string, string | undefined>>,
  secret: string,
): Verification {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) present[name] = value;
  try {
    new Webhook(secret).verify(body, present, { jsonParse: false });
    return { ok: true };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, reason: error.message };
    throw error;
  }
}

function checked<T>(model: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = model.safeParse(value);
  if (!parsed.success) throw new Error(`signDelivery: ${what} ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  return parsed.data;
}

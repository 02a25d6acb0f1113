/**
 * API keys for partner systems. A key is `g60_<id>_<secret>`: the id finds it, the secret proves it. Only a
 * SHA-256 of the secret is stored (the secret is 32 random bytes, so a fast hash is enough; no password to
 * stretch). The plain key is shown once, at creation. Scopes: `read` (queries), `write` (mutations too), `admin`
 * (everything). Verified keys are cached for a short while, so a request costs no database round trip; a
 * revocation reaches every server within that time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { badInput, notFound } from '../../errors.js';
import type { KeyRow } from './access.cypher.js';
import type { AccessStore } from './access.store.js';

export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is asking: a key, the admin token, or nobody (anonymous read). */
export interface Principal {
  keyId: string | null;
  scopes: ReadonlySet<Scope>;
}

export const ANONYMOUS: Principal = { keyId: null, scopes: new Set(['read']) };
export const NOBODY: Principal = { keyId: null, scopes: new Set() };

/** How long a verified (or refused) key is remembered. */
export const KEY_CACHE_MS = 30_000;
const KEY_FORMAT = /^g60_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface KeySummary {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  revokedAt: string | null;
}

const summary = ({ hash: _hash, ...key }: KeyRow): KeySummary => key;

export class AccessService {
  private readonly cache = new Map<string, { principal: Principal | null; until: number }>();

  constructor(private readonly store: AccessStore) {}

  /** A new key; its plain text is in the answer and nowhere else. */
  async create(name: string, scopes: readonly string[]): Promise<{ key: string; summary: KeySummary }> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 200) throw badInput('name', 'give 1 to 200 characters');
    const unknown = scopes.find((s) => !(SCOPES as readonly string[]).includes(s));
    if (scopes.length === 0 || unknown) throw badInput('scope', `one or more of ${SCOPES.join(', ')}`);
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const row = await this.store.create(id, trimmed, [...new Set(scopes)], sha256(secret));
    return { key: `g60_${id}_${secret}`, summary: summary(row) };
  }

  async list(): Promise<KeySummary[]> {
    return (await this.store.all()).map(summary);
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.store.revoke(id))) throw notFound('id', 'active key', id);
    this.cache.clear();
  }

  /** The principal a presented key stands for; null when it is malformed, unknown, wrong or revoked. */
  async verify(token: string): Promise<Principal | null> {
    const cached = this.cache.get(token);
    if (cached && cached.until > Date.now()) return cached.principal;
    const principal = await this.lookUp(token);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { principal, until: Date.now() + KEY_CACHE_MS });
    return principal;
  }

  private async lookUp(token: string): Promise<Principal | null> {
    const match = KEY_FORMAT.exec(token);
    if (!match) return null;
    const [, id = '', secret = ''] = match;
    const row = await this.store.byId(id);
    if (!row || row.revokedAt) return null;
    const given = Buffer.from(sha256(secret), 'hex');
    const stored = Buffer.from(row.hash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
    return { keyId: row.id, scopes: new Set(row.scopes) };
  }
}

/**
 * Whether the principal may do what `scope` allows (`admin` allows everything, `write` includes `read`). GraphQL
 * fields declare the scope they need in the SDL (`@requiresScope`), checked in one place (graphql/scopes.ts);
 * resolvers never check it themselves.
 */
export function allows(principal: Principal, scope: Scope): boolean {
  const has = principal.scopes;
  if (has.has('admin')) return true;
  return scope === 'read' ? has.has('read') || has.has('write') : has.has(scope);
}

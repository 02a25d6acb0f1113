import type { Executor } from '../../db/executor.js';
import { ALL_KEYS, CREATE_KEY, KEY_BY_ID, REVOKE_KEY, type KeyRow } from './access.cypher.js';

export class AccessStore {
  constructor(private readonly executor: Executor) {}

  async create(id: string, name: string, scopes: string[], hash: string): Promise<KeyRow> {
    const [row] = await this.executor.write(CREATE_KEY, { id, name, scopes, hash });
    if (!row) throw new Error('key not created');
    return row;
  }

  async byId(id: string): Promise<KeyRow | null> {
    return (await this.executor.read(KEY_BY_ID, { id }))[0] ?? null;
  }

  all(): Promise<KeyRow[]> {
    return this.executor.read(ALL_KEYS, {});
  }

  /** True when a key that was active is now revoked. */
  async revoke(id: string): Promise<boolean> {
    return ((await this.executor.write(REVOKE_KEY, { id }))[0]?.n ?? 0) > 0;
  }
}

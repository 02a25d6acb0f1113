import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/executor.js';
import { SAVED, type SavedKind, type SavedRow } from './saved.cypher.js';

/** Ids are unguessable: a shared link is the only way to a scenario or view someone did not list. */
const ID_PREFIX: Record<SavedKind, string> = { Scenario: 'scenario:', SavedView: 'view:' };

/** Named JSON documents of one kind (saved.cypher.ts). */
export class SavedStore {
  private readonly q;

  constructor(
    private readonly executor: Executor,
    readonly kind: SavedKind,
  ) {
    this.q = SAVED[kind];
  }

  /** Whether an id can name a document of this kind at all (a malformed one is NOT_FOUND without a read). */
  owns(id: string): boolean {
    return id.startsWith(ID_PREFIX[this.kind]);
  }

  list(first: number): Promise<SavedRow[]> {
    return this.executor.read(this.q.list, { first });
  }

  async get(id: string): Promise<SavedRow | null> {
    return (await this.executor.read(this.q.get, { id }))[0] ?? null;
  }

  async create(name: string, body: string, by: string | null): Promise<SavedRow> {
    const id =
      ID_PREFIX[this.kind] +
      randomBytes(9)
        .toString('base64url')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '0');
    const [row] = await this.executor.write(this.q.create, { id, name, body, by });
    if (!row) throw new Error(`${this.kind} ${id} was not created`);
    return row;
  }

  async update(id: string, name: string | null, body: string | null): Promise<SavedRow | null> {
    return (await this.executor.write(this.q.update, { id, name, body }))[0] ?? null;
  }

  async remove(id: string): Promise<boolean> {
    return ((await this.executor.write(this.q.remove, { id }))[0]?.n ?? 0) > 0;
  }
}

import type { Executor, TypedTx } from '../../db/executor.js';
import { groupIdsByLabel } from '../../db/perLabel.js';
import { groupByIds } from '../../db/rows.js';
import { ALL_CITIES, CITATIONS_OF, CITY_OF, ENTITIES_BY_IDS, type CitationRow } from './entities.cypher.js';
import { toEntity, type EntityRow } from './entity.rows.js';
import { relatedQuery, type RelatedSpec } from './related.cypher.js';

export interface RelatedEntity {
  entity: EntityRow;
  /** The relationship's role (MEMBER_OF: CHAIR or MEMBER), where it has one. */
  role: string | null;
}

/**
 * Entities by id through `run` — the executor (a request's reads share a transaction) or a transaction already
 * open: one statement per label, each on its id index, issued together.
 */
export async function readEntities(run: TypedTx['run'], ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const groups = await Promise.all(
    [...groupIdsByLabel(ids)].map(([label, group]) => run(ENTITIES_BY_IDS[label], { ids: group })),
  );
  return new Map(groups.flat().map((row) => [row.props.id as string, toEntity(row)]));
}

export class EntitiesStore {
  constructor(private readonly executor: Executor) {}

  /** Entities by id, in the order asked, null where none exists. */
  async byIds(ids: readonly string[]): Promise<(EntityRow | null)[]> {
    const found = await readEntities((query, params) => this.executor.read(query, params), ids);
    return ids.map((id) => found.get(id) ?? null);
  }

  async cities(): Promise<EntityRow[]> {
    return (await this.executor.read(ALL_CITIES, {})).map(toEntity);
  }

  /** Citations per entity id, in the order asked. */
  async citations(ids: readonly string[]): Promise<CitationRow[][]> {
    const groups = await Promise.all(
      [...groupIdsByLabel(ids)].map(([label, group]) => this.executor.read(CITATIONS_OF[label], { ids: group })),
    );
    return groupByIds(ids, groups.flat(), (r) => r.entityId);
  }

  /** The city each entity is located in (or hosted in; the first by id if several), in the order asked. */
  async citiesOf(ids: readonly string[]): Promise<(EntityRow | null)[]> {
    const groups = await Promise.all(
      [...groupIdsByLabel(ids)].map(([label, group]) => this.executor.read(CITY_OF[label], { ids: group })),
    );
    const byId = new Map(groups.flat().map((row) => [row.entityId, toEntity(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Entities one hop from each parent, in the order asked. */
  async related(spec: RelatedSpec, ids: readonly string[]): Promise<RelatedEntity[][]> {
    const rows = await this.executor.read(relatedQuery(spec), { ids: [...ids] });
    return groupByIds(ids, rows, (r) => r.parentId).map((list) =>
      list.map((r) => ({ entity: toEntity(r), role: r.role })),
    );
  }
}

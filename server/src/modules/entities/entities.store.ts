import type { Executor } from '../../db/executor.js';
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

export class EntitiesStore {
  constructor(private readonly executor: Executor) {}

  /** Entities by id, in the order asked, null where none exists. */
  async byIds(ids: readonly string[]): Promise<(EntityRow | null)[]> {
    const found = new Map<string, EntityRow>();
    // One statement per label (each on its id index), issued together: the executor runs them in one transaction.
    const groups = await Promise.all(
      [...groupIdsByLabel(ids)].map(([label, group]) => this.executor.read(ENTITIES_BY_IDS[label], { ids: group })),
    );
    for (const row of groups.flat()) {
      const entity = toEntity(row);
      found.set(entity.id, entity);
    }
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

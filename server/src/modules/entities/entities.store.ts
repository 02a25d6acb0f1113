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
    for (const [label, group] of groupIdsByLabel(ids)) {
      for (const row of await this.executor.read(ENTITIES_BY_IDS[label], { ids: group })) {
        const entity = toEntity(row);
        found.set(entity.id, entity);
      }
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async cities(): Promise<EntityRow[]> {
    return (await this.executor.read(ALL_CITIES, {})).map(toEntity);
  }

  /** Citations per entity id, in the order asked. */
  async citations(ids: readonly string[]): Promise<CitationRow[][]> {
    const rows: CitationRow[] = [];
    for (const [label, group] of groupIdsByLabel(ids)) {
      rows.push(...(await this.executor.read(CITATIONS_OF[label], { ids: group })));
    }
    return groupByIds(ids, rows, (r) => r.entityId);
  }

  /** The city each entity is located in (or hosted in), in the order asked. */
  async cityIds(ids: readonly string[]): Promise<(string | null)[]> {
    const byId = new Map<string, string>();
    for (const [label, group] of groupIdsByLabel(ids)) {
      for (const row of await this.executor.read(CITY_OF[label], { ids: group })) byId.set(row.entityId, row.cityId);
    }
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

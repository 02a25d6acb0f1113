/**
 * The analyses' driver calls: an industry's projection read at its revision (one transaction between two reads
 * of the revision, revisions/), the entities an answer names, the member cities' places.
 */
import type { Executor, TypedTx } from '../db/executor.js';
import { readEntities, type EntityRow } from '../modules/entities/index.js';
import type { AtRevision, RevisionsStore } from '../revisions/index.js';
import {
  CITIES,
  INDUSTRY_FEEDS,
  INDUSTRY_PROJECTION,
  INDUSTRY_SEGMENTS,
  MEMBER_CITY_PLACES,
} from './analysis.cypher.js';
import { projectIndustry, type IndustryProjection } from './projection.js';

export class AnalysisStore {
  constructor(
    private readonly executor: Executor,
    private readonly revisions: RevisionsStore,
  ) {}

  /** The industry's projection and the revision it was read at; null: no such industry. */
  projectionAt(industryId: string, timeoutMs?: number): Promise<AtRevision<IndustryProjection> | null> {
    return this.revisions.atRevision(
      'industry',
      industryId,
      'analysis.projection',
      (tx) => this.projection(tx, industryId),
      timeoutMs,
    );
  }

  /** The industry's revision alone; null: no such industry. */
  revision(industryId: string): Promise<string | null> {
    return this.revisions.revision('industry', industryId);
  }

  /** Entities by id (one statement per label, on its id index). */
  async entities(ids: readonly string[]): Promise<Record<string, EntityRow>> {
    return Object.fromEntries(await readEntities((query, params) => this.executor.read(query, params), ids));
  }

  memberCityPlaces(): Promise<{ id: string; lat: number; lng: number }[]> {
    return this.executor.read(MEMBER_CITY_PLACES, {});
  }

  private async projection(tx: TypedTx, industryId: string): Promise<IndustryProjection> {
    const rows = await tx.run(CITIES, {});
    const cities = { all: rows.map((r) => r.id), members: rows.filter((r) => r.member).map((r) => r.id) };
    const segments = await tx.run(INDUSTRY_SEGMENTS, { industryId });
    const feeds = await tx.run(INDUSTRY_FEEDS, { industryId });
    const companies = await tx.run(INDUSTRY_PROJECTION, { industryId });
    return projectIndustry(segments, feeds, cities, companies);
  }
}

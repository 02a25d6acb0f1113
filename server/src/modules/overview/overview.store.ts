import type { Executor, TypedTx } from '../../db/executor.js';
import type { AtRevision, RevisionsStore } from '../../revisions/index.js';
import { buildCorridorFacts, type CorridorFacts } from './corridorFacts.js';
import {
  CORRIDOR_CHAINS,
  CORRIDOR_CITIES,
  CORRIDOR_COMPANIES,
  CORRIDOR_INSTITUTIONS,
  SEGMENT_COMPANIES,
  SEGMENT_COMPANY_COUNT,
  type SegmentCompaniesParams,
  type SegmentCompanyRow,
} from './overview.cypher.js';

export class OverviewStore {
  constructor(
    private readonly executor: Executor,
    private readonly revisions: RevisionsStore,
    /** One read of the aggregates (ANALYSIS_TIMEOUT_MS): at XL it takes longer than a request's deadline. */
    private readonly timeoutMs?: number,
  ) {}

  /** The corridor's aggregates, read in one transaction at the corridor's revision (revisions/). */
  factsAtRevision(): Promise<AtRevision<CorridorFacts> | null> {
    return this.revisions.atRevision('corridor', 'corridor', 'overview.facts', (tx) => this.facts(tx), this.timeoutMs);
  }

  private async facts(tx: TypedTx): Promise<CorridorFacts> {
    const cities = await tx.run(CORRIDOR_CITIES, {});
    const chains = await tx.run(CORRIDOR_CHAINS, {});
    const companies = await tx.run(CORRIDOR_COMPANIES, {});
    const institutions = await tx.run(CORRIDOR_INSTITUTIONS, {});
    return buildCorridorFacts(cities, chains, companies, institutions);
  }

  segmentCompanies(params: SegmentCompaniesParams): Promise<SegmentCompanyRow[]> {
    return this.executor.read(SEGMENT_COMPANIES, params);
  }

  /** null: no such segment. */
  async segmentCompanyCount(segmentId: string, cityId: string | null): Promise<number | null> {
    const [row] = await this.executor.read(SEGMENT_COMPANY_COUNT, { segmentId, cityId });
    return row?.n ?? null;
  }
}

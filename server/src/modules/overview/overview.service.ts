/**
 * The corridor at a glance (docs/overview.md): the overview and the indicators answer from the corridor's
 * aggregates, computed once per corridor revision and kept in Neo4j like the industries' analyses; a segment's
 * companies are one indexed read.
 */
import { LIMITS, labelOfId } from '@g60/graph-schema';
import { intArg } from '../../args.js';
import { DomainError, badInput, notFound } from '../../errors.js';
import type { Gate } from '../../admission.js';
import { StoredPerRevision, type AtCurrent, type RevisionsStore } from '../../revisions/index.js';
import { toEntity, type EntityRow } from '../entities/index.js';
import type { CorridorFacts } from './corridorFacts.js';
import { indicatorsOf, latestYear, type IndicatorsAnswer } from './indicators.js';
import { overviewOf, type FlowResult, type OverviewAnswer } from './overview.js';
import type { OverviewStore } from './overview.store.js';

/** The one key the corridor's kept result is stored under. */
export const CORRIDOR_KEY = 'corridor';
/** The shape of the kept CorridorFacts: raise it whenever they change, so older payloads are computed again. */
export const CORRIDOR_FORMAT = 1;

export interface SegmentCompanyEdgeResult {
  node: EntityRow;
  suppliers: number;
  customers: number;
  cursor: string;
}

export interface SegmentCompanyPage {
  edges: SegmentCompanyEdgeResult[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** Cursors say where the last page ended in (degree, id) order; opaque to clients. */
const encodeCursor = (degree: number, id: string) => Buffer.from(`${degree}|${id}`, 'utf8').toString('base64url');
function decodeCursor(cursor: string): { degree: number; id: string } {
  const m = /^(\d{1,9})\|(company:.+)$/s.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'not a cursor returned by segmentCompanies');
  return { degree: Number(m[1]), id: m[2] as string };
}

export class OverviewService {
  /** Kept per corridor revision, in Neo4j and in memory (revisions/). */
  private readonly results: StoredPerRevision<CorridorFacts>;

  constructor(
    private readonly store: OverviewStore,
    revisions: RevisionsStore,
    gate: Gate,
  ) {
    this.results = new StoredPerRevision(revisions, {
      subject: 'corridor',
      format: CORRIDOR_FORMAT,
      gate,
      compute: () => store.factsAtRevision(),
      size: 1,
    });
  }

  /** The aggregates at the corridor's current revision, with that revision (computed when none are kept). */
  async current(): Promise<AtCurrent<CorridorFacts>> {
    const found = await this.results.get(CORRIDOR_KEY);
    if (!found) throw new DomainError('INTERNAL', 'the corridor aggregates could not be read');
    return found;
  }

  async facts(): Promise<CorridorFacts> {
    return (await this.current()).value;
  }

  async overview(industryId: string | null | undefined, since: number | null | undefined): Promise<OverviewAnswer> {
    const year = since === null || since === undefined ? null : intArg('since', since, LIMITS.corridorOverview.since);
    const facts = await this.facts();
    let chain: number | null = null;
    if (industryId !== null && industryId !== undefined) {
      chain = facts.chains.findIndex((c) => c.industryId === industryId);
      if (chain < 0) throw notFound('industryId', 'industry', industryId);
    }
    return overviewOf(facts, chain, year);
  }

  /** The first `first` flows of an overview (`CorridorOverview.flows`), biggest first. */
  flows(answer: OverviewAnswer, first: number | null | undefined): FlowResult[] {
    return answer.flows.slice(0, intArg('first', first, LIMITS.corridorOverview.flows));
  }

  async indicators(fromYear: number | null | undefined, toYear: number | null | undefined): Promise<IndicatorsAnswer> {
    const range = LIMITS.corridorIndicators;
    const to = toYear === null || toYear === undefined ? null : intArg('toYear', toYear, range.year);
    const from = fromYear === null || fromYear === undefined ? null : intArg('fromYear', fromYear, range.year);
    const facts = await this.facts();
    const last = to ?? latestYear(facts);
    const first = from ?? last - (range.span.default as number) + 1;
    if (first > last) throw badInput('fromYear', `must not be after toYear (${last})`);
    if (last - first + 1 > range.span.max)
      throw badInput('fromYear', `the trend spans at most ${range.span.max} years`);
    return indicatorsOf(
      facts,
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    );
  }

  async segmentCompanies(
    segmentId: string,
    cityId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<SegmentCompanyPage> {
    const n = intArg('first', first, LIMITS.segmentCompanies.first);
    const from = after ? decodeCursor(after) : null;
    const city = cityId ?? null;
    if (city !== null && labelOfId(city) !== 'City') throw notFound('cityId', 'city', city);
    const rows = await this.store.segmentCompanies({
      segmentId,
      cityId: city,
      afterDegree: from?.degree ?? null,
      afterId: from?.id ?? null,
      first: n,
    });
    const count = () => this.store.segmentCompanyCount(segmentId, city);
    if (rows.length === 0 && (await count()) === null) throw notFound('segmentId', 'segment', segmentId);
    const edges = rows.slice(0, n).map((r) => {
      const node = toEntity(r);
      return {
        node,
        suppliers: r.suppliers,
        customers: r.customers,
        cursor: encodeCursor(r.suppliers + r.customers, node.id),
      };
    });
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => (await count()) ?? 0,
    };
  }

  /** Computes the aggregates ahead of the first request (at L ~4 s); a failure here only means the request will. */
  async warm(): Promise<void> {
    await this.facts().catch(() => undefined);
  }
}

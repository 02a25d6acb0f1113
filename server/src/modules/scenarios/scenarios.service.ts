/**
 * What-if scenarios (docs/scenarios.md): named change sets layered over the real graph, never written into it.
 * Their answers are the analysis engine's (server/src/analysis/): the real analyses' rules run on the industry's
 * projection with the changes applied. This service checks the arguments, keeps the saved scenarios, and works
 * out which industry a what-if is about when none is given.
 */
import { LIMITS } from '@g60/graph-schema';
import { z } from 'zod';
import {
  addedEntities,
  checkChanges,
  coverageOf,
  isAddedCompany,
  type AnalysisEngine,
  type ChangeInput,
  type CityPairResult,
  type CoverageResult,
  type FactsAdjustment,
  type ScenarioAnalysisResult,
  type ScenarioChange,
} from '../../analysis/index.js';
import { intArg, listArg, textArg } from '../../args.js';
import type { SupplyDirection } from '../../db/direction.js';
import { DomainError, badInput, notFound } from '../../errors.js';
import { expectIndustryId, type SupplierGapsResult } from '../gaps/index.js';
import type { SavedRow } from '../saved/index.js';
import type { ScenariosStore } from './scenarios.store.js';

export interface ScenarioResult {
  id: string;
  name: string;
  /** The industry it was built on (what a shared link opens), when one was given. */
  industryId: string | null;
  changes: ScenarioChange[];
  createdAt: string;
  updatedAt: string;
}

const Body = z.object({
  industryId: z.string().nullable(),
  changes: z.array(z.record(z.string(), z.unknown())),
});

/** The real graph's supplier gaps, which a scenario adjusts (modules/gaps). */
export interface SupplierGapsSource {
  supplierGaps(
    companyId: string,
    direction: SupplyDirection,
    first: number | null | undefined,
    adjust: FactsAdjustment,
  ): Promise<SupplierGapsResult>;
}

export class ScenariosService {
  constructor(
    private readonly store: ScenariosStore,
    private readonly engine: AnalysisEngine,
    private readonly gaps: SupplierGapsSource,
  ) {}

  async list(first?: number | null): Promise<ScenarioResult[]> {
    const n = intArg('first', first, LIMITS.scenario.first);
    return (await this.store.saved.list(n)).map(scenarioOf);
  }

  async get(id: string): Promise<ScenarioResult> {
    const row = this.store.saved.owns(id) ? await this.store.saved.get(id) : null;
    if (!row) throw notFound('id', 'scenario', id);
    return scenarioOf(row);
  }

  /** Creates the scenario (no id) or replaces its name and changes. Needs the write scope (checked by the caller). */
  async save(
    input: { id?: string | null; name: string; industryId?: string | null; changes: readonly ChangeInput[] },
    by: string | null,
  ): Promise<ScenarioResult> {
    const name = textArg('input.name', input.name, LIMITS.scenario.name) as string;
    const changes = checkChanges(input.changes, 'input.changes');
    if (input.industryId) expectIndustryId(input.industryId);
    const body = JSON.stringify({ industryId: input.industryId ?? null, changes });
    if (!input.id) return scenarioOf(await this.store.saved.create(name, body, by));
    const row = this.store.saved.owns(input.id) ? await this.store.saved.update(input.id, name, body) : null;
    if (!row) throw notFound('input.id', 'scenario', input.id);
    return scenarioOf(row);
  }

  async rename(id: string, name: string): Promise<ScenarioResult> {
    const checked = textArg('name', name, LIMITS.scenario.name) as string;
    const row = this.store.saved.owns(id) ? await this.store.saved.update(id, checked, null) : null;
    if (!row) throw notFound('id', 'scenario', id);
    return scenarioOf(row);
  }

  async delete(id: string): Promise<boolean> {
    return this.store.saved.owns(id) && (await this.store.saved.remove(id));
  }

  /**
   * Every analysis of the industry on the graph with `changes` applied, and the diff against the real graph.
   * Without an industry, the chain of the first company (or segment) the changes name.
   */
  async analysis(
    industryId: string | null | undefined,
    inputs: readonly ChangeInput[],
  ): Promise<ScenarioAnalysisResult> {
    const changes = checkChanges(inputs);
    const industry = industryId ?? (await this.industryOfChanges(changes));
    expectIndustryId(industry);
    return this.engine.whatIf(industry, changes);
  }

  /** A scenario answer's coverage over the chosen cities (the member cities when none are chosen). */
  coverage(a: ScenarioAnalysisResult, cityIds: readonly string[] | null | undefined): CoverageResult {
    const chosen = listArg('cityIds', cityIds, LIMITS.chainCoverage.cityIds);
    return coverageOf(a.industryId, { coverage: a.after.coverage, entities: a.entities }, chosen);
  }

  /** A scenario answer's first `first` city pairs. */
  collaboration(a: ScenarioAnalysisResult, first: number | null | undefined): CityPairResult[] {
    return a.after.collaboration.slice(0, intArg('first', first, LIMITS.collaborationGaps.first));
  }

  /**
   * A company's supplier (or customer) gaps in the scenario: partners in the industry's segments as the changed
   * graph has them, candidates the scenario removes gone and those it brings into a gap segment added.
   */
  async supplierGaps(
    industryId: string,
    inputs: readonly ChangeInput[],
    companyId: string,
    direction: SupplyDirection | null | undefined,
    first?: number | null,
  ): Promise<SupplierGapsResult> {
    const changes = checkChanges(inputs);
    expectIndustryId(industryId);
    if (isAddedCompany(companyId)) {
      throw badInput(
        'companyId',
        'a company the scenario adds has only the links the scenario gives it: ask for a real one',
      );
    }
    const side = direction ?? 'UPSTREAM';
    const adjust = await this.engine.scenarioFacts(industryId, changes, companyId, side);
    const answer = await this.gaps.supplierGaps(companyId, side, first, adjust);
    return { ...answer, entities: { ...answer.entities, ...addedEntities(changes) } };
  }

  /** The industry of the first change that names a real company or a segment. */
  private async industryOfChanges(changes: readonly ScenarioChange[]): Promise<string> {
    for (const c of changes) {
      const ids =
        c.kind === 'REMOVE_COMPANY'
          ? [c.companyId]
          : c.kind === 'ADD_COMPANY'
            ? [c.segmentId]
            : c.kind === 'REMOVE_CITY'
              ? []
              : [c.supplierId, c.customerId].filter((id) => !isAddedCompany(id));
      for (const id of ids) {
        const industry = await this.store.industryOf(id);
        if (industry) return industry;
      }
    }
    throw badInput('industryId', 'the changes name no company in a chain: give the industry');
  }
}

function scenarioOf(row: SavedRow): ScenarioResult {
  const parsed = Body.safeParse(JSON.parse(row.body));
  if (!parsed.success) throw new DomainError('INTERNAL', `stored scenario ${row.id} does not have its shape`);
  let changes: ScenarioChange[];
  try {
    changes = checkChanges(parsed.data.changes as unknown as ChangeInput[]);
  } catch (e) {
    throw new DomainError('INTERNAL', `stored scenario ${row.id}: ${(e as Error).message}`);
  }
  return {
    id: row.id,
    name: row.name,
    industryId: parsed.data.industryId,
    changes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * What-if scenarios (docs/scenarios.md): named change sets layered over the real graph, never written into it.
 * A scenario's analyses are the real ones' rules run on the industry's projection with the changes applied
 * (applyChanges.ts), on the analyses' worker thread; the projection is read once per industry revision and kept
 * here, so trying one change after another costs an analysis each, not a whole-industry read.
 */
import { createHash } from 'node:crypto';
import { LIMITS } from '@g60/graph-schema';
import { z } from 'zod';
import type { Gate } from '../../admission.js';
import { intArg, textArg } from '../../args.js';
import { awaitShared, runOutsideScope } from '../../db/requestScope.js';
import type { SupplyDirection } from '../../db/direction.js';
import { DomainError, badInput, notFound } from '../../errors.js';
import type { EntityRow } from '../entities/entity.rows.js';
import type { IndustryAnalyses } from '../gaps/analyses.js';
import { analyseOffThread, type Answers } from '../gaps/analysisThread.js';
import { expectIndustryId, type GapsService } from '../gaps/gaps.service.js';
import type { IndustryProjection } from '../gaps/projection.js';
import type { SavedRow } from '../saved/saved.cypher.js';
import { applyChanges } from './applyChanges.js';
import { checkChanges, isAddedCompany, type ChangeInput, type ScenarioChange } from './changes.js';
import { adjustFacts } from './companyFacts.js';
import { diffScenario, suppliedInputs, type ScenarioDiffResult } from './scenarioDiff.js';
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

export interface ScenarioAnalysisResult {
  industryId: string;
  changes: ScenarioChange[];
  /** The real graph's analyses, for before/after. */
  real: IndustryAnalyses;
  /** The same analyses on the changed graph. */
  after: Answers;
  diff: ScenarioDiffResult;
  /** Every entity the answers name, including the companies that exist only in the scenario. */
  entities: Record<string, EntityRow>;
}

const Body = z.object({
  industryId: z.string().nullable(),
  changes: z.array(z.record(z.string(), z.unknown())),
});

/** Industries whose real projection is held: every chain of the corridor (at L each takes 10–20 MB). */
const HELD_PROJECTIONS = 12;
/** Scenario answers held, per (industry revision, changes). */
const HELD_ANSWERS = 32;

interface Held {
  revision: string;
  projection: IndustryProjection;
  inputs: Set<number>;
}

export class ScenariosService {
  private readonly held = new Map<string, Promise<Held | null>>();
  private readonly answers = new Map<string, Promise<ScenarioAnalysisResult>>();

  constructor(
    private readonly store: ScenariosStore,
    private readonly gaps: GapsService,
    private readonly gate: Gate,
    private readonly timeoutMs = 300_000,
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

  /** Every analysis of the industry on the graph with `changes` applied, and the diff against the real graph. */
  async analysis(industryId: string, inputs: readonly ChangeInput[]): Promise<ScenarioAnalysisResult> {
    const changes = checkChanges(inputs);
    expectIndustryId(industryId);
    const revision = await this.store.revision(industryId);
    if (revision === null) throw notFound('industryId', 'industry', industryId);
    const key = `${industryId}@${revision}#${createHash('sha256').update(JSON.stringify(changes)).digest('hex')}`;
    let pending = this.answers.get(key);
    if (!pending) {
      // Shared by every request asking the same, and not cut off when the one that started it leaves.
      pending = runOutsideScope(() => this.compute(industryId, changes));
      pending.catch(() => this.answers.delete(key));
      this.answers.set(key, pending);
      if (this.answers.size > HELD_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
    }
    return awaitShared(
      pending,
      `the scenario's analyses for ${industryId} were not ready within this request; ask again shortly`,
      { query: 'scenario.analysis', key: industryId },
    );
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
  ) {
    const changes = checkChanges(inputs);
    expectIndustryId(industryId);
    if (isAddedCompany(companyId)) {
      throw badInput(
        'companyId',
        'a company the scenario adds has only the links the scenario gives it: ask for a real one',
      );
    }
    const base = await runOutsideScope(() => this.realProjection(industryId));
    if (!base) throw notFound('industryId', 'industry', industryId);
    const changed = applyChanges(base.projection, changes);
    if (changed.removedIds.includes(companyId)) throw badInput('companyId', `the scenario removes ${companyId}`);
    const places = new Map((await this.store.memberCityPlaces()).map((c) => [c.id, c]));
    const side = direction ?? 'UPSTREAM';
    const answer = await this.gaps.supplierGaps(
      companyId,
      side,
      first,
      adjustFacts(companyId, side, changed, changes, places),
    );
    return { ...answer, entities: { ...answer.entities, ...addedEntities(changes) } };
  }

  private async compute(industryId: string, changes: ScenarioChange[]): Promise<ScenarioAnalysisResult> {
    const base = await this.realProjection(industryId);
    if (!base) throw notFound('industryId', 'industry', industryId);
    // The real answers (kept; after a write computed from the projection just read, not read twice). They take
    // the gate themselves when they must be computed.
    const real = await this.gaps.analyses(industryId, base);
    return this.gate.run(async () => {
      const changed = applyChanges(base.projection, changes);
      // Read before the projection's arrays move to the worker.
      const inputsAfter = suppliedInputs(changed.projection);
      const after = await analyseOffThread(industryId, changed.projection);
      const diff = diffScenario(
        { projection: base.projection, answers: real, inputs: base.inputs },
        { ...changed, inputsAfter },
        after,
      );
      return { industryId, changes, real, after, diff, entities: { ...real.entities, ...addedEntities(changes) } };
    });
  }

  /** The industry's real projection at its current revision, read once per revision. */
  private async realProjection(industryId: string): Promise<Held | null> {
    const revision = await this.store.revision(industryId);
    const cached = this.held.get(industryId);
    if (cached) {
      const held = await cached.catch(() => null);
      if (held && held.revision === revision) return held;
    }
    // A whole-industry read: admitted through the analyses' gate like their own.
    const reading = this.gate
      .run(() => this.store.projection(industryId, this.timeoutMs))
      .then((read) => (read ? { ...read, inputs: suppliedInputs(read.projection) } : null));
    this.held.delete(industryId);
    this.held.set(industryId, reading);
    if (this.held.size > HELD_PROJECTIONS) this.held.delete(this.held.keys().next().value as string);
    reading.catch(() => this.held.delete(industryId));
    return reading;
  }
}

/** Companies that exist only in the scenario, as entities the API can name. */
function addedEntities(changes: readonly ScenarioChange[]): Record<string, EntityRow> {
  const out: Record<string, EntityRow> = {};
  for (const c of changes) {
    if (c.kind !== 'ADD_COMPANY') continue;
    out[c.companyId] = { kind: 'Company', id: c.companyId, nameZh: c.name, aliases: [], synthetic: false };
  }
  return out;
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

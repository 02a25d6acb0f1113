/**
 * The analysis engine: an industry's whole-industry analyses, kept per industry revision (in Neo4j and in memory,
 * revisions/), its projection held per revision for scenarios, and what-if scenarios — the same pure rules run on
 * the projection with a scenario's changes applied, on the analyses' worker thread (docs/analysis.md,
 * docs/scenarios.md). A request reads the industry's revision once, with the kept result, and passes it down.
 */
import { createHash } from 'node:crypto';
import type { Gate } from '../admission.js';
import type { SupplyDirection } from '../db/direction.js';
import { badInput, notFound } from '../errors.js';
import type { EntityRow } from '../modules/entities/index.js';
import {
  KeptPerRevision,
  StoredPerRevision,
  type AtCurrent,
  type AtRevision,
  type RevisionsStore,
} from '../revisions/index.js';
import { namedIds, type IndustryAnalyses } from './analyses.js';
import type { AnalysisStore } from './analysis.store.js';
import { copyProjection, type IndustryProjection } from './projection.js';
import { applyChanges } from './scenario/applyChanges.js';
import type { ScenarioChange } from './scenario/changes.js';
import { adjustFacts, type FactsAdjustment } from './scenario/companyFacts.js';
import { diffScenario, suppliedInputs, type ScenarioDiffResult } from './scenario/scenarioDiff.js';
import { analyseOffThread, type Answers } from './thread/analysisThread.js';

/**
 * The shape of a stored payload. Raise it whenever IndustryAnalyses changes: results stored by an older server
 * are then computed again instead of read in the wrong shape.
 */
export const RESULT_FORMAT = 2;

/** Industries whose real projection is held: every chain of the corridor (at L each takes 10–20 MB). */
const HELD_PROJECTIONS = 12;
/** Scenario answers held, per (industry, changes) at the industry's revision. */
const HELD_ANSWERS = 32;

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

/**
 * An industry's real projection at a revision, and — worked out for the first scenario that needs them, not for
 * the analyses that read the projection first — the input segments its companies have a supplier of.
 */
interface HeldProjection {
  projection: IndustryProjection;
  inputs(): Set<number>;
}

export interface EngineOptions {
  /** Whole-industry work is admitted a few at a time (admission.ts). */
  gate: Gate;
  /** One computation of an industry's analyses (ANALYSIS_TIMEOUT_MS); not bound to the request that starts it. */
  timeoutMs: number;
}

export class AnalysisEngine {
  private readonly results: StoredPerRevision<IndustryAnalyses>;
  private readonly projections = new KeptPerRevision<HeldProjection>(HELD_PROJECTIONS);
  private readonly scenarios = new KeptPerRevision<ScenarioAnalysisResult>(HELD_ANSWERS);

  constructor(
    private readonly store: AnalysisStore,
    revisions: RevisionsStore,
    private readonly options: EngineOptions,
  ) {
    this.results = new StoredPerRevision(revisions, {
      subject: 'industry',
      format: RESULT_FORMAT,
      gate: options.gate,
      compute: (industryId) => this.compute(industryId),
    });
  }

  /** The industry's analyses at its current revision (computed when none are kept); null: no such industry. */
  analyses(industryId: string): Promise<AtCurrent<IndustryAnalyses> | null> {
    return this.results.get(industryId);
  }

  /** Every analysis of the industry with `changes` applied, and the diff against the real graph. */
  async whatIf(industryId: string, changes: ScenarioChange[]): Promise<ScenarioAnalysisResult> {
    const real = await this.analyses(industryId);
    if (!real) throw notFound('industryId', 'industry', industryId);
    const key = `${industryId}#${createHash('sha256').update(JSON.stringify(changes)).digest('hex')}`;
    // Shared by every request asking the same, and not cut off when the one that started it leaves.
    return this.scenarios.shared(
      key,
      real.revision,
      () => this.computeScenario(industryId, real, changes),
      `the scenario's analyses for ${industryId} were not ready within this request; ask again shortly`,
      { query: 'scenario.analysis', key: industryId },
    );
  }

  /**
   * How a scenario changes a company's supplier (or customer) facts: its partners in the industry's segments as
   * the changed graph has them, candidates the scenario removes gone and those it brings in added.
   */
  async scenarioFacts(
    industryId: string,
    changes: readonly ScenarioChange[],
    companyId: string,
    direction: SupplyDirection,
  ): Promise<FactsAdjustment> {
    const revision = await this.store.revision(industryId);
    if (revision === null) throw notFound('industryId', 'industry', industryId);
    const [base, places] = await Promise.all([
      this.projections.shared(industryId, revision, () => this.readProjection(industryId), notHeld(industryId), {
        query: 'scenario.projection',
        key: industryId,
      }),
      this.store.memberCityPlaces(),
    ]);
    const changed = applyChanges(base.projection, changes);
    if (changed.removedIds.includes(companyId)) throw badInput('companyId', `the scenario removes ${companyId}`);
    return adjustFacts(companyId, direction, changed, changes, new Map(places.map((c) => [c.id, c])));
  }

  /** The analyses from the projection read at the industry's revision; the projection is held for scenarios. */
  private async compute(industryId: string): Promise<AtRevision<IndustryAnalyses> | null> {
    const read = await this.store.projectionAt(industryId, this.options.timeoutMs);
    if (!read) return null;
    // After a write one projection read serves the kept analyses and the scenario asked next. The worker takes
    // the typed arrays it is given, so it gets a copy of the one held.
    let projection = read.value;
    if (read.consistent) {
      this.projections.set(industryId, read.revision, held(projection));
      projection = copyProjection(projection);
    }
    const answers = await analyseOffThread(industryId, projection);
    const entities = await this.store.entities(namedIds(answers));
    return { ...read, value: { ...answers, entities } };
  }

  private async computeScenario(
    industryId: string,
    real: AtCurrent<IndustryAnalyses>,
    changes: ScenarioChange[],
  ): Promise<ScenarioAnalysisResult> {
    const base = await this.projections.get(industryId, real.revision, () => this.readProjection(industryId));
    return this.options.gate.run(async () => {
      const changed = applyChanges(base.projection, changes);
      // Read before the projection's arrays move to the worker.
      const inputsAfter = suppliedInputs(changed.projection);
      const after = await analyseOffThread(industryId, changed.projection);
      const diff = diffScenario(
        { projection: base.projection, answers: real.value, inputs: base.inputs() },
        { ...changed, inputsAfter },
        after,
      );
      return {
        industryId,
        changes,
        real: real.value,
        after,
        diff,
        entities: { ...real.value.entities, ...addedEntities(changes) },
      };
    });
  }

  /** The industry's projection, read whole: admitted through the analyses' gate like their own reads. */
  private async readProjection(industryId: string): Promise<HeldProjection> {
    const read = await this.options.gate.run(() => this.store.projectionAt(industryId, this.options.timeoutMs));
    if (!read) throw notFound('industryId', 'industry', industryId);
    return held(read.value);
  }
}

function held(projection: IndustryProjection): HeldProjection {
  let inputs: Set<number> | undefined;
  return { projection, inputs: () => (inputs ??= suppliedInputs(projection)) };
}

const notHeld = (industryId: string) =>
  `the graph of ${industryId} is being read for its latest data and was not ready within this request; ask again shortly`;

/** Companies that exist only in a scenario, as entities the API can name. */
export function addedEntities(changes: readonly ScenarioChange[]): Record<string, EntityRow> {
  const out: Record<string, EntityRow> = {};
  for (const c of changes) {
    if (c.kind !== 'ADD_COMPANY') continue;
    out[c.companyId] = { kind: 'Company', id: c.companyId, nameZh: c.name, aliases: [], synthetic: false };
  }
  return out;
}

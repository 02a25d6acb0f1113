/**
 * The analysis engine's front door: the engine (kept analyses, held projections, what-if scenarios), its store,
 * and the pure rules and shapes other modules use. gaps, scenarios, overview and targets import this file only.
 */
export {
  AnalysisEngine,
  RESULT_FORMAT,
  addedEntities,
  type EngineOptions,
  type ScenarioAnalysisResult,
} from './engine.js';
export { AnalysisStore } from './analysis.store.js';
export {
  analyseIndustry,
  coverageOf,
  type CityPairResult,
  type CoverageResult,
  type IndustryAnalyses,
  type ResilienceResult,
} from './analyses.js';
export { classifyRow, type CoverageRowResult, type CoverageStatus } from './coverage.js';
export { candidateScore, haversineKm, scoreCandidate, WEIGHTS, type Reason } from './score.js';
export { projectIndustry, type IndustryProjection } from './projection.js';
export {
  checkChanges,
  isAddedCompany,
  type ChangeInput,
  type ChangeKind,
  type ScenarioChange,
} from './scenario/changes.js';
export type { CandidateRowFacts, FactsAdjustment, PartnerSegmentFacts } from './scenario/companyFacts.js';
export type {
  CellChangeResult,
  CityPairChangeResult,
  CompanyChangeResult,
  ScenarioDiffResult,
} from './scenario/scenarioDiff.js';
/** The statements, for the bench's raw-driver baselines. */
export * as analysisStatements from './analysis.cypher.js';

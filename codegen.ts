/**
 * One codegen for the whole repo: graph-schema's SDL → server resolver types and web typed documents.
 * Output lands in __generated__/ folders and is never edited by hand; `npm test` regenerates it first.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { schemaSdl } from './graph-schema/src/files.js';

/** Over the wire a DateTime is an ISO 8601 string; the server's resolvers receive it parsed (graphql-scalars). */
const scalars = { ID: 'string', JSON: 'unknown', DateTime: 'string' };
const serverScalars = { ...scalars, DateTime: { input: 'Date', output: 'string' } };

const config: CodegenConfig = {
  // The SDL as the server serves it: limits and defaults filled in from graph-schema/src/limits.ts.
  schema: schemaSdl().join('\n'),
  ignoreNoDocuments: true,
  hooks: { afterAllFileWrite: ['prettier --write --log-level warn'] },
  generates: {
    'server/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: serverScalars,
        contextType: '../context.js#GraphContext',
        // Entities travel through resolvers as the zod-checked rows the stores return.
        mappers: {
          Entity: '../modules/entities/entity.rows.js#EntityRow',
          City: '../modules/entities/entity.rows.js#EntityRow',
          Industry: '../modules/entities/entity.rows.js#EntityRow',
          Segment: '../modules/entities/entity.rows.js#EntityRow',
          Company: '../modules/entities/entity.rows.js#EntityRow',
          Park: '../modules/entities/entity.rows.js#EntityRow',
          Alliance: '../modules/entities/entity.rows.js#EntityRow',
          Project: '../modules/entities/entity.rows.js#EntityRow',
          Agreement: '../modules/entities/entity.rows.js#EntityRow',
          Source: '../modules/entities/entity.rows.js#EntityRow',
          CompanyConnection: '../modules/companies/companies.service.js#CompanyPage',
          SupplyConnection: '../modules/companies/companies.service.js#PartnerPage',
          CityProfile: '../modules/cities/cities.service.js#CityProfileResult',
          CityIndustry: '../modules/cities/cities.service.js#CityIndustryResult',
          SegmentCount: '../modules/cities/cities.service.js#SegmentCountResult',
          CorridorOverview: '../modules/overview/overview.js#OverviewAnswer',
          OverviewCity: '../modules/overview/overview.js#OverviewCityResult',
          IndustryCount: '../modules/overview/overview.js#IndustryCountResult',
          CityLink: '../modules/overview/overview.js#CityLinkResult',
          OverviewCell: '../modules/overview/overview.js#CellResult',
          SegmentFlow: '../modules/overview/overview.js#FlowResult',
          SegmentCompanyConnection: '../modules/overview/overview.service.js#SegmentCompanyPage',
          SegmentCompanyEdge: '../modules/overview/overview.service.js#SegmentCompanyEdgeResult',
          CorridorIndicators: '../modules/overview/indicators.js#IndicatorsAnswer',
          CityIndicators: '../modules/overview/indicators.js#CityIndicatorsResult',
          IndustryCompleteness: '../modules/overview/indicators.js#CompletenessResult',
          TargetList: '../modules/targets/targets.service.js#TargetListResult',
          TargetSegment: '../modules/targets/targets.service.js#TargetSegmentResult',
          TargetCandidate: '../modules/targets/targets.service.js#TargetCandidateResult',
          Scenario: '../modules/scenarios/scenarios.service.js#ScenarioResult',
          ScenarioAnalysis: '../analysis/index.js#ScenarioAnalysisResult',
          ScenarioDiff: '../analysis/index.js#ScenarioDiffResult',
          ScenarioCellChange: '../analysis/index.js#CellChangeResult',
          ScenarioCompanyChange: '../analysis/index.js#CompanyChangeResult',
          ScenarioCityPairChange: '../analysis/index.js#CityPairChangeResult',
          SavedView: '../modules/views/views.service.js#SavedViewResult',
          ChangeSet: '../modules/changes/index.js#ChangeSetResult',
          ChangeSetConnection: '../modules/changes/index.js#ChangeSetPage',
          ChangedEntityConnection: '../modules/changes/index.js#ChangedEntityPage',
        },
      },
    },
    'web/src/__generated__/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
      presetConfig: { fragmentMasking: false },
      // Documents as plain strings: the browser bundle then needs no graphql-js to print them.
      config: { useTypeImports: true, enumsAsTypes: true, scalars, documentMode: 'string' },
    },
    // The partner example of docs/api.md, typed the same way.
    'docs/examples/__generated__/': {
      preset: 'client',
      documents: ['docs/examples/*.ts'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars, documentMode: 'string' },
    },
  },
};

export default config;

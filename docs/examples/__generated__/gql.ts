/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnerSearch($text: String!) {\n    search(text: $text, first: 5) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.PartnerSearchDocument,
    "\n  query PartnerTrace($id: ID!) {\n    trace(companyId: $id, direction: BOTH, maxDepth: 2, limit: 50) {\n      truncated\n      nodes {\n        id\n        label\n        tier\n        cityId\n      }\n      edges {\n        source\n        target\n      }\n    }\n  }\n": typeof types.PartnerTraceDocument,
    "\n  query PartnerCoverage($industryId: ID!) {\n    chainCoverage(industryId: $industryId) {\n      rows {\n        segment {\n          nameZh\n        }\n        status\n        cells {\n          count\n        }\n      }\n    }\n  }\n": typeof types.PartnerCoverageDocument,
    "\n  query PartnerGaps($companyId: ID!) {\n    supplierGaps(companyId: $companyId, direction: UPSTREAM, first: 3) {\n      segments {\n        segment {\n          nameZh\n        }\n        isGap\n        candidates {\n          company {\n            nameZh\n          }\n          score\n        }\n      }\n    }\n  }\n": typeof types.PartnerGapsDocument,
};
const documents: Documents = {
    "\n  query PartnerSearch($text: String!) {\n    search(text: $text, first: 5) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.PartnerSearchDocument,
    "\n  query PartnerTrace($id: ID!) {\n    trace(companyId: $id, direction: BOTH, maxDepth: 2, limit: 50) {\n      truncated\n      nodes {\n        id\n        label\n        tier\n        cityId\n      }\n      edges {\n        source\n        target\n      }\n    }\n  }\n": types.PartnerTraceDocument,
    "\n  query PartnerCoverage($industryId: ID!) {\n    chainCoverage(industryId: $industryId) {\n      rows {\n        segment {\n          nameZh\n        }\n        status\n        cells {\n          count\n        }\n      }\n    }\n  }\n": types.PartnerCoverageDocument,
    "\n  query PartnerGaps($companyId: ID!) {\n    supplierGaps(companyId: $companyId, direction: UPSTREAM, first: 3) {\n      segments {\n        segment {\n          nameZh\n        }\n        isGap\n        candidates {\n          company {\n            nameZh\n          }\n          score\n        }\n      }\n    }\n  }\n": types.PartnerGapsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSearch($text: String!) {\n    search(text: $text, first: 5) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerTrace($id: ID!) {\n    trace(companyId: $id, direction: BOTH, maxDepth: 2, limit: 50) {\n      truncated\n      nodes {\n        id\n        label\n        tier\n        cityId\n      }\n      edges {\n        source\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCoverage($industryId: ID!) {\n    chainCoverage(industryId: $industryId) {\n      rows {\n        segment {\n          nameZh\n        }\n        status\n        cells {\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerGaps($companyId: ID!) {\n    supplierGaps(companyId: $companyId, direction: UPSTREAM, first: 3) {\n      segments {\n        segment {\n          nameZh\n        }\n        isGap\n        candidates {\n          company {\n            nameZh\n          }\n          score\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerGapsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

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
    "\n  fragment EntityName on Entity {\n    id\n    nameZh\n    nameEn\n  }\n": typeof types.EntityNameFragmentDoc,
    "\n  query Cities {\n    cities {\n      ...EntityName\n      role\n      lat\n      lng\n    }\n  }\n": typeof types.CitiesDocument,
    "\n  query Industries {\n    industries {\n      ...EntityName\n      segments {\n        ...EntityName\n      }\n    }\n  }\n": typeof types.IndustriesDocument,
    "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      id\n      kind\n      label\n      labelEn\n      cityId\n      synthetic\n      tier\n      date\n    }\n    edges {\n      id\n      kind\n      source\n      target\n    }\n  }\n": typeof types.SubgraphFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {\n    trace(\n      companyId: $id\n      direction: $direction\n      maxDepth: $maxDepth\n      industryId: $industryId\n      cityIds: $cityIds\n      limit: $limit\n    ) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.TraceDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!, $k: Int) {\n    paths(fromId: $fromId, toId: $toId, k: $k) {\n      paths {\n        nodeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          ...EntityName\n        }\n        parks {\n          ...EntityName\n        }\n        memberships {\n          role\n          alliance {\n            ...EntityName\n          }\n        }\n        segments {\n          ...EntityName\n        }\n        supplierCount\n        customerCount\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          ...EntityName\n        }\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Coverage($industryId: ID!, $pairs: Int) {\n    chainCoverage(industryId: $industryId) {\n      industry {\n        ...EntityName\n      }\n      cities {\n        ...EntityName\n      }\n      rows {\n        segment {\n          ...EntityName\n          stage\n          position\n        }\n        total\n        status\n        cells {\n          cityId\n          count\n          status\n        }\n      }\n    }\n    collaborationGaps(industryId: $industryId, first: $pairs) {\n      from {\n        id\n      }\n      to {\n        id\n      }\n      potential\n      actual\n      ratio\n    }\n    resilience(industryId: $industryId) {\n      singleSourceSegments {\n        id\n      }\n      missingSegments {\n        id\n      }\n      cutCompanies {\n        company {\n          ...EntityName\n        }\n        stranded\n      }\n      connectedDownstream\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query Companies($filter: CompanyFilter, $first: Int) {\n    companies(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...EntityName\n          synthetic\n          city {\n            ...EntityName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {\n    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {\n      segments {\n        ownSegment {\n          ...EntityName\n        }\n        segment {\n          ...EntityName\n        }\n        isGap\n        partners {\n          ...EntityName\n        }\n        candidates {\n          company {\n            ...EntityName\n            city {\n              ...EntityName\n            }\n          }\n          score\n          distanceKm\n          reasons {\n            code\n            label\n            points\n            subjects\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierGapsDocument,
    "\n  mutation AssignCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ok\n      errors {\n        path\n        message\n      }\n    }\n  }\n": typeof types.AssignCompanyDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "\n  fragment EntityName on Entity {\n    id\n    nameZh\n    nameEn\n  }\n": types.EntityNameFragmentDoc,
    "\n  query Cities {\n    cities {\n      ...EntityName\n      role\n      lat\n      lng\n    }\n  }\n": types.CitiesDocument,
    "\n  query Industries {\n    industries {\n      ...EntityName\n      segments {\n        ...EntityName\n      }\n    }\n  }\n": types.IndustriesDocument,
    "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      id\n      kind\n      label\n      labelEn\n      cityId\n      synthetic\n      tier\n      date\n    }\n    edges {\n      id\n      kind\n      source\n      target\n    }\n  }\n": types.SubgraphFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {\n    trace(\n      companyId: $id\n      direction: $direction\n      maxDepth: $maxDepth\n      industryId: $industryId\n      cityIds: $cityIds\n      limit: $limit\n    ) {\n      ...SubgraphFields\n    }\n  }\n": types.TraceDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!, $k: Int) {\n    paths(fromId: $fromId, toId: $toId, k: $k) {\n      paths {\n        nodeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          ...EntityName\n        }\n        parks {\n          ...EntityName\n        }\n        memberships {\n          role\n          alliance {\n            ...EntityName\n          }\n        }\n        segments {\n          ...EntityName\n        }\n        supplierCount\n        customerCount\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          ...EntityName\n        }\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  query Coverage($industryId: ID!, $pairs: Int) {\n    chainCoverage(industryId: $industryId) {\n      industry {\n        ...EntityName\n      }\n      cities {\n        ...EntityName\n      }\n      rows {\n        segment {\n          ...EntityName\n          stage\n          position\n        }\n        total\n        status\n        cells {\n          cityId\n          count\n          status\n        }\n      }\n    }\n    collaborationGaps(industryId: $industryId, first: $pairs) {\n      from {\n        id\n      }\n      to {\n        id\n      }\n      potential\n      actual\n      ratio\n    }\n    resilience(industryId: $industryId) {\n      singleSourceSegments {\n        id\n      }\n      missingSegments {\n        id\n      }\n      cutCompanies {\n        company {\n          ...EntityName\n        }\n        stranded\n      }\n      connectedDownstream\n    }\n  }\n": types.CoverageDocument,
    "\n  query Companies($filter: CompanyFilter, $first: Int) {\n    companies(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...EntityName\n          synthetic\n          city {\n            ...EntityName\n          }\n        }\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {\n    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {\n      segments {\n        ownSegment {\n          ...EntityName\n        }\n        segment {\n          ...EntityName\n        }\n        isGap\n        partners {\n          ...EntityName\n        }\n        candidates {\n          company {\n            ...EntityName\n            city {\n              ...EntityName\n            }\n          }\n          score\n          distanceKm\n          reasons {\n            code\n            label\n            points\n            subjects\n            value\n          }\n        }\n      }\n    }\n  }\n": types.SupplierGapsDocument,
    "\n  mutation AssignCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ok\n      errors {\n        path\n        message\n      }\n    }\n  }\n": types.AssignCompanyDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityName on Entity {\n    id\n    nameZh\n    nameEn\n  }\n"): typeof import('./graphql').EntityNameFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cities {\n    cities {\n      ...EntityName\n      role\n      lat\n      lng\n    }\n  }\n"): typeof import('./graphql').CitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Industries {\n    industries {\n      ...EntityName\n      segments {\n        ...EntityName\n      }\n    }\n  }\n"): typeof import('./graphql').IndustriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      id\n      kind\n      label\n      labelEn\n      cityId\n      synthetic\n      tier\n      date\n    }\n    edges {\n      id\n      kind\n      source\n      target\n    }\n  }\n"): typeof import('./graphql').SubgraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {\n    trace(\n      companyId: $id\n      direction: $direction\n      maxDepth: $maxDepth\n      industryId: $industryId\n      cityIds: $cityIds\n      limit: $limit\n    ) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').TraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($fromId: ID!, $toId: ID!, $k: Int) {\n    paths(fromId: $fromId, toId: $toId, k: $k) {\n      paths {\n        nodeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          ...EntityName\n        }\n        parks {\n          ...EntityName\n        }\n        memberships {\n          role\n          alliance {\n            ...EntityName\n          }\n        }\n        segments {\n          ...EntityName\n        }\n        supplierCount\n        customerCount\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          ...EntityName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($industryId: ID!, $pairs: Int) {\n    chainCoverage(industryId: $industryId) {\n      industry {\n        ...EntityName\n      }\n      cities {\n        ...EntityName\n      }\n      rows {\n        segment {\n          ...EntityName\n          stage\n          position\n        }\n        total\n        status\n        cells {\n          cityId\n          count\n          status\n        }\n      }\n    }\n    collaborationGaps(industryId: $industryId, first: $pairs) {\n      from {\n        id\n      }\n      to {\n        id\n      }\n      potential\n      actual\n      ratio\n    }\n    resilience(industryId: $industryId) {\n      singleSourceSegments {\n        id\n      }\n      missingSegments {\n        id\n      }\n      cutCompanies {\n        company {\n          ...EntityName\n        }\n        stranded\n      }\n      connectedDownstream\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($filter: CompanyFilter, $first: Int) {\n    companies(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...EntityName\n          synthetic\n          city {\n            ...EntityName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {\n    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {\n      segments {\n        ownSegment {\n          ...EntityName\n        }\n        segment {\n          ...EntityName\n        }\n        isGap\n        partners {\n          ...EntityName\n        }\n        candidates {\n          company {\n            ...EntityName\n            city {\n              ...EntityName\n            }\n          }\n          score\n          distanceKm\n          reasons {\n            code\n            label\n            points\n            subjects\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ok\n      errors {\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AssignCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

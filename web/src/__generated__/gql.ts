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
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      truncated\n      nodes {\n        id\n        kind\n        label\n        labelEn\n        cityId\n        synthetic\n      }\n      edges {\n        id\n        kind\n        source\n        target\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          id\n          nameZh\n        }\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          id\n          nameZh\n        }\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Cities {\n    cities {\n      id\n      nameZh\n      nameEn\n      role\n    }\n  }\n": typeof types.CitiesDocument,
};
const documents: Documents = {
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      truncated\n      nodes {\n        id\n        kind\n        label\n        labelEn\n        cityId\n        synthetic\n      }\n      edges {\n        id\n        kind\n        source\n        target\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          id\n          nameZh\n        }\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          id\n          nameZh\n        }\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  query Cities {\n    cities {\n      id\n      nameZh\n      nameEn\n      role\n    }\n  }\n": types.CitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      truncated\n      nodes {\n        id\n        kind\n        label\n        labelEn\n        cityId\n        synthetic\n      }\n      edges {\n        id\n        kind\n        source\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          id\n          nameZh\n        }\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          id\n          nameZh\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cities {\n    cities {\n      id\n      nameZh\n      nameEn\n      role\n    }\n  }\n"): typeof import('./graphql').CitiesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

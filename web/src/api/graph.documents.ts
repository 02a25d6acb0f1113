/**
 * The graph-shaped answers the canvas draws (any mode may draw any of them), and the fields they are drawn from.
 */
import { graphql } from '../__generated__/gql';

/** The node and edge fields every graph-shaped answer is drawn from. */
export const SubgraphFieldsFragment = graphql(`
  fragment SubgraphFields on Subgraph {
    truncated
    nodes {
      id
      kind
      label
      labelEn
      cityId
      synthetic
      tier
      date
    }
    edges {
      id
      kind
      source
      target
    }
  }
`);

export const NeighborhoodDocument = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      ...SubgraphFields
    }
  }
`);

export const TraceDocument = graphql(`
  query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {
    trace(
      companyId: $id
      direction: $direction
      maxDepth: $maxDepth
      industryId: $industryId
      cityIds: $cityIds
      limit: $limit
    ) {
      ...SubgraphFields
    }
  }
`);

export const PathsDocument = graphql(`
  query Paths($fromId: ID!, $toId: ID!, $k: Int) {
    paths(fromId: $fromId, toId: $toId, k: $k) {
      paths {
        nodeIds
        length
      }
      graph {
        ...SubgraphFields
      }
    }
  }
`);

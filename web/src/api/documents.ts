import { graphql } from '../__generated__/gql';

export const SearchDocument = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      score
      node {
        id
        kind
        nameZh
        nameEn
        synthetic
      }
    }
  }
`);

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

export const EntityDocument = graphql(`
  query Entity($id: ID!) {
    node(id: $id) {
      __typename
      id
      kind
      nameZh
      nameEn
      aliases
      synthetic
      sources {
        sourceId
        title
        publisher
        publishedOn
        quote
      }
      ... on Company {
        listed
        founded
        city {
          id
          nameZh
        }
        parks {
          id
          nameZh
        }
        memberships {
          role
          alliance {
            id
            nameZh
          }
        }
        segments {
          id
          nameZh
        }
        supplierCount
        customerCount
      }
      ... on City {
        province
        role
      }
      ... on Alliance {
        founded
        memberCount
        status
      }
      ... on Park {
        level
        status
        city {
          id
          nameZh
        }
      }
    }
  }
`);

export const CitiesDocument = graphql(`
  query Cities {
    cities {
      id
      nameZh
      nameEn
      role
      lat
      lng
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
    paths(fromId: $fromId, toId: $toId, k: $k, maxLength: 6) {
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

export const IndustriesDocument = graphql(`
  query Industries {
    industries {
      id
      nameZh
      nameEn
      segments {
        id
      }
    }
  }
`);

export const CoverageDocument = graphql(`
  query Coverage($industryId: ID!) {
    chainCoverage(industryId: $industryId) {
      industry {
        id
        nameZh
        nameEn
      }
      cities {
        id
        nameZh
        nameEn
      }
      rows {
        segment {
          id
          nameZh
          nameEn
          stage
          position
        }
        total
        status
        cells {
          cityId
          count
          status
        }
      }
    }
    collaborationGaps(industryId: $industryId, first: 72) {
      from {
        id
      }
      to {
        id
      }
      potential
      actual
      ratio
    }
    resilience(industryId: $industryId) {
      singleSourceSegments {
        id
      }
      missingSegments {
        id
      }
      cutCompanies {
        company {
          id
          nameZh
        }
        stranded
      }
      connectedDownstream
    }
  }
`);

export const CompaniesDocument = graphql(`
  query Companies($filter: CompanyFilter, $first: Int) {
    companies(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          nameZh
          nameEn
          synthetic
          city {
            id
            nameZh
          }
        }
      }
    }
  }
`);

export const SupplierGapsDocument = graphql(`
  query SupplierGaps($companyId: ID!, $direction: GapDirection) {
    supplierGaps(companyId: $companyId, direction: $direction, first: 5) {
      segments {
        ownSegment {
          id
          nameZh
          nameEn
        }
        segment {
          id
          nameZh
          nameEn
        }
        isGap
        partners {
          id
          nameZh
        }
        candidates {
          company {
            id
            nameZh
            city {
              nameZh
            }
          }
          score
          distanceKm
          reasons {
            code
            label
            points
          }
        }
      }
    }
  }
`);

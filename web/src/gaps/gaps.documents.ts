import { graphql } from '../__generated__/gql';

/** A coverage matrix as the heatmap draws it, on the real graph or in a scenario. */
export const CoverageMatrixFragment = graphql(`
  fragment CoverageMatrix on ChainCoverage {
    industry {
      ...EntityName
    }
    cities {
      ...EntityName
    }
    rows {
      segment {
        ...EntityName
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
`);

/** One industry's chain as planners read it: coverage, city-pair collaboration and resilience, in one request. */
export const CoverageDocument = graphql(`
  query Coverage($industryId: ID!, $pairs: Int) {
    chainCoverage(industryId: $industryId) {
      ...CoverageMatrix
    }
    collaborationGaps(industryId: $industryId, first: $pairs) {
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
          ...EntityName
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
          ...EntityName
          synthetic
          city {
            ...EntityName
          }
        }
      }
    }
  }
`);

export const SupplierGapReportFragment = graphql(`
  fragment SupplierGapReportFields on SupplierGapReport {
    segments {
      ownSegment {
        ...EntityName
      }
      segment {
        ...EntityName
      }
      isGap
      partners {
        ...EntityName
      }
      candidates {
        company {
          ...EntityName
          city {
            ...EntityName
          }
        }
        score
        distanceKm
        reasons {
          code
          label
          points
          subjects
          value
        }
      }
    }
  }
`);

export const SupplierGapsDocument = graphql(`
  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {
    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {
      ...SupplierGapReportFields
    }
  }
`);

/** The same gaps in a what-if scenario (docs/scenarios.md). */
export const ScenarioSupplierGapsDocument = graphql(`
  query ScenarioSupplierGaps(
    $industryId: ID!
    $changes: [ScenarioChangeInput!]!
    $companyId: ID!
    $direction: GapDirection
    $first: Int
  ) {
    whatIfSupplierGaps(
      industryId: $industryId
      changes: $changes
      companyId: $companyId
      direction: $direction
      first: $first
    ) {
      ...SupplierGapReportFields
    }
  }
`);

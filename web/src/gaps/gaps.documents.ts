import { graphql } from '../__generated__/gql';

/** One industry's chain as planners read it: coverage, city-pair collaboration and resilience, in one request. */
export const CoverageDocument = graphql(`
  query Coverage($industryId: ID!, $pairs: Int) {
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
          id
          nameZh
          nameEn
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
            nameEn
          }
        }
      }
    }
  }
`);

export const SupplierGapsDocument = graphql(`
  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {
    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {
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
          nameEn
        }
        candidates {
          company {
            id
            nameZh
            nameEn
            city {
              id
              nameZh
              nameEn
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
  }
`);

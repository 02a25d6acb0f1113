import { graphql } from '../__generated__/gql';

/** The corridor at a glance; ids only where the page already holds the names (cities, industries). */
export const CorridorOverviewDocument = graphql(`
  query CorridorOverview($industryId: ID, $since: Int, $flows: Int) {
    corridorOverview(industryId: $industryId, since: $since) {
      since
      years
      cities {
        city {
          id
        }
        companies
        industries {
          industry {
            id
          }
          companies
        }
      }
      links {
        from {
          id
        }
        to {
          id
        }
        links
      }
      segments {
        id
      }
      cells {
        city {
          id
        }
        segment {
          id
        }
        companies
      }
      flows(first: $flows) {
        fromCity {
          id
        }
        fromSegment {
          id
        }
        toCity {
          id
        }
        toSegment {
          id
        }
        links
      }
    }
  }
`);

export const OverviewCityProfileDocument = graphql(`
  query OverviewCityProfile($cityId: ID!) {
    cityProfile(cityId: $cityId) {
      companies
      industries {
        industry {
          id
        }
        companies
        segments {
          segment {
            id
          }
          companies
        }
      }
    }
  }
`);

export const SegmentCompaniesDocument = graphql(`
  query SegmentCompanies($segmentId: ID!, $cityId: ID, $first: Int, $after: String) {
    segmentCompanies(segmentId: $segmentId, cityId: $cityId, first: $first, after: $after) {
      edges {
        node {
          ...EntityName
          city {
            id
          }
        }
        suppliers
        customers
        cursor
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

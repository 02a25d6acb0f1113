import { graphql } from '../__generated__/gql';

export const CorridorIndicatorsDocument = graphql(`
  query CorridorIndicators($fromYear: Int, $toYear: Int) {
    corridorIndicators(fromYear: $fromYear, toYear: $toYear) {
      years
      cities {
        city {
          id
        }
        companies
        companiesByIndustry {
          industry {
            id
          }
          companies
        }
        supplyLinks
        crossCityLinks
        collaborationShare
        corridorLinks
        outsideLinks
        chainCompleteness
        singleSourceSegments
        alliances
        parks
        projects
        trend {
          year
          companies
          supplyLinks
          crossCityLinks
          corridorLinks
          outsideLinks
          alliances
          projects
        }
      }
    }
  }
`);

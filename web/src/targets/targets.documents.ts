import { graphql } from '../__generated__/gql';

export const TargetListDocument = graphql(`
  query TargetList($cityId: ID!, $industryId: ID!, $first: Int) {
    targetList(cityId: $cityId, industryId: $industryId, first: $first) {
      segments {
        segment {
          id
        }
        status
        cityCompanies
        corridorCompanies
        candidateCount
        candidates {
          company {
            ...EntityName
            uscc
          }
          city {
            id
          }
          score
          reasons {
            code
            points
            subjects
            value
          }
        }
      }
    }
  }
`);

import { graphql } from '../__generated__/gql';

/**
 * A scenario's answers for one industry: its coverage and what changed against the real graph. Without an
 * industry the API takes the chain of the first company the changes name; `industry` says which.
 */
export const WhatIfDocument = graphql(`
  query WhatIf($industryId: ID, $changes: [ScenarioChangeInput!]!) {
    whatIf(industryId: $industryId, changes: $changes) {
      industry {
        id
      }
      coverage {
        ...CoverageMatrix
      }
      resilience {
        singleSourceSegments {
          id
        }
        missingSegments {
          id
        }
      }
      diff {
        cells {
          segment {
            ...EntityName
          }
          city {
            ...EntityName
          }
          before
          after
          countBefore
          countAfter
        }
        stranded {
          company {
            ...EntityName
          }
          segments {
            ...EntityName
          }
        }
        strandedCount
        rescued {
          company {
            ...EntityName
          }
          segments {
            ...EntityName
          }
        }
        rescuedCount
        cityPairs {
          from {
            ...EntityName
          }
          to {
            ...EntityName
          }
          potentialBefore
          potentialAfter
          actualBefore
          actualAfter
          gapClosed
          newlyLinked
        }
        removedCount
        addedCount
        connectedDownstreamBefore
        connectedDownstreamAfter
      }
    }
  }
`);

export const ScenarioFieldsFragment = graphql(`
  fragment ScenarioFields on Scenario {
    id
    name
    updatedAt
    industry {
      ...EntityName
    }
    changes {
      kind
      companyId
      cityId
      segmentId
      name
      supplierId
      customerId
      company {
        ...EntityName
      }
      city {
        ...EntityName
      }
      segment {
        ...EntityName
      }
      supplier {
        ...EntityName
      }
      customer {
        ...EntityName
      }
    }
  }
`);

export const ScenarioDocument = graphql(`
  query Scenario($id: ID!) {
    scenario(id: $id) {
      ...ScenarioFields
    }
  }
`);

export const ScenariosDocument = graphql(`
  query Scenarios {
    scenarios {
      ...ScenarioFields
    }
  }
`);

export const SaveScenarioDocument = graphql(`
  mutation SaveScenario($input: ScenarioInput!) {
    saveScenario(input: $input) {
      ...ScenarioFields
    }
  }
`);

export const DeleteScenarioDocument = graphql(`
  mutation DeleteScenario($id: ID!) {
    deleteScenario(id: $id) {
      ok
    }
  }
`);

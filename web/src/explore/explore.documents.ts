import { graphql } from '../__generated__/gql';

/** What the details panel shows of any entity. */
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
          ...EntityName
        }
        parks {
          ...EntityName
        }
        memberships {
          role
          alliance {
            ...EntityName
          }
        }
        segments {
          ...EntityName
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
          ...EntityName
        }
      }
    }
  }
`);

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

export const NeighborhoodDocument = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes {
        id
        kind
        label
        labelEn
        cityId
        synthetic
      }
      edges {
        id
        kind
        source
        target
      }
    }
  }
`);

export const EntityDocument = graphql(`
  query Entity($id: ID!) {
    node(id: $id) {
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
    }
  }
`);

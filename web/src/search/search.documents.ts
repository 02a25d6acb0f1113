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

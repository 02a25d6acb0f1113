import { graphql } from '../__generated__/gql';

/** Places a company the import could not: its city, or its chain segments, or both (write scope). */
export const AssignCompanyDocument = graphql(`
  mutation AssignCompany($id: ID!, $input: CompanyInput!) {
    updateCompany(id: $id, input: $input) {
      ok
      errors {
        path
        message
      }
    }
  }
`);

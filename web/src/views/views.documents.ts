import { graphql } from '../__generated__/gql';

export const SavedViewsDocument = graphql(`
  query SavedViews {
    savedViews {
      id
      name
      updatedAt
    }
  }
`);

export const SavedViewDocument = graphql(`
  query SavedView($id: ID!) {
    savedView(id: $id) {
      id
      name
      state
    }
  }
`);

export const SaveViewDocument = graphql(`
  mutation SaveView($id: ID, $name: String!, $state: JSON!) {
    saveView(id: $id, name: $name, state: $state) {
      id
      name
      updatedAt
    }
  }
`);

export const RenameViewDocument = graphql(`
  mutation RenameView($id: ID!, $name: String!) {
    renameView(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DeleteViewDocument = graphql(`
  mutation DeleteView($id: ID!) {
    deleteView(id: $id) {
      ok
    }
  }
`);

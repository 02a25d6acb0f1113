import { graphql } from '../__generated__/gql';

/** How every entity is named: what `useName` needs to show it in either language. */
export const EntityNameFragment = graphql(`
  fragment EntityName on Entity {
    id
    nameZh
    nameEn
  }
`);

/** The corridor's cities and industry chains: small, shared by every mode, fetched once. */
export const CitiesDocument = graphql(`
  query Cities {
    cities {
      ...EntityName
      role
      lat
      lng
    }
  }
`);

export const IndustriesDocument = graphql(`
  query Industries {
    industries {
      ...EntityName
      segments {
        ...EntityName
      }
    }
  }
`);

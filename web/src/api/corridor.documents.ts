import { graphql } from '../__generated__/gql';

/** The corridor's cities and industry chains: small, shared by every mode, fetched once. */
export const CitiesDocument = graphql(`
  query Cities {
    cities {
      id
      nameZh
      nameEn
      role
      lat
      lng
    }
  }
`);

export const IndustriesDocument = graphql(`
  query Industries {
    industries {
      id
      nameZh
      nameEn
      segments {
        id
      }
    }
  }
`);

/**
 * The library a partner would otherwise pick: the Neo4j GraphQL Library (`@neo4j/graphql`, a benchmark-only
 * dependency) over the same Neo4j, with type definitions for the partner lookups the bench compares — company
 * card, filtered company list, a company's direct suppliers. Served by serve.ts beside the app.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Company @node {
    id: ID!
    nameZh: String!
    city: [City!]! @relationship(type: "LOCATED_IN", direction: OUT)
    segments: [Segment!]! @relationship(type: "OPERATES_IN", direction: OUT)
    alliances: [Alliance!]! @relationship(type: "MEMBER_OF", direction: OUT)
    suppliers: [Company!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Supplies")
    customers: [Company!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "Supplies")
  }
  type Supplies @relationshipProperties {
    product: String
    since: String
  }
  type City @node {
    id: ID!
    nameZh: String!
  }
  type Segment @node {
    id: ID!
    nameZh: String!
    industry: [Industry!]! @relationship(type: "PART_OF", direction: OUT)
  }
  type Industry @node {
    id: ID!
    nameZh: String!
  }
  type Alliance @node {
    id: ID!
    nameZh: String!
  }
`;

/** An Express app serving the library's schema at /graphql. */
export async function neo4jGraphqlApp(driver: Driver): Promise<express.Express> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  return app;
}

/** The same three lookups, written for the library's generated API. */
export const LIBRARY_QUERIES = {
  card: `query($id: ID!) { companies(where: { id: { eq: $id } }) { id nameZh city { id nameZh } segments { id nameZh }
    alliances { id nameZh } suppliersConnection { totalCount } customersConnection { totalCount } } }`,
  list: `query($city: ID!, $industry: ID!) { companiesConnection(first: 50, sort: [{ id: ASC }],
    where: { city: { some: { id: { eq: $city } } }, segments: { some: { industry: { some: { id: { eq: $industry } } } } } }) {
    totalCount edges { node { id nameZh city { id nameZh } } } } }`,
  suppliers: `query($id: ID!) { companies(where: { id: { eq: $id } }) { suppliersConnection(first: 50, sort: [{ node: { id: ASC } }]) {
    totalCount edges { properties { product since } node { id nameZh city { id nameZh } } } } } }`,
};

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Membership status of a city in the corridor. */
export type CityRole =
  | 'APPLICANT'
  | 'MEMBER'
  | 'OTHER';

/** Whether something exists yet or is only announced. */
export type EstablishmentStatus =
  | 'ESTABLISHED'
  | 'PLANNED';

/** The kind of an entity; one per node label of the graph. */
export type NodeKind =
  | 'AGREEMENT'
  | 'ALLIANCE'
  | 'CITY'
  | 'COMPANY'
  | 'INDUSTRY'
  | 'PARK'
  | 'PROJECT'
  | 'SEGMENT'
  | 'SOURCE';

/** Level of a park. */
export type ParkLevel =
  | 'DEMONSTRATION'
  | 'NATIONAL'
  | 'OTHER'
  | 'PROVINCIAL';

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, synthetic: boolean }
     }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, cityId: string | null, synthetic: boolean }>, edges: Array<{ id: string, kind: string, source: string, target: string }> } };

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { node:
    | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { founded: string | null, memberCount: number | null, status: EstablishmentStatus, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { province: string, role: CityRole, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { listed: boolean | null, founded: string | null, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, city: { id: string, nameZh: string } | null, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { level: ParkLevel, status: EstablishmentStatus, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, city: { id: string, nameZh: string } | null, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
   | null };

export type CitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CitiesQuery = { cities: Array<{ id: string, nameZh: string, nameEn: string | null, role: CityRole }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SearchDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const CitiesDocument = new TypedDocumentString(`
    query Cities {
  cities {
    id
    nameZh
    nameEn
    role
  }
}
    `) as unknown as TypedDocumentString<CitiesQuery, CitiesQueryVariables>;
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Status of a segment x city cell (definitions in docs/analysis.md of the project). */
export type CoverageStatus =
  /** Covered. */
  | 'COVERED'
  /** None in this city, but some other selected city has one. */
  | 'LOCAL_GAP'
  /** No company of the selected cities operates in the segment. */
  | 'MISSING'
  /** The selected cities together have exactly one company in the segment (single source). */
  | 'WEAK';

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

export type PartnerSearchQueryVariables = Exact<{
  text: string;
}>;


export type PartnerSearchQuery = { search: Array<{ score: number, node:
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
      | { id: string, kind: NodeKind, nameZh: string, nameEn: string | null }
     }> };

export type PartnerTraceQueryVariables = Exact<{
  id: string;
}>;


export type PartnerTraceQuery = { trace: { truncated: boolean, nodes: Array<{ id: string, label: string, tier: number | null, cityId: string | null }>, edges: Array<{ source: string, target: string }> } };

export type PartnerCoverageQueryVariables = Exact<{
  industryId: string;
}>;


export type PartnerCoverageQuery = { chainCoverage: { rows: Array<{ status: CoverageStatus, segment: { nameZh: string }, cells: Array<{ count: number }> }> } };

export type PartnerGapsQueryVariables = Exact<{
  companyId: string;
}>;


export type PartnerGapsQuery = { supplierGaps: { segments: Array<{ isGap: boolean, segment: { nameZh: string }, candidates: Array<{ score: number, company: { nameZh: string } }> }> } };

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

export const PartnerSearchDocument = new TypedDocumentString(`
    query PartnerSearch($text: String!) {
  search(text: $text, first: 5) {
    score
    node {
      id
      kind
      nameZh
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSearchQuery, PartnerSearchQueryVariables>;
export const PartnerTraceDocument = new TypedDocumentString(`
    query PartnerTrace($id: ID!) {
  trace(companyId: $id, direction: BOTH, maxDepth: 2, limit: 50) {
    truncated
    nodes {
      id
      label
      tier
      cityId
    }
    edges {
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerTraceQuery, PartnerTraceQueryVariables>;
export const PartnerCoverageDocument = new TypedDocumentString(`
    query PartnerCoverage($industryId: ID!) {
  chainCoverage(industryId: $industryId) {
    rows {
      segment {
        nameZh
      }
      status
      cells {
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerCoverageQuery, PartnerCoverageQueryVariables>;
export const PartnerGapsDocument = new TypedDocumentString(`
    query PartnerGaps($companyId: ID!) {
  supplierGaps(companyId: $companyId, direction: UPSTREAM, first: 3) {
    segments {
      segment {
        nameZh
      }
      isGap
      candidates {
        company {
          nameZh
        }
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerGapsQuery, PartnerGapsQueryVariables>;
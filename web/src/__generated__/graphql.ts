/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a segment sits in its chain. */
export type ChainStage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

/** Membership status of a city in the corridor. */
export type CityRole =
  | 'APPLICANT'
  | 'MEMBER'
  | 'OTHER';

/** Filters of `companies`; all given filters must hold. */
export type CompanyFilter = {
  /** Member of this alliance. */
  allianceId?: string | null | undefined;
  /** Located in one of these cities (at most 30). */
  cityIds?: Array<string> | null | undefined;
  /** Operates in a segment of this industry. */
  industryId?: string | null | undefined;
  /** Chinese or English name or alias contains this text (at most 100 characters). */
  name?: string | null | undefined;
  /** In this park. */
  parkId?: string | null | undefined;
  /** Operates in this segment. */
  segmentId?: string | null | undefined;
  /** Only curated (false) or only synthetic (true) companies; both when omitted. */
  synthetic?: boolean | null | undefined;
};

/** A company to create or the fields to change. */
export type CompanyInput = {
  /** Other names. */
  aliases?: Array<string> | null | undefined;
  /** City the company is located in (replaces the current one). */
  cityId?: string | null | undefined;
  /** Founding date: YYYY, YYYY-MM or YYYY-MM-DD. */
  founded?: string | null | undefined;
  /** Id for a new company (`company:slug`); ignored by updateCompany. */
  id?: string | null | undefined;
  /** Listed on a stock exchange. */
  listed?: boolean | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Chinese name (1–200 characters). */
  nameZh?: string | null | undefined;
  /** Segments the company operates in (replaces the current ones). */
  segmentIds?: Array<string> | null | undefined;
  /** 18-character unified social credit code. */
  uscc?: string | null | undefined;
};

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

/** Whether something exists yet or is only announced. */
export type EstablishmentStatus =
  | 'ESTABLISHED'
  | 'PLANNED';

/** Which partners a gap is about. */
export type GapDirection =
  /** Customers (segments the company's feed). */
  | 'DOWNSTREAM'
  /** Suppliers (segments feeding the company's). */
  | 'UPSTREAM';

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

/** One change of a scenario; which fields it needs depends on `kind`. */
export type ScenarioChangeInput = {
  /** REMOVE_CITY and ADD_COMPANY: the city. */
  cityId?: string | null | undefined;
  /** REMOVE_COMPANY: the company; ADD_COMPANY: the new company's id (optional, company:whatif-N). */
  companyId?: string | null | undefined;
  /** ADD_LINK, REMOVE_LINK: the customer. */
  customerId?: string | null | undefined;
  /** What the change does. */
  kind: ScenarioChangeKind;
  /** ADD_COMPANY: its name (1–80 characters). */
  name?: string | null | undefined;
  /** ADD_COMPANY: the segment it operates in. */
  segmentId?: string | null | undefined;
  /** ADD_LINK, REMOVE_LINK: the supplier. */
  supplierId?: string | null | undefined;
};

/** What one change of a what-if scenario does. */
export type ScenarioChangeKind =
  /** A company that exists only in the scenario (`name`, `segmentId`, `cityId`; `companyId` company:whatif-N, given or assigned in order). */
  | 'ADD_COMPANY'
  /** A SUPPLIES link from `supplierId` to `customerId` (either may be a company the scenario added). */
  | 'ADD_LINK'
  /** Every company located in the city leaves (`cityId`). */
  | 'REMOVE_CITY'
  /** The company leaves (`companyId`): it and its links are gone in the scenario. */
  | 'REMOVE_COMPANY'
  /** The SUPPLIES link from `supplierId` to `customerId` is gone. */
  | 'REMOVE_LINK';

/** A scenario to save. */
export type ScenarioInput = {
  /** Its changes (0–200). */
  changes: Array<ScenarioChangeInput>;
  /** The scenario to replace; omitted: a new one. */
  id?: string | null | undefined;
  /** The industry it is about. */
  industryId?: string | null | undefined;
  /** Its name (1–80 characters). */
  name: string;
};

/** Why a segment is on a city's target list. */
export type TargetStatus =
  /** The city has no company in the segment; other member cities have. */
  | 'LOCAL_GAP'
  /** No member city has a company in the segment (no candidates in the corridor). */
  | 'MISSING'
  /** The city has exactly one company in the segment. */
  | 'SINGLE_SOURCE';

/** Which way to follow SUPPLIES. */
export type TraceDirection =
  /** Both ways. */
  | 'BOTH'
  /** Towards customers (tiers 1, 2, …). */
  | 'DOWNSTREAM'
  /** Towards suppliers (tiers -1, -2, …). */
  | 'UPSTREAM';

type EntityName_Agreement_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_Alliance_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_City_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_Company_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_Industry_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_Park_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_Project_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_Segment_Fragment = { id: string, nameZh: string, nameEn: string | null };

type EntityName_Source_Fragment = { id: string, nameZh: string, nameEn: string | null };

export type EntityNameFragment =
  | EntityName_Agreement_Fragment
  | EntityName_Alliance_Fragment
  | EntityName_City_Fragment
  | EntityName_Company_Fragment
  | EntityName_Industry_Fragment
  | EntityName_Park_Fragment
  | EntityName_Project_Fragment
  | EntityName_Segment_Fragment
  | EntityName_Source_Fragment
;

export type CitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CitiesQuery = { cities: Array<{ role: CityRole, lat: number, lng: number, id: string, nameZh: string, nameEn: string | null }> };

export type IndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustriesQuery = { industries: Array<{ id: string, nameZh: string, nameEn: string | null, segments: Array<{ id: string, nameZh: string, nameEn: string | null }> }> };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, cityId: string | null, synthetic: boolean, tier: number | null, date: string | null }>, edges: Array<{ id: string, kind: string, source: string, target: string }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, cityId: string | null, synthetic: boolean, tier: number | null, date: string | null }>, edges: Array<{ id: string, kind: string, source: string, target: string }> } };

export type TraceQueryVariables = Exact<{
  id: string;
  direction?: TraceDirection | null | undefined;
  maxDepth?: number | null | undefined;
  industryId?: string | null | undefined;
  cityIds?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
}>;


export type TraceQuery = { trace: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, cityId: string | null, synthetic: boolean, tier: number | null, date: string | null }>, edges: Array<{ id: string, kind: string, source: string, target: string }> } };

export type PathsQueryVariables = Exact<{
  fromId: string;
  toId: string;
  k?: number | null | undefined;
}>;


export type PathsQuery = { paths: { paths: Array<{ nodeIds: Array<string>, length: number }>, graph: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, labelEn: string | null, cityId: string | null, synthetic: boolean, tier: number | null, date: string | null }>, edges: Array<{ id: string, kind: string, source: string, target: string }> } } };

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { node:
    | { __typename: 'Agreement', id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'Alliance', founded: string | null, memberCount: number | null, status: EstablishmentStatus, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'City', province: string, role: CityRole, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'Company', listed: boolean | null, founded: string | null, supplierCount: number, customerCount: number, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, city: { id: string, nameZh: string, nameEn: string | null } | null, parks: Array<{ id: string, nameZh: string, nameEn: string | null }>, memberships: Array<{ role: string, alliance: { id: string, nameZh: string, nameEn: string | null } }>, segments: Array<{ id: string, nameZh: string, nameEn: string | null }>, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'Industry', id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'Park', level: ParkLevel, status: EstablishmentStatus, id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, city: { id: string, nameZh: string, nameEn: string | null } | null, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'Project', id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'Segment', id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
    | { __typename: 'Source', id: string, kind: NodeKind, nameZh: string, nameEn: string | null, aliases: Array<string>, synthetic: boolean, sources: Array<{ sourceId: string, title: string, publisher: string | null, publishedOn: string | null, quote: string | null }> }
   | null };

export type CoverageMatrixFragment = { industry: { id: string, nameZh: string, nameEn: string | null }, cities: Array<{ id: string, nameZh: string, nameEn: string | null }>, rows: Array<{ total: number, status: CoverageStatus, segment: { stage: ChainStage, position: number, id: string, nameZh: string, nameEn: string | null }, cells: Array<{ cityId: string, count: number, status: CoverageStatus }> }> };

export type CoverageQueryVariables = Exact<{
  industryId: string;
  pairs?: number | null | undefined;
}>;


export type CoverageQuery = { chainCoverage: { industry: { id: string, nameZh: string, nameEn: string | null }, cities: Array<{ id: string, nameZh: string, nameEn: string | null }>, rows: Array<{ total: number, status: CoverageStatus, segment: { stage: ChainStage, position: number, id: string, nameZh: string, nameEn: string | null }, cells: Array<{ cityId: string, count: number, status: CoverageStatus }> }> }, collaborationGaps: Array<{ potential: number, actual: number, ratio: number, from: { id: string }, to: { id: string } }>, resilience: { connectedDownstream: number, singleSourceSegments: Array<{ id: string }>, missingSegments: Array<{ id: string }>, cutCompanies: Array<{ stranded: number, company: { id: string, nameZh: string, nameEn: string | null } }> } };

export type CompaniesQueryVariables = Exact<{
  filter?: CompanyFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CompaniesQuery = { companies: { totalCount: number, edges: Array<{ node: { synthetic: boolean, id: string, nameZh: string, nameEn: string | null, city: { id: string, nameZh: string, nameEn: string | null } | null } }> } };

export type SupplierGapReportFieldsFragment = { segments: Array<{ isGap: boolean, ownSegment: { id: string, nameZh: string, nameEn: string | null }, segment: { id: string, nameZh: string, nameEn: string | null }, partners: Array<{ id: string, nameZh: string, nameEn: string | null }>, candidates: Array<{ score: number, distanceKm: number | null, company: { id: string, nameZh: string, nameEn: string | null, city: { id: string, nameZh: string, nameEn: string | null } | null }, reasons: Array<{ code: string, label: string, points: number, subjects: Array<string>, value: number | null }> }> }> };

export type SupplierGapsQueryVariables = Exact<{
  companyId: string;
  direction?: GapDirection | null | undefined;
  first?: number | null | undefined;
}>;


export type SupplierGapsQuery = { supplierGaps: { segments: Array<{ isGap: boolean, ownSegment: { id: string, nameZh: string, nameEn: string | null }, segment: { id: string, nameZh: string, nameEn: string | null }, partners: Array<{ id: string, nameZh: string, nameEn: string | null }>, candidates: Array<{ score: number, distanceKm: number | null, company: { id: string, nameZh: string, nameEn: string | null, city: { id: string, nameZh: string, nameEn: string | null } | null }, reasons: Array<{ code: string, label: string, points: number, subjects: Array<string>, value: number | null }> }> }> } };

export type ScenarioSupplierGapsQueryVariables = Exact<{
  industryId: string;
  changes: Array<ScenarioChangeInput> | ScenarioChangeInput;
  companyId: string;
  direction?: GapDirection | null | undefined;
  first?: number | null | undefined;
}>;


export type ScenarioSupplierGapsQuery = { whatIfSupplierGaps: { segments: Array<{ isGap: boolean, ownSegment: { id: string, nameZh: string, nameEn: string | null }, segment: { id: string, nameZh: string, nameEn: string | null }, partners: Array<{ id: string, nameZh: string, nameEn: string | null }>, candidates: Array<{ score: number, distanceKm: number | null, company: { id: string, nameZh: string, nameEn: string | null, city: { id: string, nameZh: string, nameEn: string | null } | null }, reasons: Array<{ code: string, label: string, points: number, subjects: Array<string>, value: number | null }> }> }> } };

export type AssignCompanyMutationVariables = Exact<{
  id: string;
  input: CompanyInput;
}>;


export type AssignCompanyMutation = { updateCompany: { ok: boolean, errors: Array<{ path: string, message: string }> } };

export type CorridorIndicatorsQueryVariables = Exact<{
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
}>;


export type CorridorIndicatorsQuery = { corridorIndicators: { years: Array<number>, cities: Array<{ companies: number, supplyLinks: number, crossCityLinks: number, collaborationShare: number, corridorLinks: number, outsideLinks: number, chainCompleteness: number, singleSourceSegments: number, alliances: number, parks: number, projects: number, city: { id: string }, companiesByIndustry: Array<{ companies: number, industry: { id: string } }>, trend: Array<{ year: number, companies: number, supplyLinks: number, crossCityLinks: number, corridorLinks: number, outsideLinks: number, alliances: number, projects: number }> }> } };

export type CorridorOverviewQueryVariables = Exact<{
  industryId?: string | null | undefined;
  since?: number | null | undefined;
  flows?: number | null | undefined;
}>;


export type CorridorOverviewQuery = { corridorOverview: { since: number | null, years: Array<number>, cities: Array<{ companies: number, city: { id: string }, industries: Array<{ companies: number, industry: { id: string } }> }>, links: Array<{ links: number, from: { id: string }, to: { id: string } }>, segments: Array<{ id: string }>, cells: Array<{ companies: number, city: { id: string }, segment: { id: string } }>, flows: Array<{ links: number, fromCity: { id: string }, fromSegment: { id: string }, toCity: { id: string }, toSegment: { id: string } }> } };

export type OverviewCityProfileQueryVariables = Exact<{
  cityId: string;
}>;


export type OverviewCityProfileQuery = { cityProfile: { companies: number, industries: Array<{ companies: number, industry: { id: string }, segments: Array<{ companies: number, segment: { id: string } }> }> } };

export type SegmentCompaniesQueryVariables = Exact<{
  segmentId: string;
  cityId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SegmentCompaniesQuery = { segmentCompanies: { totalCount: number, edges: Array<{ suppliers: number, customers: number, cursor: string, node: { id: string, nameZh: string, nameEn: string | null, city: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WhatIfQueryVariables = Exact<{
  industryId?: string | null | undefined;
  changes: Array<ScenarioChangeInput> | ScenarioChangeInput;
}>;


export type WhatIfQuery = { whatIf: { industry: { id: string }, coverage: { industry: { id: string, nameZh: string, nameEn: string | null }, cities: Array<{ id: string, nameZh: string, nameEn: string | null }>, rows: Array<{ total: number, status: CoverageStatus, segment: { stage: ChainStage, position: number, id: string, nameZh: string, nameEn: string | null }, cells: Array<{ cityId: string, count: number, status: CoverageStatus }> }> }, resilience: { singleSourceSegments: Array<{ id: string }>, missingSegments: Array<{ id: string }> }, diff: { strandedCount: number, rescuedCount: number, removedCount: number, addedCount: number, connectedDownstreamBefore: number, connectedDownstreamAfter: number, cells: Array<{ before: CoverageStatus, after: CoverageStatus, countBefore: number, countAfter: number, segment: { id: string, nameZh: string, nameEn: string | null }, city: { id: string, nameZh: string, nameEn: string | null } | null }>, stranded: Array<{ company: { id: string, nameZh: string, nameEn: string | null }, segments: Array<{ id: string, nameZh: string, nameEn: string | null }> }>, rescued: Array<{ company: { id: string, nameZh: string, nameEn: string | null }, segments: Array<{ id: string, nameZh: string, nameEn: string | null }> }>, cityPairs: Array<{ potentialBefore: number, potentialAfter: number, actualBefore: number, actualAfter: number, gapClosed: boolean, newlyLinked: boolean, from: { id: string, nameZh: string, nameEn: string | null }, to: { id: string, nameZh: string, nameEn: string | null } }> } } };

export type ScenarioFieldsFragment = { id: string, name: string, updatedAt: string, industry: { id: string, nameZh: string, nameEn: string | null } | null, changes: Array<{ kind: ScenarioChangeKind, companyId: string | null, cityId: string | null, segmentId: string | null, name: string | null, supplierId: string | null, customerId: string | null, company: { id: string, nameZh: string, nameEn: string | null } | null, city: { id: string, nameZh: string, nameEn: string | null } | null, segment: { id: string, nameZh: string, nameEn: string | null } | null, supplier: { id: string, nameZh: string, nameEn: string | null } | null, customer: { id: string, nameZh: string, nameEn: string | null } | null }> };

export type ScenarioQueryVariables = Exact<{
  id: string;
}>;


export type ScenarioQuery = { scenario: { id: string, name: string, updatedAt: string, industry: { id: string, nameZh: string, nameEn: string | null } | null, changes: Array<{ kind: ScenarioChangeKind, companyId: string | null, cityId: string | null, segmentId: string | null, name: string | null, supplierId: string | null, customerId: string | null, company: { id: string, nameZh: string, nameEn: string | null } | null, city: { id: string, nameZh: string, nameEn: string | null } | null, segment: { id: string, nameZh: string, nameEn: string | null } | null, supplier: { id: string, nameZh: string, nameEn: string | null } | null, customer: { id: string, nameZh: string, nameEn: string | null } | null }> } };

export type ScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosQuery = { scenarios: Array<{ id: string, name: string, updatedAt: string, industry: { id: string, nameZh: string, nameEn: string | null } | null, changes: Array<{ kind: ScenarioChangeKind, companyId: string | null, cityId: string | null, segmentId: string | null, name: string | null, supplierId: string | null, customerId: string | null, company: { id: string, nameZh: string, nameEn: string | null } | null, city: { id: string, nameZh: string, nameEn: string | null } | null, segment: { id: string, nameZh: string, nameEn: string | null } | null, supplier: { id: string, nameZh: string, nameEn: string | null } | null, customer: { id: string, nameZh: string, nameEn: string | null } | null }> }> };

export type SaveScenarioMutationVariables = Exact<{
  input: ScenarioInput;
}>;


export type SaveScenarioMutation = { saveScenario: { id: string, name: string, updatedAt: string, industry: { id: string, nameZh: string, nameEn: string | null } | null, changes: Array<{ kind: ScenarioChangeKind, companyId: string | null, cityId: string | null, segmentId: string | null, name: string | null, supplierId: string | null, customerId: string | null, company: { id: string, nameZh: string, nameEn: string | null } | null, city: { id: string, nameZh: string, nameEn: string | null } | null, segment: { id: string, nameZh: string, nameEn: string | null } | null, supplier: { id: string, nameZh: string, nameEn: string | null } | null, customer: { id: string, nameZh: string, nameEn: string | null } | null }> } };

export type DeleteScenarioMutationVariables = Exact<{
  id: string;
}>;


export type DeleteScenarioMutation = { deleteScenario: { ok: boolean } };

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

export type TargetListQueryVariables = Exact<{
  cityId: string;
  industryId: string;
  first?: number | null | undefined;
}>;


export type TargetListQuery = { targetList: { segments: Array<{ status: TargetStatus, cityCompanies: number, corridorCompanies: number, candidateCount: number, segment: { id: string }, candidates: Array<{ score: number, company: { uscc: string | null, id: string, nameZh: string, nameEn: string | null }, city: { id: string }, reasons: Array<{ code: string, points: number, subjects: Array<string>, value: number | null }> }> }> } };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: Array<{ id: string, name: string, updatedAt: string }> };

export type SavedViewQueryVariables = Exact<{
  id: string;
}>;


export type SavedViewQuery = { savedView: { id: string, name: string, state: unknown } };

export type SaveViewMutationVariables = Exact<{
  id?: string | null | undefined;
  name: string;
  state: unknown;
}>;


export type SaveViewMutation = { saveView: { id: string, name: string, updatedAt: string } };

export type RenameViewMutationVariables = Exact<{
  id: string;
  name: string;
}>;


export type RenameViewMutation = { renameView: { id: string, name: string } };

export type DeleteViewMutationVariables = Exact<{
  id: string;
}>;


export type DeleteViewMutation = { deleteView: { ok: boolean } };

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
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    id
    kind
    label
    labelEn
    cityId
    synthetic
    tier
    date
  }
  edges {
    id
    kind
    source
    target
  }
}
    `, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const EntityNameFragmentDoc = new TypedDocumentString(`
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
    `, {"fragmentName":"EntityName"}) as unknown as TypedDocumentString<EntityNameFragment, unknown>;
export const CoverageMatrixFragmentDoc = new TypedDocumentString(`
    fragment CoverageMatrix on ChainCoverage {
  industry {
    ...EntityName
  }
  cities {
    ...EntityName
  }
  rows {
    segment {
      ...EntityName
      stage
      position
    }
    total
    status
    cells {
      cityId
      count
      status
    }
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`, {"fragmentName":"CoverageMatrix"}) as unknown as TypedDocumentString<CoverageMatrixFragment, unknown>;
export const SupplierGapReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplierGapReportFields on SupplierGapReport {
  segments {
    ownSegment {
      ...EntityName
    }
    segment {
      ...EntityName
    }
    isGap
    partners {
      ...EntityName
    }
    candidates {
      company {
        ...EntityName
        city {
          ...EntityName
        }
      }
      score
      distanceKm
      reasons {
        code
        label
        points
        subjects
        value
      }
    }
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`, {"fragmentName":"SupplierGapReportFields"}) as unknown as TypedDocumentString<SupplierGapReportFieldsFragment, unknown>;
export const ScenarioFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScenarioFields on Scenario {
  id
  name
  updatedAt
  industry {
    ...EntityName
  }
  changes {
    kind
    companyId
    cityId
    segmentId
    name
    supplierId
    customerId
    company {
      ...EntityName
    }
    city {
      ...EntityName
    }
    segment {
      ...EntityName
    }
    supplier {
      ...EntityName
    }
    customer {
      ...EntityName
    }
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`, {"fragmentName":"ScenarioFields"}) as unknown as TypedDocumentString<ScenarioFieldsFragment, unknown>;
export const CitiesDocument = new TypedDocumentString(`
    query Cities {
  cities {
    ...EntityName
    role
    lat
    lng
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`) as unknown as TypedDocumentString<CitiesQuery, CitiesQueryVariables>;
export const IndustriesDocument = new TypedDocumentString(`
    query Industries {
  industries {
    ...EntityName
    segments {
      ...EntityName
    }
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`) as unknown as TypedDocumentString<IndustriesQuery, IndustriesQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    id
    kind
    label
    labelEn
    cityId
    synthetic
    tier
    date
  }
  edges {
    id
    kind
    source
    target
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const TraceDocument = new TypedDocumentString(`
    query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {
  trace(
    companyId: $id
    direction: $direction
    maxDepth: $maxDepth
    industryId: $industryId
    cityIds: $cityIds
    limit: $limit
  ) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    id
    kind
    label
    labelEn
    cityId
    synthetic
    tier
    date
  }
  edges {
    id
    kind
    source
    target
  }
}`) as unknown as TypedDocumentString<TraceQuery, TraceQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($fromId: ID!, $toId: ID!, $k: Int) {
  paths(fromId: $fromId, toId: $toId, k: $k) {
    paths {
      nodeIds
      length
    }
    graph {
      ...SubgraphFields
    }
  }
}
    fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    id
    kind
    label
    labelEn
    cityId
    synthetic
    tier
    date
  }
  edges {
    id
    kind
    source
    target
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
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
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($industryId: ID!, $pairs: Int) {
  chainCoverage(industryId: $industryId) {
    ...CoverageMatrix
  }
  collaborationGaps(industryId: $industryId, first: $pairs) {
    from {
      id
    }
    to {
      id
    }
    potential
    actual
    ratio
  }
  resilience(industryId: $industryId) {
    singleSourceSegments {
      id
    }
    missingSegments {
      id
    }
    cutCompanies {
      company {
        ...EntityName
      }
      stranded
    }
    connectedDownstream
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
fragment CoverageMatrix on ChainCoverage {
  industry {
    ...EntityName
  }
  cities {
    ...EntityName
  }
  rows {
    segment {
      ...EntityName
      stage
      position
    }
    total
    status
    cells {
      cityId
      count
      status
    }
  }
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const CompaniesDocument = new TypedDocumentString(`
    query Companies($filter: CompanyFilter, $first: Int) {
  companies(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        ...EntityName
        synthetic
        city {
          ...EntityName
        }
      }
    }
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`) as unknown as TypedDocumentString<CompaniesQuery, CompaniesQueryVariables>;
export const SupplierGapsDocument = new TypedDocumentString(`
    query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {
  supplierGaps(companyId: $companyId, direction: $direction, first: $first) {
    ...SupplierGapReportFields
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
fragment SupplierGapReportFields on SupplierGapReport {
  segments {
    ownSegment {
      ...EntityName
    }
    segment {
      ...EntityName
    }
    isGap
    partners {
      ...EntityName
    }
    candidates {
      company {
        ...EntityName
        city {
          ...EntityName
        }
      }
      score
      distanceKm
      reasons {
        code
        label
        points
        subjects
        value
      }
    }
  }
}`) as unknown as TypedDocumentString<SupplierGapsQuery, SupplierGapsQueryVariables>;
export const ScenarioSupplierGapsDocument = new TypedDocumentString(`
    query ScenarioSupplierGaps($industryId: ID!, $changes: [ScenarioChangeInput!]!, $companyId: ID!, $direction: GapDirection, $first: Int) {
  whatIfSupplierGaps(
    industryId: $industryId
    changes: $changes
    companyId: $companyId
    direction: $direction
    first: $first
  ) {
    ...SupplierGapReportFields
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
fragment SupplierGapReportFields on SupplierGapReport {
  segments {
    ownSegment {
      ...EntityName
    }
    segment {
      ...EntityName
    }
    isGap
    partners {
      ...EntityName
    }
    candidates {
      company {
        ...EntityName
        city {
          ...EntityName
        }
      }
      score
      distanceKm
      reasons {
        code
        label
        points
        subjects
        value
      }
    }
  }
}`) as unknown as TypedDocumentString<ScenarioSupplierGapsQuery, ScenarioSupplierGapsQueryVariables>;
export const AssignCompanyDocument = new TypedDocumentString(`
    mutation AssignCompany($id: ID!, $input: CompanyInput!) {
  updateCompany(id: $id, input: $input) {
    ok
    errors {
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AssignCompanyMutation, AssignCompanyMutationVariables>;
export const CorridorIndicatorsDocument = new TypedDocumentString(`
    query CorridorIndicators($fromYear: Int, $toYear: Int) {
  corridorIndicators(fromYear: $fromYear, toYear: $toYear) {
    years
    cities {
      city {
        id
      }
      companies
      companiesByIndustry {
        industry {
          id
        }
        companies
      }
      supplyLinks
      crossCityLinks
      collaborationShare
      corridorLinks
      outsideLinks
      chainCompleteness
      singleSourceSegments
      alliances
      parks
      projects
      trend {
        year
        companies
        supplyLinks
        crossCityLinks
        corridorLinks
        outsideLinks
        alliances
        projects
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorridorIndicatorsQuery, CorridorIndicatorsQueryVariables>;
export const CorridorOverviewDocument = new TypedDocumentString(`
    query CorridorOverview($industryId: ID, $since: Int, $flows: Int) {
  corridorOverview(industryId: $industryId, since: $since) {
    since
    years
    cities {
      city {
        id
      }
      companies
      industries {
        industry {
          id
        }
        companies
      }
    }
    links {
      from {
        id
      }
      to {
        id
      }
      links
    }
    segments {
      id
    }
    cells {
      city {
        id
      }
      segment {
        id
      }
      companies
    }
    flows(first: $flows) {
      fromCity {
        id
      }
      fromSegment {
        id
      }
      toCity {
        id
      }
      toSegment {
        id
      }
      links
    }
  }
}
    `) as unknown as TypedDocumentString<CorridorOverviewQuery, CorridorOverviewQueryVariables>;
export const OverviewCityProfileDocument = new TypedDocumentString(`
    query OverviewCityProfile($cityId: ID!) {
  cityProfile(cityId: $cityId) {
    companies
    industries {
      industry {
        id
      }
      companies
      segments {
        segment {
          id
        }
        companies
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewCityProfileQuery, OverviewCityProfileQueryVariables>;
export const SegmentCompaniesDocument = new TypedDocumentString(`
    query SegmentCompanies($segmentId: ID!, $cityId: ID, $first: Int, $after: String) {
  segmentCompanies(
    segmentId: $segmentId
    cityId: $cityId
    first: $first
    after: $after
  ) {
    edges {
      node {
        ...EntityName
        city {
          id
        }
      }
      suppliers
      customers
      cursor
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`) as unknown as TypedDocumentString<SegmentCompaniesQuery, SegmentCompaniesQueryVariables>;
export const WhatIfDocument = new TypedDocumentString(`
    query WhatIf($industryId: ID, $changes: [ScenarioChangeInput!]!) {
  whatIf(industryId: $industryId, changes: $changes) {
    industry {
      id
    }
    coverage {
      ...CoverageMatrix
    }
    resilience {
      singleSourceSegments {
        id
      }
      missingSegments {
        id
      }
    }
    diff {
      cells {
        segment {
          ...EntityName
        }
        city {
          ...EntityName
        }
        before
        after
        countBefore
        countAfter
      }
      stranded {
        company {
          ...EntityName
        }
        segments {
          ...EntityName
        }
      }
      strandedCount
      rescued {
        company {
          ...EntityName
        }
        segments {
          ...EntityName
        }
      }
      rescuedCount
      cityPairs {
        from {
          ...EntityName
        }
        to {
          ...EntityName
        }
        potentialBefore
        potentialAfter
        actualBefore
        actualAfter
        gapClosed
        newlyLinked
      }
      removedCount
      addedCount
      connectedDownstreamBefore
      connectedDownstreamAfter
    }
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
fragment CoverageMatrix on ChainCoverage {
  industry {
    ...EntityName
  }
  cities {
    ...EntityName
  }
  rows {
    segment {
      ...EntityName
      stage
      position
    }
    total
    status
    cells {
      cityId
      count
      status
    }
  }
}`) as unknown as TypedDocumentString<WhatIfQuery, WhatIfQueryVariables>;
export const ScenarioDocument = new TypedDocumentString(`
    query Scenario($id: ID!) {
  scenario(id: $id) {
    ...ScenarioFields
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
fragment ScenarioFields on Scenario {
  id
  name
  updatedAt
  industry {
    ...EntityName
  }
  changes {
    kind
    companyId
    cityId
    segmentId
    name
    supplierId
    customerId
    company {
      ...EntityName
    }
    city {
      ...EntityName
    }
    segment {
      ...EntityName
    }
    supplier {
      ...EntityName
    }
    customer {
      ...EntityName
    }
  }
}`) as unknown as TypedDocumentString<ScenarioQuery, ScenarioQueryVariables>;
export const ScenariosDocument = new TypedDocumentString(`
    query Scenarios {
  scenarios {
    ...ScenarioFields
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
fragment ScenarioFields on Scenario {
  id
  name
  updatedAt
  industry {
    ...EntityName
  }
  changes {
    kind
    companyId
    cityId
    segmentId
    name
    supplierId
    customerId
    company {
      ...EntityName
    }
    city {
      ...EntityName
    }
    segment {
      ...EntityName
    }
    supplier {
      ...EntityName
    }
    customer {
      ...EntityName
    }
  }
}`) as unknown as TypedDocumentString<ScenariosQuery, ScenariosQueryVariables>;
export const SaveScenarioDocument = new TypedDocumentString(`
    mutation SaveScenario($input: ScenarioInput!) {
  saveScenario(input: $input) {
    ...ScenarioFields
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}
fragment ScenarioFields on Scenario {
  id
  name
  updatedAt
  industry {
    ...EntityName
  }
  changes {
    kind
    companyId
    cityId
    segmentId
    name
    supplierId
    customerId
    company {
      ...EntityName
    }
    city {
      ...EntityName
    }
    segment {
      ...EntityName
    }
    supplier {
      ...EntityName
    }
    customer {
      ...EntityName
    }
  }
}`) as unknown as TypedDocumentString<SaveScenarioMutation, SaveScenarioMutationVariables>;
export const DeleteScenarioDocument = new TypedDocumentString(`
    mutation DeleteScenario($id: ID!) {
  deleteScenario(id: $id) {
    ok
  }
}
    `) as unknown as TypedDocumentString<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
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
export const TargetListDocument = new TypedDocumentString(`
    query TargetList($cityId: ID!, $industryId: ID!, $first: Int) {
  targetList(cityId: $cityId, industryId: $industryId, first: $first) {
    segments {
      segment {
        id
      }
      status
      cityCompanies
      corridorCompanies
      candidateCount
      candidates {
        company {
          ...EntityName
          uscc
        }
        city {
          id
        }
        score
        reasons {
          code
          points
          subjects
          value
        }
      }
    }
  }
}
    fragment EntityName on Entity {
  id
  nameZh
  nameEn
}`) as unknown as TypedDocumentString<TargetListQuery, TargetListQueryVariables>;
export const SavedViewsDocument = new TypedDocumentString(`
    query SavedViews {
  savedViews {
    id
    name
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SavedViewsQuery, SavedViewsQueryVariables>;
export const SavedViewDocument = new TypedDocumentString(`
    query SavedView($id: ID!) {
  savedView(id: $id) {
    id
    name
    state
  }
}
    `) as unknown as TypedDocumentString<SavedViewQuery, SavedViewQueryVariables>;
export const SaveViewDocument = new TypedDocumentString(`
    mutation SaveView($id: ID, $name: String!, $state: JSON!) {
  saveView(id: $id, name: $name, state: $state) {
    id
    name
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SaveViewMutation, SaveViewMutationVariables>;
export const RenameViewDocument = new TypedDocumentString(`
    mutation RenameView($id: ID!, $name: String!) {
  renameView(id: $id, name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RenameViewMutation, RenameViewMutationVariables>;
export const DeleteViewDocument = new TypedDocumentString(`
    mutation DeleteView($id: ID!) {
  deleteView(id: $id) {
    ok
  }
}
    `) as unknown as TypedDocumentString<DeleteViewMutation, DeleteViewMutationVariables>;
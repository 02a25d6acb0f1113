import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow } from '../modules/entities/entity.rows.js';
import type { CompanyPage, PartnerPage } from '../modules/companies/companies.service.js';
import type { CityProfileResult, CityIndustryResult, SegmentCountResult } from '../modules/cities/cities.service.js';
import type { OverviewAnswer, OverviewCityResult, IndustryCountResult, CityLinkResult, CellResult, FlowResult } from '../modules/overview/overview.js';
import type { SegmentCompanyPage, SegmentCompanyEdgeResult } from '../modules/overview/overview.service.js';
import type { IndicatorsAnswer, CityIndicatorsResult, CompletenessResult } from '../modules/overview/indicators.js';
import type { TargetListResult, TargetSegmentResult, TargetCandidateResult } from '../modules/targets/targets.service.js';
import type { ScenarioResult } from '../modules/scenarios/scenarios.service.js';
import type { ScenarioAnalysisResult, ScenarioDiffResult, CellChangeResult, CompanyChangeResult, CityPairChangeResult } from '../analysis/index.js';
import type { SavedViewResult } from '../modules/views/views.service.js';
import type { ChangeSetResult, ChangeSetPage, ChangedEntityPage } from '../modules/changes/index.js';
import type { GraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO 8601 date-time with its offset, e.g. `2026-12-04T09:30:00Z`. */
  DateTime: { input: Date; output: string; }
  /** Any JSON value (an import record). */
  JSON: { input: unknown; output: unknown; }
};

/** An agreement, plan or policy document. */
export type Agreement = Entity & {
  __typename?: 'Agreement';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Cities and companies that signed it. */
  signatories: Array<Entity>;
  /** Signing or publication date, where known. */
  signedOn?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  /** Where the document stands. */
  status: AgreementStatus;
  synthetic: Scalars['Boolean']['output'];
};

/** Status of an agreement or plan. */
export type AgreementStatus =
  | 'DRAFTING'
  | 'PLANNED'
  | 'PUBLISHED'
  | 'SIGNED';

/** An industry alliance of the corridor. */
export type Alliance = Entity & {
  __typename?: 'Alliance';
  aliases: Array<Scalars['String']['output']>;
  /** Founding date (YYYY, YYYY-MM or YYYY-MM-DD), where known. */
  founded?: Maybe<Scalars['String']['output']>;
  /** City hosting the alliance. */
  hostCity?: Maybe<City>;
  id: Scalars['ID']['output'];
  /** Industries the alliance focuses on. */
  industries: Array<Industry>;
  kind: NodeKind;
  /** Member count as last stated. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  sources: Array<Citation>;
  /** Established or only planned. */
  status: EstablishmentStatus;
  synthetic: Scalars['Boolean']['output'];
};

/** Segment x city coverage of an industry chain. */
export type ChainCoverage = {
  __typename?: 'ChainCoverage';
  /** Columns of the matrix. */
  cities: Array<City>;
  /** The industry. */
  industry: Industry;
  /** Rows, from upstream to downstream. */
  rows: Array<CoverageRow>;
};

/** Where a segment sits in its chain. */
export type ChainStage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

/**
 * One write's record (docs/changes.md): an import run, a registry import, a seed, a mutation — when, from which
 * source, by whom, and per node and link whether it was created, updated or deleted. Recorded in the write's own
 * transaction, so the data never changes without it.
 */
export type ChangeSet = {
  __typename?: 'ChangeSet';
  /** Who wrote: the API key's id, `cli` for the import command, `system` for the server's own seeding. */
  actor: Scalars['String']['output'];
  /** When its first part committed. */
  at: Scalars['DateTime']['output'];
  /** Entities it created. */
  created: Scalars['Int']['output'];
  /** Entities it deleted. */
  deleted: Scalars['Int']['output'];
  /** Its entities, in the order written (`first`: 1–1000, default 100). */
  entities: ChangedEntityConnection;
  /** Its id (`changeset:…`). */
  id: Scalars['ID']['output'];
  /** What wrote: `import:Company.csv`, `registry:export.xlsx`, `mutation:createCompany`, `seed:…`. */
  source: Scalars['String']['output'];
  /** Entities it updated. */
  updated: Scalars['Int']['output'];
};


/**
 * One write's record (docs/changes.md): an import run, a registry import, a seed, a mutation — when, from which
 * source, by whom, and per node and link whether it was created, updated or deleted. Recorded in the write's own
 * transaction, so the data never changes without it.
 */
export type ChangeSetEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Change sets, oldest first. */
export type ChangeSetConnection = {
  __typename?: 'ChangeSetConnection';
  /** This page. */
  edges: Array<ChangeSetEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
};

/** A page of change sets. */
export type ChangeSetEdge = {
  __typename?: 'ChangeSetEdge';
  /** Where this change set is; pass it as `after` for the ones after it. */
  cursor: Scalars['String']['output'];
  /** The change set. */
  node: ChangeSet;
};

/** One entity a change set names. */
export type ChangedEntity = {
  __typename?: 'ChangedEntity';
  /** Created, updated or deleted. */
  change: EntityChange;
  /** The fields an update changed (`city` and `segments` for a company's place in the chain); empty otherwise. */
  fields: Array<Scalars['String']['output']>;
  /** A node's id, or a link's `from|TYPE|to` (e.g. `company:a|SUPPLIES|company:b`). */
  id: Scalars['ID']['output'];
  /** The node's label (`Company` …) or the link's type (`SUPPLIES` …). */
  kind: Scalars['String']['output'];
};

/** A change set's entities, in the order they were written. */
export type ChangedEntityConnection = {
  __typename?: 'ChangedEntityConnection';
  /** This page. */
  edges: Array<ChangedEntityEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
};

/** A page of a change set's entities. */
export type ChangedEntityEdge = {
  __typename?: 'ChangedEntityEdge';
  /** Where this entity is; pass it as `after` for the ones after it. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: ChangedEntity;
};

/** A citation: the article that states a fact, and the words it uses. */
export type Citation = {
  __typename?: 'Citation';
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** Who published the article. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The short quote that supports the fact, in the article's own characters. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Id of the Source node. */
  sourceId: Scalars['ID']['output'];
  /** Article title. */
  title: Scalars['String']['output'];
};

/** A city of the corridor, or one applying to join. */
export type City = Entity & {
  __typename?: 'City';
  aliases: Array<Scalars['String']['output']>;
  /** Companies located in the city, ordered by id (the same page as `companies(filter: {cityIds: [id]})`). */
  companies: CompanyConnection;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  /** Latitude in degrees, for the geographic layout. */
  lat: Scalars['Float']['output'];
  /** Longitude in degrees, for the geographic layout. */
  lng: Scalars['Float']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Province or provincial-level municipality. */
  province: Scalars['String']['output'];
  /** Membership status. */
  role: CityRole;
  sources: Array<Citation>;
  synthetic: Scalars['Boolean']['output'];
};


/** A city of the corridor, or one applying to join. */
export type CityCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member city's indicators of innovation, collaboration and sharing (创新协作共享); definitions in docs/overview.md. */
export type CityIndicators = {
  __typename?: 'CityIndicators';
  /** Alliances hosted in the city. */
  alliances: Scalars['Int']['output'];
  /** Covered segments over all chains' segments. */
  chainCompleteness: Scalars['Float']['output'];
  /** The city. */
  city: City;
  /** crossCityLinks / supplyLinks, 0 without links: the share of the city's links that cross to other corridor cities. */
  collaborationShare: Scalars['Float']['output'];
  /** Companies located in it. */
  companies: Scalars['Int']['output'];
  /** Its companies per industry, most first. */
  companiesByIndustry: Array<IndustryCount>;
  /** Per industry: the chain's segments the city covers. */
  completeness: Array<IndustryCompleteness>;
  /** Links whose other end is in a member city, the city itself included. */
  corridorLinks: Scalars['Int']['output'];
  /** Links whose other end is in another member city. */
  crossCityLinks: Scalars['Int']['output'];
  /** Links whose other end is outside the corridor. */
  outsideLinks: Scalars['Int']['output'];
  /** Parks located in the city. */
  parks: Scalars['Int']['output'];
  /** Cross-region projects located in or involving the city. */
  projects: Scalars['Int']['output'];
  /** Segments whose only corridor company is in this city (single source, WEAK in chainCoverage). */
  singleSourceSegments: Scalars['Int']['output'];
  /** Supply links with a company of the city at either end (a link inside the city counts once). */
  supplyLinks: Scalars['Int']['output'];
  /** The indicators year by year, oldest first. */
  trend: Array<CityYearIndicators>;
};

/** A city's companies in one industry: in all, and per segment of the industry's chain. */
export type CityIndustry = {
  __typename?: 'CityIndustry';
  /** Companies of the city operating in any segment of the industry. */
  companies: Scalars['Int']['output'];
  /** The industry. */
  industry: Industry;
  /** Every segment of the chain, upstream first, with the city's count. */
  segments: Array<SegmentCount>;
};

/** SUPPLIES links from companies of one city to companies of another. */
export type CityLink = {
  __typename?: 'CityLink';
  /** The suppliers' city. */
  from: City;
  /** How many links. */
  links: Scalars['Int']['output'];
  /** The customers' city. */
  to: City;
};

/** Supply between two cities of one industry: what could be, and what is. */
export type CityPairGap = {
  __typename?: 'CityPairGap';
  /** Of those, the pairs already linked by SUPPLIES. */
  actual: Scalars['Int']['output'];
  /** The most promising unlinked pairs (up to 5). */
  bestUnlinked: Array<CompanyPair>;
  /** Supplying city. */
  from: City;
  /** Company pairs (a in from, b in to) with a's segment FEEDS b's. */
  potential: Scalars['Int']['output'];
  /** actual / potential (0 when potential is 0). */
  ratio: Scalars['Float']['output'];
  /** Customer city. */
  to: City;
};

/** A city at a glance: its companies, by industry and by chain segment. */
export type CityProfile = {
  __typename?: 'CityProfile';
  /** The city. */
  city: City;
  /** Companies located in the city. */
  companies: Scalars['Int']['output'];
  /** The industries the city's companies operate in, most companies first. */
  industries: Array<CityIndustry>;
};

/** Membership status of a city in the corridor. */
export type CityRole =
  | 'APPLICANT'
  | 'MEMBER'
  | 'OTHER';

/** A city's indicators as of the end of one year (what had begun by then; undated facts are left out). */
export type CityYearIndicators = {
  __typename?: 'CityYearIndicators';
  /** Alliances hosted in the city. */
  alliances: Scalars['Int']['output'];
  /** Companies founded by then. */
  companies: Scalars['Int']['output'];
  /** Of those, links whose other end is in a member city, the city itself included. */
  corridorLinks: Scalars['Int']['output'];
  /** Of those, links whose other end is in another member city (协作). */
  crossCityLinks: Scalars['Int']['output'];
  /** Of those, links whose other end is outside the corridor (another city or none). */
  outsideLinks: Scalars['Int']['output'];
  /** Projects located in or involving the city. */
  projects: Scalars['Int']['output'];
  /** Supply links with a company of the city at either end. */
  supplyLinks: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A company. */
export type Company = Entity & {
  __typename?: 'Company';
  aliases: Array<Scalars['String']['output']>;
  /** The city the company is located in. */
  city?: Maybe<City>;
  /** Number of companies this one supplies. */
  customerCount: Scalars['Int']['output'];
  /** Companies this one supplies, ordered by id, at most 500 per page. */
  customers: SupplyConnection;
  /** Founding date (YYYY, YYYY-MM or YYYY-MM-DD), where known. */
  founded?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  /** Whether the company is listed on a stock exchange; null when no source says. */
  listed?: Maybe<Scalars['Boolean']['output']>;
  /** Alliances the company belongs to, with its role. */
  memberships: Array<Membership>;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Parks the company is in. */
  parks: Array<Park>;
  /** Cross-region projects the company takes part in. */
  projects: Array<Project>;
  /** Chain segments the company operates in. */
  segments: Array<Segment>;
  sources: Array<Citation>;
  /** Number of companies supplying this one. */
  supplierCount: Scalars['Int']['output'];
  /** Companies that supply this one, ordered by id, at most 500 per page. */
  suppliers: SupplyConnection;
  synthetic: Scalars['Boolean']['output'];
  /** Unified social credit code, where known. */
  uscc?: Maybe<Scalars['String']['output']>;
};


/** A company. */
export type CompanyCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company. */
export type CompanySuppliersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of companies, ordered by id. */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** Companies of this page. */
  edges: Array<CompanyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many companies match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One company of a page. */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque cursor of this company. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: Company;
};

/** Filters of `companies`; all given filters must hold. */
export type CompanyFilter = {
  /** Member of this alliance. */
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  /** Located in one of these cities (at most 30). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Operates in a segment of this industry. */
  industryId?: InputMaybe<Scalars['ID']['input']>;
  /** Chinese or English name or alias contains this text (at most 100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** In this park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** Operates in this segment. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only curated (false) or only synthetic (true) companies; both when omitted. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A company to create or the fields to change. */
export type CompanyInput = {
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** City the company is located in (replaces the current one). */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Founding date: YYYY, YYYY-MM or YYYY-MM-DD. */
  founded?: InputMaybe<Scalars['String']['input']>;
  /** Id for a new company (`company:slug`); ignored by updateCompany. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Listed on a stock exchange. */
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  /** English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name (1–200 characters). */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Segments the company operates in (replaces the current ones). */
  segmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 18-character unified social credit code. */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** A pair of corridor companies that could be linked. */
export type CompanyPair = {
  __typename?: 'CompanyPair';
  /** The would-be customer. */
  customer: Company;
  /** The customer's segment. */
  customerSegment: Segment;
  /** The would-be supplier. */
  supplier: Company;
  /** The supplier's segment. */
  supplierSegment: Segment;
};

/** Result of a company write. */
export type CompanyPayload = {
  __typename?: 'CompanyPayload';
  /** The company as it is now. */
  company?: Maybe<Company>;
  /** Why it did not, field by field. */
  errors: Array<FieldError>;
  /** True when the write happened. */
  ok: Scalars['Boolean']['output'];
};

/** The corridor's indicators: one entry per member city, and the years of the trend. */
export type CorridorIndicators = {
  __typename?: 'CorridorIndicators';
  /** The member cities, by id. */
  cities: Array<CityIndicators>;
  /** Years of each city's trend, oldest first. */
  years: Array<Scalars['Int']['output']>;
};

/**
 * The whole corridor at a glance: cities with their companies per industry and the links crossing between cities; with an
 * industry, that chain's cells (city × segment) and flows. Answered from aggregates kept per corridor revision.
 */
export type CorridorOverview = {
  __typename?: 'CorridorOverview';
  /** Each city's companies per segment (of every chain, or of the industry's); only cells with companies. */
  cells: Array<OverviewCell>;
  /** The member cities, and any other city with companies. */
  cities: Array<OverviewCity>;
  /** With an industry: links between cells, inside a city and across cities, most links first; the first `first` (0–10000, default 2000). */
  flows: Array<SegmentFlow>;
  /** The industry the overview is narrowed to; null for all. */
  industry?: Maybe<Industry>;
  /** Links between two different cities, most first (with an industry: links whose two companies are both in it). */
  links: Array<CityLink>;
  /** With an industry: its segments in chain order (upstream first); otherwise empty. */
  segments: Array<Segment>;
  /** Only links that began in this year or later; null for all (links of unknown year included). */
  since?: Maybe<Scalars['Int']['output']>;
  /** Years in which links began, oldest first: the values `since` can usefully take. */
  years: Array<Scalars['Int']['output']>;
};


/**
 * The whole corridor at a glance: cities with their companies per industry and the links crossing between cities; with an
 * industry, that chain's cells (city × segment) and flows. Answered from aggregates kept per corridor revision.
 */
export type CorridorOverviewFlowsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One cell of the coverage matrix. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** City of the cell. */
  cityId: Scalars['ID']['output'];
  /** Companies of the segment located in the city. */
  count: Scalars['Int']['output'];
  /** Status of the cell. */
  status: CoverageStatus;
};

/** One row of the coverage matrix: a segment across the cities. */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  /** One cell per selected city, in the order of `cities`. */
  cells: Array<CoverageCell>;
  /** The segment. */
  segment: Segment;
  /** MISSING when total is 0, WEAK when 1, COVERED otherwise. */
  status: CoverageStatus;
  /** Companies of the segment over all selected cities. */
  total: Scalars['Int']['output'];
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

/** A company whose removal would strand downstream companies. */
export type CutCompany = {
  __typename?: 'CutCompany';
  /** The company. */
  company: Company;
  /** Downstream companies of the industry left with no supply path from any upstream company. */
  stranded: Scalars['Int']['output'];
};

/** Result of a delete. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** Why nothing was. */
  errors: Array<FieldError>;
  /** True when something was deleted. */
  ok: Scalars['Boolean']['output'];
};

/** Anything with a stable id and a name: every node of the graph. */
export type Entity = {
  /** Other names: abbreviations, traditional-character forms, former names. */
  aliases: Array<Scalars['String']['output']>;
  /** Stable id, unique per kind, prefixed by the kind (e.g. `city:hefei`). */
  id: Scalars['ID']['output'];
  /** Which kind of entity this is. */
  kind: NodeKind;
  /** English name, where known. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Chinese name. */
  nameZh: Scalars['String']['output'];
  /** Where this entity is stated. */
  sources: Array<Citation>;
  /** True for generated (synthetic) data, false for curated facts from the articles. */
  synthetic: Scalars['Boolean']['output'];
};

/** Whether a write created, updated or deleted an entity. */
export type EntityChange =
  /** It did not exist before the write. */
  | 'CREATED'
  /** It no longer exists. */
  | 'DELETED'
  /** It existed; `fields` says what moved. */
  | 'UPDATED';

/** Whether something exists yet or is only announced. */
export type EstablishmentStatus =
  | 'ESTABLISHED'
  | 'PLANNED';

/** An expected problem with a write, returned as data: which input field, and why. */
export type FieldError = {
  __typename?: 'FieldError';
  /** What is wrong and what is allowed. */
  message: Scalars['String']['output'];
  /** Path of the offending input field (e.g. `input.nameZh`, `records.3.lat`). */
  path: Scalars['String']['output'];
};

/** A company that could fill a gap. */
export type GapCandidate = {
  __typename?: 'GapCandidate';
  /** The candidate. */
  company: Company;
  /** Distance between the two companies' cities in km, when both are known. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** The reasons behind the score. */
  reasons: Array<ScoreReason>;
  /** Total score (sum of the reasons' points); higher is better. */
  score: Scalars['Float']['output'];
};

/** Which partners a gap is about. */
export type GapDirection =
  /** Customers (segments the company's feed). */
  | 'DOWNSTREAM'
  /** Suppliers (segments feeding the company's). */
  | 'UPSTREAM';

/** An edge of a graph-shaped answer, ready for Cytoscape. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable edge id (`source-TYPE-target`). */
  id: Scalars['ID']['output'];
  /** Relationship type, e.g. SUPPLIES. */
  kind: Scalars['String']['output'];
  /** Id of the start node. */
  source: Scalars['ID']['output'];
  /** Id of the end node. */
  target: Scalars['ID']['output'];
};

/** A node of a graph-shaped answer, ready for Cytoscape. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Id of the city the entity is located in (a City's own id for cities), for colouring. */
  cityId?: Maybe<Scalars['ID']['output']>;
  /** Founding or signing date of dated entities (alliances, projects, agreements, companies), for the timeline. */
  date?: Maybe<Scalars['String']['output']>;
  /** Entity id; also the Cytoscape element id. */
  id: Scalars['ID']['output'];
  /** Entity kind. */
  kind: NodeKind;
  /** Display label (Chinese name). */
  label: Scalars['String']['output'];
  /** English label, where known. */
  labelEn?: Maybe<Scalars['String']['output']>;
  /** True for synthetic data. */
  synthetic: Scalars['Boolean']['output'];
  /** Trace tier: 0 for the start, negative for suppliers, positive for customers; null outside `trace`. */
  tier?: Maybe<Scalars['Int']['output']>;
};

/** Liveness of the API and its database. */
export type Health = {
  __typename?: 'Health';
  /** Why the check failed, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** Round-trip time of the health query in milliseconds. */
  latencyMs?: Maybe<Scalars['Float']['output']>;
  /** Neo4j server version and edition, when it answered. */
  neo4j?: Maybe<Scalars['String']['output']>;
  /** True when Neo4j answered a trivial query within the health timeout. */
  ok: Scalars['Boolean']['output'];
};

/** Result of importRecords: the same validated, batched, idempotent import as the CLI. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Nodes and links created. */
  created: Scalars['Int']['output'];
  /** Each rejected record: `records.<index>.<field>` and why. */
  errors: Array<FieldError>;
  /** Records rejected. */
  invalid: Scalars['Int']['output'];
  /** True when the records were written. */
  ok: Scalars['Boolean']['output'];
  /** Records received. */
  rows: Scalars['Int']['output'];
  /** Records already in the graph as given. */
  unchanged: Scalars['Int']['output'];
  /** Nodes and links whose properties changed. */
  updated: Scalars['Int']['output'];
};

/** An industry the corridor focuses on (e.g. 新能源汽车). */
export type Industry = Entity & {
  __typename?: 'Industry';
  aliases: Array<Scalars['String']['output']>;
  /** Companies operating in any segment of this industry. */
  companyCount: Scalars['Int']['output'];
  /** FEEDS links between the segments. */
  feeds: Array<SegmentLink>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** The chain's segments, from upstream (position 1) to downstream. */
  segments: Array<Segment>;
  sources: Array<Citation>;
  synthetic: Scalars['Boolean']['output'];
};

/** How much of an industry's chain a city covers. */
export type IndustryCompleteness = {
  __typename?: 'IndustryCompleteness';
  /** Segments in which the city has at least one company. */
  coveredSegments: Scalars['Int']['output'];
  /** The industry. */
  industry: Industry;
  /** coveredSegments / segments (0 for a chain without segments). */
  ratio: Scalars['Float']['output'];
  /** Segments of the chain. */
  segments: Scalars['Int']['output'];
};

/** Companies of one industry somewhere. */
export type IndustryCount = {
  __typename?: 'IndustryCount';
  /** Companies operating in any segment of it (a company in two segments counts once). */
  companies: Scalars['Int']['output'];
  /** The industry. */
  industry: Industry;
};

/** A company's or park's membership of an alliance. */
export type Membership = {
  __typename?: 'Membership';
  /** The alliance. */
  alliance: Alliance;
  /** CHAIR or MEMBER. */
  role: Scalars['String']['output'];
};

/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Create a company (fails when the id exists). */
  createCompany: CompanyPayload;
  /** Create or update the SUPPLIES link between two companies. */
  createSupply: SupplyPayload;
  /** Delete a company and its links. */
  deleteCompany: DeletePayload;
  /** Delete a scenario (write scope); ok is false when there was none. */
  deleteScenario: DeletePayload;
  /** Delete the SUPPLIES link between two companies. */
  deleteSupply: DeletePayload;
  /** Delete a saved view (write scope); ok is false when there was none. */
  deleteView: DeletePayload;
  /** Import up to 5000 records (the import file format, as JSON objects). */
  importRecords: ImportResult;
  /** Rename a scenario (write scope). */
  renameScenario: Scenario;
  /** Rename a saved view (write scope). */
  renameView: SavedView;
  /** Save a scenario (write scope): a new one, or replace the one `input.id` names. */
  saveScenario: Scenario;
  /** Save the view under a name (write scope): a new one, or replace the state of the one `id` names. */
  saveView: SavedView;
  /** Change the given fields of a company; omitted fields stay. */
  updateCompany: CompanyPayload;
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationCreateCompanyArgs = {
  input: CompanyInput;
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationCreateSupplyArgs = {
  input: SupplyInput;
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationDeleteCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationDeleteScenarioArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationDeleteSupplyArgs = {
  customerId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationImportRecordsArgs = {
  records: Array<Scalars['JSON']['input']>;
  skipInvalid?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationRenameScenarioArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationRenameViewArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationSaveScenarioArgs = {
  input: ScenarioInput;
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationSaveViewArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  state: Scalars['JSON']['input'];
};


/**
 * Writes. Every mutation needs the `WRITE` scope: a key made with `npm run keys -- create --scope write`, or the
 * ADMIN_TOKEN.
 */
export type MutationUpdateCompanyArgs = {
  id: Scalars['ID']['input'];
  input: CompanyInput;
};

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

/** A chain segment in a city: how many of the city's companies operate in it. */
export type OverviewCell = {
  __typename?: 'OverviewCell';
  /** The city. */
  city: City;
  /** Companies of the city in the segment. */
  companies: Scalars['Int']['output'];
  /** The segment. */
  segment: Segment;
};

/** A city in the corridor overview. */
export type OverviewCity = {
  __typename?: 'OverviewCity';
  /** The city, with its coordinates. */
  city: City;
  /** Companies located in it (with an industry filter: of that industry). */
  companies: Scalars['Int']['output'];
  /** Its companies per industry, most first (with an industry filter: that one only). */
  industries: Array<IndustryCount>;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An industrial park, zone or cooperation demonstration park. */
export type Park = Entity & {
  __typename?: 'Park';
  aliases: Array<Scalars['String']['output']>;
  /** The city the park is located in. */
  city?: Maybe<City>;
  id: Scalars['ID']['output'];
  /** Industries the park focuses on. */
  industries: Array<Industry>;
  kind: NodeKind;
  /** National, provincial, corridor demonstration park or other. */
  level: ParkLevel;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  sources: Array<Citation>;
  /** Established or only planned (酝酿中 / 筹建). */
  status: EstablishmentStatus;
  synthetic: Scalars['Boolean']['output'];
};

/** Level of a park. */
export type ParkLevel =
  | 'DEMONSTRATION'
  | 'NATIONAL'
  | 'OTHER'
  | 'PROVINCIAL';

/** One neighbouring segment of one of the company's segments. */
export type PartnerSegment = {
  __typename?: 'PartnerSegment';
  /** Ranked candidates to fill the gap (empty when it is not one). At most `first`. */
  candidates: Array<GapCandidate>;
  /** True when there are no partners: a gap. */
  isGap: Scalars['Boolean']['output'];
  /** The company's own segment. */
  ownSegment: Segment;
  /** Current partners in that segment. */
  partners: Array<Company>;
  /** The segment feeding it (UPSTREAM) or fed by it (DOWNSTREAM). */
  segment: Segment;
};

/** The k shortest supply paths between two companies, as paths and as a subgraph. */
export type PathsResult = {
  __typename?: 'PathsResult';
  /** All companies and links of those paths. */
  graph: Subgraph;
  /** The paths found, shortest first (at most k). */
  paths: Array<SupplyPath>;
};

/** A cross-region industry-chain project. */
export type Project = Entity & {
  __typename?: 'Project';
  aliases: Array<Scalars['String']['output']>;
  /** The city the project is located in. */
  city?: Maybe<City>;
  id: Scalars['ID']['output'];
  /** Industries the project focuses on. */
  industries: Array<Industry>;
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Companies taking part. */
  participants: Array<Company>;
  /** Signing date (YYYY, YYYY-MM or YYYY-MM-DD), where known. */
  signedOn?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  /** Where the project stands. */
  status: ProjectStatus;
  synthetic: Scalars['Boolean']['output'];
};

/** Status of a cross-region project. */
export type ProjectStatus =
  | 'OPERATING'
  | 'PLANNED'
  | 'SIGNED'
  | 'UNDER_CONSTRUCTION';

/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type Query = {
  __typename?: 'Query';
  /** All agreements, plans and policies, by date. */
  agreements: Array<Agreement>;
  /** All alliances, by founding date. */
  alliances: Array<Alliance>;
  /**
   * Segment x city coverage of an industry; `cityIds` defaults to the nine member cities
   * (1–30 cities).
   */
  chainCoverage: ChainCoverage;
  /**
   * Every change set since `since` (all kept ones without it), oldest first, cursor paged — what a partner system
   * syncs from: keep the last `endCursor` and ask again with it (`first`: 1–500,
   * default 100). Change sets are kept for CHANGESET_RETENTION_DAYS.
   */
  changes: ChangeSetConnection;
  /** All cities, members first, then by Chinese name. */
  cities: Array<City>;
  /** A city by id. */
  city?: Maybe<City>;
  /** A city's companies by industry and chain segment; NOT_FOUND for an id that names no city. */
  cityProfile: CityProfile;
  /**
   * Ordered city pairs (member cities) ranked by unlinked potential (potential − actual), each with up to
   * 5 unlinked company pairs. `first`: 1–72, default
   * 20.
   */
  collaborationGaps: Array<CityPairGap>;
  /** Companies matching `filter`, a page at a time. `first`: 1–500, default 50; `after`: a cursor from `pageInfo`. */
  companies: CompanyConnection;
  /** A company by id. */
  company?: Maybe<Company>;
  /** The member cities' indicators, with a yearly trend from `fromYear` to `toYear` (at most 50 years; by default the last 15 up to the latest year anything began). */
  corridorIndicators: CorridorIndicators;
  /** The corridor at a glance, for all industries or one (`industryId`), counting links that began in `since` (1900–2100) or later. */
  corridorOverview: CorridorOverview;
  /** Whether the API and its Neo4j database answer. */
  health: Health;
  /** All industries, by Chinese name. */
  industries: Array<Industry>;
  /** An industry by id. */
  industry?: Maybe<Industry>;
  /**
   * The neighbourhood of an entity: everything within `depth` hops (1–3, default
   * 1), over any relationship except citations, at most `limit` nodes
   * (1–5000, default 200), nearest first.
   */
  neighborhood: Subgraph;
  /** Any entity by id. */
  node?: Maybe<Entity>;
  /** All parks and zones, by city then name. */
  parks: Array<Park>;
  /**
   * The k shortest directed supply paths from one company to another (`SHORTEST k`): `fromId` supplies, possibly
   * through others, `toId`. `maxLength`: 1–8 links (default
   * 6); `k`: 1–10 (default 3).
   */
  paths: PathsResult;
  /** All cross-region projects, by signing date. */
  projects: Array<Project>;
  /** Single-source and missing segments, and companies that cut the industry's chain. */
  resilience: Resilience;
  /** A saved view by id (what a shared link carries). */
  savedView: SavedView;
  /** Saved views, most recently saved first (`first`: 1–200, default 50). */
  savedViews: Array<SavedView>;
  /** A saved scenario by id (what a shared link carries). */
  scenario: Scenario;
  /** Saved scenarios, most recently saved first (`first`: 1–200, default 50). */
  scenarios: Array<Scenario>;
  /**
   * Search entities by name: Chinese full or partial names (two characters or more use the full-text index; a single
   * character falls back to substring matching), aliases, traditional forms, English names.
   * `text`: 1–100 characters. `first`: 1–100, default
   * 20.
   */
  search: Array<SearchHit>;
  /** Companies of a segment, in one city or all, most supply links first. `first`: 1–200, default 50. */
  segmentCompanies: SegmentCompanyConnection;
  /**
   * A company's supplier (UPSTREAM) or customer (DOWNSTREAM) gaps, with ranked candidates from the nine member
   * cities. Score: shared alliance +3, same park +2, same city +2, distance up to +2 (2 × (1 − km/500), 0 beyond
   * 500 km), track record up to +1.5 (0.5 × log2(1 + companies it already supplies/buys from, capped at 7)).
   * `first`: candidates per gap, 1–50 (default 10).
   */
  supplierGaps: SupplierGapReport;
  /** A city's target list for an industry: its gap and single-source segments with ranked candidates from the other member cities. `first` candidates per segment: 1–1000, default 20. Also as XLSX: GET /api/target-list.xlsx?city=…&industry=…&first=…&lang=zh|en. */
  targetList: TargetList;
  /**
   * Suppliers and/or customers of a company, tier by tier over SUPPLIES. `maxDepth`: 1–6 (default
   * 2); `limit`: nodes, 1–5000 (default 500), nearest tiers first;
   * `industryId` keeps only companies operating in that industry; `cityIds` (at most 30) only companies
   * located in those cities (the start company always stays).
   */
  trace: Subgraph;
  /**
   * An unsaved scenario: every analysis of the industry with `changes` applied (at most 200).
   * Without `industryId` the industry is the chain of the first company the changes name (its first segment's
   * industry): what a "what if it left" from a company needs, in one request. `industry` on the answer says which.
   */
  whatIf: ScenarioAnalysis;
  /**
   * A company's supplier (UPSTREAM) or customer (DOWNSTREAM) gaps with `changes` applied to the industry's graph:
   * its partners in the industry's segments as the scenario has them; candidates it removes gone, companies it brings
   * into a gap segment added (scored like any other). `first` as in supplierGaps.
   */
  whatIfSupplierGaps: SupplierGapReport;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryChainCoverageArgs = {
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  industryId: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryCityProfileArgs = {
  cityId: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryCollaborationGapsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  industryId: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryCorridorIndicatorsArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryCorridorOverviewArgs = {
  industryId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryIndustryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryPathsArgs = {
  fromId: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryResilienceArgs = {
  industryId: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QuerySavedViewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryScenariosArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  text: Scalars['String']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QuerySegmentCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  segmentId: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QuerySupplierGapsArgs = {
  companyId: Scalars['ID']['input'];
  direction?: InputMaybe<GapDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryTargetListArgs = {
  cityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  industryId: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryTraceArgs = {
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  companyId: Scalars['ID']['input'];
  direction?: InputMaybe<TraceDirection>;
  industryId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryWhatIfArgs = {
  changes: Array<ScenarioChangeInput>;
  industryId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form. Every query needs the `READ` scope.
 */
export type QueryWhatIfSupplierGapsArgs = {
  changes: Array<ScenarioChangeInput>;
  companyId: Scalars['ID']['input'];
  direction?: InputMaybe<GapDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  industryId: Scalars['ID']['input'];
};

/** How fragile an industry chain is. */
export type Resilience = {
  __typename?: 'Resilience';
  /** Downstream companies of the industry that have a supply path from an upstream company. */
  connectedDownstream: Scalars['Int']['output'];
  /** Companies that cut the chain, most stranded first (at most 100). */
  cutCompanies: Array<CutCompany>;
  /** The industry. */
  industry: Industry;
  /** Segments with no company in the corridor. */
  missingSegments: Array<Segment>;
  /** Segments with exactly one company in the corridor. */
  singleSourceSegments: Array<Segment>;
};

/** A saved view of the explorer: what was on the canvas, where, and how it was filtered, under a name. */
export type SavedView = {
  __typename?: 'SavedView';
  /** When it was first saved (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Stable id (view:…); a link with it restores the view exactly. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /**
   * What the web app saved: the mode and its options, the elements on the canvas (at most
   * 5000), the hidden ones, positions, layout and year. Opaque to partner systems.
   */
  state: Scalars['JSON']['output'];
  /** When it was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** A saved what-if scenario: named changes layered over the real graph, never written into it. */
export type Scenario = {
  __typename?: 'Scenario';
  /** Every analysis of an industry (default: the one it was built on) with the changes applied. */
  analysis: ScenarioAnalysis;
  /** Its changes, in the order they apply. */
  changes: Array<ScenarioChange>;
  /** When it was first saved (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Stable id (scenario:…); a link with it opens the scenario. */
  id: Scalars['ID']['output'];
  /** The industry it was built on, when one was given. */
  industry?: Maybe<Industry>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** When it was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};


/** A saved what-if scenario: named changes layered over the real graph, never written into it. */
export type ScenarioAnalysisArgs = {
  industryId?: InputMaybe<Scalars['ID']['input']>;
};

/** Every analysis of one industry on the graph as the scenario changes it, and the diff against the real graph. */
export type ScenarioAnalysis = {
  __typename?: 'ScenarioAnalysis';
  /** Collaboration gaps in the scenario (`first` as in collaborationGaps). */
  collaborationGaps: Array<CityPairGap>;
  /** Coverage in the scenario (`cityIds` as in chainCoverage). */
  coverage: ChainCoverage;
  /** What changed against the real graph. */
  diff: ScenarioDiff;
  /** The industry. */
  industry: Industry;
  /** Resilience in the scenario. */
  resilience: Resilience;
};


/** Every analysis of one industry on the graph as the scenario changes it, and the diff against the real graph. */
export type ScenarioAnalysisCollaborationGapsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every analysis of one industry on the graph as the scenario changes it, and the diff against the real graph. */
export type ScenarioAnalysisCoverageArgs = {
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A coverage cell (or a whole row, when `city` is null) whose status or count the scenario changes. */
export type ScenarioCellChange = {
  __typename?: 'ScenarioCellChange';
  /** Status in the scenario. */
  after: CoverageStatus;
  /** Status on the real graph. */
  before: CoverageStatus;
  /** The member city; null for the segment's row over all member cities. */
  city?: Maybe<City>;
  /** Companies in the scenario. */
  countAfter: Scalars['Int']['output'];
  /** Companies on the real graph. */
  countBefore: Scalars['Int']['output'];
  /** The segment. */
  segment: Segment;
};

/** One change of a scenario, as stored. */
export type ScenarioChange = {
  __typename?: 'ScenarioChange';
  /** The removed city, or the added company's city. */
  city?: Maybe<City>;
  /** The removed city, or the added company's city. */
  cityId?: Maybe<Scalars['ID']['output']>;
  /** The removed company (null for one the scenario added). */
  company?: Maybe<Company>;
  /** The removed or added company. */
  companyId?: Maybe<Scalars['ID']['output']>;
  /** The link's customer (null for a company the scenario added). */
  customer?: Maybe<Company>;
  /** The link's customer. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** What the change does. */
  kind: ScenarioChangeKind;
  /** The added company's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The added company's segment. */
  segment?: Maybe<Segment>;
  /** The added company's segment. */
  segmentId?: Maybe<Scalars['ID']['output']>;
  /** The link's supplier (null for a company the scenario added). */
  supplier?: Maybe<Company>;
  /** The link's supplier. */
  supplierId?: Maybe<Scalars['ID']['output']>;
};

/** One change of a scenario; which fields it needs depends on `kind`. */
export type ScenarioChangeInput = {
  /** REMOVE_CITY and ADD_COMPANY: the city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** REMOVE_COMPANY: the company; ADD_COMPANY: the new company's id (optional, company:whatif-N). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** ADD_LINK, REMOVE_LINK: the customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** What the change does. */
  kind: ScenarioChangeKind;
  /** ADD_COMPANY: its name (1–80 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ADD_COMPANY: the segment it operates in. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** ADD_LINK, REMOVE_LINK: the supplier. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
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

/** An ordered pair of member cities whose collaboration the scenario changes. */
export type ScenarioCityPairChange = {
  __typename?: 'ScenarioCityPairChange';
  /** Linked pairs in the scenario. */
  actualAfter: Scalars['Int']['output'];
  /** Linked pairs on the real graph. */
  actualBefore: Scalars['Int']['output'];
  /** Supplying city. */
  from: City;
  /** True when the pair had unlinked potential on the real graph and has none in the scenario. */
  gapClosed: Scalars['Boolean']['output'];
  /** True when the pair had no link on the real graph and has some in the scenario. */
  newlyLinked: Scalars['Boolean']['output'];
  /** Potential in the scenario. */
  potentialAfter: Scalars['Int']['output'];
  /** Potential on the real graph (see CityPairGap). */
  potentialBefore: Scalars['Int']['output'];
  /** Customer city. */
  to: City;
};

/** A company left without (stranded) or given (rescued) every supplier of some input segments. */
export type ScenarioCompanyChange = {
  __typename?: 'ScenarioCompanyChange';
  /** The company. */
  company: Company;
  /** The input segments (segments that FEED one of the company's) it lost or gained all its suppliers in. */
  segments: Array<Segment>;
};

/** What a scenario changes against the real graph, for one industry. */
export type ScenarioDiff = {
  __typename?: 'ScenarioDiff';
  /** Companies the scenario adds to the industry. */
  addedCount: Scalars['Int']['output'];
  /** Coverage cells and rows (member cities) whose status or count changed, in chain order. */
  cells: Array<ScenarioCellChange>;
  /** City pairs whose potential or linked pairs changed. */
  cityPairs: Array<ScenarioCityPairChange>;
  /** The same in the scenario. */
  connectedDownstreamAfter: Scalars['Int']['output'];
  /** Downstream companies with a supply path from an upstream one, on the real graph. */
  connectedDownstreamBefore: Scalars['Int']['output'];
  /** Companies of the industry the scenario removes. */
  removedCount: Scalars['Int']['output'];
  /** Companies given a supplier of an input segment they had none in (at most 500). */
  rescued: Array<ScenarioCompanyChange>;
  /** How many companies are rescued in all. */
  rescuedCount: Scalars['Int']['output'];
  /** Companies left without any supplier of an input segment they had one in (at most 500). */
  stranded: Array<ScenarioCompanyChange>;
  /** How many companies are stranded in all. */
  strandedCount: Scalars['Int']['output'];
};

/** A scenario to save. */
export type ScenarioInput = {
  /** Its changes (0–200). */
  changes: Array<ScenarioChangeInput>;
  /** The scenario to replace; omitted: a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The industry it is about. */
  industryId?: InputMaybe<Scalars['ID']['input']>;
  /** Its name (1–80 characters). */
  name: Scalars['String']['input'];
};

/** What a caller may do: the scopes of an API key (`npm run keys -- create --scope read|write|admin`). */
export type Scope =
  /** Everything. */
  | 'ADMIN'
  /** Queries. Every key has it; a caller without a key has it when anonymous read is on. */
  | 'READ'
  /** Mutations too: edits, imports, saved scenarios and saved views. */
  | 'WRITE';

/** Why a candidate scored what it did. */
export type ScoreReason = {
  __typename?: 'ScoreReason';
  /** Stable code: SHARED_ALLIANCE, SAME_PARK, SAME_CITY, DISTANCE, TRACK_RECORD; in target lists also CUSTOMERS_IN_CITY. */
  code: Scalars['String']['output'];
  /** Human-readable reason, in Chinese. */
  label: Scalars['String']['output'];
  /** Points this reason added. */
  points: Scalars['Float']['output'];
  /** What the reason names: the shared alliances (SHARED_ALLIANCE) or parks (SAME_PARK), by Chinese name; else empty. */
  subjects: Array<Scalars['String']['output']>;
  /** The measure behind the points: km for DISTANCE, partner count for TRACK_RECORD and CUSTOMERS_IN_CITY; null for the others. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** One search hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  node: Entity;
  /** Relevance; higher is better. Comparable only within one answer. */
  score: Scalars['Float']['output'];
};

/** One segment (link) of an industry chain, e.g. 电芯 in the new-energy-vehicle chain. */
export type Segment = Entity & {
  __typename?: 'Segment';
  aliases: Array<Scalars['String']['output']>;
  /** Companies operating in the segment, ordered by id; only those in the given cities when `cityIds` is set. */
  companies: CompanyConnection;
  /** Companies operating in this segment. */
  companyCount: Scalars['Int']['output'];
  /** Segments this one feeds. */
  downstream: Array<Segment>;
  id: Scalars['ID']['output'];
  /** The industry whose chain this segment belongs to. */
  industry?: Maybe<Industry>;
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Order within the chain, 1 = most upstream. */
  position: Scalars['Int']['output'];
  sources: Array<Citation>;
  /** Upstream, midstream or downstream. */
  stage: ChainStage;
  synthetic: Scalars['Boolean']['output'];
  /** Segments that feed this one. */
  upstream: Array<Segment>;
};


/** One segment (link) of an industry chain, e.g. 电芯 in the new-energy-vehicle chain. */
export type SegmentCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a segment's companies, most supply links first (then by id). */
export type SegmentCompanyConnection = {
  __typename?: 'SegmentCompanyConnection';
  /** Companies of this page. */
  edges: Array<SegmentCompanyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many companies the segment has (in the city, when one is given). */
  totalCount: Scalars['Int']['output'];
};

/** A company of a segment with its number of supply links. */
export type SegmentCompanyEdge = {
  __typename?: 'SegmentCompanyEdge';
  /** Opaque cursor of this company. */
  cursor: Scalars['String']['output'];
  /** Companies it supplies. */
  customers: Scalars['Int']['output'];
  /** The company. */
  node: Company;
  /** Companies supplying it. */
  suppliers: Scalars['Int']['output'];
};

/** How many companies of a city operate in one segment of a chain. */
export type SegmentCount = {
  __typename?: 'SegmentCount';
  /** Companies of the city in that segment (0 where the city has none: a local gap). */
  companies: Scalars['Int']['output'];
  /** The segment. */
  segment: Segment;
};

/** SUPPLIES links along one chain: from companies of one segment in one city to companies of another segment in a city. */
export type SegmentFlow = {
  __typename?: 'SegmentFlow';
  /** The suppliers' city. */
  fromCity: City;
  /** The suppliers' segment. */
  fromSegment: Segment;
  /** How many links (a pair of companies counts once per segment pair they share). */
  links: Scalars['Int']['output'];
  /** The customers' city (may be the suppliers' own). */
  toCity: City;
  /** The customers' segment. */
  toSegment: Segment;
};

/** A FEEDS link between two segments of a chain. */
export type SegmentLink = {
  __typename?: 'SegmentLink';
  /** The upstream segment. */
  from: Segment;
  /** The downstream segment it feeds. */
  to: Segment;
};

/** A source article. */
export type Source = Entity & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  /** File name of the article text under seeds/articles/. */
  file?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Publication date. */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** Publisher. */
  publisher: Scalars['String']['output'];
  sources: Array<Citation>;
  synthetic: Scalars['Boolean']['output'];
  /** Article title. */
  title: Scalars['String']['output'];
};

/** A graph-shaped answer. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Edges between the returned nodes. */
  edges: Array<GraphEdge>;
  /** Nodes, at most the requested limit. */
  nodes: Array<GraphNode>;
  /** True when the limit cut the answer short. */
  truncated: Scalars['Boolean']['output'];
};

/** Supplier or customer gaps of a company. */
export type SupplierGapReport = {
  __typename?: 'SupplierGapReport';
  /** The company. */
  company: Company;
  /** Which side was analysed. */
  direction: GapDirection;
  /** One entry per (own segment, neighbouring segment). */
  segments: Array<PartnerSegment>;
};

/** A page of one company's suppliers or customers, ordered by the partner's id. */
export type SupplyConnection = {
  __typename?: 'SupplyConnection';
  /** Links of this page. */
  edges: Array<SupplyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many suppliers (or customers) the company has in all. */
  totalCount: Scalars['Int']['output'];
};

/** A supply link seen from one company: the partner at its other end, and what the link records. */
export type SupplyEdge = {
  __typename?: 'SupplyEdge';
  /** Opaque cursor of this link. */
  cursor: Scalars['String']['output'];
  /** The supplier (in `suppliers`) or the customer (in `customers`). */
  node: Company;
  /** What is supplied, when known. */
  product?: Maybe<Scalars['String']['output']>;
  /** Year (or date) the supply began, when known. */
  since?: Maybe<Scalars['String']['output']>;
};

/** A supply link to create. */
export type SupplyInput = {
  /** Customer company. */
  customerId: Scalars['ID']['input'];
  /** What is supplied. */
  product?: InputMaybe<Scalars['String']['input']>;
  /** The words of the source that state it. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Since when: YYYY, YYYY-MM or YYYY-MM-DD. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Source ids stating the link. */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Supplying company. */
  supplierId: Scalars['ID']['input'];
};

/** A supply link. */
export type SupplyLink = {
  __typename?: 'SupplyLink';
  /** Customer company. */
  customer: Company;
  /** What is supplied. */
  product?: Maybe<Scalars['String']['output']>;
  /** Since when. */
  since?: Maybe<Scalars['String']['output']>;
  /** Supplying company. */
  supplier: Company;
};

/** One supply path: the ids of its companies, from the first supplier to the last customer. */
export type SupplyPath = {
  __typename?: 'SupplyPath';
  /** Number of SUPPLIES links. */
  length: Scalars['Int']['output'];
  /** Company ids along the path. */
  nodeIds: Array<Scalars['ID']['output']>;
};

/** Result of a supply-link write. */
export type SupplyPayload = {
  __typename?: 'SupplyPayload';
  /** Why it did not. */
  errors: Array<FieldError>;
  /** True when the write happened. */
  ok: Scalars['Boolean']['output'];
  /** The link as it is now. */
  supply?: Maybe<SupplyLink>;
};

/** A company of another member city that could fill a segment of the list. */
export type TargetCandidate = {
  __typename?: 'TargetCandidate';
  /** Alliances it shares with companies of the list's city. */
  alliances: Array<Scalars['String']['output']>;
  /** Its city. */
  city: City;
  /** The candidate. */
  company: Company;
  /** Companies of the list's city it already supplies. */
  customersInCity: Scalars['Int']['output'];
  /** Great-circle distance between its city and the list's city, in km. */
  distanceKm: Scalars['Float']['output'];
  /** Parks it shares with companies of the list's city, or parks in that city it is in. */
  parks: Array<Scalars['String']['output']>;
  /** Every point of the score with its reason. */
  reasons: Array<ScoreReason>;
  /** The documented score (see `supplierGaps`), plus 1 per company of the list's city it already supplies (at most 3). */
  score: Scalars['Float']['output'];
};

/** A city's investment-promotion target list (招商清单) for one industry. */
export type TargetList = {
  __typename?: 'TargetList';
  /** The city. */
  city: City;
  /** The industry. */
  industry: Industry;
  /** The chain's segments where the city has a local gap, a single source, or that the corridor misses, upstream first. */
  segments: Array<TargetSegment>;
};

/** One segment of a target list. */
export type TargetSegment = {
  __typename?: 'TargetSegment';
  /** How many candidates there are in all (the list gives the first `first`). */
  candidateCount: Scalars['Int']['output'];
  /** Candidates, best first (equal scores: more customers in the city first, then by id). */
  candidates: Array<TargetCandidate>;
  /** Companies of the list's city in the segment. */
  cityCompanies: Scalars['Int']['output'];
  /** Companies of all member cities in the segment. */
  corridorCompanies: Scalars['Int']['output'];
  /** The segment. */
  segment: Segment;
  /** Why it is listed. */
  status: TargetStatus;
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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agreement: ResolverTypeWrapper<EntityRow>;
  AgreementStatus: AgreementStatus;
  Alliance: ResolverTypeWrapper<EntityRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChainCoverage: ResolverTypeWrapper<Omit<ChainCoverage, 'cities' | 'industry' | 'rows'> & { cities: Array<ResolversTypes['City']>, industry: ResolversTypes['Industry'], rows: Array<ResolversTypes['CoverageRow']> }>;
  ChainStage: ChainStage;
  ChangeSet: ResolverTypeWrapper<ChangeSetResult>;
  ChangeSetConnection: ResolverTypeWrapper<ChangeSetPage>;
  ChangeSetEdge: ResolverTypeWrapper<Omit<ChangeSetEdge, 'node'> & { node: ResolversTypes['ChangeSet'] }>;
  ChangedEntity: ResolverTypeWrapper<ChangedEntity>;
  ChangedEntityConnection: ResolverTypeWrapper<ChangedEntityPage>;
  ChangedEntityEdge: ResolverTypeWrapper<ChangedEntityEdge>;
  Citation: ResolverTypeWrapper<Citation>;
  City: ResolverTypeWrapper<EntityRow>;
  CityIndicators: ResolverTypeWrapper<CityIndicatorsResult>;
  CityIndustry: ResolverTypeWrapper<CityIndustryResult>;
  CityLink: ResolverTypeWrapper<CityLinkResult>;
  CityPairGap: ResolverTypeWrapper<Omit<CityPairGap, 'bestUnlinked' | 'from' | 'to'> & { bestUnlinked: Array<ResolversTypes['CompanyPair']>, from: ResolversTypes['City'], to: ResolversTypes['City'] }>;
  CityProfile: ResolverTypeWrapper<CityProfileResult>;
  CityRole: CityRole;
  CityYearIndicators: ResolverTypeWrapper<CityYearIndicators>;
  Company: ResolverTypeWrapper<EntityRow>;
  CompanyConnection: ResolverTypeWrapper<CompanyPage>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  CompanyInput: CompanyInput;
  CompanyPair: ResolverTypeWrapper<Omit<CompanyPair, 'customer' | 'customerSegment' | 'supplier' | 'supplierSegment'> & { customer: ResolversTypes['Company'], customerSegment: ResolversTypes['Segment'], supplier: ResolversTypes['Company'], supplierSegment: ResolversTypes['Segment'] }>;
  CompanyPayload: ResolverTypeWrapper<Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  CorridorIndicators: ResolverTypeWrapper<IndicatorsAnswer>;
  CorridorOverview: ResolverTypeWrapper<OverviewAnswer>;
  CoverageCell: ResolverTypeWrapper<CoverageCell>;
  CoverageRow: ResolverTypeWrapper<Omit<CoverageRow, 'segment'> & { segment: ResolversTypes['Segment'] }>;
  CoverageStatus: CoverageStatus;
  CutCompany: ResolverTypeWrapper<Omit<CutCompany, 'company'> & { company: ResolversTypes['Company'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityChange: EntityChange;
  EstablishmentStatus: EstablishmentStatus;
  FieldError: ResolverTypeWrapper<FieldError>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapCandidate: ResolverTypeWrapper<Omit<GapCandidate, 'company'> & { company: ResolversTypes['Company'] }>;
  GapDirection: GapDirection;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  Industry: ResolverTypeWrapper<EntityRow>;
  IndustryCompleteness: ResolverTypeWrapper<CompletenessResult>;
  IndustryCount: ResolverTypeWrapper<IndustryCountResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Membership: ResolverTypeWrapper<Omit<Membership, 'alliance'> & { alliance: ResolversTypes['Alliance'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeKind: NodeKind;
  OverviewCell: ResolverTypeWrapper<CellResult>;
  OverviewCity: ResolverTypeWrapper<OverviewCityResult>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Park: ResolverTypeWrapper<EntityRow>;
  ParkLevel: ParkLevel;
  PartnerSegment: ResolverTypeWrapper<Omit<PartnerSegment, 'candidates' | 'ownSegment' | 'partners' | 'segment'> & { candidates: Array<ResolversTypes['GapCandidate']>, ownSegment: ResolversTypes['Segment'], partners: Array<ResolversTypes['Company']>, segment: ResolversTypes['Segment'] }>;
  PathsResult: ResolverTypeWrapper<PathsResult>;
  Project: ResolverTypeWrapper<EntityRow>;
  ProjectStatus: ProjectStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Resilience: ResolverTypeWrapper<Omit<Resilience, 'cutCompanies' | 'industry' | 'missingSegments' | 'singleSourceSegments'> & { cutCompanies: Array<ResolversTypes['CutCompany']>, industry: ResolversTypes['Industry'], missingSegments: Array<ResolversTypes['Segment']>, singleSourceSegments: Array<ResolversTypes['Segment']> }>;
  SavedView: ResolverTypeWrapper<SavedViewResult>;
  Scenario: ResolverTypeWrapper<ScenarioResult>;
  ScenarioAnalysis: ResolverTypeWrapper<ScenarioAnalysisResult>;
  ScenarioCellChange: ResolverTypeWrapper<CellChangeResult>;
  ScenarioChange: ResolverTypeWrapper<Omit<ScenarioChange, 'city' | 'company' | 'customer' | 'segment' | 'supplier'> & { city?: Maybe<ResolversTypes['City']>, company?: Maybe<ResolversTypes['Company']>, customer?: Maybe<ResolversTypes['Company']>, segment?: Maybe<ResolversTypes['Segment']>, supplier?: Maybe<ResolversTypes['Company']> }>;
  ScenarioChangeInput: ScenarioChangeInput;
  ScenarioChangeKind: ScenarioChangeKind;
  ScenarioCityPairChange: ResolverTypeWrapper<CityPairChangeResult>;
  ScenarioCompanyChange: ResolverTypeWrapper<CompanyChangeResult>;
  ScenarioDiff: ResolverTypeWrapper<ScenarioDiffResult>;
  ScenarioInput: ScenarioInput;
  Scope: Scope;
  ScoreReason: ResolverTypeWrapper<ScoreReason>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Entity'] }>;
  Segment: ResolverTypeWrapper<EntityRow>;
  SegmentCompanyConnection: ResolverTypeWrapper<SegmentCompanyPage>;
  SegmentCompanyEdge: ResolverTypeWrapper<SegmentCompanyEdgeResult>;
  SegmentCount: ResolverTypeWrapper<SegmentCountResult>;
  SegmentFlow: ResolverTypeWrapper<FlowResult>;
  SegmentLink: ResolverTypeWrapper<Omit<SegmentLink, 'from' | 'to'> & { from: ResolversTypes['Segment'], to: ResolversTypes['Segment'] }>;
  Source: ResolverTypeWrapper<EntityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  SupplierGapReport: ResolverTypeWrapper<Omit<SupplierGapReport, 'company' | 'segments'> & { company: ResolversTypes['Company'], segments: Array<ResolversTypes['PartnerSegment']> }>;
  SupplyConnection: ResolverTypeWrapper<PartnerPage>;
  SupplyEdge: ResolverTypeWrapper<Omit<SupplyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  SupplyInput: SupplyInput;
  SupplyLink: ResolverTypeWrapper<Omit<SupplyLink, 'customer' | 'supplier'> & { customer: ResolversTypes['Company'], supplier: ResolversTypes['Company'] }>;
  SupplyPath: ResolverTypeWrapper<SupplyPath>;
  SupplyPayload: ResolverTypeWrapper<Omit<SupplyPayload, 'supply'> & { supply?: Maybe<ResolversTypes['SupplyLink']> }>;
  TargetCandidate: ResolverTypeWrapper<TargetCandidateResult>;
  TargetList: ResolverTypeWrapper<TargetListResult>;
  TargetSegment: ResolverTypeWrapper<TargetSegmentResult>;
  TargetStatus: TargetStatus;
  TraceDirection: TraceDirection;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agreement: EntityRow;
  Alliance: EntityRow;
  Boolean: Scalars['Boolean']['output'];
  ChainCoverage: Omit<ChainCoverage, 'cities' | 'industry' | 'rows'> & { cities: Array<ResolversParentTypes['City']>, industry: ResolversParentTypes['Industry'], rows: Array<ResolversParentTypes['CoverageRow']> };
  ChangeSet: ChangeSetResult;
  ChangeSetConnection: ChangeSetPage;
  ChangeSetEdge: Omit<ChangeSetEdge, 'node'> & { node: ResolversParentTypes['ChangeSet'] };
  ChangedEntity: ChangedEntity;
  ChangedEntityConnection: ChangedEntityPage;
  ChangedEntityEdge: ChangedEntityEdge;
  Citation: Citation;
  City: EntityRow;
  CityIndicators: CityIndicatorsResult;
  CityIndustry: CityIndustryResult;
  CityLink: CityLinkResult;
  CityPairGap: Omit<CityPairGap, 'bestUnlinked' | 'from' | 'to'> & { bestUnlinked: Array<ResolversParentTypes['CompanyPair']>, from: ResolversParentTypes['City'], to: ResolversParentTypes['City'] };
  CityProfile: CityProfileResult;
  CityYearIndicators: CityYearIndicators;
  Company: EntityRow;
  CompanyConnection: CompanyPage;
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  CompanyInput: CompanyInput;
  CompanyPair: Omit<CompanyPair, 'customer' | 'customerSegment' | 'supplier' | 'supplierSegment'> & { customer: ResolversParentTypes['Company'], customerSegment: ResolversParentTypes['Segment'], supplier: ResolversParentTypes['Company'], supplierSegment: ResolversParentTypes['Segment'] };
  CompanyPayload: Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  CorridorIndicators: IndicatorsAnswer;
  CorridorOverview: OverviewAnswer;
  CoverageCell: CoverageCell;
  CoverageRow: Omit<CoverageRow, 'segment'> & { segment: ResolversParentTypes['Segment'] };
  CutCompany: Omit<CutCompany, 'company'> & { company: ResolversParentTypes['Company'] };
  DateTime: Scalars['DateTime']['output'];
  DeletePayload: DeletePayload;
  Entity: EntityRow;
  FieldError: FieldError;
  Float: Scalars['Float']['output'];
  GapCandidate: Omit<GapCandidate, 'company'> & { company: ResolversParentTypes['Company'] };
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  Health: Health;
  ID: Scalars['ID']['output'];
  ImportResult: ImportResult;
  Industry: EntityRow;
  IndustryCompleteness: CompletenessResult;
  IndustryCount: IndustryCountResult;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Membership: Omit<Membership, 'alliance'> & { alliance: ResolversParentTypes['Alliance'] };
  Mutation: Record<PropertyKey, never>;
  OverviewCell: CellResult;
  OverviewCity: OverviewCityResult;
  PageInfo: PageInfo;
  Park: EntityRow;
  PartnerSegment: Omit<PartnerSegment, 'candidates' | 'ownSegment' | 'partners' | 'segment'> & { candidates: Array<ResolversParentTypes['GapCandidate']>, ownSegment: ResolversParentTypes['Segment'], partners: Array<ResolversParentTypes['Company']>, segment: ResolversParentTypes['Segment'] };
  PathsResult: PathsResult;
  Project: EntityRow;
  Query: Record<PropertyKey, never>;
  Resilience: Omit<Resilience, 'cutCompanies' | 'industry' | 'missingSegments' | 'singleSourceSegments'> & { cutCompanies: Array<ResolversParentTypes['CutCompany']>, industry: ResolversParentTypes['Industry'], missingSegments: Array<ResolversParentTypes['Segment']>, singleSourceSegments: Array<ResolversParentTypes['Segment']> };
  SavedView: SavedViewResult;
  Scenario: ScenarioResult;
  ScenarioAnalysis: ScenarioAnalysisResult;
  ScenarioCellChange: CellChangeResult;
  ScenarioChange: Omit<ScenarioChange, 'city' | 'company' | 'customer' | 'segment' | 'supplier'> & { city?: Maybe<ResolversParentTypes['City']>, company?: Maybe<ResolversParentTypes['Company']>, customer?: Maybe<ResolversParentTypes['Company']>, segment?: Maybe<ResolversParentTypes['Segment']>, supplier?: Maybe<ResolversParentTypes['Company']> };
  ScenarioChangeInput: ScenarioChangeInput;
  ScenarioCityPairChange: CityPairChangeResult;
  ScenarioCompanyChange: CompanyChangeResult;
  ScenarioDiff: ScenarioDiffResult;
  ScenarioInput: ScenarioInput;
  ScoreReason: ScoreReason;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Entity'] };
  Segment: EntityRow;
  SegmentCompanyConnection: SegmentCompanyPage;
  SegmentCompanyEdge: SegmentCompanyEdgeResult;
  SegmentCount: SegmentCountResult;
  SegmentFlow: FlowResult;
  SegmentLink: Omit<SegmentLink, 'from' | 'to'> & { from: ResolversParentTypes['Segment'], to: ResolversParentTypes['Segment'] };
  Source: EntityRow;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  SupplierGapReport: Omit<SupplierGapReport, 'company' | 'segments'> & { company: ResolversParentTypes['Company'], segments: Array<ResolversParentTypes['PartnerSegment']> };
  SupplyConnection: PartnerPage;
  SupplyEdge: Omit<SupplyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  SupplyInput: SupplyInput;
  SupplyLink: Omit<SupplyLink, 'customer' | 'supplier'> & { customer: ResolversParentTypes['Company'], supplier: ResolversParentTypes['Company'] };
  SupplyPath: SupplyPath;
  SupplyPayload: Omit<SupplyPayload, 'supply'> & { supply?: Maybe<ResolversParentTypes['SupplyLink']> };
  TargetCandidate: TargetCandidateResult;
  TargetList: TargetListResult;
  TargetSegment: TargetSegmentResult;
};

export type RequiresScopeDirectiveArgs = {
  scope: Scope;
};

export type RequiresScopeDirectiveResolver<Result, Parent, ContextType = GraphContext, Args = RequiresScopeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreementResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostCity?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EstablishmentStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChainCoverageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChainCoverage'] = ResolversParentTypes['ChainCoverage']> = {
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CoverageRow']>, ParentType, ContextType>;
};

export type ChangeSetResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeSet'] = ResolversParentTypes['ChangeSet']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['ChangedEntityConnection'], ParentType, ContextType, RequireFields<ChangeSetEntitiesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeSetConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeSetConnection'] = ResolversParentTypes['ChangeSetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeSetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeSetEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeSetEdge'] = ResolversParentTypes['ChangeSetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType>;
};

export type ChangedEntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangedEntity'] = ResolversParentTypes['ChangedEntity']> = {
  change?: Resolver<ResolversTypes['EntityChange'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangedEntityConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangedEntityConnection'] = ResolversParentTypes['ChangedEntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangedEntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangedEntityEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangedEntityEdge'] = ResolversParentTypes['ChangedEntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangedEntity'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<CityCompaniesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CityRole'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CityIndicatorsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CityIndicators'] = ResolversParentTypes['CityIndicators']> = {
  alliances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chainCompleteness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  collaborationShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companiesByIndustry?: Resolver<Array<ResolversTypes['IndustryCount']>, ParentType, ContextType>;
  completeness?: Resolver<Array<ResolversTypes['IndustryCompleteness']>, ParentType, ContextType>;
  corridorLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crossCityLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outsideLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singleSourceSegments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplyLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['CityYearIndicators']>, ParentType, ContextType>;
};

export type CityIndustryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CityIndustry'] = ResolversParentTypes['CityIndustry']> = {
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['SegmentCount']>, ParentType, ContextType>;
};

export type CityLinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CityLink'] = ResolversParentTypes['CityLink']> = {
  from?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
};

export type CityPairGapResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CityPairGap'] = ResolversParentTypes['CityPairGap']> = {
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bestUnlinked?: Resolver<Array<ResolversTypes['CompanyPair']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  potential?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
};

export type CityProfileResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CityProfile'] = ResolversParentTypes['CityProfile']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['CityIndustry']>, ParentType, ContextType>;
};

export type CityYearIndicatorsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CityYearIndicators'] = ResolversParentTypes['CityYearIndicators']> = {
  alliances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corridorLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crossCityLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outsideLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplyLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['SupplyConnection'], ParentType, ContextType, RequireFields<CompanyCustomersArgs, 'first'>>;
  founded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  listed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parks?: Resolver<Array<ResolversTypes['Park']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  supplierCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suppliers?: Resolver<ResolversTypes['SupplyConnection'], ParentType, ContextType, RequireFields<CompanySuppliersArgs, 'first'>>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type CompanyPairResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CompanyPair'] = ResolversParentTypes['CompanyPair']> = {
  customer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  customerSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  supplierSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type CompanyPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CompanyPayload'] = ResolversParentTypes['CompanyPayload']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CorridorIndicatorsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CorridorIndicators'] = ResolversParentTypes['CorridorIndicators']> = {
  cities?: Resolver<Array<ResolversTypes['CityIndicators']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CorridorOverviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CorridorOverview'] = ResolversParentTypes['CorridorOverview']> = {
  cells?: Resolver<Array<ResolversTypes['OverviewCell']>, ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['OverviewCity']>, ParentType, ContextType>;
  flows?: Resolver<Array<ResolversTypes['SegmentFlow']>, ParentType, ContextType, RequireFields<CorridorOverviewFlowsArgs, 'first'>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['CityLink']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CoverageCellResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  cityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
};

export type CoverageRowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoverageRow'] = ResolversParentTypes['CoverageRow']> = {
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CutCompanyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CutCompany'] = ResolversParentTypes['CutCompany']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  stranded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Alliance' | 'City' | 'Company' | 'Industry' | 'Park' | 'Project' | 'Segment' | 'Source', ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapCandidateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GapCandidate'] = ResolversParentTypes['GapCandidate']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ScoreReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  cityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  neo4j?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feeds?: Resolver<Array<ResolversTypes['SegmentLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndustryCompletenessResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndustryCompleteness'] = ResolversParentTypes['IndustryCompleteness']> = {
  coveredSegments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  segments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndustryCount'] = ResolversParentTypes['IndustryCount']> = {
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MembershipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createCompany?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  createSupply?: Resolver<ResolversTypes['SupplyPayload'], ParentType, ContextType, RequireFields<MutationCreateSupplyArgs, 'input'>>;
  deleteCompany?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteCompanyArgs, 'id'>>;
  deleteScenario?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteScenarioArgs, 'id'>>;
  deleteSupply?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteSupplyArgs, 'customerId' | 'supplierId'>>;
  deleteView?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteViewArgs, 'id'>>;
  importRecords?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportRecordsArgs, 'records' | 'skipInvalid'>>;
  renameScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationRenameScenarioArgs, 'id' | 'name'>>;
  renameView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationRenameViewArgs, 'id' | 'name'>>;
  saveScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationSaveScenarioArgs, 'input'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'name' | 'state'>>;
  updateCompany?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'id' | 'input'>>;
};

export type OverviewCellResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OverviewCell'] = ResolversParentTypes['OverviewCell']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type OverviewCityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OverviewCity'] = ResolversParentTypes['OverviewCity']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['IndustryCount']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Park'] = ResolversParentTypes['Park']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ParkLevel'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EstablishmentStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerSegmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PartnerSegment'] = ResolversParentTypes['PartnerSegment']> = {
  candidates?: Resolver<Array<ResolversTypes['GapCandidate']>, ParentType, ContextType>;
  isGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type PathsResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PathsResult'] = ResolversParentTypes['PathsResult']> = {
  graph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['SupplyPath']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  alliances?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  chainCoverage?: Resolver<ResolversTypes['ChainCoverage'], ParentType, ContextType, RequireFields<QueryChainCoverageArgs, 'industryId'>>;
  changes?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  cityProfile?: Resolver<ResolversTypes['CityProfile'], ParentType, ContextType, RequireFields<QueryCityProfileArgs, 'cityId'>>;
  collaborationGaps?: Resolver<Array<ResolversTypes['CityPairGap']>, ParentType, ContextType, RequireFields<QueryCollaborationGapsArgs, 'first' | 'industryId'>>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  corridorIndicators?: Resolver<ResolversTypes['CorridorIndicators'], ParentType, ContextType, Partial<QueryCorridorIndicatorsArgs>>;
  corridorOverview?: Resolver<ResolversTypes['CorridorOverview'], ParentType, ContextType, Partial<QueryCorridorOverviewArgs>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryIndustryArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  parks?: Resolver<Array<ResolversTypes['Park']>, ParentType, ContextType>;
  paths?: Resolver<ResolversTypes['PathsResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromId' | 'k' | 'maxLength' | 'toId'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  resilience?: Resolver<ResolversTypes['Resilience'], ParentType, ContextType, RequireFields<QueryResilienceArgs, 'industryId'>>;
  savedView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'id'>>;
  savedViews?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QuerySavedViewsArgs, 'first'>>;
  scenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<QueryScenarioArgs, 'id'>>;
  scenarios?: Resolver<Array<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenariosArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  segmentCompanies?: Resolver<ResolversTypes['SegmentCompanyConnection'], ParentType, ContextType, RequireFields<QuerySegmentCompaniesArgs, 'first' | 'segmentId'>>;
  supplierGaps?: Resolver<ResolversTypes['SupplierGapReport'], ParentType, ContextType, RequireFields<QuerySupplierGapsArgs, 'companyId' | 'direction' | 'first'>>;
  targetList?: Resolver<ResolversTypes['TargetList'], ParentType, ContextType, RequireFields<QueryTargetListArgs, 'cityId' | 'first' | 'industryId'>>;
  trace?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryTraceArgs, 'companyId' | 'direction' | 'limit' | 'maxDepth'>>;
  whatIf?: Resolver<ResolversTypes['ScenarioAnalysis'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'changes'>>;
  whatIfSupplierGaps?: Resolver<ResolversTypes['SupplierGapReport'], ParentType, ContextType, RequireFields<QueryWhatIfSupplierGapsArgs, 'changes' | 'companyId' | 'direction' | 'first' | 'industryId'>>;
};

export type ResilienceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Resilience'] = ResolversParentTypes['Resilience']> = {
  connectedDownstream?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cutCompanies?: Resolver<Array<ResolversTypes['CutCompany']>, ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  missingSegments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  singleSourceSegments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScenarioResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = {
  analysis?: Resolver<ResolversTypes['ScenarioAnalysis'], ParentType, ContextType, Partial<ScenarioAnalysisArgs>>;
  changes?: Resolver<Array<ResolversTypes['ScenarioChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScenarioAnalysisResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScenarioAnalysis'] = ResolversParentTypes['ScenarioAnalysis']> = {
  collaborationGaps?: Resolver<Array<ResolversTypes['CityPairGap']>, ParentType, ContextType, RequireFields<ScenarioAnalysisCollaborationGapsArgs, 'first'>>;
  coverage?: Resolver<ResolversTypes['ChainCoverage'], ParentType, ContextType, Partial<ScenarioAnalysisCoverageArgs>>;
  diff?: Resolver<ResolversTypes['ScenarioDiff'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  resilience?: Resolver<ResolversTypes['Resilience'], ParentType, ContextType>;
};

export type ScenarioCellChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScenarioCellChange'] = ResolversParentTypes['ScenarioCellChange']> = {
  after?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  countAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type ScenarioChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScenarioChange'] = ResolversParentTypes['ScenarioChange']> = {
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  cityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScenarioChangeKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
  segmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  supplierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ScenarioCityPairChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScenarioCityPairChange'] = ResolversParentTypes['ScenarioCityPairChange']> = {
  actualAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actualBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  gapClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  newlyLinked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  potentialAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  potentialBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
};

export type ScenarioCompanyChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScenarioCompanyChange'] = ResolversParentTypes['ScenarioCompanyChange']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
};

export type ScenarioDiffResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScenarioDiff'] = ResolversParentTypes['ScenarioDiff']> = {
  addedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['ScenarioCellChange']>, ParentType, ContextType>;
  cityPairs?: Resolver<Array<ResolversTypes['ScenarioCityPairChange']>, ParentType, ContextType>;
  connectedDownstreamAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connectedDownstreamBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rescued?: Resolver<Array<ResolversTypes['ScenarioCompanyChange']>, ParentType, ContextType>;
  rescuedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stranded?: Resolver<Array<ResolversTypes['ScenarioCompanyChange']>, ParentType, ContextType>;
  strandedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScoreReasonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ScoreReason'] = ResolversParentTypes['ScoreReason']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SegmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<SegmentCompaniesArgs, 'first'>>;
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  downstream?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ChainStage'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  upstream?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SegmentCompanyConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SegmentCompanyConnection'] = ResolversParentTypes['SegmentCompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SegmentCompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentCompanyEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SegmentCompanyEdge'] = ResolversParentTypes['SegmentCompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  suppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SegmentCount'] = ResolversParentTypes['SegmentCount']> = {
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type SegmentFlowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SegmentFlow'] = ResolversParentTypes['SegmentFlow']> = {
  fromCity?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  fromSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toCity?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  toSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type SegmentLinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SegmentLink'] = ResolversParentTypes['SegmentLink']> = {
  from?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupplierGapReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupplierGapReport'] = ResolversParentTypes['SupplierGapReport']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['GapDirection'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['PartnerSegment']>, ParentType, ContextType>;
};

export type SupplyConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupplyConnection'] = ResolversParentTypes['SupplyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupplyEdge'] = ResolversParentTypes['SupplyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SupplyLinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupplyLink'] = ResolversParentTypes['SupplyLink']> = {
  customer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type SupplyPathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupplyPath'] = ResolversParentTypes['SupplyPath']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type SupplyPayloadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupplyPayload'] = ResolversParentTypes['SupplyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supply?: Resolver<Maybe<ResolversTypes['SupplyLink']>, ParentType, ContextType>;
};

export type TargetCandidateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TargetCandidate'] = ResolversParentTypes['TargetCandidate']> = {
  alliances?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  customersInCity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  parks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ScoreReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TargetListResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TargetList'] = ResolversParentTypes['TargetList']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['TargetSegment']>, ParentType, ContextType>;
};

export type TargetSegmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TargetSegment'] = ResolversParentTypes['TargetSegment']> = {
  candidateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['TargetCandidate']>, ParentType, ContextType>;
  cityCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corridorCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  ChainCoverage?: ChainCoverageResolvers<ContextType>;
  ChangeSet?: ChangeSetResolvers<ContextType>;
  ChangeSetConnection?: ChangeSetConnectionResolvers<ContextType>;
  ChangeSetEdge?: ChangeSetEdgeResolvers<ContextType>;
  ChangedEntity?: ChangedEntityResolvers<ContextType>;
  ChangedEntityConnection?: ChangedEntityConnectionResolvers<ContextType>;
  ChangedEntityEdge?: ChangedEntityEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityIndicators?: CityIndicatorsResolvers<ContextType>;
  CityIndustry?: CityIndustryResolvers<ContextType>;
  CityLink?: CityLinkResolvers<ContextType>;
  CityPairGap?: CityPairGapResolvers<ContextType>;
  CityProfile?: CityProfileResolvers<ContextType>;
  CityYearIndicators?: CityYearIndicatorsResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompanyPair?: CompanyPairResolvers<ContextType>;
  CompanyPayload?: CompanyPayloadResolvers<ContextType>;
  CorridorIndicators?: CorridorIndicatorsResolvers<ContextType>;
  CorridorOverview?: CorridorOverviewResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageRow?: CoverageRowResolvers<ContextType>;
  CutCompany?: CutCompanyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  GapCandidate?: GapCandidateResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryCompleteness?: IndustryCompletenessResolvers<ContextType>;
  IndustryCount?: IndustryCountResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OverviewCell?: OverviewCellResolvers<ContextType>;
  OverviewCity?: OverviewCityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Park?: ParkResolvers<ContextType>;
  PartnerSegment?: PartnerSegmentResolvers<ContextType>;
  PathsResult?: PathsResultResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resilience?: ResilienceResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioAnalysis?: ScenarioAnalysisResolvers<ContextType>;
  ScenarioCellChange?: ScenarioCellChangeResolvers<ContextType>;
  ScenarioChange?: ScenarioChangeResolvers<ContextType>;
  ScenarioCityPairChange?: ScenarioCityPairChangeResolvers<ContextType>;
  ScenarioCompanyChange?: ScenarioCompanyChangeResolvers<ContextType>;
  ScenarioDiff?: ScenarioDiffResolvers<ContextType>;
  ScoreReason?: ScoreReasonResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentCompanyConnection?: SegmentCompanyConnectionResolvers<ContextType>;
  SegmentCompanyEdge?: SegmentCompanyEdgeResolvers<ContextType>;
  SegmentCount?: SegmentCountResolvers<ContextType>;
  SegmentFlow?: SegmentFlowResolvers<ContextType>;
  SegmentLink?: SegmentLinkResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SupplierGapReport?: SupplierGapReportResolvers<ContextType>;
  SupplyConnection?: SupplyConnectionResolvers<ContextType>;
  SupplyEdge?: SupplyEdgeResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  SupplyPath?: SupplyPathResolvers<ContextType>;
  SupplyPayload?: SupplyPayloadResolvers<ContextType>;
  TargetCandidate?: TargetCandidateResolvers<ContextType>;
  TargetList?: TargetListResolvers<ContextType>;
  TargetSegment?: TargetSegmentResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphContext> = {
  requiresScope?: RequiresScopeDirectiveResolver<any, any, ContextType>;
};

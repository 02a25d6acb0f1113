import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow } from '../modules/entities/entity.rows.js';
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
};

/** An agreement, plan or policy document. */
export type Agreement = Entity & {
  __typename?: 'Agreement';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
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
  id: Scalars['ID']['output'];
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

/** Where a segment sits in its chain. */
export type ChainStage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

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

/** Membership status of a city in the corridor. */
export type CityRole =
  | 'APPLICANT'
  | 'MEMBER'
  | 'OTHER';

/** A company. */
export type Company = Entity & {
  __typename?: 'Company';
  aliases: Array<Scalars['String']['output']>;
  /** The city the company is located in. */
  city?: Maybe<City>;
  /** Founding date (YYYY, YYYY-MM or YYYY-MM-DD), where known. */
  founded?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  /** Whether the company is listed on a stock exchange; null when no source says. */
  listed?: Maybe<Scalars['Boolean']['output']>;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  sources: Array<Citation>;
  synthetic: Scalars['Boolean']['output'];
  /** Unified social credit code, where known. */
  uscc?: Maybe<Scalars['String']['output']>;
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

/** Whether something exists yet or is only announced. */
export type EstablishmentStatus =
  | 'ESTABLISHED'
  | 'PLANNED';

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

/** An industry the corridor focuses on (e.g. 新能源汽车). */
export type Industry = Entity & {
  __typename?: 'Industry';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  sources: Array<Citation>;
  synthetic: Scalars['Boolean']['output'];
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

/** An industrial park, zone or cooperation demonstration park. */
export type Park = Entity & {
  __typename?: 'Park';
  aliases: Array<Scalars['String']['output']>;
  /** The city the park is located in. */
  city?: Maybe<City>;
  id: Scalars['ID']['output'];
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

/** A cross-region industry-chain project. */
export type Project = Entity & {
  __typename?: 'Project';
  aliases: Array<Scalars['String']['output']>;
  /** The city the project is located in. */
  city?: Maybe<City>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
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
 * Science and Technology Innovation Corridor, and the industry chains they form.
 */
export type Query = {
  __typename?: 'Query';
  /** All cities, members first, then by Chinese name. */
  cities: Array<City>;
  /** A city by id. */
  city?: Maybe<City>;
  /** A company by id. */
  company?: Maybe<Company>;
  /** Whether the API and its Neo4j database answer. */
  health: Health;
  /**
   * The neighbourhood of an entity: everything within `depth` hops (1–3, default 1), over any relationship except
   * citations, at most `limit` nodes (1–5000, default 200), nearest first.
   */
  neighborhood: Subgraph;
  /** Any entity by id. */
  node?: Maybe<Entity>;
  /**
   * Search entities by name: Chinese full or partial names (two characters or more use the full-text index; a single
   * character falls back to substring matching), aliases, traditional forms, English names.
   * `text`: 1–100 characters. `first`: 1–100, default 20.
   */
  search: Array<SearchHit>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form.
 */
export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form.
 */
export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The G60 Chain Explorer API: companies, alliances, parks and cross-region projects of the Yangtze River Delta G60
 * Science and Technology Innovation Corridor, and the industry chains they form.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  text: Scalars['String']['input'];
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
  id: Scalars['ID']['output'];
  kind: NodeKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Order within the chain, 1 = most upstream. */
  position: Scalars['Int']['output'];
  sources: Array<Citation>;
  /** Upstream, midstream or downstream. */
  stage: ChainStage;
  synthetic: Scalars['Boolean']['output'];
};

/** A source article. */
export type Source = Entity & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  /** File name under seeds/ of the article text. */
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
  ChainStage: ChainStage;
  Citation: ResolverTypeWrapper<Citation>;
  City: ResolverTypeWrapper<EntityRow>;
  CityRole: CityRole;
  Company: ResolverTypeWrapper<EntityRow>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EstablishmentStatus: EstablishmentStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Industry: ResolverTypeWrapper<EntityRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  NodeKind: NodeKind;
  Park: ResolverTypeWrapper<EntityRow>;
  ParkLevel: ParkLevel;
  Project: ResolverTypeWrapper<EntityRow>;
  ProjectStatus: ProjectStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Entity'] }>;
  Segment: ResolverTypeWrapper<EntityRow>;
  Source: ResolverTypeWrapper<EntityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agreement: EntityRow;
  Alliance: EntityRow;
  Boolean: Scalars['Boolean']['output'];
  Citation: Citation;
  City: EntityRow;
  Company: EntityRow;
  Entity: EntityRow;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  Health: Health;
  ID: Scalars['ID']['output'];
  Industry: EntityRow;
  Int: Scalars['Int']['output'];
  Park: EntityRow;
  Project: EntityRow;
  Query: Record<PropertyKey, never>;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Entity'] };
  Segment: EntityRow;
  Source: EntityRow;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
};

export type AgreementResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EstablishmentStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type CompanyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  listed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Alliance' | 'City' | 'Company' | 'Industry' | 'Park' | 'Project' | 'Segment' | 'Source', ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  cityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  neo4j?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Park'] = ResolversParentTypes['Park']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ParkLevel'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EstablishmentStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
};

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SegmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ChainStage'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type Resolvers<ContextType = GraphContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  Park?: ParkResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
};


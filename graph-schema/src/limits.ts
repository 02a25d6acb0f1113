/**
 * Every size limit and default of the API, in one table. The SDL descriptions and argument defaults are filled
 * from it (`{{trace.maxDepth.max}}` in `graphql/*.graphql`, see `fillLimits`), the server validates against it, and
 * the web app sizes its controls from it. Change a number here and all three follow.
 *
 * This module is plain data with no imports, so the browser bundle can take it as it is.
 */

/** An integer argument: accepted from `min` to `max`; `default` when the client omits it. */
export interface IntRange {
  readonly min: number;
  readonly max: number;
  readonly default?: number;
}

export const LIMITS = {
  search: {
    /** Characters of the search text, after trimming. */
    text: { min: 1, max: 100 },
    first: { min: 1, max: 100, default: 20 },
  },
  neighborhood: {
    depth: { min: 1, max: 3, default: 1 },
    limit: { min: 1, max: 5000, default: 200 },
  },
  companies: {
    first: { min: 1, max: 500, default: 50 },
    /** Suppliers or customers of one company per page (`Company.suppliers`, `Company.customers`). */
    partners: { min: 1, max: 500, default: 50 },
    /** Characters of the name filter. */
    name: { min: 0, max: 100 },
    cityIds: { min: 0, max: 30 },
  },
  trace: {
    maxDepth: { min: 1, max: 6, default: 2 },
    limit: { min: 1, max: 5000, default: 500 },
    cityIds: { min: 0, max: 30 },
  },
  paths: {
    /** SUPPLIES links per path. */
    maxLength: { min: 1, max: 8, default: 6 },
    k: { min: 1, max: 10, default: 3 },
  },
  chainCoverage: {
    cityIds: { min: 1, max: 30 },
  },
  supplierGaps: {
    /** Candidates per gap. */
    first: { min: 1, max: 50, default: 10 },
  },
  collaborationGaps: {
    /** City pairs; 72 = all ordered pairs of the nine member cities. */
    first: { min: 1, max: 72, default: 20 },
    /** Unlinked company pairs proposed per city pair. */
    bestUnlinked: { min: 0, max: 5, default: 5 },
  },
  /** The corridor overview (modules/overview): years filter links by when they began. */
  corridorOverview: {
    since: { min: 1900, max: 2100 },
    /** Flows between cells, the largest first (an industry at L has ~5,000). */
    flows: { min: 0, max: 10_000, default: 2_000 },
  },
  /** Companies of one segment (and city), most linked first. */
  segmentCompanies: {
    first: { min: 1, max: 200, default: 50 },
  },
  /** The indicators' yearly trend: from `fromYear` to `toYear`, at most `span` years. */
  corridorIndicators: {
    year: { min: 1900, max: 2100 },
    span: { min: 1, max: 50, default: 15 },
  },
  /** A city's investment-promotion target list (招商清单): candidates per segment, best first. */
  targetList: {
    first: { min: 1, max: 1000, default: 20 },
  },
  /** What-if scenarios (docs/scenarios.md): changes layered over the real graph, never written into it. */
  scenario: {
    changes: { min: 0, max: 200 },
    name: { min: 1, max: 80 },
    /** Scenarios listed, most recently saved first. */
    first: { min: 1, max: 200, default: 50 },
    /** Companies listed as stranded or rescued in a diff (the counts are always whole). */
    companies: { min: 0, max: 500, default: 200 },
  },
  /** Saved views of the explorer (docs/saved-views.md). */
  changes: {
    /** Change sets a page of `changes` holds, oldest first. */
    first: { min: 1, max: 500, default: 100 },
    /** Entities a page of `ChangeSet.entities` holds. */
    entities: { min: 1, max: 1000, default: 100 },
    /** Days a change set is kept (CHANGESET_RETENTION_DAYS). */
    retentionDays: { min: 1, max: 36500, default: 365 },
  },
  savedView: {
    name: { min: 1, max: 80 },
    first: { min: 1, max: 200, default: 50 },
    /** Entities and links on a saved canvas. */
    elements: { min: 0, max: 5000 },
  },
  resilience: {
    /** Cutting companies listed, most stranding first. */
    cutCompanies: { min: 0, max: 100, default: 100 },
  },
  importRecords: {
    records: { min: 1, max: 5000 },
  },
  /** The import pipeline: rows per transaction (the usual advice for UNWIND … MERGE is 10k–50k). */
  import: {
    batchSize: { min: 1, max: 50_000, default: 10_000 },
    /** Megabytes of a `.json` file, which is read whole; CSV and JSON Lines stream at any size. */
    jsonMegabytes: { min: 0, max: 256 },
  },
  /** Fields of import records and mutation inputs (characters, or items for lists). */
  records: {
    id: { min: 1, max: 128 },
    name: { min: 1, max: 200 },
    aliases: { min: 0, max: 50 },
    quote: { min: 1, max: 500 },
    sources: { min: 0, max: 20 },
  },
  /** Every GraphQL request as a whole (GraphQL Armor). */
  request: {
    depth: { min: 1, max: 10 },
    cost: { min: 0, max: 20_000 },
    aliases: { min: 0, max: 15 },
    tokens: { min: 1, max: 3_000 },
    directives: { min: 0, max: 50 },
  },
} as const satisfies Record<string, Record<string, IntRange>>;

export type Limits = typeof LIMITS;

function limitAt(path: string): number {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], LIMITS);
  if (typeof value !== 'number') throw new Error(`unknown limit ${path}`);
  return value;
}

/**
 * Fills the SDL from LIMITS: `{{trace.maxDepth.max}}` in a description becomes 6, and an argument's
 * `@limitDefault(of: "trace.maxDepth")` becomes its default value, `= 2`. Both forms keep the files valid GraphQL
 * for editors and prettier. An unknown name is an error, not an empty string, so a typo fails the build.
 */
export function fillLimits(sdl: string): string {
  return sdl
    .replace(/\s*@limitDefault\(of:\s*"([\w.]+)"\)/g, (_, path: string) => ` = ${limitAt(`${path}.default`)}`)
    .replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => String(limitAt(path)));
}

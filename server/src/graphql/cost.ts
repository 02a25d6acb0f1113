/**
 * What a request will cost, priced before it runs, from its arguments as they will be — literals and variables
 * alike — and refused with QUERY_TOO_COMPLEX when it exceeds the request budget (LIMITS.request.cost). The units
 * are roughly milliseconds of database work on the synthetic corridor L; docs/security.md has the table.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { LIMITS, type IntRange } from '@g60/graph-schema';
import type { CostBudget } from './costBudget.js';
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

type Args = Record<string, unknown>;

/** A field's own cost, and how many times its sub-selection runs (a page of `first` runs it `first` times). */
interface Price {
  self: number;
  times?: number;
}

/** An integer argument as priced: the value sent, else the default, kept within the range (beyond it is refused anyway). */
function size(value: unknown, range: IntRange): number {
  const v = typeof value === 'number' && Number.isFinite(value) ? value : (range.default ?? range.max);
  return Math.max(0, Math.min(v, range.max));
}

const L = LIMITS;

/** The same fixed price for several fields. */
const flat = (self: number, fields: string[]) => Object.fromEntries(fields.map((f) => [f, () => ({ self })]));

/** Fields that cost more than one batched load. Everything else: 1 for an object field, 0 for a scalar. */
export const PRICES: Record<string, (a: Args) => Price> = {
  'Query.search': (a) => ({ self: 20, times: size(a.first, L.search.first) }),
  'Query.companies': (a) => ({ self: 20, times: size(a.first, L.companies.first) }),
  'City.companies': (a) => ({ self: 20, times: size(a.first, L.companies.first) }),
  'Segment.companies': (a) => ({ self: 20, times: size(a.first, L.companies.first) }),
  'Company.suppliers': (a) => ({ self: 5, times: size(a.first, L.companies.partners) }),
  'Company.customers': (a) => ({ self: 5, times: size(a.first, L.companies.partners) }),
  'Query.neighborhood': (a) => ({
    self: 5 * size(a.depth, L.neighborhood.depth) + Math.ceil(size(a.limit, L.neighborhood.limit) / 20),
  }),
  'Query.trace': (a) => ({
    self: 5 * size(a.maxDepth, L.trace.maxDepth) + Math.ceil(size(a.limit, L.trace.limit) / 20),
  }),
  'Query.paths': (a) => ({ self: 10 * size(a.k, L.paths.k) * size(a.maxLength, L.paths.maxLength) }),
  'Query.cityProfile': () => ({ self: 100 }),
  // The three whole-industry analyses share one computation per industry revision (about a second at L when cold,
  // a few milliseconds once stored): each is priced at the cold bound.
  'Query.chainCoverage': () => ({ self: 1000 }),
  'Query.supplierGaps': (a) => ({ self: 100, times: size(a.first, L.supplierGaps.first) }),
  'Query.collaborationGaps': (a) => ({ self: 1000, times: size(a.first, L.collaborationGaps.first) }),
  'Query.resilience': () => ({ self: 1000 }),
  // The corridor's aggregates: one computation per corridor revision (~4 s at L when cold), then a few ms.
  'Query.corridorOverview': () => ({ self: 1000 }),
  'Query.corridorIndicators': () => ({ self: 1000 }),
  'Query.targetList': (a) => ({ self: 200, times: Math.ceil(size(a.first, L.targetList.first) / 10) }),
  // A scenario's analyses: an industry's analysis run again on the changed graph (about a second at L).
  'Query.whatIf': () => ({ self: 1000 }),
  'Scenario.analysis': () => ({ self: 1000 }),
  'Query.whatIfSupplierGaps': (a) => ({ self: 100, times: size(a.first, L.supplierGaps.first) }),
  'Query.scenarios': (a) => ({ self: 5, times: size(a.first, L.scenario.first) }),
  'Query.savedViews': (a) => ({ self: 5, times: size(a.first, L.savedView.first) }),
  ...flat(
    50,
    ['saveScenario', 'renameScenario', 'deleteScenario', 'saveView', 'renameView', 'deleteView'].map(
      (f) => `Mutation.${f}`,
    ),
  ),
  'Query.segmentCompanies': (a) => ({ self: 20, times: size(a.first, L.segmentCompanies.first) }),
  ...flat(
    5,
    ['cities', 'industries', 'alliances', 'parks', 'projects', 'agreements'].map((f) => `Query.${f}`),
  ),
  ...flat(
    50,
    ['createCompany', 'updateCompany', 'deleteCompany', 'createSupply', 'deleteSupply'].map((f) => `Mutation.${f}`),
  ),
  'Mutation.importRecords': (a) => ({ self: 100 + (Array.isArray(a.records) ? a.records.length : 0) }),
};

/** The arguments a field will run with; when variables do not coerce, execution will refuse them anyway. */
function argsOf(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  vars: Args,
): Args {
  try {
    return getArgumentValues(field, node, vars);
  } catch {
    return {};
  }
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Args,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const costOf = (set: SelectionSetNode, type: GraphQLCompositeType, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[sel.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        const rule = PRICES[`${type.name}.${field.name}`];
        const price = rule ? rule(argsOf(field, sel, variables)) : { self: isCompositeType(named) ? 1 : 0 };
        const inner = sel.selectionSet && isCompositeType(named) ? costOf(sel.selectionSet, named, seen) : 0;
        total += price.self + (price.times ?? 1) * inner;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (on && isCompositeType(on)) total += costOf(sel.selectionSet, on, seen);
      } else {
        // A fragment spread once per path: cycles are invalid GraphQL, but pricing must not loop on them.
        const fragment = fragments.get(sel.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && on && isCompositeType(on) && !seen.has(fragment.name.value)) {
          total += costOf(fragment.selectionSet, on, new Set([...seen, fragment.name.value]));
        }
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

/**
 * Refuses, before anything runs, a request priced above the per-request limit (400 QUERY_TOO_COMPLEX), then
 * charges the caller's budget over time (429 RATE_LIMITED with Retry-After when it cannot pay).
 */
export function costLimit<C extends { caller: string }>(
  schema: GraphQLSchema,
  budget?: CostBudget,
  max = LIMITS.request.cost.max,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > max) {
            throw new GraphQLError(
              `query cost ${cost} is over the limit of ${max}: ask for fewer, smaller or cheaper fields`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit: max, http: { status: 400 } } },
            );
          }
          const charge = budget?.charge(contextValue.caller, cost);
          if (charge && !charge.ok) {
            const seconds = charge.retryAfterSeconds;
            throw new GraphQLError(
              `this caller's query budget is spent for now (this query costs ${cost}); try again in ${seconds} s`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  cost,
                  retryAfter: seconds,
                  http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
                },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * Every Cypher statement of the server, planned by the real Neo4j with the schema migrate applies: each one found in
 * the `*.cypher.ts` files (server/test/statements.ts) is run as `EXPLAIN` with example parameters of the types its
 * callers pass. A statement fails here when Neo4j cannot plan it, when its text uses a parameter its example does
 * not give (or the example gives one the text no longer uses), and — for the lookups listed in INDEXED — when its
 * plan does not use the index it is written for.
 *
 * Examples are keyed by statement name, not by file: a `*` stands for one part of a name (a label, a direction,
 * an anchor), so one entry covers a family made by perLabel, perDirection or a builder. A new statement needs an
 * entry here; an entry no statement matches fails too, so the table follows renames.
 */
import { LIMITS, REL_ENDPOINTS, REL_TYPES } from '@g60/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramNames } from './query.js';
import { smallCorridor } from '../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { declaredStatements, isStatement, type Statement } from '../../test/statements.js';
import { ImportStore } from '../import/import.store.js';
import { importRecords } from '../import/importer.js';

type Params = Record<string, unknown>;
type Builder = (...args: never[]) => unknown;

/**
 * How to call each exported builder for every statement it can make, by export name. An exported function of a
 * `*.cypher.ts` file missing here fails the test: say here what it builds (or `() => []` if nothing).
 */
const BUILDERS: Record<string, (build: Builder) => unknown[]> = {
  // One per (type, start label, end label) the model allows.
  upsertRelsQuery: (build) => {
    const b = build as (type: string, from: string, to: string) => unknown;
    return REL_TYPES.flatMap((t) => REL_ENDPOINTS[t].from.flatMap((f) => REL_ENDPOINTS[t].to.map((to) => b(t, f, to))));
  },
  // One per (parent label, type, direction) the model allows: OUT from a start label, IN from an end label.
  relatedQuery: (build) => {
    const b = build as (spec: { parent: string; type: string; direction: 'OUT' | 'IN' }) => unknown;
    return REL_TYPES.flatMap((type) => [
      ...REL_ENDPOINTS[type].from.map((parent) => b({ parent, type, direction: 'OUT' })),
      ...REL_ENDPOINTS[type].to.map((parent) => b({ parent, type, direction: 'IN' })),
    ]);
  },
  // k and the length bound are literals in the text: the ends and the default of each range.
  shortestPathsQuery: (build) => {
    const b = build as (k: number, maxLength: number) => unknown;
    const { k, maxLength } = LIMITS.paths;
    const points = (r: { min: number; max: number; default?: number }) => [
      ...new Set([r.min, r.default ?? r.min, r.max]),
    ];
    return points(k).flatMap((kk) => points(maxLength).map((max) => b(kk, max)));
  },
};

/**
 * What builders must refuse, by export name: the arguments that would put something else than the closed unions or
 * checked integers into Cypher text.
 */
const REFUSALS: Record<string, { args: unknown[]; error: RegExp }[]> = {
  upsertRelsQuery: [{ args: ['SUPPLIES', 'City', 'Company'], error: /no SUPPLIES between City and Company/ }],
  relatedQuery: [
    { args: [{ parent: 'Company) DETACH DELETE (x', type: 'SUPPLIES', direction: 'OUT' }], error: /not a node label/ },
  ],
  shortestPathsQuery: [
    { args: [0, 6], error: /k: must be from 1 to 10/ },
    { args: [3, 9], error: /maxLength: must be from 1 to 8/ },
    { args: [2.5, 6], error: /k: must be/ },
  ],
};

// Example values, of the types the stores pass.
const ids = ['company:dmegc', 'company:kaiwen'];
const eids = ['4:0b7e6f4e-0000-0000-0000-000000000000:1', '4:0b7e6f4e-0000-0000-0000-000000000000:2'];
const filter = {
  cityIds: ['city:jinhua', 'city:hefei'],
  industryId: 'industry:nm',
  segmentId: 'segment:nm.magnet',
  parkId: 'park:hengdian',
  allianceId: 'alliance:nm',
  name: '东磁',
  synthetic: null,
};
const page = { ...filter, after: 'company:a', first: 20 };
const nodeRows = [{ id: 'company:dmegc', props: { id: 'company:dmegc', nameZh: '横店东磁' } }];
const relRows = [{ from: 'company:kaiwen', to: 'company:dmegc', props: { product: '磁钢' } }];
const texts = ['东磁', '東磁'];
const saved = { id: 'scenario:1', name: '方案', body: '{}', by: 'key:1' };

const EXAMPLES: Record<string, Params> = {
  'access.allKeys': {},
  'access.createKey': { id: 'key:1', name: '嘉兴数据平台', scopes: ['read'], hash: 'sha256:…' },
  'access.keyById': { id: 'key:1' },
  'access.revokeKey': { id: 'key:1' },

  'analysis.cities': {},
  'analysis.industryFeeds': { industryId: 'industry:nm' },
  'analysis.industryProjection': { industryId: 'industry:nm' },
  'analysis.industrySegments': { industryId: 'industry:nm' },
  'analysis.memberCityPlaces': {},

  'catalog.all.*': {},
  'catalog.feeds': { ids: ['industry:nm', 'industry:nev'] },
  'catalog.industryCompanyCount': { ids: ['industry:nm', 'industry:nev'] },
  'catalog.segmentCompanyCount': { ids: ['segment:nm.magnet', 'segment:nm.powder'] },

  'changes.record': {
    changeSetId: 'changes:1',
    source: 'import',
    actor: 'key:1',
    created: 1,
    updated: 1,
    deleted: 0,
    ids,
    kinds: ['Company', 'Company'],
    changes: ['created', 'updated'],
    fields: ['', 'nameEn'],
  },

  'changes.list': { afterSeq: 0, since: '2026-01-01T00:00:00.000Z', limit: 101 },
  'changes.entities': { changeSetId: 'changeset:1', page: 1, index: 0, limit: 101 },
  'changes.prune': { days: 365 },

  'companies.cards': { ids },
  'companies.count.*': filter,
  'companies.count.Index': { ...filter, after: null },
  'companies.page.*': page,
  'companies.partners.*': { companyId: 'company:dmegc', after: null, first: 20 },
  'companies.probe': { ...page, window: 4000 },
  'companies.supplyDegree': { ids },

  'editing.deleteCompany': { id: 'company:dmegc' },
  'editing.deleteSupply': { from: 'company:kaiwen', to: 'company:dmegc' },
  'editing.setCompanyCity': { id: 'company:dmegc', cityId: 'city:jinhua' },
  'editing.setCompanySegments': { id: 'company:dmegc', segmentIds: ['segment:nm.magnet'] },
  'editing.supply': { from: 'company:kaiwen', to: 'company:dmegc' },
  'editing.upsertCompany': { id: 'company:dmegc', props: { id: 'company:dmegc', nameZh: '横店东磁' } },
  'editing.upsertSupply': { from: 'company:kaiwen', to: 'company:dmegc', props: { product: '磁钢' } },

  'entities.byIds.*': { ids },
  'entities.citations.*': { ids },
  'entities.cities': {},
  'entities.cityOf.*': { ids },

  'gaps.candidates.*': { companyId: 'company:dmegc', segmentIds: ['segment:nm.magnet', 'segment:nm.powder'] },
  'gaps.companyPlace': { companyId: 'company:dmegc' },
  'gaps.partners.*': { companyId: 'company:dmegc' },

  'health.components': {},

  'import.merge.*': { rows: nodeRows },
  'import.missing.*': { ids },
  'import.upsert.*': { rows: nodeRows },
  'import.upsert.*-*-*': { rows: relRows },

  'migrate.schemaObjects': {},

  'neighborhood.step': { frontier: eids, seen: eids, cap: 500 },

  'overview.chains': {},
  'overview.cities': {},
  'overview.companies': {},
  'overview.institutions': {},
  'overview.segmentCompanies': {
    segmentId: 'segment:nm.magnet',
    cityId: 'city:jinhua',
    afterDegree: 3,
    afterId: 'company:a',
    first: 20,
  },
  'overview.segmentCompanyCount': { segmentId: 'segment:nm.magnet', cityId: null },

  'registry.cityNames': {},
  'registry.companiesNamed': { names: ['横店集团东磁股份有限公司'] },
  'registry.parkNames': {},
  'registry.segmentNames': {},

  'related.*.*.*': { ids },

  'results.read': { key: 'industry:nm', known: '', format: 1 },
  'results.revision': { key: 'industry:nm' },
  'results.write': { key: 'industry:nm', revision: 'r1', payload: '{}', format: 1, ms: 812 },
  'results.corridor.read': { key: 'corridor', known: '', format: 1 },
  'results.corridor.revision': { key: 'corridor' },
  'results.corridor.write': { key: 'corridor', revision: 'r1', payload: '{}', format: 1, ms: 812 },

  'revisions.bump': {
    companyIds: ids,
    segmentIds: ['segment:nm.magnet'],
    industryIds: ['industry:nm'],
    everyIndustry: false,
  },

  '*.create': saved,
  '*.delete': { id: saved.id },
  '*.get': { id: saved.id },
  '*.list': { first: 50 },
  '*.update': { id: saved.id, name: saved.name, body: null },
  'scenario.industryOf': { id: 'company:dmegc' },

  'search.contains': { text: '磁', texts: ['磁'], keys: [], labels: null, first: 10 },
  'search.fulltext': {
    lucene: '(东磁) OR (東磁)',
    keysLucene: '"东磁" OR "東磁"',
    texts,
    keys: ['dongci'],
    labels: ['Company', 'Alliance'],
    first: 10,
    candidates: 50,
  },
  'search.setKeys.*': { rows: [{ id: 'company:dmegc', keys: ['hengdian', 'hddc'] }] },
  'search.withoutKeys.*': { after: '', limit: 1000 },

  'seed.hasAnyNode': { labels: ['Company', 'City'] },

  'subgraph.companyNodes': { ids },
  'subgraph.edgesBetween': { eids },
  'subgraph.node.*': { id: 'company:dmegc' },
  'subgraph.suppliesBetween': { eids },

  'targets.candidateNames': { ids },
  'targets.citySuppliers': { cityId: 'city:jinhua' },
  'targets.cityTies': { cityId: 'city:jinhua' },
  'targets.customersInCity': { ids, cityId: 'city:jinhua' },
  'targets.segmentCandidates': { segmentIds: ['segment:nm.magnet', 'segment:nm.powder'] },

  'trace.paths.*.*': { fromId: 'company:kaiwen', toId: 'company:dmegc' },
  'trace.step.*': { frontier: eids, seen: eids, cap: 500, industryId: 'industry:nm', cityIds: null },
};

/**
 * What a plan must show: an operator (its `(Locking)` variant, a write's, counts too) whose details contain `details`
 * (for an index, `:Label(property)`); with `starts`, as the operator the plan starts from (its leftmost leaf, the
 * side that drives every Apply), not only somewhere in it.
 */
interface Use {
  operator: string;
  details: string;
  starts?: boolean;
}
const seek = (label: string, property = 'id'): Use => ({
  operator: 'NodeUniqueIndexSeek',
  details: `:${label}(${property})`,
});
/** A lookup the whole statement starts from. */
const from = (label: string, property = 'id'): Use => ({ ...seek(label, property), starts: true });
/** A walk of the id index in order (a keyset page). */
const walk = (label: string): Use => ({
  operator: 'NodeUniqueIndexSeekByRange',
  details: `:${label}(id)`,
  starts: true,
});
const FULLTEXT: Use = { operator: 'ProcedureCall', details: 'db.index.fulltext.queryNodes' };
const TEXT_INDEX: Use = { operator: 'NodeIndexContainsScan', details: ':Company(nameZh)' };
/** The companies page and count anchors (companies.cypher.ts) and the index each starts from. */
const ANCHOR_USE: Record<string, Use> = {
  Segment: from('Segment'),
  Park: from('Park'),
  Alliance: from('Alliance'),
  Industry: from('Industry'),
  City: from('City'),
  Index: walk('Company'),
};

/**
 * The lookups whose speed rests on an index: by id (`{id: $id}`, `id IN $ids`, a MERGE on id), the full-text
 * and name searches, the company and segment lookups the pages and analyses start from. Each entry gets the parts
 * its `*`s matched.
 */
const INDEXED: Record<string, (parts: string[]) => Use[]> = {
  'access.keyById': () => [seek('ApiKey')],
  'access.revokeKey': () => [seek('ApiKey')],
  'changes.record': () => [seek('ChangeLog'), seek('ChangeSet')],
  'changes.entities': () => [{ operator: 'NodeIndexSeek', details: ':ChangeSetPage(changeSetId, page)', starts: true }],
  'companies.cards': () => [seek('Company')],
  'companies.count.*': ([anchor]) => [ANCHOR_USE[anchor as string] as Use],
  'companies.page.*': ([anchor]) => [ANCHOR_USE[anchor as string] as Use],
  'companies.partners.*': () => [from('Company')],
  'companies.probe': () => [walk('Company')],
  'companies.supplyDegree': () => [seek('Company')],
  'editing.deleteCompany': () => [seek('Company')],
  'editing.setCompanyCity': () => [seek('Company'), seek('City')],
  'editing.setCompanySegments': () => [seek('Company'), seek('Segment')],
  'editing.supply': () => [seek('Company')],
  'editing.upsertCompany': () => [seek('Company')],
  'editing.upsertSupply': () => [seek('Company')],
  'entities.byIds.*': ([label]) => [seek(label as string)],
  'gaps.candidates.*': () => [from('Company'), seek('Segment')],
  'gaps.companyPlace': () => [from('Company')],
  'gaps.partners.*': () => [from('Company')],
  'analysis.industryProjection': () => [from('Industry')],
  'import.merge.*': ([label]) => [seek(label as string)],
  'import.missing.*': ([label]) => [seek(label as string)],
  'import.upsert.*': ([label]) => [seek(label as string)],
  'import.upsert.*-*-*': ([from, , to]) => [seek(from as string), seek(to as string)],
  'overview.segmentCompanies': () => [from('Segment')],
  'overview.segmentCompanyCount': () => [from('Segment')],
  'related.*.*.*': ([parent]) => [seek(parent as string)],
  'results.read': () => [
    from('Industry'),
    seek('IndustryRevision', 'industryId'),
    seek('AnalysisResult', 'industryId'),
  ],
  'results.write': () => [seek('Industry'), seek('AnalysisResult', 'industryId')],
  'revisions.bump': () => [seek('Company'), seek('Segment'), seek('IndustryRevision', 'industryId')],
  'scenario.get': () => [seek('Scenario')],
  'savedView.get': () => [seek('SavedView')],
  'search.contains': () => [TEXT_INDEX],
  'search.fulltext': () => [FULLTEXT],
  'search.setKeys.*': ([label]) => [seek(label as string)],
  'subgraph.companyNodes': () => [seek('Company')],
  'subgraph.node.*': ([label]) => [seek(label as string)],
  'targets.candidateNames': () => [seek('Company')],
  'targets.citySuppliers': () => [from('City')],
  'targets.cityTies': () => [from('City')],
  'targets.customersInCity': () => [seek('Company')],
  'targets.segmentCandidates': () => [seek('Segment')],
  'trace.paths.*.*': () => [seek('Company')],
};

const patterns = new WeakMap<object, { key: string; pattern: RegExp }[]>();

/** The key of `table` that names `name`, exactly or with `*`s, and what its `*`s stand for. */
function entryFor(table: Record<string, unknown>, name: string): { key: string; parts: string[] } | undefined {
  if (name in table) return { key: name, parts: [] };
  let wild = patterns.get(table);
  if (!wild) {
    wild = Object.keys(table)
      .filter((key) => key.includes('*'))
      .map((key) => ({
        key,
        pattern: new RegExp(`^${key.replace(/[.-]/g, '\\$&').replaceAll('*', '([A-Za-z0-9_]+)')}$`),
      }));
    patterns.set(table, wild);
  }
  const matches = wild.flatMap(({ key, pattern }) => {
    const m = pattern.exec(name);
    return m ? [{ key, parts: m.slice(1) }] : [];
  });
  if (matches.length > 1) throw new Error(`${name} matches ${matches.map((m) => m.key).join(' and ')}: make one exact`);
  return matches[0];
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}
/** An operator as `Operator | details` (the `@neo4j` suffix and a write's `(Locking)` dropped). */
const shown = (plan: PlanNode) =>
  `${plan.operatorType.replace(/@.*$/, '').replace(/\(Locking\)$/, '')} | ${
    typeof plan.arguments.Details === 'string' ? plan.arguments.Details : ''
  }`;
/** Every operator of a plan, from the top. */
const operators = (plan: PlanNode): string[] => [shown(plan), ...plan.children.flatMap(operators)];
/** The operator the plan starts from: its leftmost leaf. */
const start = (plan: PlanNode): string => (plan.children[0] ? start(plan.children[0]) : shown(plan));

// What the source declares, and the builders' statements beside the exported ones.
const declared = await declaredStatements();
const unknownBuilders: string[] = [];
const built: { statement: Statement; file: string }[] = [];
for (const { name, file, build } of declared.builders) {
  const make = BUILDERS[name];
  if (!make) {
    unknownBuilders.push(`${file}: ${name}`);
    continue;
  }
  for (const statement of make(build)) {
    if (!isStatement(statement)) throw new Error(`${name} built something that is not a statement`);
    built.push({ statement, file });
  }
}
const all = [...declared.statements, ...built];
const byName = new Map<string, { statement: Statement; file: string }>();
const clashes: string[] = [];
for (const entry of all) {
  const other = byName.get(entry.statement.name);
  if (other && other.statement.text !== entry.statement.text) {
    clashes.push(`${entry.statement.name}: ${other.file} and ${entry.file}`);
  }
  if (!other) byName.set(entry.statement.name, entry);
}
const statements = [...byName.values()].sort((a, b) => a.statement.name.localeCompare(b.statement.name));

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  // Plans are made against statistics: the same small corridor every time, whatever the file before left behind.
  await graph.reset();
  const { errors } = await importRecords(new ImportStore(graph.executor), smallCorridor());
  expect(errors).toEqual([]);
});
afterAll(() => graph.close());

describe('the statements in *.cypher.ts', () => {
  it('are all found: every file loads, every builder is known, no name is taken twice', () => {
    expect(declared.failures).toEqual([]);
    expect(unknownBuilders).toEqual([]);
    expect(clashes).toEqual([]);
    const indexed = statements.filter((s) => entryFor(INDEXED, s.statement.name)).length;
    console.log(
      `${statements.length} statements from ${declared.files.length} files ` +
        `(${built.length} made by ${declared.builders.length} builders); ${indexed} checked for their index`,
    );
  });

  it('each have example parameters, and every example and index entry names a statement that exists', () => {
    const names = statements.map((s) => s.statement.name);
    expect(names.filter((name) => !entryFor(EXAMPLES, name))).toEqual([]);
    for (const table of [EXAMPLES, INDEXED]) {
      const used = new Set(names.map((n) => entryFor(table, n)?.key));
      expect(Object.keys(table).filter((key) => !used.has(key))).toEqual([]);
    }
  });

  it('are built only from what the builders check', () => {
    for (const { name, build } of declared.builders) {
      for (const { args, error } of REFUSALS[name] ?? []) {
        expect(() => (build as (...a: unknown[]) => unknown)(...args), `${name}(${JSON.stringify(args)})`).toThrow(
          error,
        );
      }
    }
    const known = new Set(declared.builders.map((b) => b.name));
    expect(Object.keys(REFUSALS).filter((name) => !known.has(name))).toEqual([]);
  });

  it.for(statements.map((s) => ({ ...s, name: s.statement.name })))(
    '$name plans with its parameters',
    async ({ statement }) => {
      const entry = entryFor(EXAMPLES, statement.name);
      if (!entry) throw new Error(`no example parameters for ${statement.name}: add them to EXAMPLES`);
      const params = EXAMPLES[entry.key] as Params;
      // The example gives exactly the parameters the text uses.
      expect(Object.keys(params).sort(), 'the parameters of the text').toEqual(paramNames(statement));

      const { summary } = await graph.executor.driver.executeQuery(`EXPLAIN ${statement.text}`, params);
      const missing = summary.notifications.filter(
        (n) => n.code === 'Neo.ClientNotification.Statement.ParameterNotProvided',
      );
      expect(missing.map((n) => n.description)).toEqual([]);

      const plan = summary.plan as unknown as PlanNode;
      const ops = operators(plan);
      const index = entryFor(INDEXED, statement.name);
      if (!index) return;
      for (const use of (INDEXED[index.key] as (parts: string[]) => Use[])(index.parts)) {
        const shows = (op: string) => op.startsWith(`${use.operator} |`) && op.includes(use.details);
        expect(
          use.starts ? shows(start(plan)) : ops.some(shows),
          `${use.operator} on ${use.details}${use.starts ? ' first' : ''} in:\n${ops.join('\n')}`,
        ).toBe(true);
      }
    },
  );
});

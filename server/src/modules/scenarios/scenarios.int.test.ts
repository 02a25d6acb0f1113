/**
 * What-if scenarios on the hand-built chain of test/chainFixture.ts, answers worked out by hand:
 *
 *   counts n(s, city) for industry:t:   a    b    w    c    d    e
 *                              X       1    1    0    2    0    0
 *                              Y       1    1    0    0    1    0
 *                              Z       0    1    1    0    1    0     corridor: 2 3 1 2 2 0
 *   SUPPLIES a1→c1, b1→c1, w1→c1, a2→c2, a1→c2, c1→d1, c2→d1, c1→d2
 *
 * w1 is the only company of segment w (WEAK) and c1's only supplier of w. X→Z: potential n(c,X)·n(d,Z) = 2, actual
 * 1 (c1→d2).
 */
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';

const TOKEN = 'scenario-test-admin';
const stage = stageApp(chainFixture, { adminToken: TOKEN });

const ANALYSIS = `
  industry { id }
  coverage { rows { segment { id } status total cells { cityId count status } } }
  collaborationGaps(first: 6) { from { id } to { id } potential actual }
  resilience { singleSourceSegments { id } missingSegments { id } connectedDownstream }
  diff {
    cells { segment { id } city { id } before after countBefore countAfter }
    stranded { company { id } segments { id } } strandedCount
    rescued { company { id } segments { id } } rescuedCount
    cityPairs { from { id } to { id } potentialBefore potentialAfter actualBefore actualAfter gapClosed newlyLinked }
    removedCount addedCount connectedDownstreamBefore connectedDownstreamAfter
  }`;
const WHAT_IF = `query($changes: [ScenarioChangeInput!]!) { whatIf(industryId: "industry:t", changes: $changes) { ${ANALYSIS} } }`;

const short = (id: string) => id.replace(/^(segment:t\.|company:t-|city:t)/, '');
const cell = (c: any) => [
  short(c.segment.id),
  c.city ? short(c.city.id) : null,
  c.before,
  c.after,
  c.countBefore,
  c.countAfter,
];

/** The real graph as the tests can see it: every node and link, the industry's revision and its coverage. */
async function realGraph() {
  const [counts] = await stage.graph.query(
    `MATCH (n) WHERE NOT n:Scenario AND NOT n:SavedView AND NOT n:AnalysisResult AND NOT n:CorridorResult
     WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS links`,
  );
  const [revision] = await stage.graph.query(
    "MATCH (v:IndustryRevision {industryId: 'industry:t'}) RETURN v.token AS token",
  );
  const { data } = await stage.app.gql(
    '{ chainCoverage(industryId: "industry:t") { rows { segment { id } status } } }',
  );
  return { counts, revision, rows: data?.chainCoverage.rows };
}

describe('what-if scenarios', () => {
  it('removing the single supplier of a segment: WEAK becomes MISSING, its customer is stranded', async () => {
    const before = await realGraph();
    const { data, errors } = await stage.app.gql(WHAT_IF, {
      changes: [{ kind: 'REMOVE_COMPANY', companyId: 'company:t-w1' }],
    });
    expect(errors).toBeUndefined();
    const { diff, resilience, coverage } = data!.whatIf;
    expect(diff.cells.map(cell)).toEqual([
      ['w', null, 'WEAK', 'MISSING', 1, 0],
      ['w', 'x', 'LOCAL_GAP', 'MISSING', 0, 0],
      ['w', 'y', 'LOCAL_GAP', 'MISSING', 0, 0],
      ['w', 'z', 'WEAK', 'MISSING', 1, 0],
    ]);
    expect(diff.stranded.map((s: any) => [short(s.company.id), s.segments.map((g: any) => short(g.id))])).toEqual([
      ['c1', ['w']],
    ]);
    expect([diff.strandedCount, diff.rescuedCount, diff.removedCount, diff.addedCount]).toEqual([1, 0, 1, 0]);
    // c1 still has a1 and b1: both downstream companies keep a path from upstream.
    expect([diff.connectedDownstreamBefore, diff.connectedDownstreamAfter]).toEqual([2, 2]);
    expect(resilience.singleSourceSegments).toEqual([]);
    expect(resilience.missingSegments.map((s: any) => short(s.id))).toEqual(['w', 'e']);
    expect(coverage.rows.find((r: any) => r.segment.id === 'segment:t.w').status).toBe('MISSING');
    // Z lost its only company of w: Z→X loses the w→c link (w1→c1).
    expect(
      diff.cityPairs.map((p: any) => [
        short(p.from.id),
        short(p.to.id),
        p.potentialBefore,
        p.potentialAfter,
        p.actualBefore,
        p.actualAfter,
      ]),
    ).toEqual([['z', 'x', 4, 2, 2, 1]]);
    // Nothing of it reached the real graph.
    expect(await realGraph()).toEqual(before);
    expect(before.rows.find((r: any) => r.segment.id === 'segment:t.w').status).toBe('WEAK');
  });

  it('adding a link closes a collaboration gap', async () => {
    const { data, errors } = await stage.app.gql(WHAT_IF, {
      changes: [{ kind: 'ADD_LINK', supplierId: 'company:t-c2', customerId: 'company:t-d2' }],
    });
    expect(errors).toBeUndefined();
    const { diff, collaborationGaps } = data!.whatIf;
    expect(diff.cityPairs).toEqual([
      {
        from: { id: 'city:tx' },
        to: { id: 'city:tz' },
        potentialBefore: 2,
        potentialAfter: 2,
        actualBefore: 1,
        actualAfter: 2,
        gapClosed: true,
        newlyLinked: false,
      },
    ]);
    expect(collaborationGaps.find((p: any) => p.from.id === 'city:tx' && p.to.id === 'city:tz')).toMatchObject({
      potential: 2,
      actual: 2,
    });
    expect([diff.cells, diff.stranded, diff.rescued]).toEqual([[], [], []]);
  });

  it('a company brought in: coverage rises and the customer it supplies is rescued', async () => {
    const { data, errors } = await stage.app.gql(WHAT_IF, {
      changes: [
        { kind: 'ADD_COMPANY', name: '新引进企业', segmentId: 'segment:t.w', cityId: 'city:tx' },
        { kind: 'ADD_LINK', supplierId: 'company:whatif-1', customerId: 'company:t-c2' },
      ],
    });
    expect(errors).toBeUndefined();
    const { diff, coverage } = data!.whatIf;
    // Row w: 1 → 2 (COVERED); X gets its first; Y still has none (LOCAL_GAP either way); Z's one is no longer WEAK.
    expect(diff.cells.map(cell)).toEqual([
      ['w', null, 'WEAK', 'COVERED', 1, 2],
      ['w', 'x', 'LOCAL_GAP', 'COVERED', 0, 1],
      ['w', 'z', 'WEAK', 'COVERED', 1, 1],
    ]);
    expect(diff.rescued.map((s: any) => [short(s.company.id), s.segments.map((g: any) => short(g.id))])).toEqual([
      ['c2', ['w']],
    ]);
    expect([diff.addedCount, diff.removedCount, diff.strandedCount]).toEqual([1, 0, 0]);
    const w = coverage.rows.find((r: any) => r.segment.id === 'segment:t.w');
    expect(w.cells.map((c: any) => [short(c.cityId), c.count])).toEqual([
      ['x', 1],
      ['y', 0],
      ['z', 1],
    ]);
  });

  it('removing a city removes its companies', async () => {
    const { data, errors } = await stage.app.gql(WHAT_IF, { changes: [{ kind: 'REMOVE_CITY', cityId: 'city:tz' }] });
    expect(errors).toBeUndefined();
    const { diff, resilience } = data!.whatIf;
    // b1, w1, d2 leave: c1 loses its b and w suppliers (b1, w1); d2 is gone, d1 still has c1 and c2.
    expect(diff.removedCount).toBe(3);
    expect(diff.stranded.map((s: any) => [short(s.company.id), s.segments.map((g: any) => short(g.id))])).toEqual([
      ['c1', ['b', 'w']],
    ]);
    expect([diff.connectedDownstreamBefore, diff.connectedDownstreamAfter]).toEqual([2, 1]);
    expect(resilience.singleSourceSegments.map((s: any) => short(s.id))).toEqual(['d']);
  });

  it('refuses bad changes, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ kind: 'REMOVE_COMPANY' }, 'changes.0.companyId: is required for REMOVE_COMPANY'],
      [{ kind: 'REMOVE_COMPANY', companyId: 'city:tx' }, 'changes.0.companyId: must be a Company id'],
      [{ kind: 'ADD_LINK', supplierId: 'company:whatif-9', customerId: 'company:t-c1' }, 'changes.0.supplierId'],
      [{ kind: 'ADD_COMPANY', name: '', segmentId: 'segment:t.w', cityId: 'city:tx' }, 'changes.0.name'],
    ];
    for (const [change, message] of cases) {
      const { errors } = await stage.app.gql(WHAT_IF, { changes: [change] });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain(message);
    }
    const tooMany = Array.from({ length: 201 }, () => ({ kind: 'REMOVE_COMPANY', companyId: 'company:t-a1' }));
    const { errors } = await stage.app.gql(WHAT_IF, { changes: tooMany });
    expect(errors?.[0]?.message).toBe('changes: at most 200 changes');
  });

  it('saves with the write scope, lists, opens by id without a key, renames and deletes', async () => {
    const SAVE = `mutation($input: ScenarioInput!) { saveScenario(input: $input) { id name industry { id } changes { kind companyId } } }`;
    const input = {
      name: 'w1 迁出',
      industryId: 'industry:t',
      changes: [{ kind: 'REMOVE_COMPANY', companyId: 'company:t-w1' }],
    };
    const anonymous = await stage.app.gql(SAVE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const saved = await stage.app.gql(SAVE, { input }, TOKEN);
    expect(saved.errors).toBeUndefined();
    const { id } = saved.data!.saveScenario;
    expect(saved.data?.saveScenario).toEqual({
      id: expect.stringMatching(/^scenario:[a-z0-9]+$/),
      name: 'w1 迁出',
      industry: { id: 'industry:t' },
      changes: [{ kind: 'REMOVE_COMPANY', companyId: 'company:t-w1' }],
    });

    // A shared link: anyone who may read opens it, with its analyses.
    const opened = await stage.app.gql(
      `query($id: ID!) { scenario(id: $id) { name analysis { diff { strandedCount cells { after } } } } }`,
      { id },
    );
    expect(opened.data?.scenario.name).toBe('w1 迁出');
    expect(opened.data?.scenario.analysis.diff.strandedCount).toBe(1);

    const renamed = await stage.app.gql(
      `mutation($id: ID!) { renameScenario(id: $id, name: "w1 搬走") { name } }`,
      { id },
      TOKEN,
    );
    expect(renamed.data?.renameScenario.name).toBe('w1 搬走');
    const listed = await stage.app.gql('{ scenarios { id name } }');
    expect(listed.data?.scenarios).toContainEqual({ id, name: 'w1 搬走' });

    const removed = await stage.app.gql(`mutation($id: ID!) { deleteScenario(id: $id) { ok } }`, { id }, TOKEN);
    expect(removed.data?.deleteScenario.ok).toBe(true);
    const gone = await stage.app.gql(`query($id: ID!) { scenario(id: $id) { id } }`, { id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a company’s supplier gaps in the scenario: the partner it lost leaves a gap, the newcomer is a candidate', async () => {
    const GAPS = `query($changes: [ScenarioChangeInput!]!) {
      whatIfSupplierGaps(industryId: "industry:t", changes: $changes, companyId: "company:t-c1") {
        segments { segment { id } partners { id } isGap candidates { company { id nameZh } score reasons { code points } } } } }`;
    const row = (s: any) => [short(s.segment.id), s.partners.map((p: any) => short(p.id)), s.isGap];
    const real = await stage.app.gql(GAPS, { changes: [] });
    expect(real.errors).toBeUndefined();
    expect(real.data?.whatIfSupplierGaps.segments.map(row)).toEqual([
      ['a', ['a1'], false],
      ['b', ['b1'], false],
      ['w', ['w1'], false],
    ]);
    const { data, errors } = await stage.app.gql(GAPS, {
      changes: [
        { kind: 'REMOVE_COMPANY', companyId: 'company:t-w1' },
        { kind: 'ADD_COMPANY', name: '新引进企业', segmentId: 'segment:t.w', cityId: 'city:tx' },
      ],
    });
    expect(errors).toBeUndefined();
    const segments = data!.whatIfSupplierGaps.segments;
    expect(segments.map(row)).toEqual([
      ['a', ['a1'], false],
      ['b', ['b1'], false],
      ['w', [], true],
    ]);
    // In c1's own city X (+2), 0 km away (+2), no partners yet.
    expect(segments[2].candidates).toEqual([
      {
        company: { id: 'company:whatif-1', nameZh: '新引进企业' },
        score: 4,
        reasons: [
          { code: 'SAME_CITY', points: 2 },
          { code: 'DISTANCE', points: 2 },
        ],
      },
    ]);
    const gone = await stage.app.gql(
      `query { whatIfSupplierGaps(industryId: "industry:t", companyId: "company:t-c1",
        changes: [{ kind: REMOVE_COMPANY, companyId: "company:t-c1" }]) { segments { isGap } } }`,
    );
    expect(gone.errors?.[0]?.message).toBe('companyId: the scenario removes company:t-c1');
  });

  it('answers for the latest real graph after a write', async () => {
    const link = { kind: 'ADD_LINK', supplierId: 'company:t-c2', customerId: 'company:t-d2' };
    expect((await stage.app.gql(WHAT_IF, { changes: [link] })).data?.whatIf.diff.cityPairs).toHaveLength(1);
    const written = await stage.app.gql(
      'mutation { createSupply(input: { supplierId: "company:t-c2", customerId: "company:t-d2" }) { ok } }',
      {},
      TOKEN,
    );
    expect(written.data?.createSupply.ok).toBe(true);
    // The link is real now: the same scenario changes nothing.
    const { data } = await stage.app.gql(WHAT_IF, { changes: [link] });
    expect(data?.whatIf.diff.cityPairs).toEqual([]);
    expect(
      data?.whatIf.collaborationGaps.find((p: any) => p.from.id === 'city:tx' && p.to.id === 'city:tz'),
    ).toMatchObject({
      actual: 2,
    });
  });
});

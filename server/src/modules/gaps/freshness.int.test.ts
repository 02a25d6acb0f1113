/**
 * Whole-industry analyses are kept per industry revision (revisions/stored.ts). These tests change the hand-built chain of
 * test/chainFixture.ts by every write path — mutations, the import mutation, the import pipeline outside any server
 * — and check that each analysis answers the new truth at once, on two servers sharing one Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, stageApp, type TestApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';
import { createGate } from '../../admission.js';
import { runInScope } from '../../db/requestScope.js';
import { importRecords } from '../../import/importer.js';
import { ImportStore } from '../../import/import.store.js';
import { RevisionsStore, StoredPerRevision, type AtRevision } from '../../revisions/index.js';

const TOKEN = 'test-admin-token-freshness';
const stage = stageApp(chainFixture, { adminToken: TOKEN });
/** A second server process's worth of state: its own services, memo and loaders, the same database. */
let other: TestApp;
beforeAll(async () => {
  other = await startTestApp(stage.graph, { adminToken: TOKEN });
});
afterAll(() => other?.close());

const ANALYSES = `{
  chainCoverage(industryId: "industry:t") { rows { segment { id } total status } }
  collaborationGaps(industryId: "industry:t", first: 20) { from { id } to { id } potential actual }
  resilience(industryId: "industry:t") { singleSourceSegments { id } missingSegments { id } connectedDownstream
    cutCompanies { company { id } stranded } }
}`;

async function analyses(app: TestApp) {
  const { data, errors } = await app.gql(ANALYSES);
  expect(errors).toBeUndefined();
  return data as Record<string, any>;
}

const segmentRow = (answer: Record<string, any>, id: string) =>
  answer.chainCoverage.rows.find((r: any) => r.segment.id === id);
const pair = (answer: Record<string, any>, from: string, to: string) =>
  answer.collaborationGaps.find((p: any) => p.from.id === from && p.to.id === to);

async function storedResults(): Promise<{ revision: string; computedAt: string }[]> {
  return (await stage.graph.query(
    "MATCH (r:AnalysisResult {industryId: 'industry:t'}) RETURN r.revision AS revision, r.computedAt AS computedAt",
  )) as { revision: string; computedAt: string }[];
}

describe('analyses kept per industry revision', () => {
  it('stores the results once, at the industry revision, and both servers answer the same', async () => {
    const first = await analyses(stage.app);
    const stored = await storedResults();
    const [industry] = await stage.graph.query(
      "MATCH (v:IndustryRevision {industryId: 'industry:t'}) RETURN v.token AS r",
    );
    expect(stored).toEqual([{ revision: industry?.r, computedAt: expect.any(String) }]);
    expect(await analyses(other)).toEqual(first);
    expect(await analyses(stage.app)).toEqual(first);
    // The other server read what the first one stored instead of computing it again.
    expect(await storedResults()).toEqual(stored);
  });

  it('answers the new truth on both servers after a mutation adds a company to a missing segment', async () => {
    const before = await analyses(other);
    expect(segmentRow(before, 'segment:t.e')).toMatchObject({ total: 0, status: 'MISSING' });
    const { data } = await stage.app.gql(
      `mutation { createCompany(input: { id: "company:t-e1", nameZh: "新E", cityId: "city:tx", segmentIds: ["segment:t.e"] }) { ok } }`,
      {},
      TOKEN,
    );
    expect(data?.createCompany.ok).toBe(true);
    for (const app of [other, stage.app]) {
      const after = await analyses(app);
      expect(segmentRow(after, 'segment:t.e')).toMatchObject({ total: 1, status: 'WEAK' });
      expect(after.resilience.missingSegments).toEqual([]);
      expect(after.resilience.singleSourceSegments.map((s: any) => s.id)).toContain('segment:t.e');
    }
  });

  it('follows a link made and removed by mutations: actual links between cities and stranded customers', async () => {
    const before = await analyses(stage.app);
    // c1 (X) → e1 (X) is inside one city; c1 → d2 (Z) exists. A new c2 (X) → d2 (Z) adds an X→Z link.
    const xz = pair(before, 'city:tx', 'city:tz').actual;
    await stage.app.gql(
      'mutation { createSupply(input: { supplierId: "company:t-c2", customerId: "company:t-d2" }) { ok } }',
      {},
      TOKEN,
    );
    const linked = await analyses(other);
    expect(pair(linked, 'city:tx', 'city:tz').actual).toBe(xz + 1);
    await other.gql(
      'mutation { deleteSupply(supplierId: "company:t-c2", customerId: "company:t-d2") { ok } }',
      {},
      TOKEN,
    );
    expect(pair(await analyses(stage.app), 'city:tx', 'city:tz').actual).toBe(xz);
  });

  it('follows an import through the API and one through the pipeline outside any server', async () => {
    const { data } = await other.gql(
      'mutation($r: [JSON!]!) { importRecords(records: $r) { ok created } }',
      {
        r: [
          { kind: 'Company', id: 'company:t-e2', nameZh: '新E二' },
          { kind: 'OPERATES_IN', from: 'company:t-e2', to: 'segment:t.e' },
          { kind: 'LOCATED_IN', from: 'company:t-e2', to: 'city:ty' },
        ],
      },
      TOKEN,
    );
    expect(data?.importRecords).toMatchObject({ ok: true, created: 3 });
    expect(segmentRow(await analyses(stage.app), 'segment:t.e')).toMatchObject({ total: 2, status: 'COVERED' });

    // The CLI and the seeds write through the same pipeline, from another process: no server hears of it.
    const summary = await importRecords(new ImportStore(stage.graph.executor), [
      { line: 1, value: { kind: 'Company', id: 'company:t-w2', nameZh: '新W二' } },
      { line: 2, value: { kind: 'OPERATES_IN', from: 'company:t-w2', to: 'segment:t.w' } },
      { line: 3, value: { kind: 'LOCATED_IN', from: 'company:t-w2', to: 'city:tx' } },
    ]);
    expect(summary.written).toBe(true);
    for (const app of [stage.app, other]) {
      const after = await analyses(app);
      expect(segmentRow(after, 'segment:t.w')).toMatchObject({ total: 2, status: 'COVERED' });
      expect(after.resilience.singleSourceSegments.map((s: any) => s.id)).not.toContain('segment:t.w');
    }
  });

  it('follows a company deleted and a city leaving the corridor', async () => {
    await stage.app.gql('mutation { deleteCompany(id: "company:t-e2") { ok } }', {}, TOKEN);
    expect(segmentRow(await analyses(other), 'segment:t.e')).toMatchObject({ total: 1, status: 'WEAK' });

    await importRecords(new ImportStore(stage.graph.executor), [
      {
        line: 1,
        value: { kind: 'City', id: 'city:tz', nameZh: '丙城', province: '测试省', lat: 30, lng: 117, role: 'OTHER' },
      },
    ]);
    const after = await analyses(stage.app);
    expect(after.collaborationGaps.some((p: any) => p.from.id === 'city:tz' || p.to.id === 'city:tz')).toBe(false);
    // d (d1 in Y, d2 in Z) keeps one company in the corridor.
    expect(segmentRow(after, 'segment:t.d')).toMatchObject({ total: 1 });
  });

  it('shows a renamed segment and company at once: the names read with the answers follow the revision', async () => {
    const query = `{ chainCoverage(industryId: "industry:t") { rows { segment { id nameZh } } }
      resilience(industryId: "industry:t") { cutCompanies { company { id nameZh } } } }`;
    await stage.app.gql(query);
    await other.gql(query);
    await importRecords(new ImportStore(stage.graph.executor), [
      { line: 1, value: { kind: 'Segment', id: 'segment:t.a', nameZh: '改名环节', stage: 'UPSTREAM', position: 1 } },
      { line: 2, value: { kind: 'Company', id: 'company:t-c1', nameZh: '改名企业' } },
    ]);
    for (const app of [stage.app, other]) {
      const { data } = await app.gql(query);
      const a = data?.chainCoverage.rows.find((r: any) => r.segment.id === 'segment:t.a');
      expect(a.segment.nameZh).toBe('改名环节');
      const c1 = data?.resilience.cutCompanies.find((c: any) => c.company.id === 'company:t-c1');
      expect(c1?.company.nameZh).toBe('改名企业');
    }
  });

  it('computes again a result stored in an older payload format instead of reading it', async () => {
    const before = await analyses(stage.app);
    // As an older server would have left it: same revision, another shape. A fresh server must not read it.
    await stage.graph.query("MATCH (r:AnalysisResult {industryId: 'industry:t'}) SET r.format = 1, r.payload = '{}'");
    const fresh = await startTestApp(stage.graph, { adminToken: TOKEN });
    try {
      expect(await analyses(fresh)).toEqual(before);
    } finally {
      await fresh.close();
    }
  });

  it('keeps a stored result when a write leaves the industry alone', async () => {
    const before = await storedResults();
    await importRecords(new ImportStore(stage.graph.executor), [
      { line: 1, value: { kind: 'Alliance', id: 'alliance:t-2', nameZh: '另一联盟' } },
    ]);
    await analyses(other);
    expect(await storedResults()).toEqual(before);
  });

  it('finishes and keeps a computation when the request that started it runs out of time', async () => {
    // A write renews the revision, so the next answer is a computation; this one is slower than the request.
    await stage.app.gql(
      'mutation { createSupply(input: { supplierId: "company:t-b2", customerId: "company:t-c2" }) { ok } }',
      {},
      TOKEN,
    );
    const revisions = new RevisionsStore(stage.graph.executor);
    const revision = (await revisions.revision('industry', 'industry:t')) as string;
    let computations = 0;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    // Slower than the request: it finishes only once the test lets it, after the request has given up.
    const slow = async (): Promise<AtRevision<{ answer: number }>> => {
      computations++;
      await released;
      return { value: { answer: 42 }, revision, consistent: true };
    };
    const stored = () =>
      new StoredPerRevision(revisions, { subject: 'industry', format: 99, gate: createGate(1, 4), compute: slow });
    const results = stored();
    const hurried = { deadline: Date.now() + 200, signal: new AbortController().signal };
    await expect(runInScope(hurried, () => results.get('industry:t'))).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT',
      message: expect.stringMatching(/being computed .* ask again shortly/),
    });
    // A second request arriving meanwhile waits for the same computation instead of starting another.
    const patient = { deadline: Date.now() + 5_000, signal: new AbortController().signal };
    const waiting = runInScope(patient, () => results.get('industry:t'));
    release();
    expect(await waiting).toEqual({ revision, value: { answer: 42 } });
    expect(computations).toBe(1);
    // And it was kept: a process that never computed it reads it.
    expect(await stored().get('industry:t')).toEqual({ revision, value: { answer: 42 } });
    expect(computations).toBe(1);
  });
});

/**
 * The burst run (`--burst`): what a light query costs while whole-industry analyses pile up. Right after a write to
 * every industry (so each analysis is computed, not read from its kept result), every industry's analysis is asked
 * for three times at once; meanwhile light queries (search, a company with its suppliers) are sent one after
 * another and timed until the burst is over. Measured against two servers over the same database in the same run:
 * the one under test, whose gate lets EXPENSIVE_CONCURRENCY (1) computations run at once, and one with the gate
 * opened wide (64), as the server was before it had one. Light latency alone, before the burst, is the baseline.
 */
import type { Inputs } from './cases.js';
import { quantile } from './stats.js';

export interface LightTimes {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface BurstSide {
  /** Light queries timed during the burst. */
  light: LightTimes;
  /** Light p95 during the burst / light p95 alone. */
  slowdown: number;
  analyses: { answered: number; refused: number; failed: number; seconds: number };
}

export interface BurstReport {
  industries: number;
  alone: LightTimes;
  gated: BurstSide;
  ungated: BurstSide;
}

const ANALYSIS = 'query($id: ID!) { resilience(industryId: $id) { connectedDownstream } }';

function lightBodies(inputs: Inputs): string[] {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  return [
    ...inputs.terms.map((t) => body('query($t: String!) { search(text: $t, first: 20) { score node { id } } }', { t })),
    ...inputs.hubs.map((id) =>
      body('query($id: ID!) { company(id: $id) { nameZh suppliers(first: 10) { edges { node { id } } } } }', { id }),
    ),
  ];
}

async function post(endpoint: string, body: string): Promise<{ ok: boolean; code?: string }> {
  const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ok: res.status === 200 && !json.errors, code: json.errors?.[0]?.extensions?.code };
}

function times(latencies: number[]): LightTimes {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}

/** Light queries one after another until `until` settles (or `count` of them when no promise is given). */
async function timeLight(endpoint: string, bodies: string[], until: Promise<unknown> | number): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  if (typeof until !== 'number') void until.finally(() => (done = true));
  for (let i = 0; typeof until === 'number' ? i < until : !done; i++) {
    const started = performance.now();
    const { ok } = await post(endpoint, bodies[i % bodies.length] as string);
    if (!ok) throw new Error('a light query failed during the burst run');
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  return latencies;
}

async function burst(
  endpoint: string,
  inputs: Inputs,
  bodies: string[],
  alone: LightTimes,
  touchAll: () => Promise<void>,
): Promise<BurstSide> {
  await touchAll();
  const started = performance.now();
  const asks = [0, 1, 2].flatMap(() =>
    inputs.industries.map((id) => post(endpoint, JSON.stringify({ query: ANALYSIS, variables: { id } }))),
  );
  const all = Promise.all(asks);
  const light = times(await timeLight(endpoint, bodies, all));
  const answers = await all;
  return {
    light,
    slowdown: light.p95 / alone.p95,
    analyses: {
      answered: answers.filter((a) => a.ok).length,
      refused: answers.filter((a) => a.code === 'RATE_LIMITED').length,
      failed: answers.filter((a) => !a.ok && a.code !== 'RATE_LIMITED').length,
      seconds: (performance.now() - started) / 1000,
    },
  };
}

export async function runBurst(
  endpoints: { gated: string; ungated: string },
  inputs: Inputs,
  touchAll: () => Promise<void>,
  log: (line: string) => void = () => {},
): Promise<BurstReport> {
  const bodies = lightBodies(inputs);
  await timeLight(endpoints.gated, bodies, bodies.length); // warm both servers' code and Neo4j's plans
  await timeLight(endpoints.ungated, bodies, bodies.length);
  const alone = times(await timeLight(endpoints.gated, bodies, 60));
  const gated = await burst(endpoints.gated, inputs, bodies, alone, touchAll);
  const ungated = await burst(endpoints.ungated, inputs, bodies, alone, touchAll);
  const line = (name: string, s: BurstSide) =>
    `burst ${name.padEnd(22)} light p50 ${s.light.p50.toFixed(1)} p95 ${s.light.p95.toFixed(1)} max ${s.light.max.toFixed(0)} ms ` +
    `(${s.slowdown.toFixed(2)}× alone) over ${s.light.n}; analyses ${s.analyses.answered} answered, ` +
    `${s.analyses.refused} refused, ${s.analyses.failed} failed, ${s.analyses.seconds.toFixed(1)} s`;
  log(
    `burst: ${3 * inputs.industries.length} analyses of ${inputs.industries.length} industries at once, after a write to each`,
  );
  log(
    `burst light alone              p50 ${alone.p50.toFixed(1)} p95 ${alone.p95.toFixed(1)} max ${alone.max.toFixed(0)} ms over ${alone.n}`,
  );
  log(line('gate (1 at once)', gated));
  log(line('no gate (64 at once)', ungated));
  return { industries: inputs.industries.length, alone, gated, ungated };
}

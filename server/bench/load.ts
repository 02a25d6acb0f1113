/**
 * The load run: a mixed workload at fixed arrival rates on loopback, each rate held for a few seconds,
 * rising until a rate fails. A rate holds when p95 ≤ 150 ms, nothing failed (connection errors, timeouts, non-2xx,
 * GraphQL errors) and the server kept up (≥ 95 % of the rate asked). Mix: 70 % lookups and search, 25 % traces of
 * depth 2–3, 5 % analyses (the stored results: nothing writes during the run).
 */
import type { Inputs } from './cases.js';
import { quantile } from './stats.js';

export interface LoadStep {
  rate: number;
  achieved: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  holds: boolean;
}

export interface LoadReport {
  seconds: number;
  steps: LoadStep[];
  /** The highest rate that held, 0 if none did. */
  highestHeld: number;
}

export const P95_LIMIT_MS = 150;

/** Seconds at the first rate before any step is measured. */
const WARMUP_SECONDS = 10;

/** A small deterministic generator (mulberry32): the same mix every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The request bodies of the mix, with their weights (in percent). */
export function workload(inputs: Inputs): { weight: number; bodies: string[] }[] {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const companies = [...inputs.hubs, ...inputs.customers];
  return [
    {
      weight: 20,
      bodies: inputs.terms.map((t) =>
        body('query($t: String!) { search(text: $t, first: 20) { score node { id nameZh } } }', { t }),
      ),
    },
    {
      weight: 20,
      bodies: companies.map((id) =>
        body(
          'query($id: ID!) { company(id: $id) { id nameZh city { id nameZh } segments { id nameZh } memberships { alliance { id nameZh } } supplierCount customerCount } }',
          { id },
        ),
      ),
    },
    {
      weight: 15,
      bodies: inputs.cities.map((c) =>
        body(
          'query($f: CompanyFilter) { companies(filter: $f, first: 20) { totalCount edges { node { id nameZh } } } }',
          { f: { cityIds: [c], industryId: inputs.industries[0] } },
        ),
      ),
    },
    {
      weight: 15,
      bodies: companies.map((id) =>
        body(
          'query($id: ID!) { company(id: $id) { suppliers(first: 20) { totalCount edges { product node { id nameZh city { id } } } } } }',
          { id },
        ),
      ),
    },
    {
      weight: 25,
      bodies: companies.flatMap((id) =>
        [2, 3].map((d) =>
          body(
            'query($id: ID!, $d: Int) { trace(companyId: $id, direction: DOWNSTREAM, maxDepth: $d) { truncated nodes { id tier } edges { id } } }',
            { id, d },
          ),
        ),
      ),
    },
    {
      weight: 5,
      bodies: inputs.industries.flatMap((id) => [
        body('query($id: ID!) { chainCoverage(industryId: $id) { rows { total status } } }', { id }),
        body('query($id: ID!) { collaborationGaps(industryId: $id, first: 10) { potential actual } }', { id }),
        body('query($id: ID!) { resilience(industryId: $id) { connectedDownstream } }', { id }),
      ]),
    },
  ];
}

/**
 * One rate, open loop: request i is sent at start + i / rate whatever the earlier ones are doing, and its latency
 * counts from that scheduled time, so a server that falls behind shows it in full (no coordinated omission).
 * Arrivals are evenly spaced: a tool that sends each second's quota at once (autocannon's rate option does)
 * measures its own bursts.
 */
async function step(endpoint: string, mix: string[], rate: number, seconds: number) {
  const next = random(rate);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now() + 20;
  const sent: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const at = start + (i * 1000) / rate;
    const wait = at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const body = mix[Math.floor(next() * mix.length)] as string;
    sent.push(
      fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then(async (res) => {
          const text = await res.text();
          if (res.status !== 200 || text.includes('"errors"')) failures++;
        })
        .catch(() => {
          failures++;
        })
        .finally(() => latencies.push(performance.now() - at)),
    );
  }
  await Promise.all(sent);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const achieved = total / Math.max(elapsed, seconds);
  const p95 = quantile(latencies, 0.95);
  return {
    rate,
    achieved: Math.round(achieved),
    requests: total,
    p50: quantile(latencies, 0.5),
    p95,
    p99: quantile(latencies, 0.99),
    failures,
    holds: failures === 0 && p95 <= P95_LIMIT_MS && achieved >= 0.95 * rate,
  };
}

/** Each rate in turn until one does not hold (or all did). */
export async function runLoad(
  endpoint: string,
  inputs: Inputs,
  options: { rates: number[]; seconds: number; log?: (line: string) => void },
): Promise<LoadReport> {
  const mix = workload(inputs).flatMap(({ weight, bodies }) =>
    // Each kind of request gets `weight` slots per hundred, spread over its bodies.
    Array.from({ length: weight }, (_, i) => bodies[i % bodies.length] as string),
  );
  // Every request of the mix once first: analyses stale after the cold cases are computed again here, not
  // inside the first step, and the server's code is warm.
  for (const body of new Set(mix)) {
    await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  }
  // Then the first rate for a while, not counted: the fresh server's code and Neo4j's caches warm up here.
  await step(endpoint, mix, options.rates[0] ?? 20, WARMUP_SECONDS);
  const steps: LoadStep[] = [];
  for (const rate of options.rates) {
    const s = await step(endpoint, mix, rate, options.seconds);
    steps.push(s);
    options.log?.(
      `load ${String(rate).padStart(5)} req/s: achieved ${s.achieved}, p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)} ms, ${s.failures} failed → ${s.holds ? 'holds' : 'does not hold'}`,
    );
    if (!s.holds) break;
  }
  return {
    seconds: options.seconds,
    steps,
    highestHeld: Math.max(0, ...steps.filter((s) => s.holds).map((s) => s.rate)),
  };
}

/**
 * Whole-industry analyses run on a worker thread. At L one takes 0.4–0.8 s of CPU (the dominators most of it); on
 * the main thread that stalled every other request for as long — a light search waited up to 0.9 s during a burst
 * (bench --burst, profiled with BENCH_PROFILE_DIR). The projection's typed arrays are moved to the worker, not
 * copied. One worker per process: the analyses' gate already admits them a few at a time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../paths.js';
import type { analyseIndustry } from '../analyses.js';
import type { IndustryProjection } from '../projection.js';

export type Answers = ReturnType<typeof analyseIndustry>;
export interface AnalysisRequest {
  id: number;
  industryId: string;
  projection: IndustryProjection;
}
export type AnalysisReply = { id: number; answers: Answers } | { id: number; error: string };

/** The worker, from the built bundle, or — when this module runs as TypeScript (tests, tsx) — through tsx. */
function spawn(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(join(projectRoot, 'server', 'dist', 'analysisWorker.js'));
  const boot =
    "import { workerData } from 'node:worker_threads';" +
    'const { tsImport } = await import(workerData.tsx);' +
    'await tsImport(workerData.entry, workerData.entry);';
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: {
      // File URLs: a data: module has no location to resolve paths or bare names against.
      // tsx's "./esm/api" export for `import` (require.resolve would give its CommonJS build).
      tsx: pathToFileURL(
        join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
      ).href,
      entry: new URL('./analysisWorker.ts', import.meta.url).href,
    },
  });
}

class AnalysisThread {
  private worker: Worker | undefined;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (a: Answers) => void; reject: (e: Error) => void }>();

  run(industryId: string, projection: IndustryProjection): Promise<Answers> {
    const worker = this.started();
    const id = this.next++;
    const answer = new Promise<Answers>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    const moved = [projection.outDegree, projection.inDegree, projection.offsets, projection.targets].map(
      (a) => a.buffer as ArrayBuffer,
    );
    worker.postMessage({ id, industryId, projection } satisfies AnalysisRequest, moved);
    worker.ref();
    return answer;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = spawn();
    worker.on('message', (reply: AnalysisReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      // An idle worker must not keep a finished command (or a test) alive.
      if (this.pending.size === 0) worker.unref();
      if ('answers' in reply) waiting?.resolve(reply.answers);
      else waiting?.reject(new Error(`analysis failed: ${reply.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker exited (${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

const thread = new AnalysisThread();

/** analyseIndustry, off the main thread. The projection's typed arrays are unusable here afterwards. */
export function analyseOffThread(industryId: string, projection: IndustryProjection): Promise<Answers> {
  return thread.run(industryId, projection);
}

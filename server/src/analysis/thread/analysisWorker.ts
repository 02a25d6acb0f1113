/**
 * The worker thread's side of analysisThread.ts: receives an industry's projection, answers its analyses. Bundled
 * as its own entry (server/dist/analysisWorker.js) in the production build.
 */
import { parentPort } from 'node:worker_threads';
import { analyseIndustry } from '../analyses.js';
import type { AnalysisRequest, AnalysisReply } from './analysisThread.js';

parentPort?.on('message', ({ id, industryId, projection }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, answers: analyseIndustry(industryId, projection) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});

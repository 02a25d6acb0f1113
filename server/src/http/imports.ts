/**
 * Registry imports over HTTP (docs/registry.md), for partner systems and the web app's import page: upload a file,
 * see what importing it would do (the columns read, refused rows, unplaced companies), change the column mapping,
 * commit, follow the progress, download the report. Every route needs the write scope. The jobs and their rules
 * (one import at a time, sizes, uploads kept for an hour) are the service's (import/jobs/importJobs.ts); this file
 * parses requests and turns the service's answers and refusals into responses.
 *
 *   POST /api/imports?name=registry.xlsx   the file as the body          → 201 {id, name, bytes}
 *   POST /api/imports/:id/preview          {mapping?}                    → {sheets, rejected, unplaced, …}
 *   POST /api/imports/:id/commit           {mapping?, skipInvalid?}      → 202 {id, state}
 *   GET  /api/imports/:id                                                → {state, progress, summary}
 *   GET  /api/imports/:id/report.csv                                     → refused rows, unplaced companies
 */
import { basename } from 'node:path';
import express, { Router, type NextFunction, type Response } from 'express';
import { z } from 'zod';
import {
  ImportJobError,
  type ImportJob,
  type ImportJobErrorReason,
  type ImportJobs,
} from '../import/jobs/importJobs.js';
import type { RegistryReport } from '../import/registry/registry.js';
import { MappingSchema } from '../import/registry/registryFile.js';
import { excelCsv } from '../import/registry/registryReport.js';
import { allows } from '../modules/access/index.js';
import { principalOf } from './access.js';
import { sendError } from './httpErrors.js';

const LISTED = 500;

const CommitBody = z.object({ mapping: MappingSchema.optional(), skipInvalid: z.boolean().optional() }).strict();
const PreviewBody = z.object({ mapping: MappingSchema.optional() }).strict();

/** A report as JSON: the long lists cut to their first entries, with their full counts. */
function reportJson(report: RegistryReport) {
  const { where: _where, import: summary, ...rest } = report;
  return {
    ...rest,
    // The upload's own name, never where the server keeps it.
    file: basename(report.file),
    rejected: report.rejected.slice(0, LISTED),
    rejectedCount: report.rejected.length + (summary?.invalid ?? 0),
    unplaced: report.unplaced.slice(0, LISTED),
    unplacedCount: report.unplaced.length,
    import: summary && {
      written: summary.written,
      records: summary.rows,
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      invalid: summary.invalid,
      errors: summary.errors
        .slice(0, LISTED)
        .map((e) => ({ at: report.where(e.line), column: e.field, message: e.message })),
      ms: Math.round(summary.ms),
    },
  };
}

function reportCsv(job: ImportJob): string {
  const report = job.report;
  const rows = [['类别 kind', '位置 at', '列 column / 企业 company', '说明 message']];
  for (const p of report?.rejected ?? []) rows.push(['rejected', p.at, p.column, p.message]);
  for (const e of report?.import?.errors ?? [])
    rows.push(['rejected', report?.where(e.line) ?? '', e.field, e.message]);
  for (const u of report?.unplaced ?? []) rows.push(['unplaced', u.at, `${u.companyId} ${u.name}`, u.reason]);
  const s = report?.import;
  if (s) {
    rows.push([
      'summary',
      '',
      '',
      `created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${s.invalid + (report?.rejected.length ?? 0)}, unplaced ${report?.unplaced.length ?? 0}`,
    ]);
  }
  return excelCsv(rows);
}

/** Each refusal of the service as a status and a code; its message goes as it is. */
const REFUSED: Record<ImportJobErrorReason, [status: number, code: string]> = {
  BAD_NAME: [400, 'BAD_USER_INPUT'],
  BAD_FILE: [400, 'BAD_USER_INPUT'],
  NOT_FOUND: [404, 'NOT_FOUND'],
  CONFLICT: [409, 'CONFLICT'],
  TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  BUSY: [429, 'RATE_LIMITED'],
};

function refused(error: unknown, res: Response, next: NextFunction): void {
  if (!(error instanceof ImportJobError)) return next(error);
  if (error.reason === 'BUSY') res.setHeader('Retry-After', '30');
  sendError(res, ...REFUSED[error.reason], error.message);
}

export function importRoutes(jobs: ImportJobs): Router {
  const router = Router();
  router.use((_req, res, next) => {
    if (allows(principalOf(res), 'write')) return next();
    sendError(res, 403, 'FORBIDDEN', 'importing needs an API key with the write scope');
  });

  router.post('/', async (req, res, next) => {
    try {
      const { id, name, bytes } = await jobs.upload(String(req.query.name ?? ''), req);
      res.status(201).json({ id, name, bytes });
    } catch (error) {
      refused(error, res, next);
    }
  });

  router.post('/:id/preview', express.json({ limit: '64kb' }), async (req, res, next) => {
    try {
      await jobs.status(req.params.id); // an unknown upload is a 404 whatever the body says
      const body = PreviewBody.safeParse(req.body ?? {});
      if (!body.success) return sendError(res, 400, 'BAD_USER_INPUT', `mapping: ${body.error.issues[0]?.message}`);
      res.json(reportJson(await jobs.preview(req.params.id, { mapping: body.data.mapping })));
    } catch (error) {
      refused(error, res, next);
    }
  });

  router.post('/:id/commit', express.json({ limit: '64kb' }), async (req, res, next) => {
    try {
      await jobs.status(req.params.id); // an unknown upload is a 404 whatever the body says
      const body = CommitBody.safeParse(req.body ?? {});
      if (!body.success)
        return sendError(
          res,
          400,
          'BAD_USER_INPUT',
          `${body.error.issues[0]?.path.join('.')}: ${body.error.issues[0]?.message}`,
        );
      // The import runs on after the answer: the client follows it with GET /api/imports/:id.
      const { job } = await jobs.commit(req.params.id, {
        ...body.data,
        actor: principalOf(res).keyId ?? 'anonymous',
      });
      res.status(202).json({ id: job.id, state: job.state });
    } catch (error) {
      refused(error, res, next);
    }
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const job = await jobs.status(req.params.id);
      res.json({
        id: job.id,
        name: job.name,
        bytes: job.bytes,
        state: job.state,
        progress: job.progress ?? null,
        error: job.error ?? null,
        report: job.report ? reportJson(job.report) : null,
      });
    } catch (error) {
      refused(error, res, next);
    }
  });

  router.get('/:id/report.csv', async (req, res, next) => {
    try {
      const job = await jobs.status(req.params.id);
      if (!job.report) return sendError(res, 409, 'CONFLICT', 'no report yet: commit the import first');
      res.type('text/csv; charset=utf-8').attachment(`${job.name}.report.csv`).send(reportCsv(job));
    } catch (error) {
      refused(error, res, next);
    }
  });
  return router;
}

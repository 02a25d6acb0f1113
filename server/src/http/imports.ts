/**
 * Registry imports over HTTP (docs/registry.md), for partner systems and the web app's import page: upload a file,
 * see what importing it would do (the columns read, refused rows, unplaced companies), change the column mapping,
 * commit, follow the progress, download the report. Every route needs the write scope. One import runs at a time
 * per process; uploads and reports are kept for an hour.
 *
 *   POST /api/imports?name=registry.xlsx   the file as the body          → 201 {id, name, bytes}
 *   POST /api/imports/:id/preview          {mapping?}                    → {sheets, rejected, unplaced, …}
 *   POST /api/imports/:id/commit           {mapping?, skipInvalid?}      → 202 {id, state}
 *   GET  /api/imports/:id                                                → {state, progress, summary}
 *   GET  /api/imports/:id/report.csv                                     → refused rows, unplaced companies
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import type { ImportProgress } from '../import/importer.js';
import { ParseError } from '../import/parse.js';
import { importRegistry, previewRegistry, type RegistryReport } from '../import/registry/registry.js';
import { MappingSchema } from '../import/registry/registryFile.js';
import { excelCsv } from '../import/registry/registryReport.js';
import { allows } from '../modules/access/access.service.js';
import { principalOf } from './access.js';
import { sendError } from './httpErrors.js';

export interface ImportRoutesOptions {
  /** Largest upload, in bytes (default 200 MB). */
  maxBytes?: number;
  /** Where uploads are kept (default: the system's temporary folder). */
  dir?: string;
}

type State = 'uploaded' | 'previewing' | 'importing' | 'done' | 'failed';

interface Upload {
  id: string;
  name: string;
  path: string;
  bytes: number;
  state: State;
  progress?: ImportProgress;
  report?: RegistryReport;
  error?: string;
  at: number;
}

const KEEP_MS = 3_600_000;
const LISTED = 500;

const CommitBody = z.object({ mapping: MappingSchema.optional(), skipInvalid: z.boolean().optional() }).strict();
const PreviewBody = z.object({ mapping: MappingSchema.optional() }).strict();

/** A report as JSON: the long lists cut to their first entries, with their full counts. */
function reportJson(report: RegistryReport) {
  const { where: _where, import: summary, ...rest } = report;
  return {
    ...rest,
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

function reportCsv(upload: Upload): string {
  const report = upload.report;
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

export function importRoutes(executor: Executor, options: ImportRoutesOptions = {}): Router {
  const maxBytes = options.maxBytes ?? 200 * 2 ** 20;
  const dir = options.dir ?? join(tmpdir(), 'g60-uploads');
  const uploads = new Map<string, Upload>();
  let running: string | null = null;

  const forget = () => {
    for (const [id, u] of uploads) {
      if (Date.now() - u.at > KEEP_MS && u.state !== 'importing' && u.state !== 'previewing') {
        uploads.delete(id);
        void rm(join(dir, id), { recursive: true, force: true });
      }
    }
  };
  const find = (id: string, res: Response): Upload | undefined => {
    const upload = uploads.get(id);
    if (!upload) sendError(res, 404, 'NOT_FOUND', `no upload "${id}" (uploads are kept for an hour)`);
    return upload;
  };
  const busy = (res: Response) => {
    res.setHeader('Retry-After', '30');
    sendError(res, 429, 'RATE_LIMITED', 'another import is running on this server; try again when it ends');
  };

  const router = Router();
  router.use((_req, res, next) => {
    if (allows(principalOf(res), 'write')) return next();
    sendError(res, 403, 'FORBIDDEN', 'importing needs an API key with the write scope');
  });

  router.post('/', async (req, res, next) => {
    forget();
    const name = basename(String(req.query.name ?? ''));
    if (!/\.(xlsx|csv)$/i.test(name) || name.length > 200) {
      return sendError(res, 400, 'BAD_USER_INPUT', 'name: the file name, ending in .xlsx or .csv');
    }
    const id = randomUUID();
    const path = join(dir, id, name);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(bytes > maxBytes ? Object.assign(new Error('too large'), { tooLarge: true }) : null, chunk);
      },
    });
    try {
      await mkdir(join(dir, id), { recursive: true, mode: 0o700 });
      await pipeline(req, counter, createWriteStream(path, { mode: 0o600 }));
    } catch (error) {
      await rm(join(dir, id), { recursive: true, force: true });
      if ((error as { tooLarge?: boolean }).tooLarge) {
        return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `the file is larger than ${Math.round(maxBytes / 2 ** 20)} MB`);
      }
      return next(error);
    }
    uploads.set(id, { id, name, path, bytes, state: 'uploaded', at: Date.now() });
    res.status(201).json({ id, name, bytes });
  });

  router.post('/:id/preview', express.json({ limit: '64kb' }), async (req, res, next) => {
    const upload = find(req.params.id, res);
    if (!upload) return;
    const body = PreviewBody.safeParse(req.body ?? {});
    if (!body.success) return sendError(res, 400, 'BAD_USER_INPUT', `mapping: ${body.error.issues[0]?.message}`);
    if (running) return busy(res);
    running = upload.id;
    upload.state = 'previewing';
    try {
      const report = await previewRegistry(executor, upload.path, { mapping: body.data.mapping });
      upload.state = 'uploaded';
      res.json(reportJson(report));
    } catch (error) {
      upload.state = 'uploaded';
      if (error instanceof ParseError)
        return sendError(res, 400, 'BAD_USER_INPUT', error.message.replace(upload.path, upload.name));
      next(error);
    } finally {
      running = null;
    }
  });

  router.post('/:id/commit', express.json({ limit: '64kb' }), (req, res) => {
    const upload = find(req.params.id, res);
    if (!upload) return;
    const body = CommitBody.safeParse(req.body ?? {});
    if (!body.success)
      return sendError(
        res,
        400,
        'BAD_USER_INPUT',
        `${body.error.issues[0]?.path.join('.')}: ${body.error.issues[0]?.message}`,
      );
    if (upload.state === 'importing' || upload.state === 'done') {
      return sendError(
        res,
        409,
        'CONFLICT',
        `this upload is ${upload.state === 'done' ? 'imported already' : 'being imported'}`,
      );
    }
    if (running) return busy(res);
    running = upload.id;
    upload.state = 'importing';
    upload.at = Date.now();
    // Runs after the answer: the client follows it with GET /api/imports/:id.
    void importRegistry(executor, upload.path, {
      mapping: body.data.mapping,
      skipInvalid: body.data.skipInvalid,
      onProgress: (p) => (upload.progress = p),
    })
      .then((report) => {
        upload.report = report;
        upload.state = report.import?.written ? 'done' : 'failed';
        if (!report.import?.written) upload.error = 'rows were refused: fix them, or commit with skipInvalid';
      })
      .catch((error: Error) => {
        upload.state = 'failed';
        upload.error =
          error instanceof ParseError ? error.message.replace(upload.path, upload.name) : 'the import failed';
        if (!(error instanceof ParseError)) console.error('registry import failed:', error);
      })
      .finally(() => {
        running = null;
        upload.at = Date.now();
      });
    res.status(202).json({ id: upload.id, state: upload.state });
  });

  router.get('/:id', (req, res) => {
    const upload = find(req.params.id, res);
    if (!upload) return;
    res.json({
      id: upload.id,
      name: upload.name,
      bytes: upload.bytes,
      state: upload.state,
      progress: upload.progress ?? null,
      error: upload.error ?? null,
      report: upload.report ? reportJson(upload.report) : null,
    });
  });

  router.get('/:id/report.csv', (req, res) => {
    const upload = find(req.params.id, res);
    if (!upload) return;
    if (!upload.report) return sendError(res, 409, 'CONFLICT', 'no report yet: commit the import first');
    res.type('text/csv; charset=utf-8').attachment(`${upload.name}.report.csv`).send(reportCsv(upload));
  });
  return router;
}

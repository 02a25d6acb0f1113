/**
 * Registry imports as jobs (docs/registry.md, "Over HTTP"): a file is uploaded, previewed as often as the caller
 * likes (with a changed column mapping), committed once, and followed until it is done. The rules live here, not in
 * the HTTP layer (http/imports.ts, which only parses requests and maps answers and errors):
 *
 * - a file name ends in .xlsx or .csv, a file is at most `maxBytes`;
 * - one preview or import runs at a time per process; another is refused as busy;
 * - an upload is committed at most once (a failed one may be committed again);
 * - uploads and their reports are kept for `keepMs` (an hour) after their last change, then forgotten with their
 *   file when the next upload arrives (never while they are being previewed or imported).
 *
 * Jobs are kept in a JobStore (jobStore.ts); the upload itself is a file in `dir`/<id>/.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportProgress } from '../importer.js';
import { ParseError } from '../parse.js';
import type { Mapping } from '../registry/columns.js';
import type { RegistryOptions, RegistryReport } from '../registry/registry.js';
import { MemoryJobStore, type JobStore } from './jobStore.js';

export type ImportState = 'uploaded' | 'previewing' | 'importing' | 'done' | 'failed';

export interface ImportJob {
  id: string;
  /** The file's name as uploaded (no folders). */
  name: string;
  /** Where the file is kept; never shown to a caller. */
  path: string;
  bytes: number;
  state: ImportState;
  /** The importer's last progress report: phase, rows done, and the total once it is known. */
  progress?: ImportProgress;
  /** After a commit: what the import did (or why it wrote nothing). */
  report?: RegistryReport;
  /** Why a commit failed, in words a caller may see. */
  error?: string;
  /** When the job last changed (ms since the epoch); it is forgotten `keepMs` after that. */
  at: number;
}

/**
 * What the service runs: the registry pipeline over a file (registryRunner.ts), or a fake in unit tests. Only its
 * types are imported here, so the rules load without the database code.
 */
export interface RegistryRunner {
  preview(file: string, options: RegistryOptions): Promise<RegistryReport>;
  import(file: string, options: RegistryOptions): Promise<RegistryReport>;
}

export interface ImportJobsOptions {
  /** Largest upload, in bytes (default 200 MB). */
  maxBytes?: number;
  /** Where uploads are kept (default: the system's temporary folder). */
  dir?: string;
  /** How long an upload and its report are kept after their last change (default an hour). */
  keepMs?: number;
  /** Where jobs are kept (default: in this process's memory). */
  store?: JobStore<ImportJob>;
  /** The clock (ms since the epoch). */
  now?: () => number;
  /** Where an unexpected import failure is logged (default console.error). */
  log?: (message: string, error: unknown) => void;
}

export type ImportJobErrorReason = 'BAD_NAME' | 'TOO_LARGE' | 'NOT_FOUND' | 'BUSY' | 'CONFLICT' | 'BAD_FILE';

/** A refusal the caller can act on; its message is meant for the caller (it names no server path). */
export class ImportJobError extends Error {
  constructor(
    readonly reason: ImportJobErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ImportJobError';
  }
}

export interface CommitStarted {
  /** The job as the commit left it (`importing`). */
  job: ImportJob;
  /** Settles when the import has ended, with the job as it ended (`done` or `failed`); never rejects. */
  finished: Promise<ImportJob>;
}

const KEEP_MS = 3_600_000;
const BUSY = 'another import is running on this server; try again when it ends';

export class ImportJobs {
  private readonly maxBytes: number;
  private readonly dir: string;
  private readonly keepMs: number;
  private readonly store: JobStore<ImportJob>;
  private readonly now: () => number;
  private readonly log: (message: string, error: unknown) => void;
  /** The job whose preview or import is running in this process. */
  private running: string | null = null;

  constructor(
    private readonly runner: RegistryRunner,
    options: ImportJobsOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 200 * 2 ** 20;
    this.dir = options.dir ?? join(tmpdir(), 'g60-uploads');
    this.keepMs = options.keepMs ?? KEEP_MS;
    this.store = options.store ?? new MemoryJobStore<ImportJob>();
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message, error) => console.error(message, error));
  }

  /** Keeps a file as a new job (`uploaded`), after forgetting the stale ones. */
  async upload(fileName: string, body: Readable | AsyncIterable<Uint8Array>): Promise<ImportJob> {
    await this.expire();
    const name = basename(fileName);
    if (!/\.(xlsx|csv)$/i.test(name) || name.length > 200) {
      throw new ImportJobError('BAD_NAME', 'name: the file name, ending in .xlsx or .csv');
    }
    const id = randomUUID();
    const folder = join(this.dir, id);
    const path = join(folder, name);
    const maxBytes = this.maxBytes;
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(bytes > maxBytes ? Object.assign(new Error('too large'), { tooLarge: true }) : null, chunk);
      },
    });
    try {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await pipeline(body, counter, createWriteStream(path, { mode: 0o600 }));
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      if ((error as { tooLarge?: boolean }).tooLarge) {
        throw new ImportJobError('TOO_LARGE', `the file is larger than ${Math.round(maxBytes / 2 ** 20)} MB`);
      }
      throw error;
    }
    const job: ImportJob = { id, name, path, bytes, state: 'uploaded', at: this.now() };
    await this.store.put(job);
    return job;
  }

  /** The job as it is now: its state, progress, error and report. */
  async status(id: string): Promise<ImportJob> {
    const job = await this.store.get(id);
    if (!job) throw new ImportJobError('NOT_FOUND', `no upload "${id}" (uploads are kept for an hour)`);
    return job;
  }

  /** What importing the file with this mapping would do; nothing is written, and the job keeps its state. */
  async preview(id: string, options: { mapping?: Mapping } = {}): Promise<RegistryReport> {
    const job = await this.status(id);
    this.claim(job.id);
    try {
      await this.store.update(job.id, { state: 'previewing' });
      return await this.runner.preview(job.path, { mapping: options.mapping });
    } catch (error) {
      if (error instanceof ParseError) throw new ImportJobError('BAD_FILE', shown(error, job));
      throw error;
    } finally {
      this.running = null;
      // Back to where it was: a preview never makes an imported upload committable again.
      await this.store.update(job.id, { state: job.state });
    }
  }

  /**
   * Starts the import and returns at once (`importing`); it runs on, and its progress and end are read with
   * status(). Refused when the upload is imported or being imported already, or another job is running.
   */
  async commit(
    id: string,
    /** `actor`: who commits (an API key's id), recorded with the import's change set. */
    options: { mapping?: Mapping; skipInvalid?: boolean; actor?: string } = {},
  ): Promise<CommitStarted> {
    const job = await this.status(id);
    if (job.state === 'importing' || job.state === 'done') {
      throw new ImportJobError(
        'CONFLICT',
        `this upload is ${job.state === 'done' ? 'imported already' : 'being imported'}`,
      );
    }
    this.claim(job.id);
    let started: ImportJob | undefined;
    try {
      started = await this.store.update(job.id, { state: 'importing', at: this.now() });
    } catch (error) {
      this.running = null;
      throw error;
    }
    // Progress goes to the store in the order it came, and before the end; a progress the store fails to keep is
    // logged and passed over.
    let progressKept: Promise<void> = Promise.resolve();
    const onProgress = (progress: ImportProgress) => {
      progressKept = progressKept
        .then(() => this.store.update(job.id, { progress }))
        .then(
          () => undefined,
          (error: unknown) => this.log('registry import: could not keep its progress:', error),
        );
    };
    const finished = this.runner
      .import(job.path, {
        mapping: options.mapping,
        skipInvalid: options.skipInvalid,
        onProgress,
        actor: options.actor,
      })
      .then(
        (report): Partial<ImportJob> =>
          report.import?.written
            ? { report, state: 'done' }
            : { report, state: 'failed', error: 'rows were refused: fix them, or commit with skipInvalid' },
        (error: unknown): Partial<ImportJob> => {
          if (!(error instanceof ParseError)) this.log('registry import failed:', error);
          return { state: 'failed', error: error instanceof ParseError ? shown(error, job) : 'the import failed' };
        },
      )
      .then(async (end) => {
        await progressKept;
        await this.store.update(job.id, { ...end, at: this.now() });
        return this.status(job.id);
      })
      .catch((error: unknown): ImportJob => {
        // The store failed to keep the end: the job is left as the store has it.
        this.log('registry import: could not keep its end:', error);
        return { ...job, state: 'failed', error: 'the import failed' };
      })
      .finally(() => {
        this.running = null;
      });
    return { job: started ?? { ...job, state: 'importing' }, finished };
  }

  /** Forgets the jobs unchanged for longer than `keepMs` (not those running), and removes their files. */
  async expire(): Promise<void> {
    const now = this.now();
    for (const job of await this.store.list()) {
      if (now - job.at > this.keepMs && job.state !== 'importing' && job.state !== 'previewing') {
        await this.store.delete(job.id);
        void rm(join(this.dir, job.id), { recursive: true, force: true }).catch((error: unknown) =>
          this.log('registry import: could not remove an expired upload:', error),
        );
      }
    }
  }

  private claim(id: string): void {
    if (this.running) throw new ImportJobError('BUSY', BUSY);
    this.running = id;
  }
}

/** A parse error's message naming the file as the caller called it, not where it is kept. */
const shown = (error: ParseError, job: ImportJob) => error.message.replace(job.path, job.name);

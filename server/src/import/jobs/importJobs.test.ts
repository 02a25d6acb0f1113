/**
 * The import job rules with a fake registry pipeline (the real one is walked over HTTP in
 * http/imports.int.test.ts): names and sizes, one preview or import at a time, commit once, progress and the end
 * in the status, parse errors without server paths, expiry. Uploads are real files in a temporary folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress, ImportSummary } from '../importer.js';
import { ParseError } from '../parse.js';
import type { RegistryOptions, RegistryReport } from '../registry/registry.js';
import {
  ImportJobError,
  ImportJobs,
  type ImportJob,
  type ImportJobsOptions,
  type RegistryRunner,
} from './importJobs.js';
import { MemoryJobStore } from './jobStore.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function report(summary?: Partial<ImportSummary>): RegistryReport {
  return {
    file: 'r.xlsx',
    sheets: [],
    rejected: [],
    unplaced: [],
    codesVersion: '1',
    where: (line) => `名录:${line}`,
    import: summary && {
      rows: 2,
      valid: 2,
      invalid: 0,
      created: 2,
      updated: 0,
      unchanged: 0,
      batches: 1,
      written: true,
      errors: [],
      ms: 1,
      rowsPerSecond: 2000,
      ...summary,
    },
  };
}

/** A pipeline whose runs end when the test says; each call is recorded with the file and options it got. */
class FakeRunner implements RegistryRunner {
  readonly calls: { kind: 'preview' | 'import'; file: string; options: RegistryOptions }[] = [];
  private readonly pending: ReturnType<typeof deferred<RegistryReport>>[] = [];
  private readonly waiting: { runs: number; resolve: () => void }[] = [];

  preview(file: string, options: RegistryOptions) {
    return this.run('preview', file, options);
  }

  import(file: string, options: RegistryOptions) {
    return this.run('import', file, options);
  }

  /** Resolves once this many runs have started. */
  started(runs: number): Promise<void> {
    if (this.calls.length >= runs) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ runs, resolve }));
  }

  /** The latest run. */
  get last() {
    return { ...this.calls.at(-1)!, run: this.pending.at(-1)! };
  }

  private run(kind: 'preview' | 'import', file: string, options: RegistryOptions) {
    const run = deferred<RegistryReport>();
    this.calls.push({ kind, file, options });
    this.pending.push(run);
    for (const w of this.waiting.filter((w) => w.runs <= this.calls.length)) {
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.resolve();
    }
    return run.promise;
  }
}

let dir: string;
let runner: FakeRunner;
let clock: number;
let logged: unknown[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'g60-import-jobs-'));
  runner = new FakeRunner();
  clock = 1_000_000;
  logged = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const jobsWith = (options: ImportJobsOptions = {}) =>
  new ImportJobs(runner, { dir, now: () => clock, log: (_m, e) => logged.push(e), ...options });
const file = (text = 'a,b\n1,2\n') => Readable.from([Buffer.from(text)]);
const refusal = (reason: string, message: string | RegExp) =>
  expect.objectContaining({ name: 'ImportJobError', reason, message: expect.stringMatching(message) });

describe('upload', () => {
  it('keeps the file under its own folder and answers its id, name and size', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('../../etc/registry.CSV', file('a,b\n'));
    expect(job).toMatchObject({ name: 'registry.CSV', bytes: 4, state: 'uploaded', at: clock });
    expect(job.path).toBe(join(dir, job.id, 'registry.CSV'));
    expect(await readFile(job.path, 'utf8')).toBe('a,b\n');
    expect(await jobs.status(job.id)).toEqual(job);
  });

  it('refuses a name that is not .xlsx or .csv, or is too long, before reading anything', async () => {
    const jobs = jobsWith();
    const message = 'name: the file name, ending in .xlsx or .csv';
    await expect(jobs.upload('notes.txt', file())).rejects.toEqual(refusal('BAD_NAME', message));
    await expect(jobs.upload('', file())).rejects.toEqual(refusal('BAD_NAME', message));
    await expect(jobs.upload(`${'x'.repeat(200)}.csv`, file())).rejects.toEqual(refusal('BAD_NAME', message));
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a file over the size and keeps nothing of it', async () => {
    const jobs = jobsWith({ maxBytes: 10 });
    await expect(jobs.upload('big.csv', Readable.from([Buffer.alloc(6), Buffer.alloc(6)]))).rejects.toEqual(
      refusal('TOO_LARGE', 'the file is larger than 0 MB'),
    );
    expect(await readdir(dir)).toEqual([]);
    await expect(jobs.upload('small.csv', Readable.from([Buffer.alloc(10)]))).resolves.toMatchObject({ bytes: 10 });
  });

  it('names the size limit in MB', async () => {
    const jobs = jobsWith({ maxBytes: 2 * 2 ** 20 });
    const big = Readable.from([Buffer.alloc(2 ** 20), Buffer.alloc(2 ** 20), Buffer.alloc(1)]);
    await expect(jobs.upload('big.csv', big)).rejects.toEqual(refusal('TOO_LARGE', /^the file is larger than 2 MB$/));
  });

  it('passes on a failing body as it is, and keeps nothing of it', async () => {
    const jobs = jobsWith();
    const broken = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(jobs.upload('r.csv', broken)).rejects.toThrow('client went away');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('status', () => {
  it('refuses an unknown id', async () => {
    await expect(jobsWith().status('nope')).rejects.toEqual(
      refusal('NOT_FOUND', /^no upload "nope" \(uploads are kept for an hour\)$/),
    );
  });
});

describe('preview', () => {
  it('runs the pipeline on the file with the mapping, shows `previewing` meanwhile, and writes no state', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('r.xlsx', file());
    const answer = jobs.preview(job.id, { mapping: { name: '单位全称' } });
    await runner.started(1);
    expect(runner.last).toMatchObject({ kind: 'preview', file: job.path, options: { mapping: { name: '单位全称' } } });
    expect((await jobs.status(job.id)).state).toBe('previewing');
    const previewed = report();
    runner.last.run.resolve(previewed);
    expect(await answer).toBe(previewed);
    const after = await jobs.status(job.id);
    expect(after.state).toBe('uploaded');
    expect(after.report).toBeUndefined();
  });

  it('turns a parse error into BAD_FILE naming the upload, not where it is kept', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('bad.xlsx', file());
    const answer = jobs.preview(job.id);
    await runner.started(1);
    runner.last.run.reject(new ParseError(`${job.path}: not an Excel workbook`));
    await expect(answer).rejects.toEqual(refusal('BAD_FILE', /^bad\.xlsx: not an Excel workbook$/));
    expect((await jobs.status(job.id)).state).toBe('uploaded');
  });

  it('passes on any other failure, and frees the server for the next', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('r.xlsx', file());
    const answer = jobs.preview(job.id);
    await runner.started(1);
    runner.last.run.reject(new Error('database down'));
    await expect(answer).rejects.toThrow('database down');
    expect(await answer.catch((e: unknown) => e)).not.toBeInstanceOf(ImportJobError);
    const again = jobs.preview(job.id);
    await runner.started(2);
    runner.last.run.resolve(report());
    await expect(again).resolves.toBeDefined();
  });

  it('leaves an imported upload imported', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('r.xlsx', file());
    const { finished } = await jobs.commit(job.id);
    runner.last.run.resolve(report({}));
    await finished;
    const answer = jobs.preview(job.id);
    await runner.started(2);
    runner.last.run.resolve(report());
    await answer;
    expect((await jobs.status(job.id)).state).toBe('done');
    await expect(jobs.commit(job.id)).rejects.toEqual(refusal('CONFLICT', 'this upload is imported already'));
  });
});

describe('one at a time', () => {
  const busy = refusal('BUSY', /^another import is running on this server; try again when it ends$/);

  it('refuses a preview or a commit while a preview runs, of the same upload or another', async () => {
    const jobs = jobsWith();
    const a = await jobs.upload('a.xlsx', file());
    const b = await jobs.upload('b.xlsx', file());
    const answer = jobs.preview(a.id);
    await runner.started(1);
    await expect(jobs.preview(a.id)).rejects.toEqual(busy);
    await expect(jobs.preview(b.id)).rejects.toEqual(busy);
    await expect(jobs.commit(b.id)).rejects.toEqual(busy);
    expect((await jobs.status(b.id)).state).toBe('uploaded');
    runner.last.run.resolve(report());
    await answer;
    const next = jobs.preview(b.id);
    await runner.started(2);
    runner.last.run.resolve(report());
    await expect(next).resolves.toBeDefined();
    expect(runner.calls.map((c) => c.file)).toEqual([a.path, b.path]);
  });

  it('refuses another commit or a preview while an import runs, and takes the next when it ends', async () => {
    const jobs = jobsWith();
    const a = await jobs.upload('a.xlsx', file());
    const b = await jobs.upload('b.xlsx', file());
    const { finished } = await jobs.commit(a.id);
    await expect(jobs.commit(b.id)).rejects.toEqual(busy);
    await expect(jobs.preview(b.id)).rejects.toEqual(busy);
    runner.last.run.resolve(report({}));
    await finished;
    const next = await jobs.commit(b.id);
    expect(next.job.state).toBe('importing');
  });
});

describe('commit', () => {
  it('answers `importing` at once, shows the progress, and ends `done` with the report', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('r.xlsx', file());
    clock += 5_000;
    const { job: started, finished } = await jobs.commit(job.id, { mapping: { name: '单位全称' }, skipInvalid: true });
    expect(started).toMatchObject({ id: job.id, state: 'importing', at: clock });
    expect(runner.last).toMatchObject({
      kind: 'import',
      file: job.path,
      options: { mapping: { name: '单位全称' }, skipInvalid: true },
    });
    const progress: ImportProgress = { phase: 'write', done: 500, total: 2000 };
    runner.last.options.onProgress?.({ phase: 'read', done: 10_000 });
    runner.last.options.onProgress?.(progress);
    await expect.poll(async () => (await jobs.status(job.id)).progress).toEqual(progress);
    expect((await jobs.status(job.id)).state).toBe('importing');
    await expect(jobs.commit(job.id)).rejects.toEqual(refusal('CONFLICT', /^this upload is being imported$/));

    clock += 5_000;
    const imported = report({ created: 2 });
    runner.last.run.resolve(imported);
    const ended = await finished;
    expect(ended).toMatchObject({ state: 'done', report: imported, progress, at: clock });
    expect(ended.error).toBeUndefined();
    expect(await jobs.status(job.id)).toEqual(ended);
    await expect(jobs.commit(job.id)).rejects.toEqual(refusal('CONFLICT', /^this upload is imported already$/));
  });

  it('ends `failed` with the report when rows were refused and nothing was written; it may be committed again', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('r.xlsx', file());
    const first = await jobs.commit(job.id);
    const refused = report();
    refused.rejected.push({ at: '名录:4', column: '统一社会信用代码', message: 'check character' });
    runner.last.run.resolve(refused);
    expect(await first.finished).toMatchObject({
      state: 'failed',
      report: refused,
      error: 'rows were refused: fix them, or commit with skipInvalid',
    });
    const second = await jobs.commit(job.id, { skipInvalid: true });
    runner.last.run.resolve(report({ written: true }));
    expect(await second.finished).toMatchObject({ state: 'done' });
  });

  it('ends `failed` naming the upload when the file cannot be read', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('bad.xlsx', file());
    const { finished } = await jobs.commit(job.id);
    runner.last.run.reject(new ParseError(`${job.path}: not an Excel workbook`));
    expect(await finished).toMatchObject({ state: 'failed', error: 'bad.xlsx: not an Excel workbook' });
    expect(logged).toEqual([]);
  });

  it('ends `failed` with a plain message when the import breaks, and logs the cause', async () => {
    const jobs = jobsWith();
    const job = await jobs.upload('r.xlsx', file());
    const { finished } = await jobs.commit(job.id);
    const cause = new Error('bolt connection lost');
    runner.last.run.reject(cause);
    expect(await finished).toMatchObject({ state: 'failed', error: 'the import failed' });
    expect(logged).toEqual([cause]);
  });

  it('refuses an unknown upload', async () => {
    await expect(jobsWith().commit('nope')).rejects.toEqual(refusal('NOT_FOUND', /^no upload "nope"/));
  });
});

describe('expiry', () => {
  it('forgets uploads unchanged for longer than an hour, with their files, when the next arrives', async () => {
    const jobs = jobsWith();
    const old = await jobs.upload('old.xlsx', file());
    clock += 3_600_000;
    const kept = await jobs.upload('kept.xlsx', file());
    expect(existsSync(old.path)).toBe(true);
    clock += 1;
    await jobs.upload('new.xlsx', file());
    await expect(jobs.status(old.id)).rejects.toEqual(refusal('NOT_FOUND', /^no upload/));
    await expect.poll(() => existsSync(join(dir, old.id))).toBe(false);
    expect((await jobs.status(kept.id)).name).toBe('kept.xlsx');
  });

  it('keeps a job while it is imported, and counts its hour from when the import ended', async () => {
    const store = new MemoryJobStore<ImportJob>();
    const jobs = jobsWith({ store, keepMs: 1_000 });
    const job = await jobs.upload('r.xlsx', file());
    const { finished } = await jobs.commit(job.id);
    clock += 5_000;
    await jobs.expire();
    expect((await jobs.status(job.id)).state).toBe('importing');
    runner.last.run.resolve(report({}));
    await finished;
    clock += 1_000;
    await jobs.expire();
    expect((await jobs.status(job.id)).state).toBe('done');
    clock += 1;
    await jobs.expire();
    expect(await store.get(job.id)).toBeUndefined();
  });

  it('keeps a job while it is previewed', async () => {
    const jobs = jobsWith({ keepMs: 1_000 });
    const job = await jobs.upload('r.xlsx', file());
    const answer = jobs.preview(job.id);
    await runner.started(1);
    clock += 5_000;
    await jobs.expire();
    expect((await jobs.status(job.id)).state).toBe('previewing');
    runner.last.run.resolve(report());
    await answer;
  });
});

describe('the store', () => {
  it('is used for every job: a job put there by another writer is served', async () => {
    const store = new MemoryJobStore<ImportJob>();
    await store.put({
      id: 'x',
      name: 'r.xlsx',
      path: join(dir, 'x', 'r.xlsx'),
      bytes: 1,
      state: 'uploaded',
      at: clock,
    });
    const jobs = jobsWith({ store });
    expect((await jobs.status('x')).name).toBe('r.xlsx');
    const { finished } = await jobs.commit('x');
    expect((await store.get('x'))?.state).toBe('importing');
    runner.last.run.resolve(report({}));
    await finished;
    expect((await store.get('x'))?.state).toBe('done');
  });

  it('keeps the progress before the end, however slowly the store writes', async () => {
    const store = new MemoryJobStore<ImportJob>();
    const jobs = jobsWith({ store });
    const job = await jobs.upload('r.xlsx', file());
    const gate = deferred<void>();
    const update = store.update.bind(store);
    store.update = async (id, change) => {
      if (change.progress) await gate.promise;
      return update(id, change);
    };
    const { finished } = await jobs.commit(job.id);
    const progress: ImportProgress = { phase: 'write', done: 2, total: 2 };
    runner.last.options.onProgress?.(progress);
    runner.last.run.resolve(report({}));
    let ended: ImportJob | undefined;
    void finished.then((j) => (ended = j));
    // Every pending continuation runs before the next turn of the event loop: the end waits on the progress.
    await new Promise((r) => setImmediate(r));
    expect(ended).toBeUndefined();
    gate.resolve();
    expect(await finished).toMatchObject({ state: 'done', progress });
  });

  it('passes over a progress the store fails to keep, and logs it', async () => {
    const store = new MemoryJobStore<ImportJob>();
    const jobs = jobsWith({ store });
    const job = await jobs.upload('r.xlsx', file());
    const update = store.update.bind(store);
    const lost = new Error('store hiccup');
    store.update = (id, change) => (change.progress ? Promise.reject(lost) : update(id, change));
    const { finished } = await jobs.commit(job.id);
    runner.last.options.onProgress?.({ phase: 'write', done: 1 });
    runner.last.run.resolve(report({}));
    expect(await finished).toMatchObject({ state: 'done' });
    expect(logged).toEqual([lost]);
  });

  it('frees the server when the store cannot start a commit', async () => {
    const store = new MemoryJobStore<ImportJob>();
    const jobs = jobsWith({ store });
    const job = await jobs.upload('r.xlsx', file());
    const update = store.update.bind(store);
    store.update = () => Promise.reject(new Error('store down'));
    await expect(jobs.commit(job.id)).rejects.toThrow('store down');
    store.update = update;
    const { finished } = await jobs.commit(job.id);
    runner.last.run.resolve(report({}));
    expect((await finished).state).toBe('done');
  });
});

/**
 * The synthetic corridor from generator to store in one pass: each record is drawn (seeds/synthetic/), written to
 * its JSON Lines export file and, for a bulk load, checked and written to the importer's CSV files, without the
 * corridor ever being whole in memory. Used by `npm run seed:synthetic` and by the bench's first load of a scale.
 */
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { ImportRecord } from '@g60/graph-schema';
import { corridorRecords, EXPORT_FILES, type ExportFile, type Scale } from '@g60/seeds/synthetic';
import type { Env } from '../env.js';
import { BulkCsvWriter } from '../import/bulk/bulkCsv.js';
import { bulkCommand, type BulkCommandResult } from '../import/bulk/bulkCommand.js';
import { addParsed, addStream, parseInputs } from '../import/bulk/bulkInput.js';
import { readRecords } from '../import/parse.js';
import { CURATED_DIR, curatedFiles } from './loadSeed.js';

interface ExportFileState {
  out: WriteStream;
  hash: Hash;
  pending: string;
  lines: number;
}

/**
 * The export: one JSON Lines file per part of the corridor and SHA256SUMS beside them (`sha256sum -c` checks a
 * copy). The same scale and seed give the same bytes.
 */
export class CorridorExport {
  private readonly files = new Map<ExportFile, ExportFileState>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const file of EXPORT_FILES) {
      const out = createWriteStream(join(dir, `${file}.jsonl`), { encoding: 'utf8' });
      this.files.set(file, { out, hash: createHash('sha256'), pending: '', lines: 0 });
    }
  }

  /** Appends the record and returns its line in its file. */
  write(file: ExportFile, record: ImportRecord): number {
    const state = this.files.get(file) as ExportFileState;
    state.pending += `${JSON.stringify(record)}\n`;
    if (state.pending.length >= 65_536) this.flush(state);
    return ++state.lines;
  }

  async drain(): Promise<void> {
    for (const { out } of this.files.values()) if (out.writableNeedDrain) await once(out, 'drain');
  }

  /** Closes the files; returns the digest of SHA256SUMS, one hash for the whole export. */
  async finish(): Promise<{ sha256: string; records: number }> {
    let sums = '';
    let records = 0;
    for (const [file, state] of this.files) {
      this.flush(state);
      state.out.end();
      await once(state.out, 'finish');
      sums += `${state.hash.digest('hex')}  ${file}.jsonl\n`;
      records += state.lines;
    }
    writeFileSync(join(this.dir, 'SHA256SUMS'), sums);
    return { sha256: createHash('sha256').update(sums).digest('hex'), records };
  }

  private flush(state: ExportFileState): void {
    if (!state.pending) return;
    state.hash.update(state.pending);
    state.out.write(state.pending);
    state.pending = '';
  }
}

export interface SyntheticBulkOptions {
  scale: Scale;
  seed: number;
  /** Where the export goes. */
  out: string;
  log: (line: string) => void;
}

/** How often the generator reports, in records. */
const PROGRESS_EVERY = 1_000_000;

/**
 * The curated set and the corridor into an empty local store (env's NEO4J_DATA_DIR and port) through the offline
 * importer: the curated records first (the corridor builds on its cities and segments), then the stream.
 */
export async function bulkLoadSynthetic(
  env: Env,
  options: SyntheticBulkOptions,
): Promise<BulkCommandResult & { export: { sha256: string; records: number } }> {
  let exported = { sha256: '', records: 0 };
  const result = await bulkCommand(
    env,
    async (dir) => {
      const curated = await Promise.all(
        curatedFiles().map(async ({ name, path }) => ({ name, raw: await readRecords(path) })),
      );
      const writer = new BulkCsvWriter(dir);
      await addParsed(writer, parseInputs(curated));
      const corridor = new CorridorExport(options.out);
      const started = performance.now();
      // The export is written as the records pass, so the stream has one reader and the export one pass.
      function* records() {
        for (const { file, record } of corridorRecords(options.scale, options.seed, CURATED_DIR)) {
          yield { file: `${file}.jsonl`, line: corridor.write(file, record), value: record };
        }
      }
      let reported = 0;
      await addStream(writer, records(), (n) => {
        if (n - reported >= PROGRESS_EVERY) {
          reported = n;
          const seconds = (performance.now() - started) / 1000;
          options.log(`  ${n.toLocaleString('en')} records drawn and checked (${Math.round(n / seconds)}/s)`);
        }
        return corridor.drain();
      });
      exported = await corridor.finish();
      return writer;
    },
    { skipInvalid: false, log: options.log },
  );
  return { ...result, export: exported };
}

// `setu align --batch LIST.tsv --output-dir DIR [--jobs N]`: many document pairs, each written
// as DIR/<ID>.json in the single-pair JSON shape. Pairs run on worker threads; a pair that
// fails is reported and skipped, and the others go on.

import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import { fileError, readTextFile, writeFileAtomically } from '../files';
import { alignmentJson } from './alignment';
import { writeJsonPieces } from './json-pieces';

export type BatchPair = { source: string; target: string; id: string; line: number };
export type BatchJob = BatchPair & {
  presegmented: boolean;
  outputDirectory: string;
  sourceLang: string;
  targetLang: string;
};
type BatchOutcome = { id: string; line: number; error: string | null };

/** LIST.tsv: SOURCE<TAB>TARGET[<TAB>ID] per line; relative paths are relative to the list. */
export function parseBatchList(text: string, listFile: string): BatchPair[] {
  const base = path.dirname(path.resolve(listFile));
  const pairs: BatchPair[] = [];
  const ids = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [source, target, id] = raw.split('\t').map((field) => field.trim());
    if (!source || !target) {
      throw new ApiError(
        'bad_input',
        `${listFile}, line ${line}: expected SOURCE<TAB>TARGET[<TAB>ID].`,
      );
    }
    const name = id || path.basename(source).replace(/(\.[^.]+)+$/, '');
    // (The ASCII test first: compiling the Unicode classes costs a cold process milliseconds.)
    if (!/^[A-Za-z0-9._-]+$/.test(name) && !/^[\p{L}\p{N}._-]+$/u.test(name)) {
      throw new ApiError(
        'bad_input',
        `${listFile}, line ${line}: the ID “${name}” may hold only letters, digits, . _ -`,
      );
    }
    if (ids.has(name))
      throw new ApiError('bad_input', `${listFile}, line ${line}: the ID “${name}” is used twice.`);
    ids.add(name);
    pairs.push({
      source: path.resolve(base, source),
      target: path.resolve(base, target),
      id: name,
      line,
    });
  });
  return pairs;
}

export function runJob(job: BatchJob): BatchOutcome {
  try {
    const { alignment: _alignment, ...result } = alignmentJson(
      { text: readTextFile(job.source), lang: job.sourceLang },
      { text: readTextFile(job.target), lang: job.targetLang },
      job.presegmented,
    );
    // Through a temporary file: a batch stopped midway leaves no truncated JSON behind.
    writeFileAtomically(path.join(job.outputDirectory, `${job.id}.json`), (write) =>
      writeJsonPieces(result, write, '\n'),
    );
    return { id: job.id, line: job.line, error: null };
  } catch (error) {
    return {
      id: job.id,
      line: job.line,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function progress(done: number, total: number, failed: number): void {
  if (!process.stderr.isTTY && done !== total && done % 10 !== 0) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
  const failures = failed > 0 ? `, ${failed} failed` : '';
  process.stderr.write(
    `${process.stderr.isTTY ? '\r' : ''}[${bar}] ${done}/${total}${failures}${process.stderr.isTTY && done !== total ? '' : '\n'}`,
  );
}

/**
 * Input bytes per worker thread when --jobs is not given. A thread starts cold (its own JIT
 * warm-up costs about as much as aligning 1 MB), so small batches run faster on one thread.
 */
const bytesPerThread = 2 * 1024 * 1024;

export function defaultThreads(pairs: readonly BatchPair[]): number {
  let bytes = 0;
  for (const pair of pairs) {
    for (const file of [pair.source, pair.target]) {
      try {
        bytes += statSync(file).size;
      } catch {
        // A missing file fails its own job, with its own message.
      }
    }
  }
  return Math.max(1, Math.min(availableParallelism(), Math.floor(bytes / bytesPerThread)));
}

export async function runBatch(
  pairs: BatchPair[],
  options: Omit<BatchJob, keyof BatchPair> & { jobs?: number },
): Promise<BatchOutcome[]> {
  const { jobs: threadsAsked, ...settings } = options;
  try {
    mkdirSync(settings.outputDirectory, { recursive: true });
  } catch (error) {
    throw fileError(error, settings.outputDirectory, 'write');
  }
  const jobs: BatchJob[] = pairs.map((pair) => ({ ...pair, ...settings }));
  const outcomes: BatchOutcome[] = [];
  let failed = 0;
  const record = (outcome: BatchOutcome) => {
    outcomes.push(outcome);
    if (outcome.error) {
      failed += 1;
      if (process.stderr.isTTY) process.stderr.write('\n');
      process.stderr.write(
        `setu align: pair ${outcome.id} (list line ${outcome.line}) skipped: ${outcome.error}\n`,
      );
    }
    progress(outcomes.length, jobs.length, failed);
  };
  const threads = Math.max(1, Math.min(threadsAsked ?? defaultThreads(pairs), jobs.length));
  const workerModule = threads > 1 ? await import('./batch-worker') : null;
  // Worker threads need bundled JavaScript: from TypeScript source, the pairs run in process.
  const workerCode = workerModule?.batchWorkerCode() ?? null;
  if (workerModule === null || workerCode === null) {
    for (const job of jobs) record(runJob(job));
    return outcomes;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () => {
      const thread = new workerModule.Worker(workerCode, { eval: true, argv: [] });
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next >= jobs.length) {
            void thread.terminate().then(() => resolve());
            return;
          }
          thread.postMessage(jobs[next++]);
        };
        thread.on('message', (outcome: BatchOutcome) => {
          record(outcome);
          feed();
        });
        thread.on('error', reject);
        feed();
      });
    }),
  );
  return outcomes;
}

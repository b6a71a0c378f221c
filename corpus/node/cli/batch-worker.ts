// The worker side of `setu align --batch --jobs N`. Imported only by a batch that uses threads,
// so that one on a single thread never loads worker_threads.

import { parentPort } from 'node:worker_threads';
import { runJob } from './batch';
import type { BatchJob } from './batch';

export { Worker } from 'node:worker_threads';

/** Runs in a worker thread: aligns each job it is sent and posts back the outcome. */
export function serveBatchJobs(): void {
  parentPort!.on('message', (job: BatchJob) => parentPort!.postMessage(runJob(job)));
}

/**
 * The code a worker thread evaluates: it requires the bundled CLI (bin/setu.cjs names it) and
 * serves jobs. From TypeScript source there is no bundle to require, so there is none.
 */
export function batchWorkerCode(): string | null {
  const bundle = (globalThis as { setuCliBundle?: string }).setuCliBundle;
  return bundle === undefined ? null : `require(${JSON.stringify(bundle)}).serveBatchWorker();`;
}

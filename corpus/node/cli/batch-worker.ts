// The worker side of `setu align --batch --jobs N`. Imported only by a batch that uses threads,
// so that one on a single thread never loads worker_threads; a worker thread loads this module
// as its entry and runs the jobs it is sent.

import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runJob } from './batch';
import type { BatchJob } from './batch';

export const batchWorkerMarker = 'setu-align-batch';

if (!isMainThread && (workerData as { marker?: string } | null)?.marker === batchWorkerMarker) {
  parentPort!.on('message', (job: BatchJob) => parentPort!.postMessage(runJob(job)));
}

/** The file a worker thread loads: this module bundled; from TypeScript source there is none. */
export function batchWorkerEntry(): string | null {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith('.mjs') || file.endsWith('.js') ? file : null;
}

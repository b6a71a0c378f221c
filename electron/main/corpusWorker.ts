// The corpus worker thread (bundled to electron/dist/corpus-worker.cjs): owns the SQLite
// database, runs dispatch for each call the main thread forwards, and posts corpus events back.
// Calls run one at a time in arrival order, as they would on one connection anywhere else.

import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { OpenOptions } from '../../corpus/node/db/open';
import { openCorpus } from '../../corpus/node/db/open';
import type { Corpus } from '../../corpus/node/dispatch';
import { createCorpus } from '../../corpus/node/dispatch';
import { seedSample } from '../../corpus/node/samples';
import type { CorpusWorkerData, WorkerReply, WorkerRequest } from './corpusHost';

/** corpus/node/db/open.ts forwards `nativeBinding` to better-sqlite3 (see docs/desktop.md). */
type DesktopOpenOptions = OpenOptions & { nativeBinding?: string };

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
    return (
      `better-sqlite3 is built for another runtime than this one (${message.split('\n')[0]}). ` +
      'Run `npm run rebuild:electron` to build it for Electron.'
    );
  }
  return message;
}

function start(port: NonNullable<typeof parentPort>, data: CorpusWorkerData): void {
  const post = (reply: WorkerReply) => port.postMessage(reply);
  let corpus: Corpus;
  try {
    const fresh = !existsSync(data.databaseFile);
    const options: DesktopOpenOptions = data.nativeBinding
      ? { nativeBinding: data.nativeBinding }
      : {};
    corpus = createCorpus(openCorpus(data.databaseFile, options));
    if (fresh && data.seedSampleWhenNew) seedSample(corpus);
  } catch (error) {
    post({ type: 'failed', message: describe(error) });
    port.close();
    return;
  }
  corpus.subscribe((event) => post({ type: 'event', event }));
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'close') {
      corpus.db.close();
      post({ type: 'closed' });
      port.close();
      return;
    }
    post({ type: 'result', id: request.id, response: corpus.dispatch(request.name, request.args) });
  });
  post({ type: 'ready', databaseFile: data.databaseFile });
}

if (parentPort) start(parentPort, workerData as CorpusWorkerData);

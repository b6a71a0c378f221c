// Where the corpus runs. The desktop app keeps SQLite off the main process's event loop: a
// worker thread owns the database and runs dispatch, the main thread only forwards calls and
// events. A 1,000,000-unit import then costs the window nothing (docs/desktop.md has the
// figures). The in-process host is the same contract without the thread, for tests and tools.

import { Worker } from 'node:worker_threads';
import type { CorpusEvent } from '../../shared/client';
import type { ApiResponse } from '../../shared/errors';
import type { Corpus } from '../../corpus/node/dispatch';

export type CorpusHost = {
  dispatch(name: string, args: unknown): Promise<ApiResponse<unknown>>;
  subscribe(listener: (event: CorpusEvent) => void): () => void;
  /** Finishes the calls already sent, then closes the database. */
  close(): Promise<void>;
};

/** What the worker is started with (workerData). */
export type CorpusWorkerData = {
  databaseFile: string;
  /** Import the bundled sample article when the database file is new. */
  seedSampleWhenNew: boolean;
  /** better-sqlite3 built for Electron's ABI (see scripts/build-electron.mjs --native). */
  nativeBinding?: string;
};

export type WorkerRequest =
  { type: 'call'; id: number; name: string; args: unknown } | { type: 'close' };

export type WorkerReply =
  | { type: 'ready'; databaseFile: string }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; response: ApiResponse<unknown> }
  | { type: 'event'; event: CorpusEvent }
  | { type: 'closed' };

export function inProcessHost(corpus: Corpus): CorpusHost {
  return {
    // JSON round trip: the same copy semantics as a thread or IPC boundary.
    dispatch: async (name, args) =>
      JSON.parse(JSON.stringify(corpus.dispatch(name, args))) as ApiResponse<unknown>,
    subscribe: (listener) => corpus.subscribe(listener),
    close: async () => {
      corpus.db.close();
    },
  };
}

export type WorkerHostOptions = CorpusWorkerData & {
  /** The worker's entry: the bundled electron/dist/corpus-worker.cjs. */
  script: string;
};

export class CorpusStartError extends Error {
  override name = 'CorpusStartError';
}

/** Starts the corpus worker and resolves once the database is open (and migrated, and seeded). */
export function startWorkerHost(options: WorkerHostOptions): Promise<CorpusHost> {
  const { script, ...data } = options;
  const worker = new Worker(script, { workerData: data satisfies CorpusWorkerData });
  const pending = new Map<number, (response: ApiResponse<unknown>) => void>();
  const listeners = new Set<(event: CorpusEvent) => void>();
  let nextId = 1;
  let exited = false;
  let closing: Promise<void> | null = null;

  const failAll = (message: string) => {
    for (const resolve of pending.values())
      resolve({ ok: false, error: { code: 'internal', message } });
    pending.clear();
  };

  const host: CorpusHost = {
    dispatch(name, args) {
      if (exited || closing)
        return Promise.resolve({
          ok: false,
          error: { code: 'internal', message: 'The corpus is closed.' },
        });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'call', id, name, args } satisfies WorkerRequest);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      if (exited) return Promise.resolve();
      closing ??= new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        // Messages are handled in order, so every call sent before this one is answered first.
        worker.postMessage({ type: 'close' } satisfies WorkerRequest);
      });
      return closing;
    },
  };

  return new Promise((resolve, reject) => {
    let started = false;
    worker.on('message', (reply: WorkerReply) => {
      switch (reply.type) {
        case 'ready':
          started = true;
          resolve(host);
          break;
        case 'failed':
          reject(new CorpusStartError(reply.message));
          break;
        case 'result':
          pending.get(reply.id)?.(reply.response);
          pending.delete(reply.id);
          break;
        case 'event':
          for (const listener of listeners) listener(reply.event);
          break;
        case 'closed':
          break;
      }
    });
    worker.on('error', (error) => {
      if (!started) reject(new CorpusStartError(error.message));
      failAll(`The corpus worker stopped: ${error.message}`);
    });
    worker.on('exit', (code) => {
      exited = true;
      if (!started) reject(new CorpusStartError(`The corpus worker exited with code ${code}.`));
      failAll('The corpus worker has exited.');
    });
  });
}

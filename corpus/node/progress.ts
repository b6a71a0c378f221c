import type { CorpusEvent } from '../../shared/client';

// Handlers are synchronous functions of (db, args), so a long one cannot return progress; it
// reports here instead, and dispatch forwards the events while the call runs. In the desktop
// app the corpus runs on a worker thread, so the window receives them as they happen.
let reporter: ((event: CorpusEvent) => void) | null = null;

export function withProgressReporter<T>(report: (event: CorpusEvent) => void, run: () => T): T {
  const previous = reporter;
  reporter = report;
  try {
    return run();
  } finally {
    reporter = previous;
  }
}

export function reportProgress(job: string, done: number, total: number, label: string): void {
  reporter?.({ type: 'progress', job, done, total, label });
}

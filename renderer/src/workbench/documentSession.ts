// One open document: its rows, the active row, and the queue every change goes through. The
// queue matters because each mutation carries the revision it was made against (`baseRev`):
// sent one at a time, each sees the revision the previous one produced.

import type { ArgsOf, MethodName, ResultOf } from '../../../shared/api';
import type { CorpusClient, CorpusEvent } from '../../../shared/client';
import { ApiError } from '../../../shared/errors';
import type { BeadPatch, BeadView } from '../../../shared/model';
import type { BeadRows } from '../logic/beadRows';
import {
  activeAfterPatch,
  applyPatch,
  firstMissing,
  rowsFromFirstPage,
  withPage,
} from '../logic/beadRows';

/** Mutations that answer with a patch of the bead list. */
export type PatchMethod = {
  [K in MethodName]: ArgsOf<K> extends { documentId: number; baseRev: number }
    ? ResultOf<K> extends BeadPatch | null
      ? K
      : never
    : never;
}[MethodName];

export type PatchArgs<K extends PatchMethod> = Omit<ArgsOf<K>, 'documentId' | 'baseRev'>;

export type SessionState = {
  rows: BeadRows | null;
  activeIndex: number;
  /** Rows still arriving in the background, for the progress line. */
  loading: { loaded: number; total: number } | null;
  /** How many changes are queued or in flight. */
  pending: number;
};

export type SessionReporter = {
  error(error: unknown, doing: string): void;
  notice(message: string): void;
};

/** The first page is small so a huge document shows its first rows at once; the rest follow. */
export const firstPageSize = 200;
// Pages of 2000 keep each JSON parse short enough not to stall scrolling while the rest loads.
export const pageSize = 2000;

export class DocumentSession {
  private state: SessionState = { rows: null, activeIndex: 0, loading: null, pending: 0 };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private loadGeneration = 0;
  private unsubscribe: (() => void) | null = null;
  /** Where the translator is looking: the rows there are loaded before the rest. */
  private wantedIndex = 0;

  constructor(
    private readonly client: CorpusClient,
    readonly documentId: number,
    private readonly reporter: SessionReporter,
  ) {}

  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Subscribes to server events and (re)loads the rows; stop() undoes it, and start() may follow again. */
  start(): void {
    this.unsubscribe ??= this.client.subscribe((event) => this.onEvent(event));
    void this.load();
  }

  stop(): void {
    this.loadGeneration++;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  activeBead(): BeadView | undefined {
    return this.state.rows?.beads[this.state.activeIndex];
  }

  setActive(index: number): void {
    const count = this.state.rows?.beads.length ?? 0;
    const clamped = Math.max(0, Math.min(index, count - 1));
    if (clamped !== this.state.activeIndex) this.update({ activeIndex: clamped });
  }

  /** The grid reports the first row on screen, so a jump far ahead loads that page next. */
  want(index: number): void {
    this.wantedIndex = index;
  }

  /** Reads the document from the start; keeps the active row where it was if it still exists. */
  async load(): Promise<void> {
    const generation = ++this.loadGeneration;
    try {
      const first = await this.client.call('bead.list', {
        documentId: this.documentId,
        from: 0,
        limit: firstPageSize,
      });
      if (generation !== this.loadGeneration) return;
      const rows = rowsFromFirstPage(this.documentId, first);
      const activeIndex = Math.max(0, Math.min(this.state.activeIndex, rows.beads.length - 1));
      this.update({ rows, activeIndex, loading: this.progress(rows) });
      // Let the first rows paint before the rest of the document competes for the thread.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await this.loadRest(generation);
    } catch (error) {
      if (generation === this.loadGeneration) {
        this.update({ loading: null });
        this.reporter.error(error, 'Loading the rows');
      }
    }
  }

  private progress(rows: BeadRows): SessionState['loading'] {
    const missing = firstMissing(rows);
    if (missing === null) return null;
    let loaded = 0;
    for (const bead of rows.beads) if (bead) loaded++;
    return { loaded, total: rows.beads.length };
  }

  private async loadRest(generation: number): Promise<void> {
    let retries = 0;
    for (;;) {
      const rows = this.state.rows;
      if (!rows) return;
      const from = firstMissing(rows, Math.max(0, this.wantedIndex - 50)) ?? firstMissing(rows);
      if (from === null) break;
      const page = await this.client.call('bead.list', {
        documentId: this.documentId,
        from,
        limit: pageSize,
      });
      if (generation !== this.loadGeneration) return;
      const current = this.state.rows;
      if (!current) return;
      const filled = withPage(current, from, page);
      if (filled) {
        retries = 0;
        this.update({ rows: filled, loading: this.progress(filled) });
        continue;
      }
      // A patch of ours landed while the page was in flight: read the page again. A page
      // newer than our rows means a change we have not heard of: start over.
      if (page.revision > current.revision || ++retries > 5) {
        void this.load();
        return;
      }
    }
    this.update({ loading: null });
  }

  /** Runs a mutation against the revision the previous one left. Resolves to the patch, or null if it failed. */
  mutate<K extends PatchMethod>(
    name: K,
    args: PatchArgs<K>,
    options: {
      focus?: 'start' | ((patch: BeadPatch) => number);
      /** Shown when the call answers null (undo with nothing left to undo). */
      nothing?: string;
    } = {},
  ): Promise<BeadPatch | null> {
    return this.enqueue(async () => {
      const rows = this.state.rows;
      if (!rows) return null;
      // The generic spread loses the link between K and its argument type; the method table checks it at the server.
      const fullArgs = {
        ...args,
        documentId: this.documentId,
        baseRev: rows.revision,
      } as unknown as ArgsOf<K>;
      try {
        const patch = (await this.client.call(name, fullArgs)) as BeadPatch | null;
        if (patch) this.receive(patch, options.focus);
        else if (options.nothing) this.reporter.notice(options.nothing);
        return patch;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'stale_revision') {
          this.reporter.notice(
            'The document was changed elsewhere; the rows were reloaded. Please repeat the last change.',
          );
          await this.load();
        } else {
          this.reporter.error(error, describe(name));
        }
        return null;
      }
    });
  }

  editTarget(beadId: number, text: string): Promise<BeadPatch | null> {
    return this.mutate('target.edit', { beadId, text });
  }

  /** Resolves once everything queued so far has been answered. */
  settled(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.update({ pending: this.state.pending + 1 });
    const result = this.queue.then(work);
    this.queue = result
      .catch(() => undefined)
      .finally(() => this.update({ pending: this.state.pending - 1 }));
    return result;
  }

  private receive(patch: BeadPatch, focus?: 'start' | ((patch: BeadPatch) => number)): void {
    const rows = this.state.rows;
    if (!rows) return;
    const outcome = applyPatch(rows, patch);
    if (outcome.kind === 'mismatch') {
      void this.load();
      return;
    }
    const nextRows = outcome.kind === 'applied' ? outcome.rows : rows;
    let activeIndex =
      outcome.kind === 'applied'
        ? activeAfterPatch(this.state.activeIndex, patch)
        : this.state.activeIndex;
    if (focus === 'start') activeIndex = patch.start;
    else if (focus) activeIndex = focus(patch);
    activeIndex = Math.max(0, Math.min(activeIndex, nextRows.beads.length - 1));
    this.update({ rows: nextRows, activeIndex });
  }

  private onEvent(event: CorpusEvent): void {
    if (event.type !== 'corpus.changed' || event.documentId !== this.documentId) return;
    const rows = this.state.rows;
    if (!rows || event.revision <= rows.revision) return;
    if (event.patch) this.receive(event.patch);
    else void this.load();
  }

  private update(change: Partial<SessionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}

const descriptions: Partial<Record<MethodName, string>> = {
  'target.edit': 'Saving the English',
  'bead.merge': 'Merging rows',
  'bead.split': 'Splitting the row',
  'bead.move': 'Moving a sentence',
  'bead.insert': 'Inserting a row',
  'bead.delete': 'Deleting the row',
  'bead.setStatus': 'Changing the status',
  'bead.confirmThrough': 'Confirming rows',
  'history.undo': 'Undo',
  'history.redo': 'Redo',
};

function describe(name: MethodName): string {
  return descriptions[name] ?? name;
}

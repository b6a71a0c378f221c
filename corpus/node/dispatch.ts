import type { ArgsOf, MethodName, ResultOf } from '../../shared/api';
import { apiMethods, isMethodName } from '../../shared/api';
import type { CorpusEvent } from '../../shared/client';
import type { ApiResponse } from '../../shared/errors';
import { ApiError } from '../../shared/errors';
import type { BeadPatch } from '../../shared/model';
import { ValidationError } from '../../shared/validate';
import type { Db } from './db/open';
import { handlers } from './handlers';
import { withProgressReporter } from './progress';

export type Corpus = {
  readonly db: Db;
  /** Validates, runs (a mutation in one transaction), and never throws: errors come back coded. */
  dispatch(name: string, args: unknown): ApiResponse<unknown>;
  /** Typed, throwing form for in-process callers (CLI, tests). */
  call<K extends MethodName>(name: K, args: ArgsOf<K>): ResultOf<K>;
  subscribe(listener: (event: CorpusEvent) => void): () => void;
  /** For long jobs (imports) to report progress to whoever listens. */
  emit(event: CorpusEvent): void;
};

function isPatch(value: unknown): value is BeadPatch {
  return typeof value === 'object' && value !== null && 'start' in value && 'deleteCount' in value;
}

function changedEvent(args: unknown, value: unknown): CorpusEvent {
  if (isPatch(value))
    return {
      type: 'corpus.changed',
      documentId: value.documentId,
      revision: value.revision,
      patch: value,
    };
  const documentId =
    typeof value === 'object' && value !== null && 'id' in value && 'revision' in value
      ? Number(value.id)
      : typeof args === 'object' && args !== null && 'documentId' in args
        ? Number(args.documentId)
        : null;
  const revision =
    typeof value === 'object' && value !== null && 'revision' in value ? Number(value.revision) : 0;
  return { type: 'corpus.changed', documentId, revision, patch: null };
}

export function toErrorBody(error: unknown): ApiResponse<never> {
  if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
  if (error instanceof ValidationError)
    return { ok: false, error: { code: 'invalid_args', message: error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message } };
}

export function createCorpus(db: Db): Corpus {
  const listeners = new Set<(event: CorpusEvent) => void>();
  const emit = (event: CorpusEvent) => {
    for (const listener of listeners) listener(event);
  };

  function dispatch(name: string, args: unknown): ApiResponse<unknown> {
    if (!isMethodName(name)) {
      return {
        ok: false,
        error: { code: 'unknown_method', message: `There is no API method “${name}”.` },
      };
    }
    const spec = apiMethods[name];
    let value: unknown;
    try {
      const checked = spec.args(args ?? {}, '');
      const handler = handlers[name] as (db: Db, args: unknown) => unknown;
      const run = () =>
        spec.kind === 'mutation'
          ? db.transaction(() => handler(db, checked))()
          : handler(db, checked);
      value = listeners.size > 0 ? withProgressReporter(emit, run) : run();
    } catch (error) {
      return toErrorBody(error);
    }
    if (spec.kind === 'mutation' && value !== null) emit(changedEvent(args, value));
    return { ok: true, value };
  }

  return {
    db,
    dispatch,
    call(name, args) {
      const response = dispatch(name, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value as ResultOf<typeof name>;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
  };
}

export type ApiErrorCode =
  | 'invalid_args'
  | 'unknown_method'
  | 'not_found'
  | 'stale_revision'
  | 'bad_input'
  | 'conflict'
  | 'unauthorized'
  | 'internal';

export type ApiErrorBody = { code: ApiErrorCode; message: string };

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by handlers and by clients; `code` lets the UI react (e.g. reload on stale_revision). */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

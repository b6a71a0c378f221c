import { ApiError } from '../../../shared/errors';

/**
 * A file that cannot be written or read as asked. It is an ApiError with code `bad_input`, so
 * dispatch reports it as the user's problem, and the message already names the line or unit.
 */
export class ExchangeError extends ApiError {
  constructor(
    message: string,
    /** 1-based line in the file being read, when the error is tied to one. */
    readonly line: number | null = null,
  ) {
    super('bad_input', message);
    this.name = 'ExchangeError';
  }
}

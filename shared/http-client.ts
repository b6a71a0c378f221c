// The HTTP transport's client half. shared/ has no DOM or Node types, so the caller passes
// its fetch and EventSource in (the browser's, or Node's global fetch in tests and the CLI).

import type { ArgsOf, MethodName, ResultOf } from './api';
import type { CorpusClient, CorpusEvent } from './client';
import type { ApiResponse } from './errors';
import { ApiError } from './errors';

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; json(): Promise<unknown> }>;

/** Method syntax on purpose: the browser's EventSource (whose listener takes a MessageEvent) fits it. */
export type EventSourceLike = {
  addEventListener(type: 'message', listener: (event: { data: string }) => void): void;
  close(): void;
};

export type HttpClientOptions = {
  /** e.g. http://127.0.0.1:4000 (no trailing slash) */
  baseUrl: string;
  token: string;
  fetch: FetchLike;
  /** Omit where server-sent events are not wanted (the CLI); subscribe() then never fires. */
  openEvents?: (url: string) => EventSourceLike;
};

export const httpPaths = {
  call: (name: string) => `/api/call/${encodeURIComponent(name)}`,
  events: '/api/events',
} as const;

export function isApiResponse(value: unknown): value is ApiResponse<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : 'error' in value;
}

export function createHttpClient(options: HttpClientOptions): CorpusClient {
  const listeners = new Set<(event: CorpusEvent) => void>();
  let source: EventSourceLike | null = null;

  return {
    async call<K extends MethodName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
      let response: { status: number; json(): Promise<unknown> };
      try {
        response = await options.fetch(options.baseUrl + httpPaths.call(name), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
          body: JSON.stringify(args),
        });
      } catch (error) {
        throw new ApiError('internal', `Cannot reach the Setu server: ${String(error)}`);
      }
      const body = await response.json().catch(() => null);
      if (!isApiResponse(body)) {
        throw new ApiError(
          'internal',
          `The Setu server answered ${response.status} without a result`,
        );
      }
      if (!body.ok) throw new ApiError(body.error.code, body.error.message);
      return body.value as ResultOf<K>;
    },

    subscribe(listener) {
      listeners.add(listener);
      if (!source && options.openEvents) {
        const url = `${options.baseUrl}${httpPaths.events}?token=${encodeURIComponent(options.token)}`;
        source = options.openEvents(url);
        source.addEventListener('message', (message) => {
          const event = JSON.parse(message.data) as CorpusEvent;
          for (const each of listeners) each(event);
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

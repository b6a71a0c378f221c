// The renderer talks to exactly one CorpusClient: the Electron preload's bridge when it
// exists, otherwise `setu serve` over HTTP with the token the printed URL carried.

import type { ArgsOf, MethodName, ResultOf } from '../../../shared/api';
import type { AppCommand, CorpusBridge, CorpusClient } from '../../../shared/client';
import { ApiError } from '../../../shared/errors';
import type { FetchLike } from '../../../shared/http-client';
import { createHttpClient } from '../../../shared/http-client';
import { tokenFromHash } from '../logic/sessionToken';

declare global {
  // Declaration merging onto the DOM's Window needs an interface; a type alias cannot extend it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    setuBridge?: CorpusBridge;
  }
}

const tokenKey = 'setu.token';

export function bridgeClient(bridge: CorpusBridge): CorpusClient {
  return {
    async call<K extends MethodName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
      const response = await bridge.call(name, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value as ResultOf<K>;
    },
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

/** Reads the token from the address bar (then removes it from there) or from this tab's session. */
export function takeSessionToken(): string | null {
  const { token, remainingHash } = tokenFromHash(window.location.hash);
  if (token !== null && remainingHash !== null) {
    window.sessionStorage.setItem(tokenKey, token);
    const url = window.location.pathname + window.location.search + remainingHash;
    window.history.replaceState(window.history.state, '', url);
    return token;
  }
  return window.sessionStorage.getItem(tokenKey);
}

const browserFetch: FetchLike = async (url, init) => {
  const response = await window.fetch(url, init);
  return { status: response.status, json: () => response.json() as Promise<unknown> };
};

export type ClientChoice =
  | {
      client: CorpusClient;
      transport: 'ipc' | 'http';
      /** The desktop app's menu commands; only the bridge has them. */
      onCommand?: (listener: (command: AppCommand) => void) => () => void;
    }
  | { error: string };

export function createCorpusClient(): ClientChoice {
  const bridge = window.setuBridge;
  if (bridge) {
    const subscribe = bridge.onCommand;
    return {
      client: bridgeClient(bridge),
      transport: 'ipc',
      // Called on the bridge: a contextBridge method may rely on its receiver.
      onCommand: subscribe ? (listener) => subscribe.call(bridge, listener) : undefined,
    };
  }
  const token = takeSessionToken();
  if (token === null) {
    return {
      error:
        'This page needs the address Setu printed when it started (it ends in #token=…). Open that address again.',
    };
  }
  const client = createHttpClient({
    baseUrl: window.location.origin,
    token,
    fetch: browserFetch,
    openEvents: (url) => new EventSource(url),
  });
  return { client, transport: 'http' };
}

import type { ArgsOf, MethodName, ResultOf } from '../../shared/api';
import type { CorpusClient } from '../../shared/client';
import { createHttpClient } from '../../shared/http-client';
import type { Corpus } from '../../corpus/node/dispatch';
import { startServer } from '../../corpus/node/server';
import type { RunningServer } from '../../corpus/node/server';

/** The in-process transport: the same dispatch, no serialisation boundary but JSON round-trip. */
export function inProcessClient(corpus: Corpus): CorpusClient {
  return {
    async call<K extends MethodName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
      return corpus.call(name, JSON.parse(JSON.stringify(args)) as ArgsOf<K>);
    },
    subscribe: (listener) => corpus.subscribe(listener),
  };
}

export async function httpClient(
  corpus: Corpus,
): Promise<{ client: CorpusClient; server: RunningServer }> {
  const server = await startServer({ corpus });
  const client = createHttpClient({
    baseUrl: `http://127.0.0.1:${server.port}`,
    token: server.token,
    fetch: (url, init) => fetch(url, init),
  });
  return { client, server };
}

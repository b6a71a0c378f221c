import { afterAll } from 'vitest';
import type { RunningServer } from '../../../corpus/node/server';
import { httpClient, inProcessClient } from '../../helpers/clients';
import { contractSuite } from '../../helpers/contract';
import { memoryCorpus } from '../../helpers/corpus';

const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

contractSuite('the in-process client', async () => inProcessClient(memoryCorpus()));
contractSuite('HTTP', async () => {
  const { client, server } = await httpClient(memoryCorpus());
  servers.push(server);
  return client;
});

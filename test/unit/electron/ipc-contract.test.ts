// The IPC transport passes the same contract suite as HTTP: the renderer's bridge client over
// the preload's bridge, over a fake ipcRenderer/ipcMain pair, into the main process's handler
// registration, into the corpus host (in process, and in the worker thread the app uses).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusClient, CorpusEvent } from '../../../shared/client';
import { createDesktopBridge } from '../../../electron/preload/bridge';
import type { AppCommand } from '../../../electron/preload/bridge';
import type { CorpusHost } from '../../../electron/main/corpusHost';
import { inProcessHost, startWorkerHost } from '../../../electron/main/corpusHost';
import type { NativeDialogs } from '../../../electron/main/ipc';
import { refusedResponse, registerIpc } from '../../../electron/main/ipc';
import { bridgeClient } from '../../../renderer/src/client/createCorpusClient';
import { contractSuite } from '../../helpers/contract';
import { memoryCorpus } from '../../helpers/corpus';
import { buildBundles, fakeIpcPair } from './fakes';

const noDialogs: NativeDialogs = {
  openTextFile: async () => null,
  saveFile: async () => null,
};

function wire(host: CorpusHost) {
  const pair = fakeIpcPair();
  const registration = registerIpc({
    ipc: pair.ipcMain,
    host,
    dialogs: noDialogs,
    target: () => pair.webContents,
  });
  const bridge = createDesktopBridge(pair.ipcRenderer);
  return { ...pair, registration, bridge, client: bridgeClient(bridge) satisfies CorpusClient };
}

const hosts: CorpusHost[] = [];
const folders: string[] = [];
let bundles: ReturnType<typeof buildBundles>;

beforeAll(() => {
  bundles = buildBundles();
});
afterAll(async () => {
  await Promise.all(hosts.map((host) => host.close()));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  bundles.remove();
});

async function workerHost(): Promise<CorpusHost> {
  const folder = mkdtempSync(path.join(tmpdir(), 'setu-ipc-'));
  folders.push(folder);
  const host = await startWorkerHost({
    script: path.join(bundles.directory, 'corpus-worker.cjs'),
    databaseFile: path.join(folder, 'corpus.sqlite'),
    seedSampleWhenNew: false,
  });
  hosts.push(host);
  return host;
}

contractSuite('IPC (in-process corpus)', async () => wire(inProcessHost(memoryCorpus())).client);
contractSuite('IPC (corpus worker thread)', async () => wire(await workerHost()).client);

describe('the IPC wiring', () => {
  it('pushes corpus events from the worker to the page', async () => {
    const { client } = wire(await workerHost());
    const events: CorpusEvent[] = [];
    const stop = client.subscribe((event) => events.push(event));
    const document = await client.call('document.import', {
      title: 'Events',
      source: 'প্রথম বাক্য। দ্বিতীয় বাক্য।',
      target: 'The first sentence. The second sentence.',
    });
    const changed = () => events.find((event) => event.type === 'corpus.changed');
    await expect.poll(changed).toBeDefined();
    expect(changed()).toMatchObject({ type: 'corpus.changed', documentId: document.id });
    // The import's progress reaches the page too, before the change it announces.
    expect(events.findIndex((event) => event.type === 'progress')).toBeLessThan(
      events.indexOf(changed()!),
    );
    stop();
  });

  it('answers a page from another origin, or a subframe, with unauthorized', async () => {
    const { bridge, frame } = wire(inProcessHost(memoryCorpus()));
    frame.url = 'https://example.com/';
    await expect(bridge.call('corpus.info', {})).resolves.toEqual(refusedResponse);
    frame.url = 'setu://app.example.com/index.html';
    await expect(bridge.call('corpus.info', {})).resolves.toEqual(refusedResponse);
    frame.url = 'setu://app/index.html';
    frame.parent = { url: 'setu://app/index.html' };
    await expect(bridge.call('corpus.info', {})).resolves.toEqual(refusedResponse);
    await expect(bridge.native.openTextFile()).resolves.toBeNull();
    frame.parent = null;
    await expect(bridge.call('corpus.info', {})).resolves.toMatchObject({ ok: true });
  });

  it('pushes corpus events only while the window shows the app', async () => {
    const host = inProcessHost(memoryCorpus());
    const { frame, sent } = wire(host);
    await host.dispatch('glossary.add', { source: 'পুতিন', target: 'Putin' });
    expect(sent.filter((each) => each.channel === 'corpus:event')).toHaveLength(1);
    frame.url = 'https://example.com/';
    await host.dispatch('glossary.add', { source: 'কিম', target: 'Kim' });
    expect(sent.filter((each) => each.channel === 'corpus:event')).toHaveLength(1);
  });

  it('holds menu commands until the page listens, then delivers them in order', async () => {
    const { registration, bridge } = wire(inProcessHost(memoryCorpus()));
    registration.sendCommand({ command: 'import.open' });
    registration.sendCommand({ command: 'files.opened', files: [{ name: 'a.txt', text: 'আমি' }] });
    await new Promise((resolve) => setImmediate(resolve));
    const received: AppCommand[] = [];
    bridge.onCommand((command) => received.push(command));
    expect(received).toEqual([
      { command: 'import.open' },
      { command: 'files.opened', files: [{ name: 'a.txt', text: 'আমি' }] },
    ]);
    registration.sendCommand({ command: 'help.shortcuts' });
    await expect.poll(() => received.length).toBe(3);
  });

  it('refuses a non-string method name and forwards unknown names to dispatch', async () => {
    const { ipcRenderer, bridge } = wire(inProcessHost(memoryCorpus()));
    await expect(ipcRenderer.invoke('corpus:call', 42, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
    await expect(bridge.call('no.such.method', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('removes its handlers on dispose', async () => {
    const { registration, handlers, bridge } = wire(inProcessHost(memoryCorpus()));
    registration.dispose();
    expect(handlers.size).toBe(0);
    await expect(bridge.call('corpus.info', {})).rejects.toThrow(/No handler registered/);
  });
});

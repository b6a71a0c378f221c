// Stand-ins for Electron's halves of IPC, wired to each other the way Electron does it: calls and
// pushes cross as structured clones, asynchronously, and every call carries its sender's frame.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { RendererIpc } from '../../../electron/preload/bridge';
import type { MainIpc, PushTarget } from '../../../electron/main/ipc';
import type { IpcSender } from '../../../electron/main/security';
import { appEntryUrl } from '../../../electron/main/security';

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

type Handler = (event: IpcSender, ...args: unknown[]) => unknown;
type Listener = (event: unknown, payload: unknown) => void;

export function fakeIpcPair() {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<Listener>>();
  const frame: { url: string; parent: unknown } = { url: appEntryUrl, parent: null };
  const sent: { channel: string; payload: unknown }[] = [];

  const ipcMain: MainIpc = {
    handle(channel, handler) {
      // Electron refuses a second handler for one channel; so does the fake.
      if (handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };

  const webContents: PushTarget = {
    send(channel, payload) {
      const copy = structuredClone(payload);
      sent.push({ channel, payload: copy });
      setImmediate(() => {
        for (const listener of listeners.get(channel) ?? [])
          listener({ sender: 'ipcRenderer' }, copy);
      });
    },
    isDestroyed: () => false,
    getURL: () => frame.url,
  };

  const ipcRenderer: RendererIpc = {
    async invoke(channel, ...args) {
      const handler = handlers.get(channel);
      if (!handler)
        throw new Error(`Error invoking remote method '${channel}': No handler registered`);
      const result = await handler({ senderFrame: { ...frame } }, ...structuredClone(args));
      return structuredClone(result);
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };

  return { ipcMain, ipcRenderer, webContents, frame, sent, handlers };
}

/**
 * Bundles main, preload and the corpus worker with the real build script into a folder two
 * levels below the repository (as electron/dist is), so the bundles find corpus/samples.
 */
export function buildBundles(): { directory: string; remove(): void } {
  const parent = path.join(repositoryRoot, 'test-results');
  mkdirSync(parent, { recursive: true });
  const directory = mkdtempSync(path.join(parent, 'electron-'));
  const result = spawnSync(
    process.execPath,
    [path.join(repositoryRoot, 'scripts', 'build-electron.mjs'), '--outdir', directory],
    { cwd: repositoryRoot, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`build-electron.mjs failed:\n${result.stdout}\n${result.stderr}`);
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

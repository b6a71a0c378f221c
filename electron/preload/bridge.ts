// What the preload hands to the page as `window.setuBridge`: the corpus calls and events, the
// menu's commands and two native dialogs. It is the whole surface the sandboxed page has; every
// channel it may use is listed in `desktopChannels`, and the main process checks who calls.

import type { AppCommand, CorpusBridge, CorpusEvent, OpenedTextFile } from '../../shared/client';
import { desktopChannels } from '../../shared/client';
import type { ApiResponse } from '../../shared/errors';

export type { AppCommand, OpenedTextFile };

export type AppCommandName = AppCommand['command'];

/** `CorpusBridge` plus the desktop-only push of menu commands (shared/client.ts gains `onCommand`). */
export type DesktopBridge = CorpusBridge & {
  onCommand(listener: (command: AppCommand) => void): () => void;
  native: NonNullable<CorpusBridge['native']>;
};

export { desktopChannels };

/** The part of Electron's ipcRenderer the bridge uses (a fake pair stands in for it in tests). */
export type RendererIpc = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
};

export function createDesktopBridge(ipc: RendererIpc): DesktopBridge {
  const commandListeners = new Set<(command: AppCommand) => void>();
  // Commands can arrive before React has mounted its listener (a file handed to the app at
  // launch is sent as soon as the page loads); they wait here for the first listener.
  const waiting: AppCommand[] = [];
  ipc.on(desktopChannels.command, (_event, payload) => {
    const command = payload as AppCommand;
    if (commandListeners.size === 0) waiting.push(command);
    else for (const listener of commandListeners) listener(command);
  });

  return {
    call: (name, args) =>
      ipc.invoke(desktopChannels.call, name, args) as Promise<ApiResponse<unknown>>,
    onEvent(listener) {
      // The page gets the payload only: the IpcRendererEvent would hand it `sender`.
      const forward = (_event: unknown, payload: unknown) => listener(payload as CorpusEvent);
      ipc.on(desktopChannels.event, forward);
      return () => {
        ipc.removeListener(desktopChannels.event, forward);
      };
    },
    onCommand(listener) {
      commandListeners.add(listener);
      for (const command of waiting.splice(0)) listener(command);
      return () => {
        commandListeners.delete(listener);
      };
    },
    native: {
      openTextFile: () =>
        ipc.invoke(desktopChannels.openTextFile) as Promise<OpenedTextFile | null>,
      saveFile: (suggestedName, content) =>
        ipc.invoke(desktopChannels.saveFile, suggestedName, content) as Promise<string | null>,
    },
  };
}

// The IPC half of the main process: `corpus:call` to the corpus host, corpus events pushed on
// `corpus:event`, the two native dialogs, and menu commands pushed on `app:command`. Every
// handler first checks that the call comes from the app's own top-level page.

import type { CorpusEvent } from '../../shared/client';
import type { ApiResponse } from '../../shared/errors';
import type { AppCommand, OpenedTextFile } from '../../shared/client';
import { desktopChannels } from '../../shared/client';
import type { CorpusHost } from './corpusHost';
import type { IpcSender } from './security';
import { isAppUrl, isTrustedSender } from './security';

/** The part of Electron's ipcMain used here; a fake stands in for it in tests. */
export type MainIpc = {
  handle(
    channel: string,
    listener: (event: IpcSender, ...args: unknown[]) => Promise<unknown> | unknown,
  ): void;
  removeHandler(channel: string): void;
};

/** Where pushes go: the main window's webContents (Electron's satisfies it). */
export type PushTarget = {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
  getURL(): string;
};

export type NativeDialogs = {
  openTextFile(): Promise<OpenedTextFile | null>;
  saveFile(suggestedName: string, content: string): Promise<string | null>;
};

export type IpcWiring = {
  ipc: MainIpc;
  host: CorpusHost;
  dialogs: NativeDialogs;
  /** The window to push to, or null while there is none. */
  target: () => PushTarget | null;
  /** Told about refused callers (logged by the app). */
  refused?: (channel: string, url: string) => void;
};

export const refusedResponse: ApiResponse<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Only the Setu window may call the corpus.' },
};

export type IpcRegistration = {
  /** Sends a menu command to the page. */
  sendCommand(command: AppCommand): void;
  /** Removes the handlers and the event subscription. */
  dispose(): void;
};

export function registerIpc(wiring: IpcWiring): IpcRegistration {
  const { ipc, host, dialogs } = wiring;
  const trusted = (channel: string, event: IpcSender) => {
    if (isTrustedSender(event)) return true;
    wiring.refused?.(channel, event.senderFrame?.url ?? '(no frame)');
    return false;
  };
  const push = (channel: string, payload: unknown) => {
    const target = wiring.target();
    // Navigation away is blocked, but a push is data for our page only: check where it goes.
    if (target && !target.isDestroyed() && isAppUrl(target.getURL())) target.send(channel, payload);
  };

  ipc.handle(desktopChannels.call, async (event, name, args) => {
    if (!trusted(desktopChannels.call, event)) return refusedResponse;
    if (typeof name !== 'string')
      return {
        ok: false,
        error: { code: 'invalid_args', message: 'The method name must be a string.' },
      } satisfies ApiResponse<never>;
    return host.dispatch(name, args);
  });
  ipc.handle(desktopChannels.openTextFile, async (event) => {
    if (!trusted(desktopChannels.openTextFile, event)) return null;
    return dialogs.openTextFile();
  });
  ipc.handle(desktopChannels.saveFile, async (event, suggestedName, content) => {
    if (!trusted(desktopChannels.saveFile, event)) return null;
    if (typeof suggestedName !== 'string' || typeof content !== 'string') return null;
    return dialogs.saveFile(suggestedName, content);
  });
  const unsubscribe = host.subscribe((corpusEvent: CorpusEvent) =>
    push(desktopChannels.event, corpusEvent),
  );

  return {
    sendCommand: (command) => push(desktopChannels.command, command),
    dispose() {
      unsubscribe();
      for (const channel of [
        desktopChannels.call,
        desktopChannels.openTextFile,
        desktopChannels.saveFile,
      ])
        ipc.removeHandler(channel);
    },
  };
}

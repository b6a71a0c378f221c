import type { ArgsOf, MethodName, ResultOf } from './api';
import type { ApiResponse } from './errors';
import type { BeadPatch } from './model';

export type CorpusEvent =
  | { type: 'corpus.changed'; documentId: number | null; revision: number; patch: BeadPatch | null }
  | { type: 'progress'; job: string; done: number; total: number; label: string };

/** What the renderer (and tests) talk to; IPC, HTTP and in-process clients all implement it. */
export type CorpusClient = {
  call<K extends MethodName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>>;
  /** Returns a function that stops the subscription. */
  subscribe(listener: (event: CorpusEvent) => void): () => void;
};

/** The IPC channel names; the preload refuses any other. */
export const ipcChannels = { call: 'corpus:call', event: 'corpus:event' } as const;

/** Every channel the desktop preload may use: the corpus bridge plus menu pushes and two dialogs. */
export const desktopChannels = {
  ...ipcChannels,
  command: 'app:command',
  openTextFile: 'app:openTextFile',
  saveFile: 'app:saveFile',
} as const;

/** A text file the user opened (menu, Open Recent, a file handed to a second launch). */
export type OpenedTextFile = { name: string; text: string };

/** What the desktop app's menu (or the OS, for opened files) asks the page to do. */
export type AppCommand =
  | { command: 'import.open' }
  | { command: 'export.open' }
  | { command: 'documents.show' }
  | { command: 'history.undo' }
  | { command: 'history.redo' }
  | { command: 'search.focus' }
  | { command: 'theme.toggle' }
  | { command: 'help.shortcuts' }
  | { command: 'files.opened'; files: OpenedTextFile[] };

/**
 * What the Electron preload exposes on `window.setuBridge` (contextBridge). Calls resolve to the
 * dispatch envelope, never reject, so errors cross the bridge with their codes intact.
 */
export type CorpusBridge = {
  call(name: string, args: unknown): Promise<ApiResponse<unknown>>;
  onEvent(listener: (event: CorpusEvent) => void): () => void;
  /** Menu commands pushed by the desktop app; absent in browser mode. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
  /** Native dialogs and shell calls the desktop app adds; absent in browser mode. */
  native?: {
    openTextFile(): Promise<{ name: string; text: string } | null>;
    saveFile(suggestedName: string, content: string): Promise<string | null>;
  };
};

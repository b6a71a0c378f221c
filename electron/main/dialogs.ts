// The native Open and Save dialogs, and the error box for files that cannot be opened.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedTextFile } from '../../shared/client';
import { readOpenedFile, textFileFilters } from './files';
import type { NativeDialogs } from './ipc';

/** The part of Electron's `dialog` used here (its methods satisfy these shapes). */
export type DialogApi<Window> = {
  showOpenDialog(
    window: Window,
    options: {
      title: string;
      properties: Array<'openFile'>;
      filters: { name: string; extensions: string[] }[];
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: Window,
    options: {
      title: string;
      defaultPath: string;
      filters: { name: string; extensions: string[] }[];
    },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(
    window: Window,
    options: { type: 'error'; title: string; message: string; detail: string },
  ): Promise<unknown>;
};

const exportFilters: Record<string, { name: string; extensions: string[] }> = {
  '.tmx': { name: 'TMX translation memory', extensions: ['tmx'] },
  '.tsv': { name: 'Tab-separated values', extensions: ['tsv'] },
  '.xlf': { name: 'XLIFF', extensions: ['xlf', 'xliff'] },
  '.xliff': { name: 'XLIFF', extensions: ['xlf', 'xliff'] },
  '.txt': { name: 'Text', extensions: ['txt'] },
};

/** The page suggests a name only: a folder in it (or `..`) is dropped, the user picks the place. */
export function safeSuggestedName(suggestedName: string): string {
  const base = path.basename(suggestedName.replaceAll('\\', '/')).replace(/[\0<>:"|?*]/g, '_');
  return base === '' || base === '.' || base === '..' ? 'export.txt' : base;
}

export function nativeDialogs<Window>(options: {
  dialog: DialogApi<Window>;
  window: () => Window;
  /** The folder the Save dialog opens in first. */
  documentsFolder: () => string;
  /** Called with each file opened successfully (for Open Recent). */
  opened: (file: string) => void;
}): NativeDialogs & {
  showOpenError(file: string, error: unknown): Promise<void>;
  chooseTextFile(): Promise<string | null>;
} {
  const { dialog } = options;
  const showOpenError = async (file: string, error: unknown) => {
    await dialog.showMessageBox(options.window(), {
      type: 'error',
      title: 'Cannot open the file',
      message: `Setu cannot open ${path.basename(file)}.`,
      detail: error instanceof Error ? error.message : String(error),
    });
  };
  const chooseTextFile = async () => {
    const result = await dialog.showOpenDialog(options.window(), {
      title: 'Open a text file',
      properties: ['openFile'],
      filters: textFileFilters,
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    showOpenError,
    chooseTextFile,
    async openTextFile(): Promise<OpenedTextFile | null> {
      const file = await chooseTextFile();
      if (file === null) return null;
      try {
        const opened = readOpenedFile(file);
        options.opened(file);
        return opened;
      } catch (error) {
        await showOpenError(file, error);
        return null;
      }
    },
    async saveFile(suggestedName, content) {
      const name = safeSuggestedName(suggestedName);
      const filter = exportFilters[path.extname(name).toLowerCase()];
      const result = await dialog.showSaveDialog(options.window(), {
        title: 'Save the export',
        defaultPath: path.join(options.documentsFolder(), name),
        filters: [...(filter ? [filter] : []), { name: 'All files', extensions: ['*'] }],
      });
      if (result.canceled || !result.filePath) return null;
      try {
        await writeFile(result.filePath, content, 'utf8');
      } catch (error) {
        await dialog.showMessageBox(options.window(), {
          type: 'error',
          title: 'Cannot save the file',
          message: `Setu cannot write ${path.basename(result.filePath)}.`,
          detail: error instanceof Error ? error.message : String(error),
        });
        return null;
      }
      return result.filePath;
    },
  };
}

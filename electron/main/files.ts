// Text files that reach the app from outside: the Open dialog, Open Recent, and the file
// arguments of a launch (the first one's, or a second launch's handed over by the lock).

import { statSync } from 'node:fs';
import path from 'node:path';
import { maxTextLength } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { readTextFile } from '../../corpus/node/files';
import type { OpenedTextFile } from '../../shared/client';

export const textFileFilters = [
  { name: 'Text', extensions: ['txt', 'text', 'md', 'tsv'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * The files named on a command line. argv[0] is the executable; when Electron runs an app
 * folder (`electron .`, `process.defaultApp`), argv[1] is that folder. Chromium switches and
 * anything that is not an existing regular file are left out; relative paths are resolved
 * against the launching shell's folder.
 */
export function fileArguments(
  argv: readonly string[],
  workingDirectory: string,
  defaultApp: boolean,
  isFile: (file: string) => boolean = (file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  },
): string[] {
  const files: string[] = [];
  for (const argument of argv.slice(defaultApp ? 2 : 1)) {
    if (argument.startsWith('-') || argument === '') continue;
    const file = path.resolve(workingDirectory, argument);
    if (isFile(file) && !files.includes(file)) files.push(file);
  }
  return files;
}

/** Reads a text file for the page, with the same decoding and messages as the CLI. */
export function readOpenedFile(file: string): OpenedTextFile {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ApiError('bad_input', `${file}: cannot read (no such file).`);
  }
  // UTF-8 spends at most three bytes per UTF-16 unit: past this size the text is surely too
  // long, and it is refused before it is read into memory.
  if (size > maxTextLength * 3) {
    throw new ApiError(
      'bad_input',
      `${file}: ${Math.round(size / 1048576)} MB is too large to open here; import it with the setu command.`,
    );
  }
  const text = readTextFile(file);
  if (text.length > maxTextLength) {
    throw new ApiError(
      'bad_input',
      `${file}: too large to open here (more than ${maxTextLength / 1048576} MB of text); import it with the setu command.`,
    );
  }
  return { name: path.basename(file), text };
}

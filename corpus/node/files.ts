import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { decodeText } from '../common/exchange/decode';

/**
 * Reads a text file as the user meant it: UTF-8 (BOM dropped) or UTF-16. Binary files, invalid
 * UTF-8 and Bengali in a legacy Bijoy encoding are refused with the file name and what is wrong,
 * before anything is stored.
 */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new ApiError('bad_input', `${file}: cannot read (${reason}).`);
  }
  try {
    return decodeText(bytes).text;
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError(error.code, `${file}: ${error.message}`);
    throw error;
  }
}

/**
 * Writes what `produce` hands to its `write` into `file` through a temporary file renamed at the
 * end, so a failed export never leaves a truncated file where a good one was.
 */
export function writeFileAtomically(
  file: string,
  produce: (write: (chunk: string) => void) => void,
): void {
  const temporary = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.partial`,
  );
  const descriptor = openSync(temporary, 'w');
  try {
    produce((chunk) => void writeSync(descriptor, chunk));
    closeSync(descriptor);
    renameSync(temporary, file);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes chunks to `file` as `writeFileAtomically` does. */
export function writeChunksAtomically(file: string, chunks: Iterable<string>): void {
  writeFileAtomically(file, (write) => {
    for (const chunk of chunks) write(chunk);
  });
}

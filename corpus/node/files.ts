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
    throw fileError(error, file, 'read');
  }
  try {
    return decodeText(bytes).text;
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError(error.code, `${file}: ${error.message}`);
    throw error;
  }
}

/**
 * A file system error as the user's problem, in one line naming the file: `${file}: cannot read
 * (no such file).` Errors that are not the system's pass through.
 */
export function fileError(error: unknown, file: string, action: 'read' | 'write'): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('E')) return error;
  const reasons: Record<string, string> = {
    ENOENT: action === 'read' ? 'no such file' : 'no such folder',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of its path is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EEXIST: 'a file stands where its path needs a folder',
  };
  const reason = reasons[code] ?? (error as Error).message;
  return new ApiError('bad_input', `${file}: cannot ${action} (${reason}).`);
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
  let descriptor: number | null;
  try {
    descriptor = openSync(temporary, 'w');
  } catch (error) {
    throw fileError(error, file, 'write');
  }
  try {
    produce((chunk) => void writeSync(descriptor!, chunk));
    closeSync(descriptor);
    descriptor = null;
    renameSync(temporary, file);
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw fileError(error, file, 'write');
  }
}

/** Writes chunks to `file` as `writeFileAtomically` does. */
export function writeChunksAtomically(file: string, chunks: Iterable<string>): void {
  writeFileAtomically(file, (write) => {
    for (const chunk of chunks) write(chunk);
  });
}

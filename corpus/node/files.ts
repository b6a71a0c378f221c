import { readFileSync } from 'node:fs';
import { ApiError } from '../../shared/errors';

/**
 * Reads a text file as the user meant it: UTF-8 (BOM dropped) or UTF-16 with a BOM.
 * Anything else is refused with the file name and what is wrong, before anything is stored.
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
  return decodeBytes(bytes, file);
}

export function decodeBytes(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 4096);
  const evenZeros = head.filter((byte, index) => byte === 0 && index % 2 === 0).length;
  const oddZeros = head.filter((byte, index) => byte === 0 && index % 2 === 1).length;
  if (evenZeros + oddZeros > 0) {
    // UTF-16 text has its zero bytes on one parity only (the high bytes of ASCII characters).
    const alternating = evenZeros === 0 || oddZeros === 0;
    throw new ApiError(
      'bad_input',
      alternating
        ? `${file}: looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM).`
        : `${file}: this is a binary file, not text.`,
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes.subarray(start));
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new ApiError(
      'bad_input',
      `${file}: not valid UTF-8 (near line ${line}); save it as UTF-8.`,
    );
  }
}

import { isLetter } from '../text/characters';
import { ExchangeError } from './errors';

// The ES2023 lib has no TextDecoder, though Node, Electron and every browser Setu runs in have
// one. Declared here, module-scoped, with only what this file uses.
declare const TextDecoder: new (
  label: 'utf-8',
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(input: Uint8Array, options?: { stream: boolean }): string };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodedText = { text: string; encoding: TextEncoding; byteOrderMark: boolean };

export type StreamingTextDecoder = {
  /** Text of the bytes so far; may hold back a partial character for the next call. */
  write(bytes: Uint8Array): string;
  /** The rest; throws if the bytes end inside a character. */
  end(): string;
  /** Known after the first write of at least four bytes (or end). */
  readonly encoding: TextEncoding | null;
  readonly byteOrderMark: boolean;
};

// How much decoded text the Bijoy check looks at: enough for a few paragraphs.
const bijoySampleLength = 64 * 1024;

/**
 * A streaming decoder that works out the encoding from the first bytes: UTF-8 with or without
 * a byte-order mark, UTF-16 LE or BE with one (or without one, when the text starts with ASCII
 * such as `<?xml`). It refuses, with an ExchangeError saying what to do: bytes that are not
 * UTF-8, a NUL (a binary file), and Bengali in the legacy Bijoy/SutonnyMJ encoding, whose
 * Latin letters would otherwise import as English-looking nonsense.
 */
export function createTextDecoder(): StreamingTextDecoder {
  let encoding: TextEncoding | null = null;
  let byteOrderMark = false;
  let head = new Uint8Array(0);
  let utf8: { decode(input: Uint8Array, options?: { stream: boolean }): string } | null = null;
  let utf16Carry: number | null = null; // an odd byte left from the last chunk
  let highSurrogate = '';
  let bytesBefore = 0; // bytes consumed before the current chunk
  let linesBefore = 1; // line number at the start of the current chunk's text
  let sample = '';
  let sampleChecked = false;

  function start(bytes: Uint8Array): Uint8Array {
    const format = binaryFormat(bytes);
    if (format !== null) throw notTextError(format);
    const detected = detectEncoding(bytes);
    encoding = detected.encoding;
    byteOrderMark = detected.byteOrderMarkLength > 0;
    if (encoding === 'utf-8') utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    bytesBefore = detected.byteOrderMarkLength;
    return bytes.subarray(detected.byteOrderMarkLength);
  }

  function decodeUtf8(bytes: Uint8Array, final: boolean): string {
    try {
      return final ? utf8!.decode(bytes) : utf8!.decode(bytes, { stream: true });
    } catch {
      const offset = findInvalidUtf8(bytes);
      const position = offset === -1 ? bytes.length : offset;
      const line = linesBefore + countByte(bytes, 0x0a, position);
      const sample = bytes.subarray(0, bijoySampleLength);
      // Before the Bijoy check, which any binary file passes: its bytes read as Windows-1252
      // hold Bijoy's vowel signs as often as Bijoy text does.
      if (holdsControlBytes(sample))
        throw new ExchangeError(
          'this is not a text file: it holds control bytes that no text holds. Save the document as plain text (UTF-8) and import that.',
        );
      if (looksLikeBijoy(decodeWindows1252(sample))) throw bijoyError();
      const what =
        offset === -1
          ? `it ends inside a character (after byte ${bytesBefore + position}, line ${line})`
          : `byte ${bytesBefore + position} (line ${line}) is 0x${bytes[position]!.toString(16).toUpperCase().padStart(2, '0')}`;
      throw new ExchangeError(
        `the file is not valid UTF-8: ${what}. Save it as UTF-8 (or UTF-16 with a byte-order mark) and import it again.`,
        line,
      );
    }
  }

  function decodeUtf16(bytes: Uint8Array, final: boolean): string {
    let input = bytes;
    if (utf16Carry !== null) {
      input = new Uint8Array(bytes.length + 1);
      input[0] = utf16Carry;
      input.set(bytes, 1);
      utf16Carry = null;
    }
    const usable = input.length - (input.length % 2);
    if (usable < input.length) {
      if (final)
        throw new ExchangeError(
          'the UTF-16 file ends in the middle of a character (an odd number of bytes).',
        );
      utf16Carry = input[usable]!;
    }
    const littleEndian = encoding === 'utf-16le';
    const parts: string[] = [];
    const batch = 8192;
    for (let offset = 0; offset < usable; offset += batch * 2) {
      const end = Math.min(usable, offset + batch * 2);
      const units = new Array<number>((end - offset) / 2);
      for (let index = offset, unit = 0; index < end; index += 2, unit += 1) {
        units[unit] = littleEndian
          ? input[index]! | (input[index + 1]! << 8)
          : (input[index]! << 8) | input[index + 1]!;
      }
      parts.push(String.fromCharCode(...units));
    }
    let text = highSurrogate + parts.join('');
    highSurrogate = '';
    const last = text.charCodeAt(text.length - 1);
    if (!final && last >= 0xd800 && last <= 0xdbff) {
      highSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    const lone = /[\uD800-\uDFFF]/u.exec(text);
    if (lone) {
      const line = linesBefore + countNewlines(text.slice(0, lone.index));
      throw new ExchangeError(
        `the UTF-16 text has an unpaired surrogate on line ${line}: the file is damaged.`,
        line,
      );
    }
    return text;
  }

  function check(text: string): string {
    const nul = text.indexOf('\u0000');
    if (nul !== -1) {
      const line = linesBefore + countNewlines(text.slice(0, nul));
      throw new ExchangeError(
        `line ${line} holds a NUL character: this is not a text file (or it is UTF-16 without a byte-order mark).`,
        line,
      );
    }
    if (!sampleChecked) {
      sample += text.slice(0, bijoySampleLength - sample.length);
      if (sample.length >= bijoySampleLength) finishSample();
    }
    linesBefore += countNewlines(text);
    return text;
  }

  function finishSample(): void {
    sampleChecked = true;
    if (looksLikeBijoy(sample)) throw bijoyError();
    sample = '';
  }

  function decode(bytes: Uint8Array, final: boolean): string {
    let input = bytes;
    if (encoding === null) {
      let joined = bytes;
      if (head.length > 0) {
        joined = new Uint8Array(head.length + bytes.length);
        joined.set(head);
        joined.set(bytes, head.length);
      }
      if (joined.length < 4 && !final) {
        head = joined.slice();
        return '';
      }
      head = new Uint8Array(0);
      input = start(joined);
    }
    const text = check(encoding === 'utf-8' ? decodeUtf8(input, final) : decodeUtf16(input, final));
    bytesBefore += input.length;
    if (final && !sampleChecked) finishSample();
    return text;
  }

  return {
    write: (bytes) => decode(bytes, false),
    end: () => decode(new Uint8Array(0), true),
    get encoding() {
      return encoding;
    },
    get byteOrderMark() {
      return byteOrderMark;
    },
  };
}

/** Decodes a whole file held in memory; see createTextDecoder for what it accepts and refuses. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoder = createTextDecoder();
  // Streamed, though it is whole: Node's unstreamed path (simdutf's check, then V8's own
  // decoder) took 12 M more instructions for the 41 dev documents than ICU's streaming one.
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: decoder.encoding ?? 'utf-8', byteOrderMark: decoder.byteOrderMark };
}

/** Formats a translator may pick by mistake, by the bytes they start with. */
const binarySignatures: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx, .xlsx or .odt document is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a Word 97–2003 (.doc) or other Office file'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

function binaryFormat(bytes: Uint8Array): string | null {
  for (const [signature, format] of binarySignatures)
    if (bytes.length >= signature.length && signature.every((byte, at) => bytes[at] === byte))
      return format;
  return null;
}

/** Whether the bytes hold NUL or other C0 controls than tab, line breaks, form feed and escape. */
function holdsControlBytes(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b
    )
      return true;
  }
  return false;
}

function notTextError(format: string): ExchangeError {
  return new ExchangeError(
    `this is ${format}, not a text file. Save the document as plain text (UTF-8) and import that.`,
  );
}

function detectEncoding(bytes: Uint8Array): {
  encoding: TextEncoding;
  byteOrderMarkLength: number;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', byteOrderMarkLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', byteOrderMarkLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', byteOrderMarkLength: 2 };
  // Without a mark, UTF-16 shows itself by NULs in every other byte of ASCII text (`<?xml`, a
  // header line), the way XML 1.0 appendix F detects it.
  const sampleLength = Math.min(bytes.length - (bytes.length % 2), 512);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sampleLength; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  const pairs = sampleLength / 2;
  if (pairs >= 2 && bytes[0] !== 0 && oddNuls >= pairs * 0.3 && evenNuls === 0) {
    return { encoding: 'utf-16le', byteOrderMarkLength: 0 };
  }
  if (pairs >= 2 && bytes[1] !== 0 && evenNuls >= pairs * 0.3 && oddNuls === 0) {
    return { encoding: 'utf-16be', byteOrderMarkLength: 0 };
  }
  return { encoding: 'utf-8', byteOrderMarkLength: 0 };
}

// Bijoy fonts (SutonnyMJ and kin) draw Bengali over Windows-1252 code points. The pre-base
// vowel signs ে and ৈ sit on ‡ † and ˆ ‰, which are among the commonest characters of Bijoy text
// and almost absent from English.
// Bijoy's stand-ins for vowel signs: ‡ † ˆ ‰.
const bijoyMarkerCodes = [0x2021, 0x2020, 0x02c6, 0x2030];
const bijoyMarkers = /[\u2021\u2020\u02c6\u2030]/g;
const bengaliBlockStart = 0x0980;

/**
 * True for text that is Bengali typed in a Bijoy font: no (or hardly any) Bengali code points,
 * and Bijoy's vowel-sign characters at least once per hundred letters.
 */
export function looksLikeBijoy(text: string): boolean {
  // Most text holds none of the markers: the regex engine finds that without the letter count
  // below, which runs interpreted on every file a cold process reads.
  let markers = 0;
  bijoyMarkers.lastIndex = 0;
  while (markers < 3 && bijoyMarkers.test(text)) markers += 1;
  if (markers < 3) return false;
  markers = 0;
  let letters = 0;
  let bengali = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) index += 1;
    // ASCII and the Bengali block without a regex: this runs on the head of every imported file.
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) letters += 1;
    } else if (code >= bengaliBlockStart && code < bengaliBlockStart + 0x80) {
      if (isLetter(code)) {
        letters += 1;
        bengali += 1;
      }
    } else if (bijoyMarkerCodes.includes(code)) markers += 1;
    else if (isLetter(code)) letters += 1;
  }
  return markers >= 3 && markers >= letters * 0.01 && bengali < letters * 0.1;
}

function bijoyError(): ExchangeError {
  return new ExchangeError(
    'this looks like Bengali typed in the legacy Bijoy (SutonnyMJ) encoding, where Latin letters and ' +
      'symbols stand in for Bengali glyphs. Convert it to Unicode Bengali with a Bijoy-to-Unicode ' +
      'converter, save it as UTF-8, and import it again.',
  );
}

// Windows-1252 bytes 0x80–0x9F; the rest of the code page is ISO-8859-1. Unassigned bytes map to themselves.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(
      byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80]! : byte,
    );
  }
  return text;
}

/** Index of the first byte that starts no valid UTF-8 sequence, or -1 when the bytes end inside one. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    let length: number;
    let min: number;
    if (byte < 0x80) {
      index += 1;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    let codePoint = byte & (0xff >> (length + 1));
    for (let next = 1; next < length; next += 1) {
      // Cut short by the end of the input only if every byte that is there continues it.
      if (index + next >= bytes.length) return -1;
      const continuation = bytes[index + next]!;
      if ((continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
      return index;
    index += length;
  }
  return -1;
}

function countByte(bytes: Uint8Array, value: number, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index += 1) if (bytes[index] === value) count += 1;
  return count;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    count += 1;
  return count;
}

import { describe, expect, it } from 'vitest';
import {
  ExchangeError,
  createTextDecoder,
  decodeText,
  looksLikeBijoy,
} from '../../../corpus/common/exchange';
import { readSample } from './sample-beads';

const bengali = readSample('bn.txt');
const english = readSample('en.txt');
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const bytes = utf16le(text);
  for (let index = 0; index < bytes.length; index += 2)
    [bytes[index], bytes[index + 1]] = [bytes[index + 1]!, bytes[index]!];
  return bytes;
};
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => [...part]));

// The Bijoy keyboard layout (as the SutonnyMJ font draws it): enough of it to type the sample
// article the way a Bijoy user would have, so the detector is tried on real sentences.
const bijoyLetters: Record<string, string> = {
  অ: 'A',
  আ: 'Av',
  ই: 'B',
  ঈ: 'C',
  উ: 'D',
  ঊ: 'E',
  ঋ: 'F',
  এ: 'G',
  ঐ: 'H',
  ও: 'I',
  ঔ: 'J',
  ক: 'K',
  খ: 'L',
  গ: 'M',
  ঘ: 'N',
  ঙ: 'O',
  চ: 'P',
  ছ: 'Q',
  জ: 'R',
  ঝ: 'S',
  ঞ: 'T',
  ট: 'U',
  ঠ: 'V',
  ড: 'W',
  ঢ: 'X',
  ণ: 'Y',
  ত: 'Z',
  থ: '_',
  দ: '`',
  ধ: 'a',
  ন: 'b',
  প: 'c',
  ফ: 'd',
  ব: 'e',
  ভ: 'f',
  ম: 'g',
  য: 'h',
  র: 'i',
  ল: 'j',
  শ: 'k',
  ষ: 'l',
  স: 'm',
  হ: 'n',
  ড়: 'o',
  ঢ়: 'p',
  য়: 'q',
  ৎ: 'r',
  'ং': 's',
  'ঃ': 't',
  'ঁ': 'u',
  'া': 'v',
  'ী': 'x',
  'ু': 'y',
  'ূ': '~',
  'ৃ': '…',
  '্য': '¨',
  '্র': 'ª',
  '্': '&',
  '।': '|',
  '“': 'Ò',
  '”': 'Ó',
  '–': '-',
};
const bijoyLetterMap = new Map(
  Object.entries(bijoyLetters).map(([key, value]) => [key.normalize('NFC'), value]),
);
const preBase: Record<string, [string, string]> = {
  'ি': ['w', ''],
  'ে': ['‡', ''],
  'ৈ': ['ˆ', ''],
  'ো': ['‡', 'v'],
  'ৌ': ['‡', 'Š'],
};

function toBijoy(text: string): string {
  const cluster =
    /((?:[\u0995-\u09B9]\u09BC?\u09CD)*[\u0995-\u09B9]\u09BC?)([\u09BF\u09C7\u09C8\u09CB\u09CC])|\u09CD[\u09AF\u09B0]|[\u0995-\u09B9]\u09BC|[\s\S]/gu;
  return text.replace(
    cluster,
    (match, consonants: string | undefined, sign: string | undefined) => {
      if (consonants !== undefined && sign !== undefined) {
        const [before, after] = preBase[sign]!;
        return before + toBijoy(consonants) + after;
      }
      return (
        bijoyLetterMap.get(match) ??
        (/[\u0980-\u09FF]/u.test(match)
          ? String.fromCharCode(0x30 + (match.charCodeAt(0) - 0x09e6))
          : match)
      );
    },
  );
}

const windows1252 = new Map<string, number>([
  ['…', 0x85],
  ['‡', 0x87],
  ['ˆ', 0x88],
  ['Š', 0x8a],
  ['¨', 0xa8],
  ['ª', 0xaa],
  ['Ò', 0xd2],
  ['Ó', 0xd3],
  ['é', 0xe9],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
]);
function encodeWindows1252(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((character) => windows1252.get(character) ?? character.charCodeAt(0)),
  );
}

function errorOf(call: () => unknown): ExchangeError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError);
    return error as ExchangeError;
  }
  throw new Error('expected an ExchangeError, but nothing was thrown');
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8(bengali))).toEqual({
      text: bengali,
      encoding: 'utf-8',
      byteOrderMark: false,
    });
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8(bengali)))).toEqual({
      text: bengali,
      encoding: 'utf-8',
      byteOrderMark: true,
    });
    expect(decodeText(new Uint8Array(0))).toEqual({
      text: '',
      encoding: 'utf-8',
      byteOrderMark: false,
    });
  });

  it('reads UTF-16 LE and BE with a byte-order mark, and without one when the text starts in ASCII', () => {
    expect(decodeText(concat([0xff, 0xfe], utf16le(bengali)))).toEqual({
      text: bengali,
      encoding: 'utf-16le',
      byteOrderMark: true,
    });
    expect(decodeText(concat([0xfe, 0xff], utf16be(bengali)))).toEqual({
      text: bengali,
      encoding: 'utf-16be',
      byteOrderMark: true,
    });
    const tmx =
      '<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><!-- ল্যাভরভ 🌏 --></tmx>';
    expect(decodeText(utf16le(tmx))).toEqual({
      text: tmx,
      encoding: 'utf-16le',
      byteOrderMark: false,
    });
    expect(decodeText(utf16be(tmx))).toEqual({
      text: tmx,
      encoding: 'utf-16be',
      byteOrderMark: false,
    });
  });

  it('streams: any split of the bytes gives the same text', () => {
    const text = `${bengali.slice(0, 40)} 🌏 ${english.slice(0, 20)}`;
    for (const bytes of [
      concat([0xef, 0xbb, 0xbf], utf8(text)),
      concat([0xff, 0xfe], utf16le(text)),
      concat([0xfe, 0xff], utf16be(text)),
    ]) {
      for (let split = 0; split <= bytes.length; split += 1) {
        const decoder = createTextDecoder();
        const decoded =
          decoder.write(bytes.subarray(0, split)) +
          decoder.write(bytes.subarray(split)) +
          decoder.end();
        expect(decoded).toBe(text);
      }
      // A first chunk too short to tell the encoding is kept as it was, not as its buffer becomes
      // (a stream may reuse its buffers).
      const reused = bytes.slice(0, 3);
      const holding = createTextDecoder();
      expect(holding.write(reused)).toBe('');
      reused.fill(0x41);
      expect(holding.write(bytes.subarray(3)) + holding.end()).toBe(text);
      const decoder = createTextDecoder();
      let byByte = '';
      for (const byte of bytes) byByte += decoder.write(new Uint8Array([byte]));
      expect(byByte + decoder.end()).toBe(text);
    }
  });

  it('refuses bytes that are not UTF-8, naming the byte and the line', () => {
    const bytes = concat(utf8('bn\ten\nক\tk\n'), encodeWindows1252('caf\u00e9\tcafé\n'));
    const error = errorOf(() => decodeText(bytes));
    expect(error.message).toBe(
      'the file is not valid UTF-8: byte 15 (line 3) is 0xE9. Save it as UTF-8 (or UTF-16 with a byte-order mark) and import it again.',
    );
    expect(error.line).toBe(3);
    expect(errorOf(() => decodeText(utf8('ক').subarray(0, 2))).message).toMatch(
      /it ends inside a character \(after byte 2, line 1\)/,
    );
    // A lead byte near the end followed by a non-continuation byte is invalid there, not cut short.
    expect(errorOf(() => decodeText(concat([0x61, 0x0a, 0xe9, 0x0a]))).message).toMatch(
      /byte 2 \(line 2\) is 0xE9/,
    );
    expect(errorOf(() => decodeText(concat([0xed, 0xa0, 0x80]))).message).toMatch(
      /byte 0 \(line 1\) is 0xED/,
    );
  });

  it('refuses binary files and damaged UTF-16', () => {
    expect(errorOf(() => decodeText(concat(utf8('Notes\nabc'), [0, 0, 0, 1]))).message).toBe(
      'line 2 holds a NUL character: this is not a text file (or it is UTF-16 without a byte-order mark).',
    );
    // Formats a translator may pick by mistake are named (a .docx is a ZIP archive).
    expect(errorOf(() => decodeText(concat(utf8('%PDF-1.7\nabc'), [0, 0, 0, 1]))).message).toBe(
      'this is a PDF, not a text file. Save the document as plain text (UTF-8) and import that.',
    );
    expect(
      errorOf(() => decodeText(concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x80, 0x86]))).message,
    ).toMatch(
      /^this is a ZIP archive \(a \.docx, \.xlsx or \.odt document is one\), not a text file/,
    );
    // Other binary bytes read as Windows-1252 hold Bijoy's vowel signs as often as Bijoy does:
    // they were taken for Bijoy text.
    const noise = Uint8Array.from({ length: 4000 }, (_, index) => (index * 7919 + 13) % 251);
    expect(errorOf(() => decodeText(noise)).message).toMatch(
      /^this is not a text file: it holds control bytes/,
    );
    expect(errorOf(() => decodeText(concat([0xff, 0xfe], utf16le('ক'), [0x41]))).message).toMatch(
      /odd number of bytes/,
    );
    expect(
      errorOf(() => decodeText(concat([0xff, 0xfe], utf16le('ক\nখ'), [0x00, 0xdc]))).message,
    ).toMatch(/unpaired surrogate on line 2/);
  });

  it('recognises Bengali typed in Bijoy, in Windows-1252 bytes or already as UTF-8', () => {
    const bijoy = toBijoy(bengali);
    // Conjuncts come out as letter + hasanta (&), not the font's ligature glyphs; the vowel signs,
    // which the detector looks at, are placed as Bijoy places them: সিউল → wmDj, অক্টোবর → A‡K&Uvei.
    expect(bijoy.slice(0, 16)).toBe('wmDj, A‡K&Uvei 1');
    expect(/[\u0980-\u09FF]/u.test(bijoy)).toBe(false);
    expect(looksLikeBijoy(bijoy)).toBe(true);
    const message = /legacy Bijoy \(SutonnyMJ\) encoding/;
    expect(errorOf(() => decodeText(encodeWindows1252(bijoy))).message).toMatch(message);
    expect(errorOf(() => decodeText(utf8(bijoy))).message).toMatch(message);
  });

  it('does not take English or Unicode Bengali for Bijoy, daggers and all', () => {
    expect(looksLikeBijoy(english)).toBe(false);
    expect(looksLikeBijoy(bengali)).toBe(false);
    expect(looksLikeBijoy(`${english}\nNotes: † died 1998; ‡ see appendix; †† disputed.`)).toBe(
      false,
    );
    expect(decodeText(utf8(`${english} †‡`)).text).toBe(`${english} †‡`);
  });
});

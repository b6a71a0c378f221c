// Character classes the segmenter and the aligner test at every word: letters, marks, digits,
// case. A Unicode property class (\p{L}, \p{M} …) costs a cold process milliseconds to compile
// (V8 builds its range table anew for each pattern, and again for each string width it meets),
// while nearly every character Setu reads is ASCII, Latin-1, Bengali (with the danda, U+0964),
// general punctuation or a currency sign. Those are answered from a table; each property class
// is compiled the first time a character outside them asks for it. The tests hold the table to
// the engine's own classes.

const letterBit = 1;
const markBit = 2;
const decimalDigitBit = 4;
const uppercaseBit = 8;
const lowercaseBit = 16;
/** Set for the code points the table knows; the others ask the property class. */
const knownBit = 32;

/** Code points below this are in the table where knownBit is set. */
const tableEnd = 0x20d0;

/** Ranges as pairs of first and last code point, inclusive. */
type Ranges = readonly number[];

const bengaliLetters: Ranges = [
  0x0980, 0x0980, 0x0985, 0x098c, 0x098f, 0x0990, 0x0993, 0x09a8, 0x09aa, 0x09b0, 0x09b2, 0x09b2,
  0x09b6, 0x09b9, 0x09bd, 0x09bd, 0x09ce, 0x09ce, 0x09dc, 0x09dd, 0x09df, 0x09e1, 0x09f0, 0x09f1,
  0x09fc, 0x09fc,
];
const bengaliMarks: Ranges = [
  0x0981, 0x0983, 0x09bc, 0x09bc, 0x09be, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09cd, 0x09d7, 0x09d7,
  0x09e2, 0x09e3, 0x09fe, 0x09fe,
];

let table: Uint8Array | null = null;

function mark(into: Uint8Array, ranges: Ranges, bits: number): void {
  for (let index = 0; index < ranges.length; index += 2)
    for (let code = ranges[index]!; code <= ranges[index + 1]!; code++) into[code]! |= bits;
}

function buildTable(): Uint8Array {
  const built = new Uint8Array(tableEnd);
  // ASCII, Latin-1, the dandas, the Bengali block, general punctuation and currency signs are
  // known; within them only the ranges below belong to any class.
  mark(
    built,
    [0x0000, 0x00ff, 0x0964, 0x0965, 0x0980, 0x09ff, 0x2000, 0x206f, 0x20a0, 0x20cf],
    knownBit,
  );
  mark(built, [0x41, 0x5a, 0xc0, 0xd6, 0xd8, 0xde], letterBit | uppercaseBit);
  mark(built, [0x61, 0x7a, 0xb5, 0xb5, 0xdf, 0xf6, 0xf8, 0xff], letterBit | lowercaseBit);
  // ª and º are letters without case.
  mark(built, [0xaa, 0xaa, 0xba, 0xba], letterBit);
  mark(built, [0x30, 0x39, 0x09e6, 0x09ef], decimalDigitBit);
  mark(built, bengaliLetters, letterBit);
  mark(built, bengaliMarks, markBit);
  return built;
}

/** The property classes, each compiled on first use. */
const propertyPatterns: Record<number, RegExp | undefined> = {};

function propertyPattern(bit: number): RegExp {
  let pattern = propertyPatterns[bit];
  if (!pattern) {
    pattern =
      bit === letterBit
        ? /^\p{L}$/u
        : bit === markBit
          ? /^\p{M}$/u
          : bit === decimalDigitBit
            ? /^\p{Nd}$/u
            : bit === uppercaseBit
              ? /^\p{Lu}$/u
              : /^\p{Ll}$/u;
    propertyPatterns[bit] = pattern;
  }
  return pattern;
}

/**
 * Whether the code point has the class. A lone surrogate (a code unit read on its own) has none,
 * as a one-unit string matches no property class.
 */
function hasClass(codePoint: number, bit: number): boolean {
  if (codePoint < tableEnd) {
    table ??= buildTable();
    const classes = table[codePoint]!;
    if ((classes & knownBit) !== 0) return (classes & bit) !== 0;
  }
  return propertyPattern(bit).test(String.fromCodePoint(codePoint));
}

/** \p{L} */
export function isLetter(codePoint: number): boolean {
  return hasClass(codePoint, letterBit);
}

/** \p{M}: Bengali vowel signs, virama, nukta, candrabindu … */
export function isMark(codePoint: number): boolean {
  return hasClass(codePoint, markBit);
}

/** \p{Nd}: a decimal digit of any script. */
export function isDecimalDigit(codePoint: number): boolean {
  return hasClass(codePoint, decimalDigitBit);
}

/** \p{Lu} */
export function isUppercase(codePoint: number): boolean {
  return hasClass(codePoint, uppercaseBit);
}

/** \p{Ll} */
export function isLowercase(codePoint: number): boolean {
  return hasClass(codePoint, lowercaseBit);
}

/** [\p{L}\p{Nd}] */
export function isLetterOrDigit(codePoint: number): boolean {
  return hasClass(codePoint, letterBit) || hasClass(codePoint, decimalDigitBit);
}

/** Whether text[from .. to) holds a letter or a decimal digit (code points, as /[\p{L}\p{Nd}]/u reads). */
export function hasLetterOrDigit(text: string, from = 0, to = text.length): boolean {
  for (let index = from; index < to;) {
    const codePoint = codePointWithin(text, index, to);
    if (isLetterOrDigit(codePoint)) return true;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * The code point at `index`, reading no further than `to`: a surrogate pair cut by `to` gives
 * its lone first half, as a regex over the cut string would see it.
 */
export function codePointWithin(text: string, index: number, to: number): number {
  const codePoint = text.codePointAt(index)!;
  return codePoint > 0xffff && index + 1 >= to ? text.charCodeAt(index) : codePoint;
}

/**
 * The code point that ends just before `index`: a surrogate pair's whole code point when
 * text[index − 1] is its second half, as a /u lookbehind reads it; else that code unit.
 */
export function codePointBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const pair = text.codePointAt(index - 2)!;
    if (pair > 0xffff) return pair;
  }
  return code;
}

/** The length in code units of the code point at the start of `text`, or 0 when it is empty. */
export function firstCodePointLength(text: string): number {
  if (text === '') return 0;
  return text.codePointAt(0)! > 0xffff ? 2 : 1;
}

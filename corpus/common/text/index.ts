// Text helpers shared by segmentation, alignment, name matching and QA checks.
// Everything here is for matching and counting: none of it may be applied to stored text.

import {
  codePointBefore,
  isDecimalDigit,
  isLetter,
  isLowercase,
  isMark,
  isUppercase,
} from './characters';

const zeroWidthJoiners = /[\u200C\u200D]/g;
// Older encoders wrote khanda ta as ta + virama + ZWJ; NFC leaves that sequence alone.
const legacyKhandaTa = /\u09A4\u09CD\u200D/g;
const bengaliDigitPattern = /[\u09E6-\u09EF]/g;
const bengaliDigitZero = 0x09e6;

/**
 * The form two spellings must share to count as the same word: NFC (which also
 * decomposes য় ড় ঢ় into letter + nukta, so precomposed and typed-with-nukta forms meet),
 * legacy khanda ta folded to ৎ, and ZWJ/ZWNJ removed.
 */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFC').replace(legacyKhandaTa, '\u09CE').replace(zeroWidthJoiners, '');
}

/** ০–৯ → 0–9; every other character unchanged (so offsets are preserved). */
export function bengaliDigitsToAscii(text: string): string {
  return text.replace(bengaliDigitPattern, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - bengaliDigitZero + 48),
  );
}

export function isBengaliChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0x0980 && code <= 0x09ff;
}

export function containsBengali(text: string): boolean {
  return /[\u0980-\u09FF]/.test(text);
}

export function isLatinLetter(char: string): boolean {
  return /\p{Script=Latin}/u.test(char);
}

export function isUppercaseLetter(char: string): boolean {
  return char.length === 1 ? isUppercase(char.charCodeAt(0)) : /\p{Lu}/u.test(char);
}

export function isLowercaseLetter(char: string): boolean {
  return char.length === 1 ? isLowercase(char.charCodeAt(0)) : /\p{Ll}/u.test(char);
}

// Digits of either script, optionally grouped with commas (Western 1,000,000 or Indian
// 10,00,000 grouping) and with one decimal part. A comma followed by exactly 3 digits
// (or 2 digits then a further group) is a grouping separator, anything else ends the number.
// A number may not follow a letter, mark or digit of any script either: that is checked on the
// character before each match (see ./characters.ts), where the pattern only looks for the
// start of a run of digits.
const numberPattern =
  /(?<![.,0-9\u09E6-\u09EF])[0-9\u09E6-\u09EF]+(?:,[0-9\u09E6-\u09EF]{2,3}(?=[^0-9\u09E6-\u09EF]|$))*(?:\.[0-9\u09E6-\u09EF]+)?/gu;

export type NumberToken = { start: number; end: number; value: string };

/**
 * Numbers in the text in either digit set, each with its canonical value: ASCII digits,
 * grouping commas removed, leading zeros and trailing decimal zeros dropped
 * (১,০০০ → "1000", ৩.৫০ → "3.5", 007 → "7").
 */
export function extractNumbers(text: string): NumberToken[] {
  const numbers: NumberToken[] = [];
  // exec on the shared pattern, not matchAll (an iterator and a copy of the pattern per call).
  numberPattern.lastIndex = 0;
  for (let match = numberPattern.exec(text); match; match = numberPattern.exec(text)) {
    const start = match.index;
    if (start > 0) {
      const previous = codePointBefore(text, start);
      if (isLetter(previous) || isMark(previous) || isDecimalDigit(previous)) continue;
    }
    numbers.push({ start, end: start + match[0].length, value: canonicalNumber(match[0]) });
  }
  return numbers;
}

export function canonicalNumber(written: string): string {
  const ascii = bengaliDigitsToAscii(written).replace(/,/g, '');
  const [whole = '', fraction = ''] = ascii.split('.');
  const wholePart = whole.replace(/^0+(?=\d)/, '');
  const fractionPart = fraction.replace(/0+$/, '');
  return fractionPart ? `${wholePart}.${fractionPart}` : wholePart;
}

export type LatinToken = { start: number; end: number; text: string };

// A Latin-script word, possibly with inner hyphens, dots, apostrophes or digits (B-52, U.S, COVID-19).
const latinTokenPattern =
  /\p{Script=Latin}[\p{Script=Latin}\p{Nd}]*(?:[-.'’][\p{Script=Latin}\p{Nd}]+)*/gu;

/** Latin-script tokens, as written (TASS, DPRK, B-52, U.S). */
export function extractLatinTokens(text: string): LatinToken[] {
  const tokens: LatinToken[] = [];
  for (const match of text.matchAll(latinTokenPattern)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return tokens;
}

export type WordToken = { start: number; end: number; text: string };

// Letters with their combining marks (Bengali vowel signs and virama are \p{M}), digits and
// the joiners that live inside Bengali conjuncts.
const wordPattern =
  /[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u200C\u200D]*(?:['’-][\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u200C\u200D]*)*/gu;

/** Words of any script with their offsets; punctuation and spaces are left out. */
export function extractWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return words;
}

// Whitespace and the joiners inside conjuncts: not counted in a visible length.
const invisibleRun = /[\t-\r \u00A0\u200C\u200D]+/g;

/**
 * Number of UTF-16 units other than whitespace (tab … carriage return, space, no-break space)
 * and ZWNJ/ZWJ: the length the length model compares. (The regex engine finds the runs to
 * leave out; a loop over every character runs interpreted in a short process.)
 */
export function visibleLength(text: string): number {
  let invisible = 0;
  invisibleRun.lastIndex = 0;
  for (let found = invisibleRun.exec(text); found; found = invisibleRun.exec(text))
    invisible += found[0].length;
  return text.length - invisible;
}

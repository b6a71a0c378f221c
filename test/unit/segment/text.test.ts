import { describe, expect, it } from 'vitest';
import {
  bengaliDigitsToAscii,
  canonicalNumber,
  containsBengali,
  extractLatinTokens,
  extractNumbers,
  extractWords,
  normalizeForMatching,
  visibleLength,
} from '../../../corpus/common/text';

describe('text helpers', () => {
  it('folds nukta spellings, legacy khanda ta and joiners for matching', () => {
    const precomposed = '\u09DF'; // য়
    const typed = '\u09AF\u09BC'; // য + ়
    expect(normalizeForMatching(`কোরি${precomposed}া`)).toBe(normalizeForMatching(`কোরি${typed}া`));
    expect(normalizeForMatching('উৎসব')).toBe(normalizeForMatching('উত\u09CD\u200Dসব'));
    expect(normalizeForMatching('র\u200D্যাপার')).toBe('র্যাপার');
  });

  it('maps Bengali digits to ASCII in place', () => {
    expect(bengaliDigitsToAscii('২০১৯ সালে ৩৫ জন')).toBe('2019 সালে 35 জন');
    expect(bengaliDigitsToAscii('abc')).toBe('abc');
  });

  it('extracts numbers of either digit set with canonical values', () => {
    expect(
      extractNumbers('১,০০০ জন, ৩.৫০ টাকা, 10,00,000 রুপি, 1,234.50 and 007').map(
        (number) => number.value,
      ),
    ).toEqual(['1000', '3.5', '1000000', '1234.5', '7']);
    const text = 'B-52 বিমান ২০১৮ সালে';
    const [bomber, year] = extractNumbers(text);
    expect(text.slice(bomber!.start, bomber!.end)).toBe('52');
    expect(year!.value).toBe('2018');
    expect(canonicalNumber('০.৫০')).toBe('0.5');
  });

  it('does not read digits inside words as numbers, nor a list comma as grouping', () => {
    expect(extractNumbers('COVID19 and 3, 4 or 5').map((number) => number.value)).toEqual([
      '3',
      '4',
      '5',
    ]);
  });

  it('finds Latin tokens inside Bengali', () => {
    expect(
      extractLatinTokens('রাশিয়ার TASS বার্তা সংস্থা, DPRK এবং B-52 ও U.S.').map(
        (token) => token.text,
      ),
    ).toEqual(['TASS', 'DPRK', 'B-52', 'U.S']);
  });

  it('splits words of any script with their marks and offsets', () => {
    const text = 'ল্যাভরভের সাথে Kim-Jong (২০১৮)';
    const words = extractWords(text);
    expect(words.map((word) => word.text)).toEqual(['ল্যাভরভের', 'সাথে', 'Kim-Jong', '২০১৮']);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });

  it('knows Bengali text and measures visible length', () => {
    expect(containsBengali('Hello বাংলা')).toBe(true);
    expect(containsBengali('Hello')).toBe(false);
    expect(visibleLength(' a b\u200d\n')).toBe(2);
    // Left out: tab … carriage return, space, no-break space, ZWNJ, ZWJ; every other unit counts,
    // other spaces (U+2003, U+3000) and each half of a surrogate pair included.
    const hidden = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x200c, 0x200d]);
    const characters = [
      '\t',
      '\v',
      '\r',
      ' ',
      '\u00a0',
      '\u200c',
      '\u200d',
      '\u2003',
      '\u3000',
      'ক',
      '্',
      'x',
      '𝐀',
    ];
    for (let length = 0; length < 200; length++) {
      let text = '';
      for (let index = 0; index < length; index++)
        text += characters[(index * 7 + length) % characters.length];
      let expected = 0;
      for (let index = 0; index < text.length; index++)
        if (!hidden.has(text.charCodeAt(index))) expected++;
      expect(visibleLength(text)).toBe(expected);
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  codePointWithin,
  hasLetterOrDigit,
  isDecimalDigit,
  isLetter,
  isLetterOrDigit,
  isLowercase,
  isMark,
  isUppercase,
} from '../../../corpus/common/text/characters';

// The table must agree with the engine's own property classes everywhere: where it answers
// from its ranges and where it falls back to the classes.
const classes = [
  [isLetter, /^\p{L}$/u],
  [isMark, /^\p{M}$/u],
  [isDecimalDigit, /^\p{Nd}$/u],
  [isUppercase, /^\p{Lu}$/u],
  [isLowercase, /^\p{Ll}$/u],
  [isLetterOrDigit, /^[\p{L}\p{Nd}]$/u],
] as const;

describe('character classes', () => {
  it('agree with \\p{…} on every code point of the BMP and a sample beyond', () => {
    const mismatches: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += codePoint < 0x10000 ? 1 : 37) {
      const character = String.fromCodePoint(codePoint);
      for (const [predicate, pattern] of classes) {
        if (predicate(codePoint) !== pattern.test(character))
          mismatches.push(`${predicate.name} U+${codePoint.toString(16)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('read code points as /u patterns do, a pair cut by the end as its lone first half', () => {
    const text = 'ab 𝐀';
    expect(hasLetterOrDigit(text, 2, 3)).toBe(false);
    expect(hasLetterOrDigit(text, 3)).toBe(true);
    // Cut inside the pair: /[\p{L}\p{Nd}]/u.test(text.slice(2, 4)) is false.
    expect(hasLetterOrDigit(text, 2, 4)).toBe(/[\p{L}\p{Nd}]/u.test(text.slice(2, 4)));
    expect(codePointWithin(text, 3, 4)).toBe(0xd835);
    expect(codePointWithin(text, 3, 5)).toBe(0x1d400);
    expect(hasLetterOrDigit('।, —', 0)).toBe(false);
    expect(hasLetterOrDigit('— ৩', 0)).toBe(true);
  });
});

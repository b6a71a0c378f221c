import { describe, expect, it } from 'vitest';
import { isWhitespaceCode } from '../../../corpus/common/segment';

describe('isWhitespaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code)))
        disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
    expect(isWhitespaceCode(Number.NaN)).toBe(false);
  });
});

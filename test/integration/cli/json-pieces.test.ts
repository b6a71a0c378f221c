import { describe, expect, it } from 'vitest';
import { writeJsonPieces } from '../../../corpus/node/cli/json-pieces';

const piecesOf = (value: unknown, wholeUpTo?: number, ending?: string) => {
  const pieces: string[] = [];
  writeJsonPieces(value, (piece) => pieces.push(piece), ending, wholeUpTo);
  return pieces;
};

describe('writeJsonPieces', () => {
  it('writes exactly what JSON.stringify writes', () => {
    const sparse: unknown[] = [1];
    sparse[3] = 'x';
    for (const value of [
      null,
      0,
      -0,
      Number.NaN,
      'সেতু "bridge"\n\u2028',
      [],
      {},
      [undefined, () => 1, Symbol('s'), Number.POSITIVE_INFINITY, null],
      sparse,
      { skipped: undefined, fn: () => 1, kept: 1, nested: { deeper: [1, [2, [3]], {}] } },
      { date: new Date(0), list: [new Date(1), { toJSON: () => 'own' }] },
      { toJSON: () => ({ replaced: true }) },
      Object.assign(Object.create(null) as object, { a: [1], b: 'c' }),
      [[], [[]], [{}], ['a', { b: [{ c: 'd' }] }]],
    ]) {
      // Walked, as a long document is, and whole, as a short one goes.
      expect(piecesOf(value, 0).join('')).toBe(JSON.stringify(value));
      expect(piecesOf(value).join('')).toBe(JSON.stringify(value));
    }
    expect(piecesOf(undefined)).toEqual([]);
    // The ending comes last, in the last piece, walked or whole.
    expect(piecesOf([1, [2]], 0, '\n')).toEqual(['[1,[2]]\n']);
    expect(piecesOf([1, [2]], undefined, '\n')).toEqual(['[1,[2]]\n']);
  });

  it('hands a long alignment over in pieces of about 64 K code units', () => {
    const sentences = Array.from({ length: 20_000 }, (_, index) => ({
      start: index * 40,
      end: index * 40 + 39,
      text: `বাক্য নম্বর ${index}, with some English.`,
    }));
    const alignment = {
      source: { lang: 'bn', sentences },
      beads: sentences.map((_, index) => ({ source: [index], target: [index], score: 0.5 })),
    };
    const pieces = piecesOf(alignment);
    expect(pieces.join('')).toBe(JSON.stringify(alignment));
    expect(pieces.length).toBeGreaterThan(10);
    // A short one in one piece.
    const short = {
      source: { lang: 'bn', sentences: sentences.slice(0, 100) },
      beads: alignment.beads.slice(0, 100),
    };
    expect(piecesOf(short)).toEqual([JSON.stringify(short)]);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeLessThan(70_000);
  });
});

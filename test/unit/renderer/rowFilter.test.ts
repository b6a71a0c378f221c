import { describe, expect, it } from 'vitest';
import { showAllRows, stepVisible, visibleRows } from '../../../renderer/src/logic/rowFilter';
import { defaultSuspicion } from '../../../renderer/src/logic/suspicious';
import { bead } from './beads';

const beads = [
  bead(0, ['উত্তর কোরিয়ার নেতা কিম জং উন।'], ['North Korean leader Kim Jong Un.'], { score: 0.92 }),
  bead(1, ['ল্যাভরভ পিয়ংইয়ং পৌঁছেছেন।'], ['Lavrov arrived in Pyongyang.'], {
    score: 0.4,
    status: 'flagged',
  }),
  bead(2, ['রাশিয়ার পররাষ্ট্র মন্ত্রণালয়।'], ['The Russian foreign ministry.'], {
    score: 0.7,
    status: 'confirmed',
  }),
  undefined,
];

describe('row filter', () => {
  it('shows every row without building an index when nothing is filtered', () => {
    expect(visibleRows(beads, showAllRows, defaultSuspicion, null)).toBeNull();
  });

  it('keeps the rows the search found, by bead id', () => {
    const found = new Set([beads[2]!.id, beads[0]!.id]);
    expect(
      visibleRows(beads, { ...showAllRows, text: 'রাশিয়ার' }, defaultSuspicion, found),
    ).toEqual([0, 2]);
    expect(
      visibleRows(beads, { ...showAllRows, text: 'নেই' }, defaultSuspicion, new Set()),
    ).toEqual([]);
  });

  it('filters by status, score and suspicion, and combines them with the search', () => {
    expect(
      visibleRows(
        beads,
        { ...showAllRows, statuses: ['confirmed', 'flagged'] },
        defaultSuspicion,
        null,
      ),
    ).toEqual([1, 2]);
    expect(visibleRows(beads, { ...showAllRows, scoreBelow: 0.8 }, defaultSuspicion, null)).toEqual(
      [1, 2],
    );
    expect(
      visibleRows(beads, { ...showAllRows, suspiciousOnly: true }, defaultSuspicion, null),
    ).toEqual([1]);
    const found = new Set([beads[0]!.id, beads[1]!.id]);
    expect(
      visibleRows(beads, { ...showAllRows, text: 'x', scoreBelow: 0.8 }, defaultSuspicion, found),
    ).toEqual([1]);
  });

  it('steps through the visible rows, from a row that may itself be hidden', () => {
    expect(stepVisible(null, 4, 0, 1)).toBe(1);
    expect(stepVisible(null, 4, 3, 1)).toBeNull();
    expect(stepVisible(null, 4, 0, -1)).toBeNull();
    expect(stepVisible([1, 5, 9], 10, 5, 1)).toBe(9);
    expect(stepVisible([1, 5, 9], 10, 6, -1)).toBe(5);
    expect(stepVisible([1, 5, 9], 10, 9, 1)).toBeNull();
  });
});

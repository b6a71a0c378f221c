import { describe, expect, it } from 'vitest';
import { RowHeights } from '../../../renderer/src/logic/rowHeights';

/** The obvious O(n) answers, to check the tree against. */
function prefixOffsets(heights: number[]): number[] {
  const offsets = [0];
  for (const height of heights) offsets.push(offsets.at(-1)! + height);
  return offsets;
}

function rowAt(heights: number[], offset: number): number {
  const offsets = prefixOffsets(heights);
  if (offset <= 0) return 0;
  for (let index = 0; index < heights.length; index++)
    if (offsets[index + 1]! > offset) return index;
  return heights.length - 1;
}

describe('row heights', () => {
  const heights = [52, 80, 24, 120, 52, 52, 300, 1, 52, 64, 70];

  it('gives the offset of every row and the total', () => {
    const rows = new RowHeights(heights);
    const expected = prefixOffsets(heights);
    for (let index = 0; index <= heights.length; index++)
      expect(rows.offsetOf(index)).toBe(expected[index]);
    expect(rows.totalHeight()).toBe(expected.at(-1));
  });

  it('finds the row at an offset, rows' + "' edges included", () => {
    const rows = new RowHeights(heights);
    for (let offset = -10; offset < rows.totalHeight() + 50; offset += 7) {
      expect(rows.indexAt(offset), `offset ${offset}`).toBe(rowAt(heights, offset));
    }
    const offsets = prefixOffsets(heights);
    for (let index = 0; index < heights.length; index++)
      expect(rows.indexAt(offsets[index]!)).toBe(index);
  });

  it('takes measured heights and moves the rows below by the difference', () => {
    const rows = new RowHeights(heights);
    const changed = heights.slice();
    expect(rows.set(3, 200)).toBe(80);
    changed[3] = 200;
    expect(rows.set(10, 10)).toBe(-60);
    changed[10] = 10;
    expect(rows.set(0, 52)).toBe(0);
    const expected = prefixOffsets(changed);
    for (let index = 0; index <= changed.length; index++)
      expect(rows.offsetOf(index)).toBe(expected[index]);
    for (let offset = 0; offset < rows.totalHeight(); offset += 13)
      expect(rows.indexAt(offset)).toBe(rowAt(changed, offset));
  });

  it('handles no rows and one row', () => {
    expect(RowHeights.uniform(0, 52).indexAt(10)).toBe(-1);
    expect(RowHeights.uniform(0, 52).totalHeight()).toBe(0);
    const one = RowHeights.uniform(1, 52);
    expect(one.indexAt(1000)).toBe(0);
    expect(one.totalHeight()).toBe(52);
  });

  it('stays fast on 100,000 rows', () => {
    const started = performance.now();
    const rows = RowHeights.uniform(100_000, 52);
    for (let index = 0; index < 100_000; index += 7) rows.set(index, 40 + (index % 90));
    for (let offset = 0; offset < rows.totalHeight(); offset += 997) rows.indexAt(offset);
    expect(rows.offsetOf(100_000)).toBe(rows.totalHeight());
    expect(performance.now() - started).toBeLessThan(500);
  });
});

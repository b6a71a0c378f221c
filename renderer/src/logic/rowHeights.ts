// Offsets of variable-height rows for the virtualised grid. A Fenwick tree over the heights
// answers "where does row i start" and "which row is at offset y" in O(log n), and takes a
// newly measured height in O(log n). (A plain prefix array, as general-purpose virtualisers
// keep, costs O(n) per measured row: on 100,000 rows that alone is more than a frame.)

export class RowHeights {
  private readonly heights: Float64Array;
  private readonly tree: Float64Array;
  private highestPowerOfTwo = 1;

  constructor(heights: ArrayLike<number>) {
    const count = heights.length;
    this.heights = Float64Array.from(heights);
    this.tree = new Float64Array(count + 1);
    // Linear-time construction: each node passes its sum on to its parent.
    for (let index = 1; index <= count; index++) {
      this.tree[index]! += this.heights[index - 1]!;
      const parent = index + (index & -index);
      if (parent <= count) this.tree[parent]! += this.tree[index]!;
    }
    while (this.highestPowerOfTwo * 2 <= count) this.highestPowerOfTwo *= 2;
  }

  static uniform(count: number, height: number): RowHeights {
    return new RowHeights(new Float64Array(count).fill(height));
  }

  get count(): number {
    return this.heights.length;
  }

  heightOf(index: number): number {
    return this.heights[index] ?? 0;
  }

  /** Sets row `index`'s height; returns how much the rows below it moved. */
  set(index: number, height: number): number {
    const delta = height - (this.heights[index] ?? height);
    if (delta === 0) return 0;
    this.heights[index] = height;
    for (let node = index + 1; node <= this.count; node += node & -node) this.tree[node]! += delta;
    return delta;
  }

  /** Where row `index` starts: the sum of the heights above it. `offsetOf(count)` is the total height. */
  offsetOf(index: number): number {
    let sum = 0;
    for (let node = Math.min(index, this.count); node > 0; node -= node & -node)
      sum += this.tree[node]!;
    return sum;
  }

  totalHeight(): number {
    return this.offsetOf(this.count);
  }

  /** The row at vertical `offset` (clamped to the first and last rows); -1 when there are none. */
  indexAt(offset: number): number {
    if (this.count === 0) return -1;
    if (offset <= 0) return 0;
    // Binary lifting: the largest `position` whose prefix sum is still <= offset.
    let position = 0;
    let remaining = offset;
    for (let step = this.highestPowerOfTwo; step > 0; step >>= 1) {
      const next = position + step;
      if (next <= this.count && this.tree[next]! <= remaining) {
        position = next;
        remaining -= this.tree[next]!;
      }
    }
    return Math.min(position, this.count - 1);
  }
}

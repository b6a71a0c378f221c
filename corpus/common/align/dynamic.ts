// The banded dynamic program over beads. The band is a monotone corridor of cells
// [low[i], high[i]] per source row, so memory and time grow with n × band width, never n × m.

export type BeadShape = { readonly source: number; readonly target: number };

export type Band = {
  /** low[i] / high[i]: the first and last target position allowed after i source units (inclusive). */
  low: Int32Array;
  high: Int32Array;
};

/**
 * `price(i, j, shapeIndex)` puts in `slot[0]` the cost of the bead that covers source units
 * [i - shape.source, i) and target units [j - shape.target, j). On entry `slot[0]` holds a
 * budget: when the cost is certainly at least that, Infinity may be given early (not the
 * budget itself: previous + (budget) can round below the best and steal it). The numbers go
 * through a typed array, not arguments and results, because a double crossing a call that is
 * not inlined is boxed: millions of bead costs made most of the alignment's garbage.
 */
export type BeadCost = {
  readonly slot: Float64Array;
  price(i: number, j: number, shapeIndex: number): void;
};

/**
 * Beads of any size from a corner to a corner: positions where a paragraph ends on both sides.
 * Where a translator regrouped paragraphs and re-split their sentences, no chain of small beads
 * is right, but the whole paragraphs still correspond.
 */
export type CornerBeads = {
  /** Ascending positions (0 … count) where a paragraph starts or ends, per side. */
  sourceCorners: Int32Array;
  targetCorners: Int32Array;
  /** Most units a corner bead holds on either side. */
  maxUnits: number;
  /** As `BeadCost.price`, for the bead covering source [sourceFrom, i) and target [targetFrom, j). */
  priceSpan(sourceFrom: number, targetFrom: number, i: number, j: number): void;
};

/** Back pointer of a cell reached by a corner bead. */
const cornerStep = 254;
/** Back pointer of a cell not reached. */
const noStep = 255;

/** cornerAt[position] = the index of the position in `corners`, or -1. */
function cornerIndex(corners: Int32Array, count: number): Int32Array {
  const at = new Int32Array(count + 1).fill(-1);
  corners.forEach((position, index) => {
    at[position] = index;
  });
  return at;
}

/** Whether a corner bead of these sizes is a bead shape already (or a null bead, which it may not be). */
function coveredByShapes(
  shapes: readonly BeadShape[],
  sourceUnits: number,
  targetUnits: number,
): boolean {
  if (sourceUnits === 0 || targetUnits === 0) return true;
  for (const shape of shapes)
    if (shape.source === sourceUnits && shape.target === targetUnits) return true;
  return false;
}

export type PathBead = {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  cost: number;
};

export function fullBand(sourceCount: number, targetCount: number): Band {
  const low = new Int32Array(sourceCount + 1);
  const high = new Int32Array(sourceCount + 1).fill(targetCount);
  return { low, high };
}

/**
 * A corridor of `radius` target units on each side of a path through the grid (its corner
 * points are joined by straight segments), widened where needed so that rows overlap and the
 * corridor always contains a complete path from (0, 0) to (sourceCount, targetCount).
 */
export function bandAroundPath(
  points: ReadonlyArray<readonly [number, number]>,
  sourceCount: number,
  targetCount: number,
  radius: number,
): Band {
  const low = new Int32Array(sourceCount + 1).fill(targetCount);
  const high = new Int32Array(sourceCount + 1).fill(0);
  const mark = (row: number, column: number) => {
    if (row < 0 || row > sourceCount) return;
    const fromColumn = Math.max(0, column - radius);
    const toColumn = Math.min(targetCount, column + radius);
    if (fromColumn < low[row]!) low[row] = fromColumn;
    if (toColumn > high[row]!) high[row] = toColumn;
  };
  let previous: readonly [number, number] = [0, 0];
  mark(0, 0);
  for (const point of [...points, [sourceCount, targetCount] as const]) {
    const steps = Math.max(1, Math.abs(point[0] - previous[0]), Math.abs(point[1] - previous[1]));
    for (let step = 1; step <= steps; step++) {
      const row = Math.round(previous[0] + ((point[0] - previous[0]) * step) / steps);
      const column = Math.round(previous[1] + ((point[1] - previous[1]) * step) / steps);
      mark(row, column);
    }
    previous = point;
  }
  low[0] = 0;
  high[sourceCount] = targetCount;
  // Monotone edges, and each row starting no later than one past the previous row's end, so
  // every cell can be reached by 1-1, 1-0 and 0-1 steps.
  for (let row = 1; row <= sourceCount; row++)
    if (high[row]! < high[row - 1]!) high[row] = high[row - 1]!;
  for (let row = sourceCount - 1; row >= 0; row--)
    if (low[row]! > low[row + 1]!) low[row] = low[row + 1]!;
  for (let row = 1; row <= sourceCount; row++) {
    if (low[row]! > high[row - 1]! + 1) low[row] = high[row - 1]! + 1;
    if (high[row]! < low[row]!) high[row] = low[row]!;
  }
  return { low, high };
}

export function bandCellCount(band: Band): number {
  let cells = 0;
  for (let row = 0; row < band.low.length; row++) cells += band.high[row]! - band.low[row]! + 1;
  return cells;
}

/** The cheapest monotone, complete sequence of beads inside the band. */
export function cheapestPath(
  sourceCount: number,
  targetCount: number,
  band: Band,
  shapes: readonly BeadShape[],
  beadCost: BeadCost,
  corners: CornerBeads | null = null,
): PathBead[] {
  const { low, high } = band;
  const { slot, price } = beadCost;
  const rowStart = new Int32Array(sourceCount + 2);
  for (let row = 0; row <= sourceCount; row++)
    rowStart[row + 1] = rowStart[row]! + (high[row]! - low[row]! + 1);
  const cells = rowStart[sourceCount + 1]!;
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(noStep);
  cost[0] = 0;
  const sourceCornerAt = corners ? cornerIndex(corners.sourceCorners, sourceCount) : null;
  const targetCornerAt = corners ? cornerIndex(corners.targetCorners, targetCount) : null;
  // Where a corner bead reached the cell from, for the cells it did.
  const cornerFrom = new Map<number, readonly [number, number]>();
  const shapeSource = Int32Array.from(shapes, (shape) => shape.source);
  const shapeTarget = Int32Array.from(shapes, (shape) => shape.target);
  const shapeCount = shapes.length;

  for (let row = 0; row <= sourceCount; row++) {
    const rowLow = low[row]!;
    const rowHigh = high[row]!;
    const base = rowStart[row]! - rowLow;
    for (let column = rowLow; column <= rowHigh; column++) {
      if (row === 0 && column === 0) continue;
      let best = Infinity;
      let bestShape = noStep;
      for (let shapeIndex = 0; shapeIndex < shapeCount; shapeIndex++) {
        const previousRow = row - shapeSource[shapeIndex]!;
        const previousColumn = column - shapeTarget[shapeIndex]!;
        if (
          previousRow < 0 ||
          previousColumn < low[previousRow]! ||
          previousColumn > high[previousRow]!
        )
          continue;
        const previousCost = cost[rowStart[previousRow]! + previousColumn - low[previousRow]!]!;
        if (previousCost === Infinity) continue;
        slot[0] = best - previousCost;
        price(row, column, shapeIndex);
        const total = previousCost + slot[0]!;
        if (total < best) {
          best = total;
          bestShape = shapeIndex;
        }
      }
      if (corners && sourceCornerAt![row]! > 0 && targetCornerAt![column]! > 0) {
        const { sourceCorners, targetCorners, maxUnits } = corners;
        for (let from = sourceCornerAt![row]! - 1; from >= 0; from--) {
          const previousRow = sourceCorners[from]!;
          if (row - previousRow > maxUnits) break;
          for (let to = targetCornerAt![column]! - 1; to >= 0; to--) {
            const previousColumn = targetCorners[to]!;
            if (column - previousColumn > maxUnits) break;
            if (
              coveredByShapes(shapes, row - previousRow, column - previousColumn) ||
              previousColumn < low[previousRow]! ||
              previousColumn > high[previousRow]!
            )
              continue;
            const previousCost = cost[rowStart[previousRow]! + previousColumn - low[previousRow]!]!;
            if (previousCost === Infinity) continue;
            slot[0] = best - previousCost;
            corners.priceSpan(previousRow, previousColumn, row, column);
            const total = previousCost + slot[0]!;
            if (total < best) {
              best = total;
              bestShape = cornerStep;
              cornerFrom.set(base + column, [previousRow, previousColumn]);
            }
          }
        }
      }
      cost[base + column] = best;
      back[base + column] = bestShape;
    }
  }

  const path: PathBead[] = [];
  let row = sourceCount;
  let column = targetCount;
  while (row > 0 || column > 0) {
    const cell = rowStart[row]! + column - low[row]!;
    const shapeIndex = back[cell]!;
    if (shapeIndex === noStep)
      throw new Error(`alignment band is disconnected at (${row}, ${column})`);
    const [previousRow, previousColumn] =
      shapeIndex === cornerStep
        ? cornerFrom.get(cell)!
        : [row - shapeSource[shapeIndex]!, column - shapeTarget[shapeIndex]!];
    const previousCost = cost[rowStart[previousRow]! + previousColumn - low[previousRow]!]!;
    path.push({
      sourceStart: previousRow,
      sourceEnd: row,
      targetStart: previousColumn,
      targetEnd: column,
      cost: cost[cell]! - previousCost,
    });
    row = previousRow;
    column = previousColumn;
  }
  return path.reverse();
}

/**
 * The posterior probability of each bead of `path` among all paths inside the band, by the
 * forward–backward sums over paths with weight exp(−cost / temperature): the share of
 * alignments, weighted by how likely the model finds them, that contain the bead.
 */
export function beadPosteriors(
  sourceCount: number,
  targetCount: number,
  band: Band,
  shapes: readonly BeadShape[],
  beadCost: BeadCost,
  path: readonly PathBead[],
  temperature: number,
  corners: CornerBeads | null = null,
): Float64Array {
  const { low, high } = band;
  const { slot, price } = beadCost;
  const sourceCornerAt = corners ? cornerIndex(corners.sourceCorners, sourceCount) : null;
  const targetCornerAt = corners ? cornerIndex(corners.targetCorners, targetCount) : null;
  const rowStart = new Int32Array(sourceCount + 2);
  for (let row = 0; row <= sourceCount; row++)
    rowStart[row + 1] = rowStart[row]! + (high[row]! - low[row]! + 1);
  const cells = rowStart[sourceCount + 1]!;
  const cellOf = (row: number, column: number): number =>
    row < 0 || row > sourceCount || column < low[row]! || column > high[row]!
      ? -1
      : rowStart[row]! + column - low[row]!;
  const shapeCount = shapes.length;
  const terms = new Float64Array(shapeCount + (corners ? (corners.maxUnits + 1) ** 2 : 0));

  // forward[c] = −log Σ over paths from (0, 0) to c of exp(−cost / T); backward likewise to the end.
  const forward = new Float64Array(cells).fill(Infinity);
  forward[0] = 0;
  // Cost of the bead of each shape ending at each cell, as the forward sums priced it (NaN: not priced).
  const beadCosts = new Float64Array(cells * shapeCount).fill(Number.NaN);
  for (let row = 0; row <= sourceCount; row++) {
    for (let column = low[row]!; column <= high[row]!; column++) {
      if (row === 0 && column === 0) continue;
      const cell = cellOf(row, column);
      let count = 0;
      let best = Infinity;
      for (let shapeIndex = 0; shapeIndex < shapeCount; shapeIndex++) {
        const previous = cellOf(
          row - shapes[shapeIndex]!.source,
          column - shapes[shapeIndex]!.target,
        );
        if (previous < 0 || forward[previous] === Infinity) continue;
        // Paths costlier than the best by more than `negligible` add nothing a double can hold.
        const budget = (best + negligible - forward[previous]!) * temperature;
        slot[0] = budget;
        price(row, column, shapeIndex);
        const cost = slot[0]!;
        beadCosts[cell * shapeCount + shapeIndex] = cost;
        const term = forward[previous]! + cost / temperature;
        if (term === Infinity) continue;
        terms[count++] = term;
        if (term < best) best = term;
      }
      if (corners && sourceCornerAt![row]! > 0 && targetCornerAt![column]! > 0) {
        const { sourceCorners, targetCorners, maxUnits } = corners;
        for (let from = sourceCornerAt![row]! - 1; from >= 0; from--) {
          const previousRow = sourceCorners[from]!;
          if (row - previousRow > maxUnits) break;
          for (let to = targetCornerAt![column]! - 1; to >= 0; to--) {
            const previousColumn = targetCorners[to]!;
            if (column - previousColumn > maxUnits) break;
            if (coveredByShapes(shapes, row - previousRow, column - previousColumn)) continue;
            const previous = cellOf(previousRow, previousColumn);
            if (previous < 0 || forward[previous] === Infinity) continue;
            slot[0] = (best + negligible - forward[previous]!) * temperature;
            corners.priceSpan(previousRow, previousColumn, row, column);
            const term = forward[previous]! + slot[0]! / temperature;
            if (term === Infinity) continue;
            terms[count++] = term;
            if (term < best) best = term;
          }
        }
      }
      forward[cell] = softMinimum(terms, count);
    }
  }
  const backward = new Float64Array(cells).fill(Infinity);
  backward[cellOf(sourceCount, targetCount)] = 0;
  for (let row = sourceCount; row >= 0; row--) {
    for (let column = high[row]!; column >= low[row]!; column--) {
      if (row === sourceCount && column === targetCount) continue;
      let count = 0;
      let best = Infinity;
      for (let shapeIndex = 0; shapeIndex < shapeCount; shapeIndex++) {
        const nextRow = row + shapes[shapeIndex]!.source;
        const nextColumn = column + shapes[shapeIndex]!.target;
        const next = cellOf(nextRow, nextColumn);
        if (next < 0 || backward[next] === Infinity) continue;
        // The forward sums priced most beads already; one they left out as negligible there
        // lies only on paths negligible against the total, and is left out here too.
        let cost = beadCosts[next * shapeCount + shapeIndex]!;
        if (Number.isNaN(cost)) {
          slot[0] = (best + negligible - backward[next]!) * temperature;
          price(nextRow, nextColumn, shapeIndex);
          cost = slot[0]!;
        }
        const term = backward[next]! + cost / temperature;
        if (term === Infinity) continue;
        terms[count++] = term;
        if (term < best) best = term;
      }
      if (corners && sourceCornerAt![row]! >= 0 && targetCornerAt![column]! >= 0) {
        const { sourceCorners, targetCorners, maxUnits } = corners;
        for (let from = sourceCornerAt![row]! + 1; from < sourceCorners.length; from++) {
          const nextRow = sourceCorners[from]!;
          if (nextRow - row > maxUnits) break;
          for (let to = targetCornerAt![column]! + 1; to < targetCorners.length; to++) {
            const nextColumn = targetCorners[to]!;
            if (nextColumn - column > maxUnits) break;
            if (coveredByShapes(shapes, nextRow - row, nextColumn - column)) continue;
            const next = cellOf(nextRow, nextColumn);
            if (next < 0 || backward[next] === Infinity) continue;
            slot[0] = (best + negligible - backward[next]!) * temperature;
            corners.priceSpan(row, column, nextRow, nextColumn);
            const term = backward[next]! + slot[0]! / temperature;
            if (term === Infinity) continue;
            terms[count++] = term;
            if (term < best) best = term;
          }
        }
      }
      backward[cellOf(row, column)] = softMinimum(terms, count);
    }
  }
  const total = forward[cellOf(sourceCount, targetCount)]!;
  return Float64Array.from(path, (bead) => {
    const before = forward[cellOf(bead.sourceStart, bead.targetStart)]!;
    const after = backward[cellOf(bead.sourceEnd, bead.targetEnd)]!;
    const probability = Math.exp(-(before + bead.cost / temperature + after - total));
    return Number.isFinite(probability) ? Math.min(1, probability) : 0;
  });
}

/** exp(−15) ≈ 3e−7: a path this much costlier than the best is left out of the sums. */
const negligible = 15;

/** −log Σ exp(−value) of the first `count` values, without overflow. */
function softMinimum(values: Float64Array, count: number): number {
  if (count === 0) return Infinity;
  let smallest = Infinity;
  for (let index = 0; index < count; index++)
    if (values[index]! < smallest) smallest = values[index]!;
  if (smallest === Infinity) return Infinity;
  let sum = 0;
  for (let index = 0; index < count; index++) sum += Math.exp(smallest - values[index]!);
  return smallest - Math.log(sum);
}

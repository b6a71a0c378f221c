// The banded dynamic program over beads. The band is a monotone corridor of cells
// [low[i], high[i]] per source row, so memory and time grow with n × band width, never n × m.

export type BeadShape = { readonly source: number; readonly target: number };

export type Band = {
  /** low[i] / high[i]: the first and last target position allowed after i source units (inclusive). */
  low: Int32Array;
  high: Int32Array;
};

/**
 * Cost of the bead that covers source units [i - shape.source, i) and target units [j - shape.target, j).
 * When the cost is certainly at least `budget`, Infinity may be returned early (not `budget`
 * itself: previous + (budget) can round below the best and steal it).
 */
export type BeadCost = (i: number, j: number, shapeIndex: number, budget: number) => number;

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
): PathBead[] {
  const { low, high } = band;
  const rowStart = new Int32Array(sourceCount + 2);
  for (let row = 0; row <= sourceCount; row++)
    rowStart[row + 1] = rowStart[row]! + (high[row]! - low[row]! + 1);
  const cells = rowStart[sourceCount + 1]!;
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(255);
  cost[0] = 0;
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
      let bestShape = 255;
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
        const total = previousCost + beadCost(row, column, shapeIndex, best - previousCost);
        if (total < best) {
          best = total;
          bestShape = shapeIndex;
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
    if (shapeIndex === 255)
      throw new Error(`alignment band is disconnected at (${row}, ${column})`);
    const previousRow = row - shapeSource[shapeIndex]!;
    const previousColumn = column - shapeTarget[shapeIndex]!;
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
): Float64Array {
  const { low, high } = band;
  const rowStart = new Int32Array(sourceCount + 2);
  for (let row = 0; row <= sourceCount; row++)
    rowStart[row + 1] = rowStart[row]! + (high[row]! - low[row]! + 1);
  const cells = rowStart[sourceCount + 1]!;
  const cellOf = (row: number, column: number): number =>
    row < 0 || row > sourceCount || column < low[row]! || column > high[row]!
      ? -1
      : rowStart[row]! + column - low[row]!;
  const shapeCount = shapes.length;
  const terms = new Float64Array(shapeCount);

  // forward[c] = −log Σ over paths from (0, 0) to c of exp(−cost / T); backward likewise to the end.
  const forward = new Float64Array(cells).fill(Infinity);
  forward[0] = 0;
  for (let row = 0; row <= sourceCount; row++) {
    for (let column = low[row]!; column <= high[row]!; column++) {
      if (row === 0 && column === 0) continue;
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
        const term = forward[previous]! + beadCost(row, column, shapeIndex, budget) / temperature;
        if (term === Infinity) continue;
        terms[count++] = term;
        if (term < best) best = term;
      }
      forward[cellOf(row, column)] = softMinimum(terms, count);
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
        const budget = (best + negligible - backward[next]!) * temperature;
        const term =
          backward[next]! + beadCost(nextRow, nextColumn, shapeIndex, budget) / temperature;
        if (term === Infinity) continue;
        terms[count++] = term;
        if (term < best) best = term;
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

// The banded dynamic program over beads. The band is a monotone corridor of cells
// [low[i], high[i]] per source row, so memory and time grow with n × band width, never n × m.
// The program and the bead cost run in WebAssembly (./assembly/index.ts): interpreted
// JavaScript made the first documents of every process several times slower than the rest.
// Here the document's features are laid out in the module's memory, once per document.

import type { DocumentFeatures, SideFeatures } from './features';
import { alignerWasm, renewAlignerWasm } from './wasm';
import type { AlignerExports } from './wasm';

export type BeadShape = { readonly source: number; readonly target: number };

export type Band = {
  /** low[i] / high[i]: the first and last target position allowed after i source units (inclusive). */
  low: Int32Array;
  high: Int32Array;
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
};

/**
 * The bead cost's parameters for one document (see engine.ts): a bead's cost is the −log
 * likelihood that assembly/index.ts `priceSpan` computes from them and the document's features.
 */
export type CostModel = {
  /** Target visible characters per source visible character. */
  readonly ratio: number;
  readonly variance: number;
  /**
   * −log prior of a bead by the sentences it holds on each side, at [source × shapeCostStride +
   * target]: read for every bead shape, and for corner beads below `paragraphBeadMinUnits`.
   */
  readonly shapeCost: Float64Array;
  readonly shapeCostStride: number;
  readonly weakBreakCost: number;
  readonly anchorBonus: number;
  readonly anchorPenalty: number;
  readonly sentenceCountWeight: number;
  readonly boundarySpread: number;
  readonly paragraphBeadCost: number;
  /**
   * Fewest units a corner bead holds on some side to be priced as a paragraph bead; a smaller
   * one is priced as a bead shape is.
   */
  readonly paragraphBeadMinUnits: number;
  readonly paragraphWeight: number;
};

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
  return connectedBand(low, high, targetCount);
}

/**
 * The band with its corners in, monotone edges, and each row starting no later than one past
 * the previous row's end, so that every cell can be reached by 1-1, 1-0 and 0-1 steps.
 */
function connectedBand(low: Int32Array, high: Int32Array, targetCount: number): Band {
  const sourceCount = low.length - 1;
  low[0] = 0;
  high[sourceCount] = targetCount;
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

/**
 * Rows where the path runs along an edge of the band that is not the grid's own: there the band
 * may have kept it from a cheaper path outside.
 */
export function rowsAtBandEdge(
  path: readonly PathBead[],
  band: Band,
  targetCount: number,
): number[] {
  const rows: number[] = [];
  for (let index = 0; index < path.length; index++) {
    const { sourceEnd: row, targetEnd: column } = path[index]!;
    const low = band.low[row]!;
    const high = band.high[row]!;
    if ((low > 0 && column <= low) || (high < targetCount && column >= high)) rows.push(row);
  }
  return rows;
}

/** Whether each row lies within `reach` rows of one of `rows`. */
function rowsNear(rows: readonly number[], reach: number, sourceCount: number): Uint8Array {
  const near = new Uint8Array(sourceCount + 1);
  for (const center of rows)
    near.fill(1, Math.max(0, center - reach), Math.min(sourceCount, center + reach) + 1);
  return near;
}

/**
 * The band widened by `extra` target units on both sides in the rows within `extra` of `rows`.
 */
export function widenBand(
  band: Band,
  rows: readonly number[],
  extra: number,
  targetCount: number,
): Band {
  const low = band.low.slice();
  const high = band.high.slice();
  const near = rowsNear(rows, extra, low.length - 1);
  for (let row = 0; row < low.length; row++) {
    if (near[row] === 0) continue;
    low[row] = Math.max(0, band.low[row]! - extra);
    high[row] = Math.min(targetCount, band.high[row]! + extra);
  }
  return connectedBand(low, high, targetCount);
}

/**
 * `band` in the rows within `reach` of `rows`, and elsewhere only the cells `path` passes
 * through: a search in it changes the path near those rows alone, for the price of those rows.
 */
export function bandNearRows(
  band: Band,
  path: readonly PathBead[],
  rows: readonly number[],
  reach: number,
  targetCount: number,
): Band {
  const sourceCount = band.low.length - 1;
  const low = new Int32Array(sourceCount + 1).fill(targetCount);
  const high = new Int32Array(sourceCount + 1);
  const visit = (row: number, column: number) => {
    if (column < low[row]!) low[row] = column;
    if (column > high[row]!) high[row] = column;
  };
  visit(0, 0);
  for (let index = 0; index < path.length; index++)
    visit(path[index]!.sourceEnd, path[index]!.targetEnd);
  // A row a bead steps over keeps the column the path left the row before at.
  for (let row = 1; row <= sourceCount; row++)
    if (low[row]! > high[row]!) low[row] = high[row] = high[row - 1]!;
  const near = rowsNear(rows, reach, sourceCount);
  for (let row = 0; row <= sourceCount; row++)
    if (near[row] === 1) {
      low[row] = band.low[row]!;
      high[row] = band.high[row]!;
    }
  return connectedBand(low, high, targetCount);
}

export function bandCellCount(band: Band): number {
  let cells = 0;
  for (let row = 0; row < band.low.length; row++) cells += band.high[row]! - band.low[row]! + 1;
  return cells;
}

/** Which document's features the module's memory holds: loads come in a new generation. */
let loadedGeneration = 0;
const loadedDocuments = new WeakMap<
  DocumentFeatures,
  { readonly generation: number; readonly pointer: number }
>();
/** The arena's top above the loaded document: each pass's scratch is released back to it. */
let documentTop = 0;
/**
 * A memory grown beyond this for a long document is let go when an alignment of a much shorter
 * document begins (a WebAssembly memory never shrinks). Not when a pass loads a shorter document
 * inside one alignment (the coarse levels come before the document itself), nor between
 * alignments of documents of similar length: a fresh memory is paid for again in page faults,
 * 0.6 s of a 100k × 100k alignment when it was renewed at every load.
 */
const keptMemoryBytes = 64 * 1024 * 1024;
/** The most units (both sides) of the alignments begun since the memory was last renewed. */
let largestAlignedUnits = 0;

/** Lets the module's memory go if it was grown for a document many times longer than this one. */
export function beginAlignment(sourceCount: number, targetCount: number): void {
  const units = sourceCount + targetCount;
  if (alignerWasm().memory.buffer.byteLength > keptMemoryBytes && units * 4 < largestAlignedUnits) {
    renewAlignerWasm();
    // Pointers into the old memory mean nothing in the new one.
    loadedGeneration++;
    largestAlignedUnits = 0;
  }
  largestAlignedUnits = Math.max(largestAlignedUnits, units);
}

/**
 * The document's features in the module's memory, copied there unless they are the last
 * document copied (a document's passes share them; a new document replaces them).
 */
function loadDocument(features: DocumentFeatures): number {
  const known = loadedDocuments.get(features);
  if (known && known.generation === loadedGeneration) return known.pointer;
  const wasm = alignerWasm();
  wasm.reset();
  loadedGeneration++;
  const side = (sideFeatures: SideFeatures): number =>
    wasm.newSide(
      sideFeatures.count,
      copyFloat64(wasm, sideFeatures.lengthPrefix),
      copyFloat64(wasm, sideFeatures.sentencePrefix),
      copyFloat64(wasm, sideFeatures.continuesPrefix),
      copyFloat64(wasm, sideFeatures.anchorMatchPrefix),
      copyFloat64(wasm, sideFeatures.anchorMissPrefix),
      copyFloat64(wasm, sideFeatures.anchorChancePrefix),
      copyBytes(wasm, sideFeatures.paragraphEnd),
      copyInt32(wasm, sideFeatures.anchorStart),
      copyInt32(wasm, sideFeatures.anchorIds),
    );
  const pointer = wasm.newDocument(
    side(features.source),
    side(features.target),
    features.anchorMatchWeight.length,
    copyFloat64(wasm, features.anchorMatchWeight),
    copyFloat64(wasm, features.anchorMissWeight),
  );
  documentTop = wasm.mark();
  loadedDocuments.set(features, { generation: loadedGeneration, pointer });
  return pointer;
}

// Views are made after each allocation: growing the memory detaches its previous buffer.
// (Pointers come back as signed i32: `>>> 0` keeps those past 2 GiB valid offsets.)
function copyFloat64(wasm: AlignerExports, values: Float64Array): number {
  const pointer = wasm.allocate(values.length * 8) >>> 0;
  new Float64Array(wasm.memory.buffer, pointer, values.length).set(values);
  return pointer;
}

function copyInt32(wasm: AlignerExports, values: Int32Array): number {
  const pointer = wasm.allocate(values.length * 4) >>> 0;
  new Int32Array(wasm.memory.buffer, pointer, values.length).set(values);
  return pointer;
}

function copyBytes(wasm: AlignerExports, values: Uint8Array): number {
  const pointer = wasm.allocate(values.length) >>> 0;
  new Uint8Array(wasm.memory.buffer, pointer, values.length).set(values);
  return pointer;
}

/** Loads the document (if needed) and makes `model` inside `band` the module's bead cost. */
function preparePass(
  features: DocumentFeatures,
  model: CostModel,
  band: Band,
  shapes: readonly BeadShape[],
): AlignerExports {
  const document = loadDocument(features);
  const wasm = alignerWasm();
  wasm.release(documentTop);
  const shapeUnits = new Int32Array(shapes.length * 2);
  shapes.forEach((shape, index) => {
    shapeUnits[index * 2] = shape.source;
    shapeUnits[index * 2 + 1] = shape.target;
  });
  const shapeList = copyInt32(wasm, shapeUnits);
  const stride = model.shapeCostStride;
  const largestShape = Math.max(...shapes.map((shape) => Math.max(shape.source, shape.target)));
  // The module reads the table unchecked.
  if (
    model.shapeCost.length !== stride * stride ||
    stride <= largestShape ||
    stride < model.paragraphBeadMinUnits
  )
    throw new Error(`shape-cost table of stride ${stride} does not cover the bead shapes`);
  const shapeCost = copyFloat64(wasm, model.shapeCost);
  const low = copyInt32(wasm, band.low);
  const high = copyInt32(wasm, band.high);
  wasm.prepareCost(
    document,
    model.ratio,
    model.variance,
    shapeCost,
    stride,
    model.weakBreakCost,
    model.anchorBonus,
    model.anchorPenalty,
    model.sentenceCountWeight,
    model.boundarySpread,
    model.paragraphBeadCost,
    model.paragraphBeadMinUnits,
    model.paragraphWeight,
    shapeList,
    shapes.length,
    low,
    high,
  );
  return wasm;
}

/** Corner lists in the module's memory: pointers and counts, or zeros without corners. */
function copyCorners(
  wasm: AlignerExports,
  corners: CornerBeads | null,
): [number, number, number, number, number] {
  if (!corners) return [0, 0, 0, 0, 0];
  return [
    copyInt32(wasm, corners.sourceCorners),
    corners.sourceCorners.length,
    copyInt32(wasm, corners.targetCorners),
    corners.targetCorners.length,
    corners.maxUnits,
  ];
}

/** Bytes per bead of a path in the module's memory: i32 × 4 (sides' start and end), f64 cost. */
const beadBytes = 24;

/**
 * The cheapest monotone, complete sequence of beads inside the band, each bead of one of
 * `shapes` or (with `corners`) from a corner to a corner, under the bead cost of `model`.
 */
export function cheapestPath(
  features: DocumentFeatures,
  model: CostModel,
  band: Band,
  shapes: readonly BeadShape[],
  corners: CornerBeads | null = null,
): PathBead[] {
  const wasm = preparePass(features, model, band, shapes);
  const sourceCount = features.source.count;
  const targetCount = features.target.count;
  const output = wasm.allocate((sourceCount + targetCount) * beadBytes) >>> 0;
  const beads = wasm.cheapestPath(...copyCorners(wasm, corners), output);
  const integers = new Int32Array(wasm.memory.buffer, output, Math.max(2, beads * 6));
  if (beads < 0) {
    const [row, column] = integers;
    wasm.release(documentTop);
    throw new Error(`alignment band is disconnected at (${row}, ${column})`);
  }
  const costs = new Float64Array(wasm.memory.buffer, output, beads * 3);
  const path: PathBead[] = [];
  // Written from the last bead to the first.
  for (let bead = beads - 1; bead >= 0; bead--) {
    path.push({
      sourceStart: integers[bead * 6]!,
      sourceEnd: integers[bead * 6 + 1]!,
      targetStart: integers[bead * 6 + 2]!,
      targetEnd: integers[bead * 6 + 3]!,
      cost: costs[bead * 3 + 2]!,
    });
  }
  wasm.release(documentTop);
  return path;
}

/**
 * The posterior probability of each bead of `path` among all paths inside the band, by the
 * forward–backward sums over paths with weight exp(−cost / temperature): the share of
 * alignments, weighted by how likely the model finds them, that contain the bead.
 */
export function beadPosteriors(
  features: DocumentFeatures,
  model: CostModel,
  band: Band,
  shapes: readonly BeadShape[],
  path: readonly PathBead[],
  temperature: number,
  corners: CornerBeads | null = null,
): Float64Array {
  const wasm = preparePass(features, model, band, shapes);
  const pathPointer = wasm.allocate(path.length * beadBytes) >>> 0;
  const integers = new Int32Array(wasm.memory.buffer, pathPointer, path.length * 6);
  const costs = new Float64Array(wasm.memory.buffer, pathPointer, path.length * 3);
  path.forEach((bead, index) => {
    integers[index * 6] = bead.sourceStart;
    integers[index * 6 + 1] = bead.sourceEnd;
    integers[index * 6 + 2] = bead.targetStart;
    integers[index * 6 + 3] = bead.targetEnd;
    costs[index * 3 + 2] = bead.cost;
  });
  const output = wasm.allocate(path.length * 8) >>> 0;
  wasm.beadPosteriors(pathPointer, path.length, temperature, ...copyCorners(wasm, corners), output);
  const scores = new Float64Array(wasm.memory.buffer, output, path.length).slice();
  wasm.release(documentTop);
  return scores;
}

// The aligner's dynamic program and bead cost, compiled to WebAssembly (see ../dynamic.ts, which
// lays the document out in this module's memory and reads the results). Compiled code runs at
// full speed from the first bead, where the same JavaScript is interpreted until V8 optimises it.
//
// Every floating-point operation is the one the JavaScript took, in the same order: results match
// it to the last bit. Hence logarithm and exponential come from the host (V8's Math.log and
// Math.exp), not from AssemblyScript's own, and min/max/abs are the WebAssembly instructions,
// whose NaN and signed-zero rules are JavaScript's.
//
// Memory is a bump arena without a garbage collector: ../dynamic.ts resets it per document,
// marks it after the document's features and releases each pass's scratch back to the mark.

// @ts-ignore: decorator
@external("host", "log")
declare function hostLog(value: f64): f64;
// @ts-ignore: decorator
@external("host", "exp")
declare function hostExp(value: f64): f64;

// ---------------------------------------------------------------------------------------------
// Arena

const arenaStart: usize = (__heap_base + 15) & ~15;
let arenaTop: usize = arenaStart;

/** `bytes` of memory (8-byte aligned, contents undefined), growing the memory when needed. */
export function allocate(bytes: i32): usize {
  const at = arenaTop;
  const end = (at + <usize>bytes + 7) & ~7;
  const pages = memory.size();
  const capacity = <usize>pages << 16;
  if (end > capacity) {
    const needed = <i32>((end - capacity + 0xffff) >>> 16);
    // Doubling keeps a growing series of documents from growing the memory at every one.
    if (memory.grow(max(pages, needed)) < 0 && memory.grow(needed) < 0) unreachable();
  }
  arenaTop = end;
  return at;
}

export function mark(): usize {
  return arenaTop;
}

/** Frees everything allocated since `mark()` returned `to`. */
export function release(to: usize): void {
  arenaTop = to;
}

export function reset(): void {
  arenaTop = arenaStart;
}

// The consonant-skeleton anchors of ../features.ts, in a file of their own.
export {
  beginSkeletons,
  skeletonCount,
  skeletonIds,
  skeletonLength,
  skeletonLetters,
  skeletonSide,
  visibleLengths,
} from './skeleton';

function allocateFilled(bytes: i32, value: u8): usize {
  const at = allocate(bytes);
  memory.fill(at, value, <usize>bytes);
  return at;
}

function allocateF64(count: i32, value: f64): usize {
  const at = allocate(count << 3);
  for (let index = 0; index < count; index++) store<f64>(at + (<usize>index << 3), value);
  return at;
}

// @ts-ignore: decorator
@inline function f64At(base: usize, index: i32): f64 {
  return load<f64>(base + (<usize>index << 3));
}
// @ts-ignore: decorator
@inline function setF64(base: usize, index: i32, value: f64): void {
  store<f64>(base + (<usize>index << 3), value);
}
// @ts-ignore: decorator
@inline function i32At(base: usize, index: i32): i32 {
  return load<i32>(base + (<usize>index << 2));
}
// @ts-ignore: decorator
@inline function setI32(base: usize, index: i32, value: i32): void {
  store<i32>(base + (<usize>index << 2), value);
}
// @ts-ignore: decorator
@inline function u8At(base: usize, index: i32): i32 {
  return <i32>load<u8>(base + <usize>index);
}
// @ts-ignore: decorator
@inline function f32At(base: usize, index: i32): f32 {
  return load<f32>(base + (<usize>index << 2));
}

// ---------------------------------------------------------------------------------------------
// Documents: the features of ../features.ts (SideFeatures, DocumentFeatures), copied in by the
// host.

// @ts-ignore: decorator
@unmanaged
class Side {
  count!: i32;
  /** f64[count + 1] each. */
  lengthPrefix!: usize;
  sentencePrefix!: usize;
  continuesPrefix!: usize;
  anchorMatchPrefix!: usize;
  anchorMissPrefix!: usize;
  anchorChancePrefix!: usize;
  /** u8[count]. */
  paragraphEnd!: usize;
  /** i32[count + 1]: paragraph ends among units 0..i-1. */
  paragraphsBefore!: usize;
  /** i32[count + 1] and i32[anchorStart[count]]. */
  anchorStart!: usize;
  anchorIds!: usize;
}

// @ts-ignore: decorator
@unmanaged
class Document {
  /** Side pointers (a field of a class type would be checked for null at every read). */
  source!: usize;
  target!: usize;
  anchorCount!: i32;
  /** f64[anchorCount] each. */
  matchWeight!: usize;
  missWeight!: usize;
  /** Units of the target side holding each anchor, ascending. */
  postingsStart!: usize;
  postingsUnits!: usize;
}

/** Describes one side; the arrays were copied in already. Computes the side's paragraph prefix. */
export function newSide(
  count: i32,
  lengthPrefix: usize,
  sentencePrefix: usize,
  continuesPrefix: usize,
  anchorMatchPrefix: usize,
  anchorMissPrefix: usize,
  anchorChancePrefix: usize,
  paragraphEnd: usize,
  anchorStart: usize,
  anchorIds: usize,
): usize {
  const side = changetype<Side>(allocate(offsetof<Side>()));
  side.count = count;
  side.lengthPrefix = lengthPrefix;
  side.sentencePrefix = sentencePrefix;
  side.continuesPrefix = continuesPrefix;
  side.anchorMatchPrefix = anchorMatchPrefix;
  side.anchorMissPrefix = anchorMissPrefix;
  side.anchorChancePrefix = anchorChancePrefix;
  side.paragraphEnd = paragraphEnd;
  side.anchorStart = anchorStart;
  side.anchorIds = anchorIds;
  const before = allocate((count + 1) << 2);
  setI32(before, 0, 0);
  for (let unit = 0; unit < count; unit++)
    setI32(before, unit + 1, i32At(before, unit) + u8At(paragraphEnd, unit));
  side.paragraphsBefore = before;
  return changetype<usize>(side);
}

export function newDocument(
  source: usize,
  target: usize,
  anchorCount: i32,
  matchWeight: usize,
  missWeight: usize,
): usize {
  const document = changetype<Document>(allocate(offsetof<Document>()));
  document.source = source;
  document.target = target;
  document.anchorCount = anchorCount;
  document.matchWeight = matchWeight;
  document.missWeight = missWeight;
  // Built with the document, below the mark its passes release their scratch to.
  buildPostings(document);
  return changetype<usize>(document);
}

/** For each anchor id, the target units holding it, ascending (repeated per occurrence). */
function buildPostings(document: Document): void {
  const side = changetype<Side>(document.target);
  const anchorCount = document.anchorCount;
  const start = allocateFilled((anchorCount + 1) << 2, 0);
  const occurrences = i32At(side.anchorStart, side.count);
  for (let at = 0; at < occurrences; at++) {
    const slot = i32At(side.anchorIds, at) + 1;
    setI32(start, slot, i32At(start, slot) + 1);
  }
  for (let id = 0; id < anchorCount; id++)
    setI32(start, id + 1, i32At(start, id + 1) + i32At(start, id));
  const fill = allocate(anchorCount << 2);
  memory.copy(fill, start, <usize>anchorCount << 2);
  const units = allocate(occurrences << 2);
  for (let unit = 0; unit < side.count; unit++) {
    const end = i32At(side.anchorStart, unit + 1);
    for (let at = i32At(side.anchorStart, unit); at < end; at++) {
      const id = i32At(side.anchorIds, at);
      const position = i32At(fill, id);
      setI32(units, position, unit);
      setI32(fill, id, position + 1);
    }
  }
  document.postingsStart = start;
  document.postingsUnits = units;
}

// ---------------------------------------------------------------------------------------------
// The bead cost of one pass (engine.ts's Model, for one document and band). Module state: one
// pass runs at a time, and globals cost less to read than fields.

const twoPi: f64 = 2 * Math.PI;

let sourceCount: i32 = 0;
let sourceLengthPrefix: usize = 0;
let sourceSentencePrefix: usize = 0;
let sourceContinuesPrefix: usize = 0;
let sourceMatchPrefix: usize = 0;
let sourceMissPrefix: usize = 0;
let sourceChancePrefix: usize = 0;
let sourceParagraphEnd: usize = 0;
let sourceParagraphsBefore: usize = 0;
let sourceAnchorStart: usize = 0;
let sourceAnchorIds: usize = 0;
let targetCount: i32 = 0;
let targetLengthPrefix: usize = 0;
let targetSentencePrefix: usize = 0;
let targetContinuesPrefix: usize = 0;
let targetMatchPrefix: usize = 0;
let targetMissPrefix: usize = 0;
let targetChancePrefix: usize = 0;
let targetParagraphEnd: usize = 0;
let targetParagraphsBefore: usize = 0;
let targetAnchorStart: usize = 0;
let targetAnchorIds: usize = 0;
let anchorMatchWeight: usize = 0;
let anchorMissWeight: usize = 0;
/** i32[anchorCount]: all zero between uses (see `addSharedGroups`). */
let pending: usize = 0;

let ratio: f64 = 0;
let variance: f64 = 0;
/** f64[shapeStride²]: −log prior of a bead by the sentences on each side, at [source × shapeStride + target]. */
let shapeCost: usize = 0;
let shapeStride: i32 = 0;
let weakBreakCost: f64 = 0;
let anchorBonus: f64 = 0;
let anchorPenalty: f64 = 0;
let sentenceCountWeight: f64 = 0;
let boundarySpread: f64 = 0;
let paragraphBeadCost: f64 = 0;
/** Fewest units a corner bead holds on some side to be priced as a paragraph bead. */
let paragraphBeadMinUnits: i32 = 0;
let paragraphWeight: f64 = 0;
let usesAnchors: bool = false;
let normalizerNonNegative: bool = false;

/** i32[shapeCount] each. */
let shapeSource: usize = 0;
let shapeTarget: usize = 0;
let shapeCount: i32 = 0;
/** i32[sourceCount + 1] each: the band, first and last target position per source position. */
let bandLow: usize = 0;
let bandHigh: usize = 0;

/** f64[count + 1]: null beads' costs, by the unit they hold. */
let sourceAloneCost: usize = 0;
let targetAloneCost: usize = 0;

/** Anchors shared by each unit pair a bead inside the band can hold (see `buildPairTable`). */
let pairLow: usize = 0;
let pairRowStart: usize = 0;
let pairMatched: usize = 0;
let pairMissed: usize = 0;

let sharedMatch: f64 = 0;
let sharedMiss: f64 = 0;

/**
 * Makes the document's features and this model the bead cost of the coming pass. `shapes` holds
 * (source, target) unit counts per shape; `low`/`high` the band, as i32[sourceCount + 1].
 */
export function prepareCost(
  documentPointer: usize,
  modelRatio: f64,
  modelVariance: f64,
  modelShapeCost: usize,
  modelShapeStride: i32,
  modelWeakBreakCost: f64,
  modelAnchorBonus: f64,
  modelAnchorPenalty: f64,
  modelSentenceCountWeight: f64,
  modelBoundarySpread: f64,
  modelParagraphBeadCost: f64,
  modelParagraphBeadMinUnits: i32,
  modelParagraphWeight: f64,
  shapes: usize,
  shapesGiven: i32,
  low: usize,
  high: usize,
): void {
  const document = changetype<Document>(documentPointer);
  const source = changetype<Side>(document.source);
  const target = changetype<Side>(document.target);
  sourceCount = source.count;
  sourceLengthPrefix = source.lengthPrefix;
  sourceSentencePrefix = source.sentencePrefix;
  sourceContinuesPrefix = source.continuesPrefix;
  sourceMatchPrefix = source.anchorMatchPrefix;
  sourceMissPrefix = source.anchorMissPrefix;
  sourceChancePrefix = source.anchorChancePrefix;
  sourceParagraphEnd = source.paragraphEnd;
  sourceParagraphsBefore = source.paragraphsBefore;
  sourceAnchorStart = source.anchorStart;
  sourceAnchorIds = source.anchorIds;
  targetCount = target.count;
  targetLengthPrefix = target.lengthPrefix;
  targetSentencePrefix = target.sentencePrefix;
  targetContinuesPrefix = target.continuesPrefix;
  targetMatchPrefix = target.anchorMatchPrefix;
  targetMissPrefix = target.anchorMissPrefix;
  targetChancePrefix = target.anchorChancePrefix;
  targetParagraphEnd = target.paragraphEnd;
  targetParagraphsBefore = target.paragraphsBefore;
  targetAnchorStart = target.anchorStart;
  targetAnchorIds = target.anchorIds;
  anchorMatchWeight = document.matchWeight;
  anchorMissWeight = document.missWeight;
  pending = allocateFilled(document.anchorCount << 2, 0);

  ratio = modelRatio;
  variance = modelVariance;
  shapeCost = modelShapeCost;
  shapeStride = modelShapeStride;
  weakBreakCost = modelWeakBreakCost;
  anchorBonus = modelAnchorBonus;
  anchorPenalty = modelAnchorPenalty;
  sentenceCountWeight = modelSentenceCountWeight;
  boundarySpread = modelBoundarySpread;
  paragraphBeadCost = modelParagraphBeadCost;
  paragraphBeadMinUnits = modelParagraphBeadMinUnits;
  paragraphWeight = modelParagraphWeight;
  usesAnchors = anchorBonus != 0 || anchorPenalty != 0;

  shapeCount = shapesGiven;
  shapeSource = allocate(shapeCount << 2);
  shapeTarget = allocate(shapeCount << 2);
  for (let shape = 0; shape < shapeCount; shape++) {
    setI32(shapeSource, shape, i32At(shapes, shape << 1));
    setI32(shapeTarget, shape, i32At(shapes, (shape << 1) + 1));
  }
  bandLow = low;
  bandHigh = high;

  if (usesAnchors)
    buildPairTable(document.postingsStart, document.postingsUnits, document.anchorCount);

  const targetMeanLength = max<f64>(
    1,
    f64At(targetLengthPrefix, targetCount) / <f64>max<i32>(1, targetCount),
  );
  const logTargetMeanLength = hostLog(targetMeanLength);
  // 0.5 log(2π × spread) ≥ 0 for every bead when the smallest spread is at least 1 / 2π.
  normalizerNonNegative = twoPi * (variance + boundarySpread) >= 1;
  sourceAloneCost = allocate((sourceCount + 1) << 3);
  setF64(sourceAloneCost, 0, 0);
  for (let row = 1; row <= sourceCount; row++) {
    let cost = f64At(shapeCost, 1 * shapeStride + 0);
    if (f64At(sourceContinuesPrefix, row) > f64At(sourceContinuesPrefix, row - 1))
      cost += weakBreakCost;
    setF64(
      sourceAloneCost,
      row,
      cost + anchorPenalty * (f64At(sourceMissPrefix, row) - f64At(sourceMissPrefix, row - 1)),
    );
  }
  targetAloneCost = allocate((targetCount + 1) << 3);
  setF64(targetAloneCost, 0, 0);
  for (let column = 1; column <= targetCount; column++) {
    let cost = f64At(shapeCost, 0 * shapeStride + 1);
    if (f64At(targetContinuesPrefix, column) > f64At(targetContinuesPrefix, column - 1))
      cost += weakBreakCost;
    // A target sentence with no source pays the likelihood of its length alone (the source's
    // own length likelihood appears in every path and cancels); its anchors are all unmatched.
    const targetLength = f64At(targetLengthPrefix, column) - f64At(targetLengthPrefix, column - 1);
    cost += logTargetMeanLength + targetLength / targetMeanLength;
    setF64(
      targetAloneCost,
      column,
      cost +
        anchorPenalty * (f64At(targetMissPrefix, column) - f64At(targetMissPrefix, column - 1)),
    );
  }
}

/**
 * Anchors shared by each (source unit, target unit) pair that a bead inside the band can hold,
 * computed once: beads of up to 3 × 3 units would otherwise recount every pair ~17 times.
 * Summed as float32, as the JavaScript table was.
 */
function buildPairTable(postingsStart: usize, postingsUnits: usize, anchorCount: i32): void {
  let maxUnits = 0;
  for (let shape = 0; shape < shapeCount; shape++)
    maxUnits = max(maxUnits, max(i32At(shapeSource, shape), i32At(shapeTarget, shape)));
  pairLow = allocate(max(1, sourceCount) << 2);
  pairRowStart = allocate((sourceCount + 1) << 2);
  setI32(pairRowStart, 0, 0);
  for (let row = 0; row < sourceCount; row++) {
    const rowLow = max(0, i32At(bandLow, row + 1) - maxUnits);
    setI32(pairLow, row, rowLow);
    const high = min(targetCount - 1, i32At(bandHigh, min(sourceCount, row + maxUnits)) - 1);
    setI32(pairRowStart, row + 1, i32At(pairRowStart, row) + max(0, high - rowLow + 1));
  }
  const pairs = i32At(pairRowStart, sourceCount);
  pairMatched = allocateFilled(pairs << 2, 0);
  pairMissed = allocateFilled(pairs << 2, 0);
  // Walk each source anchor's postings inside the row's columns: the work is the number of
  // matches, not the band width times the anchors per unit. Rows' first columns never decrease,
  // so each anchor's place in its postings only moves forward: a binary search from the start
  // for every row was most of this function in a long document, a cache miss per step.
  const postingsAt = allocate(max(1, anchorCount) << 2);
  for (let id = 0; id < anchorCount; id++) setI32(postingsAt, id, i32At(postingsStart, id));
  for (let row = 0; row < sourceCount; row++) {
    const rowLow = i32At(pairLow, row);
    const rowHigh = rowLow + (i32At(pairRowStart, row + 1) - i32At(pairRowStart, row)) - 1;
    const base = i32At(pairRowStart, row) - rowLow;
    const listEnd = i32At(sourceAnchorStart, row + 1);
    let at = i32At(sourceAnchorStart, row);
    while (at < listEnd) {
      const id = i32At(sourceAnchorIds, at);
      let sourceTimes = 0;
      while (at < listEnd && i32At(sourceAnchorIds, at) == id) {
        sourceTimes++;
        at++;
      }
      const end = i32At(postingsStart, id + 1);
      let cursor = i32At(postingsAt, id);
      if (cursor > i32At(postingsStart, id) && i32At(postingsUnits, cursor - 1) >= rowLow)
        // (Only in a band whose rows start earlier than the row before, which none does.)
        cursor = firstAtLeast(postingsUnits, i32At(postingsStart, id), cursor, rowLow);
      else {
        // Galloping: steps of 1, 2, 4 … until past rowLow, then a binary search in the last.
        let step = 1;
        while (cursor + step <= end && i32At(postingsUnits, cursor + step - 1) < rowLow) {
          cursor += step;
          step <<= 1;
        }
        cursor = firstAtLeast(postingsUnits, cursor, min(end, cursor + step), rowLow);
      }
      setI32(postingsAt, id, cursor);
      while (cursor < end) {
        const unit = i32At(postingsUnits, cursor);
        if (unit > rowHigh) break;
        let targetTimes = 0;
        while (cursor < end && i32At(postingsUnits, cursor) == unit) {
          targetTimes++;
          cursor++;
        }
        const times = <f64>min(sourceTimes, targetTimes);
        const cell = <usize>(base + unit) << 2;
        store<f32>(
          pairMatched + cell,
          <f32>(<f64>load<f32>(pairMatched + cell) + times * f64At(anchorMatchWeight, id)),
        );
        store<f32>(
          pairMissed + cell,
          <f32>(<f64>load<f32>(pairMissed + cell) + times * f64At(anchorMissWeight, id)),
        );
      }
    }
  }
}

function firstAtLeast(values: usize, from: i32, to: i32, wanted: i32): i32 {
  let lowIndex = from;
  let highIndex = to;
  while (lowIndex < highIndex) {
    const middle = <i32>(<u32>(lowIndex + highIndex) >>> 1);
    if (i32At(values, middle) < wanted) lowIndex = middle + 1;
    else highIndex = middle;
  }
  return lowIndex;
}

/** Adds the anchors source unit `row` and target unit `column` share to sharedMatch/sharedMiss. */
function addSharedPair(row: i32, column: i32): void {
  if (!usesAnchors) return;
  const offset = column - i32At(pairLow, row);
  const rowStart = i32At(pairRowStart, row);
  if (offset < 0 || offset >= i32At(pairRowStart, row + 1) - rowStart) {
    addSharedAnchors(row, column);
    return;
  }
  sharedMatch += <f64>f32At(pairMatched, rowStart + offset);
  sharedMiss += <f64>f32At(pairMissed, rowStart + offset);
}

/** The anchors two units share, each occurrence matched at most once. */
function addSharedAnchors(sourceIndex: i32, targetIndex: i32): void {
  let left = i32At(sourceAnchorStart, sourceIndex);
  const leftEnd = i32At(sourceAnchorStart, sourceIndex + 1);
  let right = i32At(targetAnchorStart, targetIndex);
  const rightEnd = i32At(targetAnchorStart, targetIndex + 1);
  while (left < leftEnd && right < rightEnd) {
    const leftId = i32At(sourceAnchorIds, left);
    const rightId = i32At(targetAnchorIds, right);
    if (leftId == rightId) {
      sharedMatch += f64At(anchorMatchWeight, leftId);
      sharedMiss += f64At(anchorMissWeight, leftId);
      left++;
      right++;
    } else if (leftId < rightId) left++;
    else right++;
  }
}

/**
 * Anchors shared by a group of source units and a group of target units, each occurrence
 * matched at most once across the whole bead. The source occurrences are counted into
 * `pending` (all zero on entry and on return), then the target's take them.
 */
function addSharedGroups(sourceFrom: i32, sourceTo: i32, targetFrom: i32, targetTo: i32): void {
  const sourceListStart = i32At(sourceAnchorStart, sourceFrom);
  const sourceListEnd = i32At(sourceAnchorStart, sourceTo);
  const targetListEnd = i32At(targetAnchorStart, targetTo);
  for (let at = sourceListStart; at < sourceListEnd; at++) {
    const id = i32At(sourceAnchorIds, at);
    setI32(pending, id, i32At(pending, id) + 1);
  }
  let match: f64 = 0;
  let miss: f64 = 0;
  for (let at = i32At(targetAnchorStart, targetFrom); at < targetListEnd; at++) {
    const id = i32At(targetAnchorIds, at);
    const count = i32At(pending, id);
    if (count > 0) {
      setI32(pending, id, count - 1);
      match += f64At(anchorMatchWeight, id);
      miss += f64At(anchorMissWeight, id);
    }
  }
  for (let at = sourceListStart; at < sourceListEnd; at++)
    setI32(pending, i32At(sourceAnchorIds, at), 0);
  sharedMatch += match;
  sharedMiss += miss;
}

// @ts-ignore: decorator
@inline function anchored(
  base: f64,
  bonus: f64,
  penalty: f64,
  matched: f64,
  mostMatched: f64,
  missed: f64,
  fewestMissed: f64,
): f64 {
  return base - bonus * min(matched, mostMatched) - 2 * penalty * min(missed, fewestMissed);
}

/**
 * The cost of the bead covering source [sourceFrom, row) and target [targetFrom, column), both
 * non-empty, a bead shape or (`corner`) a corner bead; Infinity as soon as it is certainly at
 * least `budget` (see dynamic.ts).
 */
function priceSpan(
  sourceFrom: i32,
  targetFrom: i32,
  row: i32,
  column: i32,
  budget: f64,
  corner: bool,
): f64 {
  const sourceUnits = row - sourceFrom;
  const targetUnits = column - targetFrom;
  // A corner bead of few units on both sides is priced as the bead shapes are.
  const paragraphBead =
    corner && (sourceUnits >= paragraphBeadMinUnits || targetUnits >= paragraphBeadMinUnits);
  const sourceLength = f64At(sourceLengthPrefix, row) - f64At(sourceLengthPrefix, sourceFrom);
  const targetLength = f64At(targetLengthPrefix, column) - f64At(targetLengthPrefix, targetFrom);
  const sourceMiss = f64At(sourceMissPrefix, row) - f64At(sourceMissPrefix, sourceFrom);
  const targetMiss = f64At(targetMissPrefix, column) - f64At(targetMissPrefix, targetFrom);
  // Sentences, not units: pieces of one sentence held together count once.
  const sourceSentenceUnits =
    <f64>sourceUnits -
    (f64At(sourceContinuesPrefix, row - 1) - f64At(sourceContinuesPrefix, sourceFrom));
  const targetSentenceUnits =
    <f64>targetUnits -
    (f64At(targetContinuesPrefix, column - 1) - f64At(targetContinuesPrefix, targetFrom));
  // A corner bead's prior is the paragraph bead's unless it holds few sentences on both sides
  // (pieces counting once), as a shape does.
  let cost =
    corner &&
    (sourceSentenceUnits >= <f64>paragraphBeadMinUnits ||
      targetSentenceUnits >= <f64>paragraphBeadMinUnits)
      ? paragraphBeadCost
      : f64At(shapeCost, <i32>sourceSentenceUnits * shapeStride + <i32>targetSentenceUnits);
  // A bead that ends between two pieces of a sentence splits it there.
  if (f64At(sourceContinuesPrefix, row) > f64At(sourceContinuesPrefix, row - 1))
    cost += weakBreakCost;
  if (f64At(targetContinuesPrefix, column) > f64At(targetContinuesPrefix, column - 1))
    cost += weakBreakCost;
  // −log of the Gale–Church density of the target length given the source length, with its
  // normalising term, so that beads of different sizes and null beads compare fairly.
  const spread = variance * max<f64>(1, (sourceLength * ratio + targetLength) / 2) + boundarySpread;
  const difference = targetLength - sourceLength * ratio;
  cost += (difference * difference) / (2 * spread);
  const sourceSentences =
    f64At(sourceSentencePrefix, row) - f64At(sourceSentencePrefix, sourceFrom);
  const targetSentences =
    f64At(targetSentencePrefix, column) - f64At(targetSentencePrefix, targetFrom);
  // (Not for a paragraph bead: its re-split sentences are pieces that each count as one.)
  if (!paragraphBead) cost += sentenceCountWeight * abs<f64>(sourceSentences - targetSentences);
  if (paragraphWeight > 0 && !paragraphBead) {
    // Paragraph ends inside the bead, and an end on one side only at its end, are unmatched.
    const sourceEndsHere = u8At(sourceParagraphEnd, row - 1);
    const targetEndsHere = u8At(targetParagraphEnd, column - 1);
    const unmatched =
      i32At(sourceParagraphsBefore, row - 1) -
      i32At(sourceParagraphsBefore, sourceFrom) +
      i32At(targetParagraphsBefore, column - 1) -
      i32At(targetParagraphsBefore, targetFrom) +
      abs<i32>(sourceEndsHere - targetEndsHere);
    cost += paragraphWeight * <f64>unmatched;
  }

  const sourceMatch = f64At(sourceMatchPrefix, row) - f64At(sourceMatchPrefix, sourceFrom);
  const targetMatch = f64At(targetMatchPrefix, column) - f64At(targetMatchPrefix, targetFrom);
  const mostMatched = min<f64>(sourceMatch, targetMatch);
  const chance =
    (targetSentenceUnits *
      (f64At(sourceChancePrefix, row) - f64At(sourceChancePrefix, sourceFrom)) +
      sourceSentenceUnits *
        (f64At(targetChancePrefix, column) - f64At(targetChancePrefix, targetFrom))) /
    2;
  let base = cost + anchorBonus * chance + anchorPenalty * (sourceMiss + targetMiss);
  const fewestMissed = min<f64>(sourceMiss, targetMiss);
  // The anchors can lower the cost by at most this much: skip counting them when it cannot win.
  const mostReduction = anchored(
    0,
    anchorBonus,
    anchorPenalty,
    mostMatched,
    mostMatched,
    fewestMissed,
    fewestMissed,
  );
  // Most beads lose already without the logarithmic terms below, which are then never negative.
  if (normalizerNonNegative && base + mostReduction >= budget) return Infinity;
  base += 0.5 * hostLog(twoPi * spread);
  // The density covers the bead's total target length; where it holds several target
  // sentences, where the total splits is a further choice (uniform over its length).
  if (targetSentenceUnits > 1)
    base +=
      (targetSentenceUnits - 1) *
      hostLog(
        max<f64>(
          2,
          // In a paragraph bead the re-split sentences are each about a sentence long.
          corner && targetUnits >= paragraphBeadMinUnits
            ? targetLength / targetSentenceUnits
            : targetLength,
        ),
      );
  if (base + mostReduction >= budget) return Infinity;
  if (sourceMatch == 0 || targetMatch == 0) return base;
  sharedMatch = 0;
  sharedMiss = 0;
  // A paragraph bead has too many unit pairs for the bound below to be cheaper than the exact
  // count, so it goes straight to the exact count.
  if (!paragraphBead) {
    // Summed over unit pairs, shared anchors are exact for a 1-1 bead and a bound for larger
    // ones (an anchor repeated in two units would count twice): the exact merge only when it
    // matters.
    for (let sourceIndex = sourceFrom; sourceIndex < row; sourceIndex++)
      for (let targetIndex = targetFrom; targetIndex < column; targetIndex++)
        addSharedPair(sourceIndex, targetIndex);
    const summed = anchored(
      base,
      anchorBonus,
      anchorPenalty,
      sharedMatch,
      mostMatched,
      sharedMiss,
      fewestMissed,
    );
    if (sourceUnits == 1 && targetUnits == 1) return summed;
    if (summed >= budget) return Infinity;
    sharedMatch = 0;
    sharedMiss = 0;
  }
  addSharedGroups(sourceFrom, row, targetFrom, column);
  return anchored(
    base,
    anchorBonus,
    anchorPenalty,
    sharedMatch,
    mostMatched,
    sharedMiss,
    fewestMissed,
  );
}

/** The cost of the bead of shape `shape` ending at (row, column). */
// @ts-ignore: decorator
@inline function price(row: i32, column: i32, shape: i32, budget: f64): f64 {
  const sourceUnits = i32At(shapeSource, shape);
  const targetUnits = i32At(shapeTarget, shape);
  if (targetUnits == 0) return f64At(sourceAloneCost, row);
  if (sourceUnits == 0) return f64At(targetAloneCost, column);
  return priceSpan(row - sourceUnits, column - targetUnits, row, column, budget, false);
}

// ---------------------------------------------------------------------------------------------
// The dynamic program over the band.

/** Back pointer of a cell reached by a corner bead. */
const cornerStep: u8 = 254;
/** Back pointer of a cell not reached. */
const noStep: u8 = 255;

/** rowStart[row] = the cell index of (row, low[row]); i32[sourceCount + 2]. */
function bandRowStart(): usize {
  const rowStart = allocate((sourceCount + 2) << 2);
  setI32(rowStart, 0, 0);
  for (let row = 0; row <= sourceCount; row++)
    setI32(
      rowStart,
      row + 1,
      i32At(rowStart, row) + (i32At(bandHigh, row) - i32At(bandLow, row) + 1),
    );
  return rowStart;
}

/** cornerAt[position] = the index of the position in `corners`, or -1. */
function cornerIndex(corners: usize, cornerCount: i32, count: i32): usize {
  const at = allocateFilled((count + 1) << 2, 0xff);
  for (let index = 0; index < cornerCount; index++) setI32(at, i32At(corners, index), index);
  return at;
}

/** Whether a corner bead of these sizes is a bead shape already, or null (which it may not be). */
function coveredByShapes(sourceUnits: i32, targetUnits: i32): bool {
  if (sourceUnits == 0 || targetUnits == 0) return true;
  for (let shape = 0; shape < shapeCount; shape++)
    if (i32At(shapeSource, shape) == sourceUnits && i32At(shapeTarget, shape) == targetUnits)
      return true;
  return false;
}

/** Bytes per bead of a path: i32 sourceStart, sourceEnd, targetStart, targetEnd; f64 cost. */
const beadBytes = 24;

// @ts-ignore: decorator
@inline function writeBead(
  output: usize,
  index: i32,
  sourceStart: i32,
  sourceEnd: i32,
  targetStart: i32,
  targetEnd: i32,
  cost: f64,
): void {
  const at = output + <usize>index * beadBytes;
  store<i32>(at, sourceStart);
  store<i32>(at, sourceEnd, 4);
  store<i32>(at, targetStart, 8);
  store<i32>(at, targetEnd, 12);
  store<f64>(at, cost, 16);
}

/**
 * The cheapest monotone, complete sequence of beads inside the band, under the prepared cost:
 * written to `output` (room for sourceCount + targetCount beads) from the last bead to the
 * first; returns the number of beads, or -1 where the band is disconnected (the cell that was
 * not reached is then output's first two i32).
 */
export function cheapestPath(
  sourceCorners: usize,
  sourceCornerCount: i32,
  targetCorners: usize,
  targetCornerCount: i32,
  cornerMaxUnits: i32,
  output: usize,
): i32 {
  const corners = sourceCornerCount > 0;
  const rowStart = bandRowStart();
  const cells = i32At(rowStart, sourceCount + 1);
  const cost = allocateF64(cells, Infinity);
  const back = allocateFilled(cells, noStep);
  setF64(cost, 0, 0);
  let sourceCornerAt: usize = 0;
  let targetCornerAt: usize = 0;
  // Where a corner bead reached the cell from, for the cells it did.
  let cornerFromRow: usize = 0;
  let cornerFromColumn: usize = 0;
  if (corners) {
    sourceCornerAt = cornerIndex(sourceCorners, sourceCornerCount, sourceCount);
    targetCornerAt = cornerIndex(targetCorners, targetCornerCount, targetCount);
    cornerFromRow = allocate(cells << 2);
    cornerFromColumn = allocate(cells << 2);
  }

  for (let row = 0; row <= sourceCount; row++) {
    const rowLow = i32At(bandLow, row);
    const rowHigh = i32At(bandHigh, row);
    const base = i32At(rowStart, row) - rowLow;
    for (let column = rowLow; column <= rowHigh; column++) {
      if (row == 0 && column == 0) continue;
      let best: f64 = Infinity;
      let bestShape: u8 = noStep;
      for (let shape = 0; shape < shapeCount; shape++) {
        const previousRow = row - i32At(shapeSource, shape);
        const previousColumn = column - i32At(shapeTarget, shape);
        if (previousRow < 0) continue;
        const previousLow = i32At(bandLow, previousRow);
        if (previousColumn < previousLow || previousColumn > i32At(bandHigh, previousRow)) continue;
        const previousCost = f64At(
          cost,
          i32At(rowStart, previousRow) + previousColumn - previousLow,
        );
        if (previousCost == Infinity) continue;
        const total = previousCost + price(row, column, shape, best - previousCost);
        if (total < best) {
          best = total;
          bestShape = <u8>shape;
        }
      }
      if (corners && i32At(sourceCornerAt, row) > 0 && i32At(targetCornerAt, column) > 0) {
        for (let from = i32At(sourceCornerAt, row) - 1; from >= 0; from--) {
          const previousRow = i32At(sourceCorners, from);
          if (row - previousRow > cornerMaxUnits) break;
          for (let to = i32At(targetCornerAt, column) - 1; to >= 0; to--) {
            const previousColumn = i32At(targetCorners, to);
            if (column - previousColumn > cornerMaxUnits) break;
            const previousLow = i32At(bandLow, previousRow);
            if (
              coveredByShapes(row - previousRow, column - previousColumn) ||
              previousColumn < previousLow ||
              previousColumn > i32At(bandHigh, previousRow)
            )
              continue;
            const previousCost = f64At(
              cost,
              i32At(rowStart, previousRow) + previousColumn - previousLow,
            );
            if (previousCost == Infinity) continue;
            const total =
              previousCost +
              priceSpan(previousRow, previousColumn, row, column, best - previousCost, true);
            if (total < best) {
              best = total;
              bestShape = cornerStep;
              setI32(cornerFromRow, base + column, previousRow);
              setI32(cornerFromColumn, base + column, previousColumn);
            }
          }
        }
      }
      setF64(cost, base + column, best);
      store<u8>(back + <usize>(base + column), bestShape);
    }
  }

  let beads = 0;
  let row = sourceCount;
  let column = targetCount;
  while (row > 0 || column > 0) {
    const cell = i32At(rowStart, row) + column - i32At(bandLow, row);
    const step = load<u8>(back + <usize>cell);
    if (step == noStep) {
      setI32(output, 0, row);
      setI32(output, 1, column);
      return -1;
    }
    let previousRow: i32;
    let previousColumn: i32;
    if (step == cornerStep) {
      previousRow = i32At(cornerFromRow, cell);
      previousColumn = i32At(cornerFromColumn, cell);
    } else {
      previousRow = row - i32At(shapeSource, <i32>step);
      previousColumn = column - i32At(shapeTarget, <i32>step);
    }
    const previousCost = f64At(
      cost,
      i32At(rowStart, previousRow) + previousColumn - i32At(bandLow, previousRow),
    );
    const beadCost = f64At(cost, cell) - previousCost;
    writeBead(output, beads++, previousRow, row, previousColumn, column, beadCost);
    row = previousRow;
    column = previousColumn;
  }
  return beads;
}

/** exp(−15) ≈ 3e−7: a path this much costlier than the best is left out of the sums. */
const negligible: f64 = 15;

/** −log Σ exp(−value) of the first `count` values, without overflow. */
function softMinimum(values: usize, count: i32): f64 {
  if (count == 0) return Infinity;
  let smallest: f64 = Infinity;
  for (let index = 0; index < count; index++) {
    const value = f64At(values, index);
    if (value < smallest) smallest = value;
  }
  if (smallest == Infinity) return Infinity;
  let sum: f64 = 0;
  for (let index = 0; index < count; index++) sum += hostExp(smallest - f64At(values, index));
  return smallest - hostLog(sum);
}

let cellRowStart: usize = 0;

/** The cell of (row, column), or -1 outside the band. */
// @ts-ignore: decorator
@inline function cellOf(row: i32, column: i32): i32 {
  if (row < 0 || row > sourceCount) return -1;
  const rowLow = i32At(bandLow, row);
  if (column < rowLow || column > i32At(bandHigh, row)) return -1;
  return i32At(cellRowStart, row) + column - rowLow;
}

/**
 * The posterior probability of each of the `beadCount` beads at `path` (the layout of
 * `cheapestPath`'s output, in document order) among all paths inside the band, by the
 * forward–backward sums over paths with weight exp(−cost / temperature): written as f64 to
 * `output`.
 */
export function beadPosteriors(
  path: usize,
  beadCount: i32,
  temperature: f64,
  sourceCorners: usize,
  sourceCornerCount: i32,
  targetCorners: usize,
  targetCornerCount: i32,
  cornerMaxUnits: i32,
  output: usize,
): void {
  const corners = sourceCornerCount > 0;
  let sourceCornerAt: usize = 0;
  let targetCornerAt: usize = 0;
  if (corners) {
    sourceCornerAt = cornerIndex(sourceCorners, sourceCornerCount, sourceCount);
    targetCornerAt = cornerIndex(targetCorners, targetCornerCount, targetCount);
  }
  cellRowStart = bandRowStart();
  const cells = i32At(cellRowStart, sourceCount + 1);
  const terms = allocate(
    (shapeCount + (corners ? (cornerMaxUnits + 1) * (cornerMaxUnits + 1) : 0)) << 3,
  );

  // forward[c] = −log Σ over paths from (0, 0) to c of exp(−cost / T); backward likewise to the
  // end.
  const forward = allocateF64(cells, Infinity);
  setF64(forward, 0, 0);
  // Cost of the bead of each shape ending at each cell, as the forward sums priced it (NaN: not
  // priced).
  const beadCosts = allocateF64(cells * shapeCount, NaN);
  for (let row = 0; row <= sourceCount; row++) {
    const rowHigh = i32At(bandHigh, row);
    for (let column = i32At(bandLow, row); column <= rowHigh; column++) {
      if (row == 0 && column == 0) continue;
      const cell = cellOf(row, column);
      let count = 0;
      let best: f64 = Infinity;
      for (let shape = 0; shape < shapeCount; shape++) {
        const previous = cellOf(
          row - i32At(shapeSource, shape),
          column - i32At(shapeTarget, shape),
        );
        if (previous < 0) continue;
        const previousForward = f64At(forward, previous);
        if (previousForward == Infinity) continue;
        // Paths costlier than the best by more than `negligible` add nothing a double can hold.
        const cost = price(row, column, shape, (best + negligible - previousForward) * temperature);
        setF64(beadCosts, cell * shapeCount + shape, cost);
        const term = previousForward + cost / temperature;
        if (term == Infinity) continue;
        setF64(terms, count++, term);
        if (term < best) best = term;
      }
      if (corners && i32At(sourceCornerAt, row) > 0 && i32At(targetCornerAt, column) > 0) {
        for (let from = i32At(sourceCornerAt, row) - 1; from >= 0; from--) {
          const previousRow = i32At(sourceCorners, from);
          if (row - previousRow > cornerMaxUnits) break;
          for (let to = i32At(targetCornerAt, column) - 1; to >= 0; to--) {
            const previousColumn = i32At(targetCorners, to);
            if (column - previousColumn > cornerMaxUnits) break;
            if (coveredByShapes(row - previousRow, column - previousColumn)) continue;
            const previous = cellOf(previousRow, previousColumn);
            if (previous < 0) continue;
            const previousForward = f64At(forward, previous);
            if (previousForward == Infinity) continue;
            const cost = priceSpan(
              previousRow,
              previousColumn,
              row,
              column,
              (best + negligible - previousForward) * temperature,
              true,
            );
            const term = previousForward + cost / temperature;
            if (term == Infinity) continue;
            setF64(terms, count++, term);
            if (term < best) best = term;
          }
        }
      }
      setF64(forward, cell, softMinimum(terms, count));
    }
  }
  const backward = allocateF64(cells, Infinity);
  setF64(backward, cellOf(sourceCount, targetCount), 0);
  for (let row = sourceCount; row >= 0; row--) {
    const rowLow = i32At(bandLow, row);
    for (let column = i32At(bandHigh, row); column >= rowLow; column--) {
      if (row == sourceCount && column == targetCount) continue;
      let count = 0;
      let best: f64 = Infinity;
      for (let shape = 0; shape < shapeCount; shape++) {
        const nextRow = row + i32At(shapeSource, shape);
        const nextColumn = column + i32At(shapeTarget, shape);
        const next = cellOf(nextRow, nextColumn);
        if (next < 0) continue;
        const nextBackward = f64At(backward, next);
        if (nextBackward == Infinity) continue;
        // The forward sums priced most beads already; one they left out as negligible there
        // lies only on paths negligible against the total, and is left out here too.
        let cost = f64At(beadCosts, next * shapeCount + shape);
        if (isNaN(cost))
          cost = price(
            nextRow,
            nextColumn,
            shape,
            (best + negligible - nextBackward) * temperature,
          );
        const term = nextBackward + cost / temperature;
        if (term == Infinity) continue;
        setF64(terms, count++, term);
        if (term < best) best = term;
      }
      if (corners && i32At(sourceCornerAt, row) >= 0 && i32At(targetCornerAt, column) >= 0) {
        for (let from = i32At(sourceCornerAt, row) + 1; from < sourceCornerCount; from++) {
          const nextRow = i32At(sourceCorners, from);
          if (nextRow - row > cornerMaxUnits) break;
          for (let to = i32At(targetCornerAt, column) + 1; to < targetCornerCount; to++) {
            const nextColumn = i32At(targetCorners, to);
            if (nextColumn - column > cornerMaxUnits) break;
            if (coveredByShapes(nextRow - row, nextColumn - column)) continue;
            const next = cellOf(nextRow, nextColumn);
            if (next < 0) continue;
            const nextBackward = f64At(backward, next);
            if (nextBackward == Infinity) continue;
            const cost = priceSpan(
              row,
              column,
              nextRow,
              nextColumn,
              (best + negligible - nextBackward) * temperature,
              true,
            );
            const term = nextBackward + cost / temperature;
            if (term == Infinity) continue;
            setF64(terms, count++, term);
            if (term < best) best = term;
          }
        }
      }
      setF64(backward, cellOf(row, column), softMinimum(terms, count));
    }
  }
  const total = f64At(forward, cellOf(sourceCount, targetCount));
  for (let bead = 0; bead < beadCount; bead++) {
    const at = path + <usize>bead * beadBytes;
    const before = f64At(forward, cellOf(load<i32>(at), load<i32>(at, 8)));
    const after = f64At(backward, cellOf(load<i32>(at, 4), load<i32>(at, 12)));
    const probability = hostExp(-(before + load<f64>(at, 16) / temperature + after - total));
    setF64(output, bead, isFinite(probability) ? min<f64>(1, probability) : 0);
  }
}

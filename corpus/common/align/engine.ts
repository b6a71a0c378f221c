// Sentence alignment: a banded dynamic program over beads (0-1 … 3-1) whose cost is a −log
// likelihood: a Gale–Church length model (ratio and variance estimated per document, from a
// first pass), the bead shape's prior, sentence-terminator counts weighted by how well they
// agree in the document, and dictionary-free anchors (numbers, Latin tokens, punctuation, and
// consonant skeletons of transliterated names, credited only beyond chance). Where both sides
// group sentences into paragraphs, unmatched paragraph ends cost, and beads of whole paragraphs
// of up to 12 units per side express a translator's regrouping. Long documents follow a path
// found on a 4× coarser document; each bead's score is its posterior probability.

import type { AlignedBead } from '../../../shared/model';
import { bandAroundPath, beadPosteriors, cheapestPath, fullBand } from './dynamic';
import type { Band, BeadCost, BeadShape, CornerBeads, PathBead } from './dynamic';
import { addSharedAnchors, computeFeatures, downsampleSide, sideIsBengali } from './features';
import { withLearnedLexicon } from './lexicon';
import type { DocumentFeatures, SideFeatures, TextUnit } from './features';

export type AlignTuning = {
  /** Prior probability of each bead shape, in the order of `beadShapes`. */
  shapePriors: readonly number[];
  /** Gale–Church variance before the document's own is estimated. */
  initialVariance: number;
  /** Pseudo-count of 1-1 beads at `initialVariance` that the document's estimate is shrunk towards. */
  variancePriorBeads: number;
  /** Cost removed per unit of anchor weight the two sides of a bead share. */
  anchorBonus: number;
  /** Cost added per unit of anchor weight found on one side of a bead only. */
  anchorPenalty: number;
  /**
   * Prior probability that the two sides of a right bead hold as many sentences (by their
   * terminators) where a unit holds several. The cost per sentence of difference is the
   * log-odds of that agreement, estimated per document and shrunk towards this prior.
   */
  sentenceCountAgreement: number;
  /** Pseudo-count of beads at `sentenceCountAgreement` that the document's estimate is shrunk towards. */
  sentenceCountPriorBeads: number;
  /** Upper bound of the per-document sentence-count weight. */
  maxSentenceCountWeight: number;
  /** Probability that a weak break (a sentence end without a terminator, see `weakBreaks`) is real. */
  weakBreakPrior: number;
  /** Costs are divided by this before bead posteriors are taken: above 1 softens overconfident scores. */
  scoreTemperature: number;
  /**
   * Match weight of a word pair learned from the confident beads of the first pass (see
   * `withLearnedLexicon`); 0 leaves the lexicon pass out.
   */
  lexiconWeight: number;
};

export const defaultTuning: AlignTuning = {
  shapePriors: [0.89, 0.01, 0.01, 0.04, 0.04, 0.001, 0.004, 0.004],
  initialVariance: 2,
  variancePriorBeads: 20,
  anchorBonus: 1.5,
  anchorPenalty: 0.7,
  sentenceCountAgreement: 0.85,
  sentenceCountPriorBeads: 5,
  maxSentenceCountWeight: 4,
  weakBreakPrior: 0.15,
  scoreTemperature: 1,
  lexiconWeight: 2,
};

export type AlignOptions = {
  /** BCP-47 tags; when absent each side's script decides (Bengali letters → 'bn'). */
  sourceLang?: string;
  targetLang?: string;
  /** Half-width, in units, of the corridor the fine pass searches around the coarse path. */
  bandRadius?: number;
  /** Expert knobs of the cost model; the defaults were set on news and are meant for any genre. */
  tuning?: Partial<AlignTuning>;
};

type Model = {
  /** Target visible characters per source visible character. */
  ratio: number;
  /** Gale–Church variance of target length per unit of (mean) length. */
  variance: number;
  /**
   * −log prior of a bead by the sentences it holds on each side, at [source × 4 + target]
   * (pieces of one sentence count once, so holding them together costs nothing).
   */
  shapeCost: Float64Array;
  /** Cost of ending a bead at a weak break, splitting a sentence there. */
  weakBreakCost: number;
  anchorBonus: number;
  anchorPenalty: number;
  sentenceCountWeight: number;
  /**
   * Length variance added to every bead regardless of its size: 0 for sentences; for blocks of
   * the coarse pass, whose edges fall up to a sentence or two away from the true boundary on
   * either side, about the square of a sentence's length.
   */
  boundarySpread: number;
  /** −log prior of a paragraph bead (one beyond the bead shapes, see `paragraphCorners`). */
  paragraphBeadCost: number;
  /**
   * Cost per paragraph end that a bead leaves unmatched (inside it, or at its end on one side
   * only): the log-odds that the two sides' paragraphs agree. 0 where paragraphs say nothing.
   */
  paragraphWeight: number;
};

export const beadShapes: readonly BeadShape[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 2, target: 1 },
  { source: 1, target: 2 },
  { source: 2, target: 2 },
  { source: 3, target: 1 },
  { source: 1, target: 3 },
];

const twoPi = 2 * Math.PI;

/**
 * Prior probability of a paragraph bead: whole paragraphs on each side, more units than the
 * bead shapes hold (a translator who regrouped several paragraphs and re-split their sentences).
 * As rare as the rarest shape; its length and split terms keep it from replacing small beads
 * that fit.
 */
const paragraphBeadPrior = 1e-3;
/** Most units a paragraph bead holds on either side. */
const paragraphBeadMaxUnits = 12;
/** Prior probability that a paragraph end on one side meets one on the other, where both sides group sentences into paragraphs. */
const paragraphAgreement = 0.9;
/** Upper bound of the per-document paragraph weight. */
const maxParagraphWeight = 4;

/** Documents up to this many grid cells are searched whole; larger ones follow a coarse first pass. */
const fullSearchCells = 250_000;
/** Units of the coarse document per unit of the finer one. */
const coarseFactor = 4;
/** Corridor half-width around a path projected from the coarse document. */
const defaultBandRadius = 8;
/** Corridor half-width of the second pass, around the first pass's path at the same resolution. */
const refineBandRadius = 4;
/** Corridor half-width around the final path inside which bead posteriors are summed. */
const posteriorBandRadius = 2;

/**
 * Aligns two sequences of sentences: beads in document order that cover every index of both
 * sides exactly once and never cross; each bead's score is the confidence that it is right.
 */
export function align(
  source: readonly TextUnit[],
  target: readonly TextUnit[],
  options: AlignOptions = {},
): AlignedBead[] {
  return alignUnits(source, target, options, {});
}

/**
 * `align` over units that may be pieces of sentences (`continues` marks a unit whose sentence
 * goes on in the next one): used by `alignTexts` to let the translation decide weak breaks.
 */
export function alignUnits(
  source: readonly TextUnit[],
  target: readonly TextUnit[],
  options: AlignOptions,
  continues: { source?: Uint8Array; target?: Uint8Array },
): AlignedBead[] {
  if (source.length === 0 || target.length === 0) {
    return [
      ...source.map((_, index) => ({ source: [index], target: [], score: 1 })),
      ...target.map((_, index) => ({ source: [], target: [index], score: 1 })),
    ];
  }
  const tuning = { ...defaultTuning, ...options.tuning };
  const features = computeFeatures(source, target, {
    ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}),
    ...(options.targetLang ? { targetLang: options.targetLang } : {}),
    ...(continues.source ? { sourceContinues: continues.source } : {}),
    ...(continues.target ? { targetContinues: continues.target } : {}),
  });
  const radius = options.bandRadius ?? defaultBandRadius;

  const firstModel = initialModel(features, tuning);
  const corners = paragraphCorners(features);
  if (corners) firstModel.paragraphWeight = logOdds(paragraphAgreement, maxParagraphWeight);
  const firstPath = searchPath(features, firstModel, radius, null, corners);
  const model = reestimateModel(features, firstModel, firstPath, tuning);
  const bengali = {
    source: sideIsBengali(source, options.sourceLang),
    target: sideIsBengali(target, options.targetLang),
  };
  const learned = withLearnedLexicon(
    features,
    source,
    target,
    bengali,
    firstPath,
    tuning.lexiconWeight,
  );
  const path = searchPath(learned, model, radius, firstPath, corners);
  const scores = confidences(learned, model, path, tuning.scoreTemperature, corners);
  return path.map((bead, index) => ({
    source: range(bead.sourceStart, bead.sourceEnd),
    target: range(bead.targetStart, bead.targetEnd),
    score: scores[index]!,
  }));
}

/** Stride of the shape-cost table: bead sides hold 0–3 units. */
const maxShapeUnits = 4;

function shapeCostTable(priors: readonly number[]): Float64Array {
  const table = new Float64Array(maxShapeUnits * maxShapeUnits).fill(-Math.log(1e-4));
  beadShapes.forEach((shape, index) => {
    table[shape.source * maxShapeUnits + shape.target] = -Math.log(priors[index] ?? 1e-3);
  });
  return table;
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let value = from; value < to; value++) values.push(value);
  return values;
}

function initialModel(features: DocumentFeatures, tuning: AlignTuning): Model {
  const { source, target } = features;
  const sourceLength = source.lengthPrefix[source.count]!;
  const targetLength = target.lengthPrefix[target.count]!;
  return {
    ratio: sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 1,
    variance: tuning.initialVariance,
    shapeCost: shapeCostTable(tuning.shapePriors),
    weakBreakCost: Math.log((1 - tuning.weakBreakPrior) / tuning.weakBreakPrior),
    anchorBonus: tuning.anchorBonus,
    anchorPenalty: tuning.anchorPenalty,
    sentenceCountWeight: logOdds(tuning.sentenceCountAgreement, tuning.maxSentenceCountWeight),
    boundarySpread: 0,
    paragraphBeadCost: -Math.log(paragraphBeadPrior),
    paragraphWeight: 0,
  };
}

/** Length ratio, variance and the trust in sentence counts, from the beads of the first pass. */
function reestimateModel(
  features: DocumentFeatures,
  model: Model,
  path: readonly PathBead[],
  tuning: AlignTuning,
): Model {
  const { source, target } = features;
  let sourceTotal = 0;
  let targetTotal = 0;
  const oneToOne: Array<[number, number]> = [];
  // Only beads where some unit holds more than one sentence say whether counts can be trusted:
  // with one sentence per unit the counts merely repeat the bead shape.
  let countsAgree = 0;
  let countsDiffer = 0;
  for (const bead of path) {
    const sourceUnits = bead.sourceEnd - bead.sourceStart;
    const targetUnits = bead.targetEnd - bead.targetStart;
    if (sourceUnits === 0 || targetUnits === 0) continue;
    const sourceLength =
      source.lengthPrefix[bead.sourceEnd]! - source.lengthPrefix[bead.sourceStart]!;
    const targetLength =
      target.lengthPrefix[bead.targetEnd]! - target.lengthPrefix[bead.targetStart]!;
    sourceTotal += sourceLength;
    targetTotal += targetLength;
    if (sourceUnits === 1 && targetUnits === 1) oneToOne.push([sourceLength, targetLength]);
    const sourceSentences =
      source.sentencePrefix[bead.sourceEnd]! - source.sentencePrefix[bead.sourceStart]!;
    const targetSentences =
      target.sentencePrefix[bead.targetEnd]! - target.sentencePrefix[bead.targetStart]!;
    if (sourceSentences === sourceUnits && targetSentences === targetUnits) continue;
    if (sourceSentences === targetSentences) countsAgree++;
    else countsDiffer++;
  }
  const ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : model.ratio;
  let variance = model.variance;
  if (oneToOne.length > 0) {
    const squared = oneToOne
      .map(([sourceLength, targetLength]) => {
        const mean = Math.max(1, (sourceLength * ratio + targetLength) / 2);
        return (targetLength - sourceLength * ratio) ** 2 / mean;
      })
      .sort((left, right) => left - right);
    // The median of a squared standard normal is 0.455: a variance estimate that the first
    // pass's wrong beads cannot inflate.
    const estimate = squared[Math.floor((squared.length - 1) / 2)]! / 0.455;
    // Shrunk towards the prior so that short documents do not swing the model.
    variance =
      (estimate * squared.length + tuning.variancePriorBeads * tuning.initialVariance) /
      (squared.length + tuning.variancePriorBeads);
  }
  // Where terminators occur inside units on one side only (some genres), the counts disagree
  // in right beads too and stop counting.
  const priorBeads = tuning.sentenceCountPriorBeads;
  const agreement =
    (countsAgree + priorBeads * tuning.sentenceCountAgreement) /
    (countsAgree + countsDiffer + priorBeads);
  const sentenceCountWeight = logOdds(agreement, tuning.maxSentenceCountWeight);
  return {
    ...model,
    ratio,
    variance,
    sentenceCountWeight,
    paragraphWeight: model.paragraphWeight > 0 ? paragraphWeightOf(features, path) : 0,
  };
}

/**
 * How far the document's paragraphs can be trusted to agree, from the first pass: paragraph
 * ends met by one on the other side against those left unmatched by the beads of the path.
 */
function paragraphWeightOf(features: DocumentFeatures, path: readonly PathBead[]): number {
  const { source, target } = features;
  let agree = 0;
  let differ = 0;
  for (const bead of path) {
    if (bead.sourceEnd === bead.sourceStart || bead.targetEnd === bead.targetStart) continue;
    const sourceEnds = bead.sourceEnd - bead.sourceStart;
    const targetEnds = bead.targetEnd - bead.targetStart;
    // A paragraph bead's inner ends are regrouped on purpose and say nothing either way.
    if (sourceEnds >= maxShapeUnits || targetEnds >= maxShapeUnits) continue;
    for (let unit = bead.sourceStart; unit < bead.sourceEnd - 1; unit++)
      differ += source.paragraphEnd[unit]!;
    for (let unit = bead.targetStart; unit < bead.targetEnd - 1; unit++)
      differ += target.paragraphEnd[unit]!;
    const sourceEndsHere = source.paragraphEnd[bead.sourceEnd - 1]!;
    const targetEndsHere = target.paragraphEnd[bead.targetEnd - 1]!;
    if (sourceEndsHere === 1 && targetEndsHere === 1) agree++;
    else differ += sourceEndsHere + targetEndsHere;
  }
  const priorBeads = 5;
  return logOdds(
    (agree + priorBeads * paragraphAgreement) / (agree + differ + priorBeads),
    maxParagraphWeight,
  );
}

function logOdds(probability: number, limit: number): number {
  const clamped = Math.min(Math.max(probability, 1e-6), 1 - 1e-6);
  return Math.max(0, Math.min(limit, Math.log(clamped / (1 - clamped))));
}

/**
 * Anchors shared by each (source unit, target unit) pair that a bead inside the band can hold,
 * computed once: beads of up to 3 × 3 units would otherwise recount every pair ~17 times.
 * Returns a function adding the pair's shared match and miss weights to `shared`.
 */
function sharedPairTable(features: DocumentFeatures, band: Band) {
  const { source, target, anchorMatchWeight, anchorMissWeight } = features;
  const sourceCount = source.count;
  const maxUnits = Math.max(...beadShapes.map((shape) => Math.max(shape.source, shape.target)));
  const low = new Int32Array(sourceCount);
  const rowStart = new Int32Array(sourceCount + 1);
  for (let row = 0; row < sourceCount; row++) {
    low[row] = Math.max(0, band.low[row + 1]! - maxUnits);
    const high = Math.min(target.count - 1, band.high[Math.min(sourceCount, row + maxUnits)]! - 1);
    rowStart[row + 1] = rowStart[row]! + Math.max(0, high - low[row]! + 1);
  }
  const matched = new Float32Array(rowStart[sourceCount]!);
  const missed = new Float32Array(rowStart[sourceCount]!);
  // Walk each source anchor's postings inside the row's columns: the work is the number of
  // matches, not the band width times the anchors per unit.
  const postings = postingsOf(target, anchorMatchWeight.length);
  for (let row = 0; row < sourceCount; row++) {
    const rowLow = low[row]!;
    const rowHigh = rowLow + (rowStart[row + 1]! - rowStart[row]!) - 1;
    const base = rowStart[row]! - rowLow;
    const listEnd = source.anchorStart[row + 1]!;
    for (let at = source.anchorStart[row]!; at < listEnd;) {
      const id = source.anchorIds[at]!;
      let sourceTimes = 0;
      while (at < listEnd && source.anchorIds[at] === id) {
        sourceTimes++;
        at++;
      }
      const end = postings.start[id + 1]!;
      let cursor = firstAtLeast(postings.units, postings.start[id]!, end, rowLow);
      while (cursor < end) {
        const unit = postings.units[cursor]!;
        if (unit > rowHigh) break;
        let targetTimes = 0;
        while (cursor < end && postings.units[cursor] === unit) {
          targetTimes++;
          cursor++;
        }
        const times = Math.min(sourceTimes, targetTimes);
        matched[base + unit] += times * anchorMatchWeight[id]!;
        missed[base + unit] += times * anchorMissWeight[id]!;
      }
    }
  }
  return (row: number, column: number, shared: Float64Array): void => {
    const offset = column - low[row]!;
    if (offset < 0 || offset >= rowStart[row + 1]! - rowStart[row]!) {
      addSharedAnchors(features, row, column, shared);
      return;
    }
    shared[0]! += matched[rowStart[row]! + offset]!;
    shared[1]! += missed[rowStart[row]! + offset]!;
  };
}

type Postings = { start: Int32Array; units: Int32Array };
const postingsCache = new WeakMap<SideFeatures, Postings>();

/** For each anchor id, the units holding it, ascending (repeated per occurrence). */
function postingsOf(side: SideFeatures, anchorCount: number): Postings {
  let postings = postingsCache.get(side);
  if (postings) return postings;
  const start = new Int32Array(anchorCount + 1);
  for (const id of side.anchorIds) start[id + 1]!++;
  for (let id = 0; id < anchorCount; id++) start[id + 1]! += start[id]!;
  const fill = start.slice(0, anchorCount);
  const units = new Int32Array(side.anchorIds.length);
  for (let unit = 0; unit < side.count; unit++) {
    for (let at = side.anchorStart[unit]!; at < side.anchorStart[unit + 1]!; at++)
      units[fill[side.anchorIds[at]!]!++] = unit;
  }
  postings = { start, units };
  postingsCache.set(side, postings);
  return postings;
}

function firstAtLeast(values: Int32Array, from: number, to: number, wanted: number): number {
  let lowIndex = from;
  let highIndex = to;
  while (lowIndex < highIndex) {
    const middle = (lowIndex + highIndex) >>> 1;
    if (values[middle]! < wanted) lowIndex = middle + 1;
    else highIndex = middle;
  }
  return lowIndex;
}

/**
 * Anchors shared by a group of source units and a group of target units, each occurrence
 * matched at most once across the whole bead (summing over unit pairs would count an anchor
 * repeated in two units twice). The groups' lists lie side by side in `anchorIds`: the source
 * occurrences are counted into `pending` (all zero on entry and on return), then the target's
 * take them.
 */
function addSharedGroups(
  features: DocumentFeatures,
  sourceFrom: number,
  sourceTo: number,
  targetFrom: number,
  targetTo: number,
  shared: Float64Array,
  pending: Int32Array,
): void {
  const { source, target, anchorMatchWeight, anchorMissWeight } = features;
  const sourceListStart = source.anchorStart[sourceFrom]!;
  const sourceListEnd = source.anchorStart[sourceTo]!;
  const targetListEnd = target.anchorStart[targetTo]!;
  for (let at = sourceListStart; at < sourceListEnd; at++) pending[source.anchorIds[at]!]!++;
  let match = 0;
  let miss = 0;
  for (let at = target.anchorStart[targetFrom]!; at < targetListEnd; at++) {
    const id = target.anchorIds[at]!;
    if (pending[id]! > 0) {
      pending[id]!--;
      match += anchorMatchWeight[id]!;
      miss += anchorMissWeight[id]!;
    }
  }
  for (let at = sourceListStart; at < sourceListEnd; at++) pending[source.anchorIds[at]!] = 0;
  shared[0]! += match;
  shared[1]! += miss;
}

/** A bead's cost given the anchors its sides share (module level: no closure per evaluation). */
function anchored(
  base: number,
  anchorBonus: number,
  anchorPenalty: number,
  sharedMatch: number,
  mostMatched: number,
  sharedMiss: number,
  fewestMissed: number,
): number {
  return (
    base -
    anchorBonus * Math.min(sharedMatch, mostMatched) -
    2 * anchorPenalty * Math.min(sharedMiss, fewestMissed)
  );
}

function makeBeadCost(
  features: DocumentFeatures,
  model: Model,
  band: Band,
): BeadCost & Pick<CornerBeads, 'priceSpan'> {
  const { source, target } = features;
  const usesAnchors = model.anchorBonus !== 0 || model.anchorPenalty !== 0;
  const addSharedPair = usesAnchors ? sharedPairTable(features, band) : () => {};
  const shared = new Float64Array(2);
  const pending = new Int32Array(features.anchorMatchWeight.length);
  const shapeSource = Int32Array.from(beadShapes, (shape) => shape.source);
  const shapeTarget = Int32Array.from(beadShapes, (shape) => shape.target);
  const {
    ratio,
    variance,
    shapeCost,
    weakBreakCost,
    anchorBonus,
    anchorPenalty,
    sentenceCountWeight,
    boundarySpread,
    paragraphBeadCost,
    paragraphWeight,
  } = model;
  // paragraphsBefore[i] = paragraph ends among units 0..i-1, per side.
  const paragraphsBefore = (side: SideFeatures): Int32Array => {
    const prefix = new Int32Array(side.count + 1);
    for (let unit = 0; unit < side.count; unit++)
      prefix[unit + 1] = prefix[unit]! + side.paragraphEnd[unit]!;
    return prefix;
  };
  const sourceParagraphs = paragraphsBefore(source);
  const targetParagraphs = paragraphsBefore(target);
  const targetMeanLength = Math.max(
    1,
    target.lengthPrefix[target.count]! / Math.max(1, target.count),
  );
  const logTargetMeanLength = Math.log(targetMeanLength);
  // 0.5 log(2π × spread) ≥ 0 for every bead when the smallest spread is at least 1 / 2π.
  const normalizerNonNegative = twoPi * (variance + boundarySpread) >= 1;
  // Null beads depend on one unit only: their costs are looked up, not recomputed per cell.
  const sourceAloneCost = new Float64Array(source.count + 1);
  for (let row = 1; row <= source.count; row++) {
    let cost = shapeCost[1 * maxShapeUnits + 0]!;
    if (source.continuesPrefix[row]! > source.continuesPrefix[row - 1]!) cost += weakBreakCost;
    sourceAloneCost[row] =
      cost + anchorPenalty * (source.anchorMissPrefix[row]! - source.anchorMissPrefix[row - 1]!);
  }
  const targetAloneCost = new Float64Array(target.count + 1);
  for (let column = 1; column <= target.count; column++) {
    let cost = shapeCost[0 * maxShapeUnits + 1]!;
    if (target.continuesPrefix[column]! > target.continuesPrefix[column - 1]!)
      cost += weakBreakCost;
    // A target sentence with no source pays the likelihood of its length alone (the source's
    // own length likelihood appears in every path and cancels); its anchors are all unmatched.
    const targetLength = target.lengthPrefix[column]! - target.lengthPrefix[column - 1]!;
    cost += logTargetMeanLength + targetLength / targetMeanLength;
    targetAloneCost[column] =
      cost +
      anchorPenalty * (target.anchorMissPrefix[column]! - target.anchorMissPrefix[column - 1]!);
  }
  const slot = new Float64Array(1);
  /** The cost of the bead covering source [sourceFrom, row) and target [targetFrom, column), both non-empty. */
  const priceSpan = (sourceFrom: number, targetFrom: number, row: number, column: number): void => {
    const budget = slot[0]!;
    const sourceUnits = row - sourceFrom;
    const targetUnits = column - targetFrom;
    const sourceLength = source.lengthPrefix[row]! - source.lengthPrefix[sourceFrom]!;
    const targetLength = target.lengthPrefix[column]! - target.lengthPrefix[targetFrom]!;
    const sourceMiss = source.anchorMissPrefix[row]! - source.anchorMissPrefix[sourceFrom]!;
    const targetMiss = target.anchorMissPrefix[column]! - target.anchorMissPrefix[targetFrom]!;
    // Sentences, not units: pieces of one sentence held together count once.
    const sourceSentenceUnits =
      sourceUnits - (source.continuesPrefix[row - 1]! - source.continuesPrefix[sourceFrom]!);
    const targetSentenceUnits =
      targetUnits - (target.continuesPrefix[column - 1]! - target.continuesPrefix[targetFrom]!);
    // Beads beyond the shape table are only the paragraph beads (see `cornerBeads`).
    let cost =
      sourceSentenceUnits < maxShapeUnits && targetSentenceUnits < maxShapeUnits
        ? shapeCost[sourceSentenceUnits * maxShapeUnits + targetSentenceUnits]!
        : paragraphBeadCost;
    // A bead that ends between two pieces of a sentence splits it there.
    if (source.continuesPrefix[row]! > source.continuesPrefix[row - 1]!) cost += weakBreakCost;
    if (target.continuesPrefix[column]! > target.continuesPrefix[column - 1]!)
      cost += weakBreakCost;
    // −log of the Gale–Church density of the target length given the source length, with its
    // normalising term, so that beads of different sizes and null beads compare fairly.
    const spread =
      variance * Math.max(1, (sourceLength * ratio + targetLength) / 2) + boundarySpread;
    const difference = targetLength - sourceLength * ratio;
    cost += (difference * difference) / (2 * spread);
    const sourceSentences = source.sentencePrefix[row]! - source.sentencePrefix[sourceFrom]!;
    const targetSentences = target.sentencePrefix[column]! - target.sentencePrefix[targetFrom]!;
    // (Not for a paragraph bead: its re-split sentences are pieces that each count as one.)
    if (sourceUnits < maxShapeUnits && targetUnits < maxShapeUnits)
      cost += sentenceCountWeight * Math.abs(sourceSentences - targetSentences);
    if (paragraphWeight > 0 && sourceUnits < maxShapeUnits && targetUnits < maxShapeUnits) {
      // Paragraph ends inside the bead, and an end on one side only at its end, are unmatched.
      // (A paragraph bead regroups paragraphs on purpose: its inner ends are what it is for.)
      const sourceEndsHere = source.paragraphEnd[row - 1]!;
      const targetEndsHere = target.paragraphEnd[column - 1]!;
      const unmatched =
        sourceParagraphs[row - 1]! -
        sourceParagraphs[sourceFrom]! +
        targetParagraphs[column - 1]! -
        targetParagraphs[targetFrom]! +
        Math.abs(sourceEndsHere - targetEndsHere);
      cost += paragraphWeight * unmatched;
    }

    const sourceMatch = source.anchorMatchPrefix[row]! - source.anchorMatchPrefix[sourceFrom]!;
    const targetMatch = target.anchorMatchPrefix[column]! - target.anchorMatchPrefix[targetFrom]!;
    const mostMatched = Math.min(sourceMatch, targetMatch);
    const chance =
      (targetSentenceUnits *
        (source.anchorChancePrefix[row]! - source.anchorChancePrefix[sourceFrom]!) +
        sourceSentenceUnits *
          (target.anchorChancePrefix[column]! - target.anchorChancePrefix[targetFrom]!)) /
      2;
    // cost + anchors(shared) = base − bonus × min(shared match, most) + penalty × (−2 min(shared miss, …))
    let base = cost + anchorBonus * chance + anchorPenalty * (sourceMiss + targetMiss);
    const fewestMissed = Math.min(sourceMiss, targetMiss);
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
    if (normalizerNonNegative && base + mostReduction >= budget) {
      slot[0] = Infinity;
      return;
    }
    base += 0.5 * Math.log(twoPi * spread);
    // The density covers the bead's total target length; where it holds several target
    // sentences, where the total splits is a further choice (uniform over its length).
    if (targetSentenceUnits > 1)
      base +=
        (targetSentenceUnits - 1) *
        Math.log(
          Math.max(
            2,
            // In a paragraph bead the re-split sentences are each about a sentence long, not
            // anywhere in the whole: a split is placed within about one sentence's length.
            targetUnits < maxShapeUnits ? targetLength : targetLength / targetSentenceUnits,
          ),
        );
    if (base + mostReduction >= budget) {
      slot[0] = Infinity;
      return;
    }
    shared[0] = 0;
    shared[1] = 0;
    if (sourceMatch === 0 || targetMatch === 0) {
      slot[0] = base;
      return;
    }
    // A paragraph bead has too many unit pairs for the bound below to be cheaper than the exact
    // count, so it goes straight to the exact count.
    if (sourceUnits < maxShapeUnits && targetUnits < maxShapeUnits) {
      // Summed over unit pairs, shared anchors are exact for a 1-1 bead and a bound for larger
      // ones (an anchor repeated in two units would count twice): the exact merge only when it
      // matters.
      for (let sourceIndex = sourceFrom; sourceIndex < row; sourceIndex++) {
        for (let targetIndex = targetFrom; targetIndex < column; targetIndex++) {
          addSharedPair(sourceIndex, targetIndex, shared);
        }
      }
      const summed = anchored(
        base,
        anchorBonus,
        anchorPenalty,
        shared[0]!,
        mostMatched,
        shared[1]!,
        fewestMissed,
      );
      if (sourceUnits === 1 && targetUnits === 1) {
        slot[0] = summed;
        return;
      }
      if (summed >= budget) {
        slot[0] = Infinity;
        return;
      }
      shared[0] = 0;
      shared[1] = 0;
    }
    addSharedGroups(features, sourceFrom, row, targetFrom, column, shared, pending);
    slot[0] = anchored(
      base,
      anchorBonus,
      anchorPenalty,
      shared[0]!,
      mostMatched,
      shared[1]!,
      fewestMissed,
    );
  };
  const price = (row: number, column: number, shapeIndex: number): void => {
    const sourceUnits = shapeSource[shapeIndex]!;
    const targetUnits = shapeTarget[shapeIndex]!;
    if (targetUnits === 0) slot[0] = sourceAloneCost[row]!;
    else if (sourceUnits === 0) slot[0] = targetAloneCost[column]!;
    else priceSpan(row - sourceUnits, column - targetUnits, row, column);
  };
  return { slot, price, priceSpan };
}

/**
 * The cheapest path, searched whole for small documents; for large ones inside a corridor
 * around a guide path: the previous pass's path, or the path of a recursively halved document.
 */
function searchPath(
  features: DocumentFeatures,
  model: Model,
  radius: number,
  guide: readonly PathBead[] | null,
  corners: Omit<CornerBeads, 'priceSpan'> | null,
): PathBead[] {
  const sourceCount = features.source.count;
  const targetCount = features.target.count;
  let band: Band;
  if ((sourceCount + 1) * (targetCount + 1) <= fullSearchCells)
    band = fullBand(sourceCount, targetCount);
  else if (guide)
    band = bandAroundPath(
      pathCorners(guide, 1),
      sourceCount,
      targetCount,
      Math.min(radius, refineBandRadius),
    );
  else {
    const coarse: DocumentFeatures = {
      source: downsampleSide(features.source, coarseFactor),
      target: downsampleSide(features.target, coarseFactor),
      anchorMatchWeight: features.anchorMatchWeight,
      anchorMissWeight: features.anchorMissWeight,
    };
    // Blocks of many sentences share most common words and sentence counts by chance, which
    // the anchor and count terms (made for sentences) overrate: the coarse path follows lengths.
    const sentenceLength = features.target.lengthPrefix[targetCount]! / targetCount;
    const lengthOnly: Model = {
      ...model,
      anchorBonus: 0,
      anchorPenalty: 0,
      sentenceCountWeight: 0,
      boundarySpread: model.boundarySpread + sentenceLength * sentenceLength,
    };
    const coarsePath = searchPath(coarse, lengthOnly, radius, null, null);
    band = bandAroundPath(pathCorners(coarsePath, coarseFactor), sourceCount, targetCount, radius);
  }
  const beadCost = makeBeadCost(features, model, band);
  return cheapestPath(
    sourceCount,
    targetCount,
    band,
    beadShapes,
    beadCost,
    corners && { ...corners, priceSpan: beadCost.priceSpan },
  );
}

/**
 * Paragraph corners of a document whose paragraphs group sentences, or null. In presegmented
 * input every unit ends a line, and a paragraph bead would be a bead of any shape anywhere:
 * so only where some paragraph of either side holds several units, and both sides have
 * paragraphs to regroup.
 */
function paragraphCorners(features: DocumentFeatures): Omit<CornerBeads, 'priceSpan'> | null {
  const cornersOf = (side: SideFeatures): Int32Array => {
    const corners = [0];
    for (let unit = 0; unit < side.count; unit++)
      if (side.paragraphEnd[unit] === 1 || unit === side.count - 1) corners.push(unit + 1);
    return Int32Array.from(corners);
  };
  const sourceCorners = cornersOf(features.source);
  const targetCorners = cornersOf(features.target);
  const paragraphs = (corners: Int32Array) => corners.length - 1;
  const groupsSentences =
    paragraphs(sourceCorners) < features.source.count ||
    paragraphs(targetCorners) < features.target.count;
  if (!groupsSentences || paragraphs(sourceCorners) < 2 || paragraphs(targetCorners) < 2)
    return null;
  return { sourceCorners, targetCorners, maxUnits: paragraphBeadMaxUnits };
}

function pathCorners(path: readonly PathBead[], scale: number): Array<[number, number]> {
  return path.map((bead) => [bead.sourceEnd * scale, bead.targetEnd * scale]);
}

/**
 * Confidence that each bead is right: its posterior probability among the alignments near the
 * chosen one (a corridor of a few units around it, where nearly all the probability lies).
 */
function confidences(
  features: DocumentFeatures,
  model: Model,
  path: readonly PathBead[],
  temperature: number,
  corners: Omit<CornerBeads, 'priceSpan'> | null,
): Float64Array {
  const sourceCount = features.source.count;
  const targetCount = features.target.count;
  const band = bandAroundPath(pathCorners(path, 1), sourceCount, targetCount, posteriorBandRadius);
  const beadCost = makeBeadCost(features, model, band);
  return beadPosteriors(
    sourceCount,
    targetCount,
    band,
    beadShapes,
    beadCost,
    path,
    temperature,
    corners && { ...corners, priceSpan: beadCost.priceSpan },
  );
}

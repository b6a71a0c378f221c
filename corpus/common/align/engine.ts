// Sentence alignment: a banded dynamic program over beads (0-1 … 4-1) whose cost is a −log
// likelihood: a Gale–Church length model (ratio and variance estimated per document, from a
// first pass), the bead shape's prior, sentence-terminator counts weighted by how well they
// agree in the document, and dictionary-free anchors (numbers, Latin tokens, punctuation, and
// consonant skeletons of transliterated names, credited only beyond chance). Where both sides
// group sentences into paragraphs, unmatched paragraph ends cost, and beads of whole paragraphs
// of up to 12 units per side express a translator's regrouping. Long documents follow a path
// found on a 4× coarser document, in a band widened where the path meets its edge. The second
// pass re-estimates the model from the first path and, in long documents, adds word pairs
// learned from its confident beads (lexicon.ts); each bead's score is its posterior
// probability. Bengali is the source side: an English-first pair is aligned as its mirror
// image. The dynamic program itself runs in WebAssembly (dynamic.ts, assembly/index.ts).

import type { AlignedBead } from '../../../shared/model';
import {
  bandAroundPath,
  bandCellCount,
  beadPosteriors,
  bandNearRows,
  beginAlignment,
  cheapestPath,
  fullBand,
  rowsAtBandEdge,
  widenBand,
} from './dynamic';
import type { Band, BeadShape, CornerBeads, PathBead } from './dynamic';
import { computeFeatures, downsampleSide, sideIsBengali } from './features';
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
  shapePriors: [0.89, 0.01, 0.01, 0.04, 0.04, 0.001, 0.004, 0.004, 0.001, 0.001],
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
   * −log prior of a bead by the sentences it holds on each side, at [source × shapeCostStride +
   * target] (pieces of one sentence count once, so holding them together costs nothing).
   */
  shapeCost: Float64Array;
  shapeCostStride: number;
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
  /** See `paragraphBeadMinUnits`. */
  paragraphBeadMinUnits: number;
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
  { source: 4, target: 1 },
  { source: 1, target: 4 },
];

/**
 * Prior probability of a paragraph bead: whole paragraphs on each side, more units than the
 * bead shapes hold (a translator who regrouped several paragraphs and re-split their sentences).
 * As rare as the rarest shape; its length and split terms keep it from replacing small beads
 * that fit.
 */
const paragraphBeadPrior = 1e-3;
/** Most units a paragraph bead holds on either side. */
const paragraphBeadMaxUnits = 12;
/**
 * Fewest units a corner bead holds on some side to be a paragraph bead. A smaller corner bead
 * (of a size no bead shape has, such as 3-3) is priced as the shapes are, at the shape table's
 * prior for sizes no shape has.
 */
const paragraphBeadMinUnits = 4;
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
/** Most cells a band widened where the path met its edge may hold, per cell of the band as drawn. */
const widenedCellsFactor = 4;
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
  const bengali = {
    source: sideIsBengali(source, options.sourceLang),
    target: sideIsBengali(target, options.targetLang),
  };
  // The cost is a likelihood of the target given the source, set on Bengali sources: it prices
  // sentences grouped on the two sides differently (a bead's target length splits among its
  // sentences; its source length is given). An English-first pair is aligned as its mirror
  // image, so that both directions give the same beads: aligned as it came, ntrex-dev's raw
  // text scored 0.965 strict F1 instead of 0.983, its pieces of Bengali sentences (weak breaks)
  // held together on the target side.
  if (bengali.target && !bengali.source) {
    const mirrored = alignUnits(
      target,
      source,
      { ...options, sourceLang: options.targetLang, targetLang: options.sourceLang },
      { source: continues.target, target: continues.source },
    );
    return mirrored.map((bead) => ({
      source: bead.target,
      target: bead.source,
      score: bead.score,
    }));
  }
  const tuning = { ...defaultTuning, ...options.tuning };
  beginAlignment(source.length, target.length);
  const features = computeFeatures(source, target, {
    ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}),
    ...(options.targetLang ? { targetLang: options.targetLang } : {}),
    ...(continues.source ? { sourceContinues: continues.source } : {}),
    ...(continues.target ? { targetContinues: continues.target } : {}),
  });
  const radius = options.bandRadius ?? defaultBandRadius;

  const firstModel = initialModel(
    features,
    tuning,
    bengali.source && !bengali.target ? bengaliEnglishLengthRatio : null,
  );
  const corners = paragraphCorners(features);
  if (corners) firstModel.paragraphWeight = logOdds(paragraphAgreement, maxParagraphWeight);
  const firstPath = searchPath(features, firstModel, radius, null, corners);
  const model = reestimateModel(features, firstModel, firstPath, tuning);
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

/**
 * Sides of 0 … stride − 1 sentences in the shape-cost table: those of every bead shape, and of
 * the corner beads priced as the shapes are.
 */
const shapeCostStride = Math.max(
  paragraphBeadMinUnits,
  1 + Math.max(...beadShapes.map((shape) => Math.max(shape.source, shape.target))),
);

function shapeCostTable(priors: readonly number[]): Float64Array {
  const table = new Float64Array(shapeCostStride * shapeCostStride).fill(-Math.log(1e-4));
  beadShapes.forEach((shape, index) => {
    table[shape.source * shapeCostStride + shape.target] = -Math.log(priors[index] ?? 1e-3);
  });
  return table;
}

/**
 * Whether a bead of the path is a paragraph bead: a corner bead (the cheapest path's beads of
 * sizes no shape has) of at least `paragraphBeadMinUnits` on some side.
 */
function isParagraphBead(sourceUnits: number, targetUnits: number): boolean {
  if (sourceUnits < paragraphBeadMinUnits && targetUnits < paragraphBeadMinUnits) return false;
  return !beadShapes.some((shape) => shape.source === sourceUnits && shape.target === targetUnits);
}

function range(from: number, to: number): number[] {
  // Most beads hold one or two units: literals take the space they need, where an array grown
  // by push reserves room for 16 (megabytes kept alive on a long document's beads).
  if (to - from === 1) return [from];
  if (to - from === 2) return [from, from + 1];
  const values: number[] = [];
  for (let value = from; value < to; value++) values.push(value);
  return values;
}

/**
 * English visible characters per Bengali one in a translation: 0.90–1.11 (median 0.99) over the
 * 41 NTREX dev documents.
 */
const bengaliEnglishLengthRatio = 1;
/** A document's length ratio this far (a factor) from the language pair's is not believed. */
const implausibleRatioFactor = 1.5;

/**
 * The prior model. Its length ratio is the document's (total target length over total source
 * length), unless that is implausible for the language pair (`typicalRatio`, when known) while
 * the ratio of mean sentence lengths is closer: where one side holds only part of the other's
 * text (a translation of the first quarter), the totals' ratio is off by the share left out,
 * and a first path under it paired almost nothing right (6 of 171 lines).
 */
function initialModel(
  features: DocumentFeatures,
  tuning: AlignTuning,
  typicalRatio: number | null,
): Model {
  const { source, target } = features;
  const sourceLength = source.lengthPrefix[source.count]!;
  const targetLength = target.lengthPrefix[target.count]!;
  let ratio = sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 1;
  if (typicalRatio !== null) {
    const perSentence = (ratio * source.count) / target.count;
    const distance = (value: number) => Math.abs(Math.log(value / typicalRatio));
    if (
      distance(ratio) > Math.log(implausibleRatioFactor) &&
      distance(perSentence) < distance(ratio)
    )
      ratio = perSentence;
  }
  return {
    ratio,
    variance: tuning.initialVariance,
    shapeCost: shapeCostTable(tuning.shapePriors),
    shapeCostStride,
    weakBreakCost: Math.log((1 - tuning.weakBreakPrior) / tuning.weakBreakPrior),
    anchorBonus: tuning.anchorBonus,
    anchorPenalty: tuning.anchorPenalty,
    sentenceCountWeight: logOdds(tuning.sentenceCountAgreement, tuning.maxSentenceCountWeight),
    boundarySpread: 0,
    paragraphBeadCost: -Math.log(paragraphBeadPrior),
    paragraphBeadMinUnits,
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
  // The 1-1 beads' lengths, source and target alternating.
  const oneToOne: number[] = [];
  // Only beads where some unit holds more than one sentence say whether counts can be trusted:
  // with one sentence per unit the counts merely repeat the bead shape.
  let countsAgree = 0;
  let countsDiffer = 0;
  for (let index = 0; index < path.length; index++) {
    const bead = path[index]!;
    const sourceUnits = bead.sourceEnd - bead.sourceStart;
    const targetUnits = bead.targetEnd - bead.targetStart;
    if (sourceUnits === 0 || targetUnits === 0) continue;
    const sourceLength =
      source.lengthPrefix[bead.sourceEnd]! - source.lengthPrefix[bead.sourceStart]!;
    const targetLength =
      target.lengthPrefix[bead.targetEnd]! - target.lengthPrefix[bead.targetStart]!;
    sourceTotal += sourceLength;
    targetTotal += targetLength;
    if (sourceUnits === 1 && targetUnits === 1) oneToOne.push(sourceLength, targetLength);
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
    // A typed array sorts numerically without calling back into JavaScript: a comparator's
    // n log n calls were most of this function on long documents.
    const squared = new Float64Array(oneToOne.length / 2);
    for (let bead = 0; bead < squared.length; bead++) {
      const sourceLength = oneToOne[bead * 2]!;
      const targetLength = oneToOne[bead * 2 + 1]!;
      const mean = Math.max(1, (sourceLength * ratio + targetLength) / 2);
      squared[bead] = (targetLength - sourceLength * ratio) ** 2 / mean;
    }
    squared.sort();
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
  for (let index = 0; index < path.length; index++) {
    const bead = path[index]!;
    if (isNullBead(bead)) continue;
    const sourceEnds = bead.sourceEnd - bead.sourceStart;
    const targetEnds = bead.targetEnd - bead.targetStart;
    // A paragraph bead's inner ends are regrouped on purpose and say nothing either way.
    if (isParagraphBead(sourceEnds, targetEnds)) continue;
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
 * The cheapest path, searched whole for small documents; for large ones inside a corridor
 * around a guide path: the previous pass's path, or the path of a recursively halved document.
 */
function searchPath(
  features: DocumentFeatures,
  model: Model,
  radius: number,
  guide: readonly PathBead[] | null,
  corners: CornerBeads | null,
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
      anchorMatchWeight: new Float64Array(0),
      anchorMissWeight: new Float64Array(0),
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
  let path = cheapestPath(features, model, band, beadShapes, corners);
  // Where the path runs along the band's edge, the band may have kept it from the right one: a
  // long passage left out on one side, which the guide placed elsewhere, can lie further from
  // it than the band reaches. There the band is widened, 4× at a time, and the path searched
  // again near those rows (elsewhere it keeps to its cells), while the band stays within
  // `widenedCellsFactor` of its first size.
  const cells = bandCellCount(band);
  let extra = radius;
  for (let rows = rowsAtBandEdge(path, band, targetCount); rows.length > 0;) {
    extra *= 4;
    const widened = widenBand(band, rows, extra, targetCount);
    if (bandCellCount(widened) > cells * widenedCellsFactor) break;
    band = widened;
    // Twice the widening's reach: the path may leave the old one before the first wide row.
    const search = bandNearRows(band, path, rows, 2 * extra, targetCount);
    path = cheapestPath(features, model, search, beadShapes, corners);
    rows = rowsAtBandEdge(path, band, targetCount);
  }
  return path;
}

/**
 * Paragraph corners of a document whose paragraphs group sentences, or null. In presegmented
 * input every unit ends a line, and a paragraph bead would be a bead of any shape anywhere:
 * so only where some paragraph of either side holds several units, and both sides have
 * paragraphs to regroup.
 */
function paragraphCorners(features: DocumentFeatures): CornerBeads | null {
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
 * Around a run of sentences left alone on one side (a passage the other side lacks, or a gap
 * the path placed wrongly), the alignment that puts the gap elsewhere lies as far off as the run
 * is long: there the corridor reaches twice the run's length further, else the beads beside a
 * misplaced gap looked certain (0.85–1.0 where 12 lines were missing).
 */
function confidences(
  features: DocumentFeatures,
  model: Model,
  path: readonly PathBead[],
  temperature: number,
  corners: CornerBeads | null,
): Float64Array {
  const sourceCount = features.source.count;
  const targetCount = features.target.count;
  let band = bandAroundPath(pathCorners(path, 1), sourceCount, targetCount, posteriorBandRadius);
  // The rows at both ends of each run, by how far the corridor reaches there: one widening per
  // distance, as each is a pass over the whole band (a document may hold thousands of runs).
  const runEnds = new Map<number, number[]>();
  let index = 0;
  while (index < path.length) {
    let end = index;
    while (end < path.length && isNullBead(path[end]!)) end++;
    if (end - index >= 2) {
      const reach = 2 * (end - index) + posteriorBandRadius;
      const rows = runEnds.get(reach) ?? [];
      rows.push(path[index]!.sourceStart, path[end - 1]!.sourceEnd);
      runEnds.set(reach, rows);
    }
    index = Math.max(end, index + 1);
  }
  for (const [reach, rows] of runEnds) band = widenBand(band, rows, reach, targetCount);
  return beadPosteriors(features, model, band, beadShapes, path, temperature, corners);
}

function isNullBead(bead: PathBead): boolean {
  return bead.sourceStart === bead.sourceEnd || bead.targetStart === bead.targetEnd;
}

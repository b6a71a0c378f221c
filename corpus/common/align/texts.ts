// Segmentation and alignment together, for running text: sentences are cut at their terminators
// and also at weak breaks (where translators drop a danda, see `weakBreaks`); a weak break stays
// only where the translation confirms it by putting the two parts in different beads.

import type { AlignedBead } from '../../../shared/model';
import { segment, weakBreaks } from '../segment';
import type { Segmentation, Sentence } from '../segment';
import { alignUnits } from './engine';
import type { AlignOptions } from './engine';

export type TextAlignment = { source: Segmentation; target: Segmentation; beads: AlignedBead[] };

export type TextSide = { text: string; lang: string };

type Pieces = {
  pieces: Sentence[];
  /** 1 where the piece's sentence goes on in the next piece. */
  continues: Uint8Array;
  leading: string;
};

const whitespace = /\s/;

function cutAtWeakBreaks(side: TextSide): Pieces {
  const segmentation = segment(side.text, side.lang);
  const pieces: Sentence[] = [];
  const continuesList: number[] = [];
  for (const sentence of segmentation.sentences) {
    let start = sentence.start;
    for (const cut of weakBreaks(side.lang, sentence)) {
      let next = cut;
      while (next < sentence.end && whitespace.test(side.text[next]!)) next++;
      pieces.push({
        start,
        end: cut,
        text: side.text.slice(start, cut),
        trailing: side.text.slice(cut, next),
      });
      continuesList.push(1);
      start = next;
    }
    pieces.push({
      start,
      end: sentence.end,
      text: side.text.slice(start, sentence.end),
      trailing: sentence.trailing,
    });
    continuesList.push(0);
  }
  return { pieces, continues: Uint8Array.from(continuesList), leading: segmentation.leading };
}

/**
 * Segments both texts and aligns them. Equivalent to `segment` on each side followed by
 * `align`, except that a sentence without a terminator between two of its clauses is split
 * where the other side has two sentences for them.
 */
export function alignTexts(
  source: TextSide,
  target: TextSide,
  options: AlignOptions = {},
): TextAlignment {
  const sourcePieces = cutAtWeakBreaks(source);
  const targetPieces = cutAtWeakBreaks(target);
  const pieceBeads = alignUnits(
    sourcePieces.pieces,
    targetPieces.pieces,
    { sourceLang: source.lang, targetLang: target.lang, ...options },
    { source: sourcePieces.continues, target: targetPieces.continues },
  );
  const beads = mergeAcrossUnconfirmedBreaks(
    pieceBeads,
    sourcePieces.continues,
    targetPieces.continues,
  );
  const sourceResult = joinPieces(sourcePieces, beads, 'source');
  const targetResult = joinPieces(targetPieces, beads, 'target');
  return {
    source: sourceResult.segmentation,
    target: targetResult.segmentation,
    beads: beads.map((bead) => ({
      source: distinct(bead.source.map((piece) => sourceResult.sentenceOf[piece]!)),
      target: distinct(bead.target.map((piece) => targetResult.sentenceOf[piece]!)),
      score: bead.score,
    })),
  };
}

/**
 * A piece left without a translation next to the rest of its sentence is not a confirmed split:
 * its bead is merged with the neighbour across the weak break.
 */
function mergeAcrossUnconfirmedBreaks(
  beads: AlignedBead[],
  sourceContinues: Uint8Array,
  targetContinues: Uint8Array,
): AlignedBead[] {
  const merged: AlignedBead[] = [];
  for (const bead of beads) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const lastSource = previous.source[previous.source.length - 1];
      const lastTarget = previous.target[previous.target.length - 1];
      const weakBetween =
        (lastSource !== undefined &&
          sourceContinues[lastSource] === 1 &&
          bead.source[0] === lastSource + 1) ||
        (lastTarget !== undefined &&
          targetContinues[lastTarget] === 1 &&
          bead.target[0] === lastTarget + 1);
      const eitherNull = [previous, bead].some(
        (one) => one.source.length === 0 || one.target.length === 0,
      );
      if (weakBetween && eitherNull) {
        // In place: `previous` holds arrays of its own, and copying them at every merge made a
        // run of thousands of pieces (a 50 MB line) quadratic.
        for (const index of bead.source) previous.source.push(index);
        for (const index of bead.target) previous.target.push(index);
        previous.score = Math.min(previous.score, bead.score);
        continue;
      }
    }
    merged.push({ source: [...bead.source], target: [...bead.target], score: bead.score });
  }
  return merged;
}

/** Pieces of one sentence that stayed in one bead become one sentence again. */
function joinPieces(
  side: Pieces,
  beads: readonly AlignedBead[],
  which: 'source' | 'target',
): { segmentation: Segmentation; sentenceOf: Int32Array } {
  const beadOf = new Int32Array(side.pieces.length).fill(-1);
  beads.forEach((bead, index) => {
    for (const piece of bead[which]) beadOf[piece] = index;
  });
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(side.pieces.length);
  side.pieces.forEach((piece, index) => {
    const joinsPrevious =
      index > 0 && side.continues[index - 1] === 1 && beadOf[index - 1] === beadOf[index];
    const last = sentences[sentences.length - 1];
    if (joinsPrevious && last) {
      const text = last.text + last.trailing + piece.text;
      sentences[sentences.length - 1] = {
        start: last.start,
        end: piece.end,
        text,
        trailing: piece.trailing,
      };
    } else {
      sentences.push({ ...piece });
    }
    sentenceOf[index] = sentences.length - 1;
  });
  return { segmentation: { leading: side.leading, sentences }, sentenceOf };
}

function distinct(values: readonly number[]): number[] {
  return values.filter((value, index) => index === 0 || value !== values[index - 1]);
}

import { align } from '../../common/align';
import type { Segmentation } from '../../common/segment';

export type AlignSide = { text: string; segmentation: Segmentation; lang: string };

/** `setu align` JSON: offsets into the text as read; with --presegmented, indices are line numbers. */
export function alignmentJson(source: AlignSide, target: AlignSide, presegmented: boolean) {
  const beads = align(source.segmentation.sentences, target.segmentation.sentences);
  const lineOf = (side: typeof source) => {
    if (!presegmented) return (index: number) => index;
    const starts = side.segmentation.sentences.map((sentence) => sentence.start);
    const lines = starts.map((start) => side.text.slice(0, start).split(/\r\n|\r|\n/).length - 1);
    return (index: number) => lines[index]!;
  };
  const sourceLine = lineOf(source);
  const targetLine = lineOf(target);
  const sentences = (side: typeof source) =>
    side.segmentation.sentences.map(({ start, end, text }) => ({ start, end, text }));
  return {
    source: { lang: source.lang, sentences: sentences(source) },
    target: { lang: target.lang, sentences: sentences(target) },
    beads: beads.map((bead) => ({
      source: bead.source.map(sourceLine),
      target: bead.target.map(targetLine),
      score: Math.round(bead.score * 1000) / 1000,
    })),
  };
}

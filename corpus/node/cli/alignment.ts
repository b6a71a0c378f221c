import type { TextAlignment } from '../../common/align';
import type { AlignSide } from '../handlers/documents';
import { segmentAndAlign } from '../handlers/documents';

/** `setu align` JSON: offsets into the text as read; with --presegmented, indices are line numbers. */
export function alignmentJson(source: AlignSide, target: AlignSide, presegmented: boolean) {
  const alignment = segmentAndAlign(source, target, presegmented);
  const indexOf = (side: AlignSide, segmentation: TextAlignment['source']) => {
    if (!presegmented) return (index: number) => index;
    // One pass over the text: the line number where each sentence starts.
    const lines: number[] = [];
    const lineBreak = /\r\n|\r|\n/g;
    let line = 0;
    let match = lineBreak.exec(side.text);
    for (const sentence of segmentation.sentences) {
      while (match && match.index < sentence.start) {
        line += 1;
        match = lineBreak.exec(side.text);
      }
      lines.push(line);
    }
    return (index: number) => lines[index]!;
  };
  const sourceIndex = indexOf(source, alignment.source);
  const targetIndex = indexOf(target, alignment.target);
  const sentences = (segmentation: TextAlignment['source']) =>
    segmentation.sentences.map(({ start, end, text }) => ({ start, end, text }));
  return {
    source: { lang: source.lang, sentences: sentences(alignment.source) },
    target: { lang: target.lang, sentences: sentences(alignment.target) },
    beads: alignment.beads.map((bead) => ({
      source: bead.source.map(sourceIndex),
      target: bead.target.map(targetIndex),
      score: Math.round(bead.score * 1000) / 1000,
    })),
    alignment,
  };
}

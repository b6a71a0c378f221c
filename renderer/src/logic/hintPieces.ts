// Name hints come as offsets into a side's joined text (joinSentences), while the grid shows
// each sentence on its own; this cuts each sentence into plain and hinted pieces.

import type { NameHintView, SentenceView } from '../../../shared/model';

export type TextPiece = { text: string; hint: NameHintView | null };

export function sentencePieces(
  sentences: readonly SentenceView[],
  hints: readonly NameHintView[],
): TextPiece[][] {
  const sorted = hints.slice().sort((a, b) => a.start - b.start);
  let sentenceStart = 0;
  return sentences.map((sentence, index) => {
    const sentenceEnd = sentenceStart + sentence.text.length;
    const pieces: TextPiece[] = [];
    let cursor = sentenceStart;
    for (const hint of sorted) {
      const start = Math.max(hint.start, cursor);
      const end = Math.min(hint.end, sentenceEnd);
      if (end <= start) continue;
      if (start > cursor)
        pieces.push({
          text: sentence.text.slice(cursor - sentenceStart, start - sentenceStart),
          hint: null,
        });
      pieces.push({ text: sentence.text.slice(start - sentenceStart, end - sentenceStart), hint });
      cursor = end;
    }
    if (cursor < sentenceEnd)
      pieces.push({ text: sentence.text.slice(cursor - sentenceStart), hint: null });
    sentenceStart = sentenceEnd + (index < sentences.length - 1 ? sentence.trailing.length : 0);
    return pieces;
  });
}

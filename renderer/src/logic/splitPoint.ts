// Splitting a bead at the English cursor also has to cut the Bengali somewhere. Without a
// sentence-level alignment inside the bead, the best guess is the Bengali boundary whose share
// of the Bengali text is closest to the cursor's share of the English.

import type { BeadView } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';

export type SplitAtCursor = { sourceSentences: number; targetOffset: number };

export function splitAtCursor(bead: BeadView, targetOffset: number): SplitAtCursor {
  const english = joinSentences(bead.target);
  const offset = Math.max(0, Math.min(targetOffset, english.length));
  const share = english.length === 0 ? 0.5 : offset / english.length;
  const lengths = bead.source.map((sentence) => sentence.text.length + sentence.trailing.length);
  const total = lengths.reduce((sum, length) => sum + length, 0);
  let best = 0;
  let bestDistance = Infinity;
  let before = 0;
  for (let count = 0; count <= lengths.length; count++) {
    const distance = Math.abs((total === 0 ? 0 : before / total) - share);
    // `<=` prefers the later boundary on ties, so a 1-1 bead cut in the middle keeps its Bengali first.
    if (distance <= bestDistance) {
      best = count;
      bestDistance = distance;
    }
    before += lengths[count] ?? 0;
  }
  return { sourceSentences: best, targetOffset: offset };
}

/** Whether a split would leave both halves non-empty, i.e. do anything at all. */
export function canSplit(bead: BeadView, split: SplitAtCursor): boolean {
  const english = joinSentences(bead.target);
  const firstEmpty = split.sourceSentences === 0 && split.targetOffset === 0;
  const secondEmpty =
    split.sourceSentences === bead.source.length && split.targetOffset >= english.length;
  return !firstEmpty && !secondEmpty;
}

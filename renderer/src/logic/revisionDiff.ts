// What a revision changed, as word diffs a reviewer can read. When the revision kept the
// number of rows (an edit, a sentence moved to the neighbour), each row is compared with
// itself, so a moved sentence shows as removed here and added there. When rows were merged,
// split, inserted or deleted, each side is compared as one text with a mark where a row ends.

import type { BeadView, RevisionView, Side } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';
import type { DiffPart } from './wordDiff';
import { hasChanges, wordDiff } from './wordDiff';

export const rowBoundary = ' ¶ ';

export type SideDiff = { side: Side; parts: DiffPart[] };

const locales: Record<Side, string> = { source: 'bn', target: 'en' };

function sideText(beads: readonly BeadView[], side: Side): string {
  return beads.map((bead) => joinSentences(bead[side])).join(rowBoundary);
}

export function revisionDiffs(revision: Pick<RevisionView, 'before' | 'after'>): SideDiff[] {
  const { before, after } = revision;
  const pairs: [BeadView[], BeadView[]][] =
    before.length === after.length
      ? before.map((bead, index) => [[bead], [after[index]!]])
      : [[before, after]];
  const diffs: SideDiff[] = [];
  for (const side of ['source', 'target'] as const) {
    for (const [old, current] of pairs) {
      const parts = wordDiff(sideText(old, side), sideText(current, side), locales[side]);
      if (hasChanges(parts)) diffs.push({ side, parts });
    }
  }
  return diffs;
}

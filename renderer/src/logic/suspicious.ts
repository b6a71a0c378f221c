// "Next suspicious" like InterText's jump keys: the rows a reviewer should look at first.

import type { BeadView } from '../../../shared/model';
import { isOneToOne } from './beadText';

export type SuspicionCriteria = {
  /** Rows scored below this are suspicious; null turns the test off. */
  scoreBelow: number | null;
  notOneToOne: boolean;
  flagged: boolean;
  /** Every row not yet confirmed counts, whatever its score. */
  unconfirmed: boolean;
};

export const defaultSuspicion: SuspicionCriteria = {
  scoreBelow: 0.5,
  notOneToOne: true,
  flagged: true,
  unconfirmed: false,
};

export function isSuspicious(bead: BeadView, criteria: SuspicionCriteria): boolean {
  if (bead.status === 'flagged') return criteria.flagged;
  // A confirmed row has been reviewed; its score and shape were accepted.
  if (bead.status === 'confirmed') return false;
  if (criteria.unconfirmed) return true;
  if (criteria.scoreBelow !== null && bead.score !== null && bead.score < criteria.scoreBelow)
    return true;
  return criteria.notOneToOne && !isOneToOne(bead);
}

/**
 * The next suspicious row after `from` (or before it, for direction -1), wrapping around the
 * document; rows not loaded yet are passed over. Null when no other row is suspicious.
 */
export function findSuspicious(
  beads: readonly (BeadView | undefined)[],
  from: number,
  direction: 1 | -1,
  criteria: SuspicionCriteria,
): number | null {
  const count = beads.length;
  for (let step = 1; step <= count; step++) {
    const index = (((from + direction * step) % count) + count) % count;
    const bead = beads[index];
    if (bead && isSuspicious(bead, criteria)) return index === from ? null : index;
  }
  return null;
}

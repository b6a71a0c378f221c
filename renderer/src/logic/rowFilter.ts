// Which rows the grid shows. Words are found by the server's full-text index (whole Bengali
// words, folded on both sides); the ids it returns are combined here with the other filters.

import type { BeadStatus, BeadView } from '../../../shared/model';
import type { SuspicionCriteria } from './suspicious';
import { isSuspicious } from './suspicious';

export type RowFilter = {
  text: string;
  statuses: readonly BeadStatus[];
  /** Only rows scored below this; null for any score. Rows a person made have no score and are kept out. */
  scoreBelow: number | null;
  suspiciousOnly: boolean;
};

export const showAllRows: RowFilter = {
  text: '',
  statuses: [],
  scoreBelow: null,
  suspiciousOnly: false,
};

export function isFilterActive(filter: RowFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.statuses.length > 0 ||
    filter.scoreBelow !== null ||
    filter.suspiciousOnly
  );
}

/** `textMatches`: the ids of the beads the search found, or null when no words are searched for. */
export function rowMatches(
  bead: BeadView,
  filter: RowFilter,
  suspicion: SuspicionCriteria,
  textMatches: ReadonlySet<number> | null,
): boolean {
  if (textMatches !== null && !textMatches.has(bead.id)) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(bead.status)) return false;
  if (filter.scoreBelow !== null && (bead.score === null || bead.score >= filter.scoreBelow))
    return false;
  return !filter.suspiciousOnly || isSuspicious(bead, suspicion);
}

/** The document indices of the rows to show, or null for every row (no 100k-entry index array). */
export function visibleRows(
  beads: readonly (BeadView | undefined)[],
  filter: RowFilter,
  suspicion: SuspicionCriteria,
  textMatches: ReadonlySet<number> | null,
): number[] | null {
  if (!isFilterActive(filter) && textMatches === null) return null;
  const indices: number[] = [];
  beads.forEach((bead, index) => {
    if (bead && rowMatches(bead, filter, suspicion, textMatches)) indices.push(index);
  });
  return indices;
}

/**
 * The document index `step` visible rows away from `active` (which may itself be filtered
 * out), or null at either end.
 */
export function stepVisible(
  visible: readonly number[] | null,
  count: number,
  active: number,
  step: 1 | -1,
): number | null {
  if (visible === null) {
    const target = active + step;
    return target >= 0 && target < count ? target : null;
  }
  if (step === 1) return visible.find((index) => index > active) ?? null;
  return visible.findLast((index) => index < active) ?? null;
}

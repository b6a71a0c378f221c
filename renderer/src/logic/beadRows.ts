// The client's copy of one document's bead list. Pages arrive in any order and patches splice
// it, so a slot stays undefined until its page lands. The row index is the bead's ordinal:
// a splice shifts every later row, and the `ordinal` field of those beads is then stale.

import type { BeadPatch, BeadView } from '../../../shared/model';

export type BeadRows = {
  documentId: number;
  revision: number;
  beads: readonly (BeadView | undefined)[];
};

export type BeadPage = { beads: readonly BeadView[]; revision: number; beadCount: number };

export function rowsFromFirstPage(documentId: number, page: BeadPage): BeadRows {
  const beads = new Array<BeadView | undefined>(page.beadCount);
  page.beads.forEach((bead, index) => {
    beads[index] = bead;
  });
  return { documentId, revision: page.revision, beads };
}

/** Fills the slots of a page read at `from`; null when the page is of another revision (reload). */
export function withPage(rows: BeadRows, from: number, page: BeadPage): BeadRows | null {
  if (page.revision !== rows.revision || page.beadCount !== rows.beads.length) return null;
  const beads = rows.beads.slice();
  page.beads.forEach((bead, index) => {
    beads[from + index] = bead;
  });
  return { ...rows, beads };
}

export type PatchOutcome =
  | { kind: 'applied'; rows: BeadRows }
  /** Already applied: our own call's result and its server event both carry the same patch. */
  | { kind: 'seen' }
  /** The patch does not fit these rows (another document, or a change was missed): reload. */
  | { kind: 'mismatch' };

export function applyPatch(rows: BeadRows, patch: BeadPatch): PatchOutcome {
  if (patch.documentId !== rows.documentId) return { kind: 'mismatch' };
  if (patch.revision <= rows.revision) return { kind: 'seen' };
  const end = patch.start + patch.deleteCount;
  if (patch.start < 0 || end > rows.beads.length) return { kind: 'mismatch' };
  const beads = rows.beads.slice();
  beads.splice(patch.start, patch.deleteCount, ...patch.beads);
  if (beads.length !== patch.beadCount) return { kind: 'mismatch' };
  return {
    kind: 'applied',
    rows: { documentId: rows.documentId, revision: patch.revision, beads },
  };
}

/** Where the active row lands after a splice, so the translator keeps their place. */
export function activeAfterPatch(active: number, patch: BeadPatch): number {
  const end = patch.start + patch.deleteCount;
  const last = patch.beadCount - 1;
  if (last < 0) return 0;
  let moved: number;
  if (active < patch.start) moved = active;
  else if (active >= end) moved = active + patch.beads.length - patch.deleteCount;
  else if (patch.beads.length === 0) moved = patch.start;
  else moved = Math.min(active, patch.start + patch.beads.length - 1);
  return Math.max(0, Math.min(moved, last));
}

/** The first slot at or after `from` still waiting for its page, or null when all are loaded. */
export function firstMissing(rows: BeadRows, from = 0): number | null {
  for (let index = from; index < rows.beads.length; index++) {
    if (rows.beads[index] === undefined) return index;
  }
  return null;
}

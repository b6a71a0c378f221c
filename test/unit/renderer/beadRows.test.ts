import { describe, expect, it } from 'vitest';
import type { BeadPatch } from '../../../shared/model';
import {
  activeAfterPatch,
  applyPatch,
  firstMissing,
  rowsFromFirstPage,
  withPage,
} from '../../../renderer/src/logic/beadRows';
import { bead } from './beads';

function documentOf(count: number) {
  return Array.from({ length: count }, (_, index) =>
    bead(index, [`বাক্য ${index}।`], [`Sentence ${index}.`]),
  );
}

function patch(
  start: number,
  deleteCount: number,
  beads: BeadPatch['beads'],
  revision: number,
  beadCount: number,
): BeadPatch {
  return { documentId: 1, revision, start, deleteCount, beads, beadCount };
}

describe('bead rows', () => {
  it('keeps unloaded slots empty until their page arrives', () => {
    const all = documentOf(10);
    const rows = rowsFromFirstPage(1, { beads: all.slice(0, 4), revision: 3, beadCount: 10 });
    expect(rows.beads).toHaveLength(10);
    expect(firstMissing(rows)).toBe(4);
    const filled = withPage(rows, 4, { beads: all.slice(4), revision: 3, beadCount: 10 });
    expect(filled && firstMissing(filled)).toBeNull();
    expect(filled?.beads.map((each) => each?.id)).toEqual(all.map((each) => each.id));
  });

  it('refuses a page read at another revision', () => {
    const all = documentOf(6);
    const rows = rowsFromFirstPage(1, { beads: all.slice(0, 2), revision: 3, beadCount: 6 });
    expect(withPage(rows, 2, { beads: all.slice(2), revision: 4, beadCount: 6 })).toBeNull();
  });

  it('splices a merge into the list and takes the new revision', () => {
    const all = documentOf(5);
    const rows = rowsFromFirstPage(1, { beads: all, revision: 7, beadCount: 5 });
    const merged = bead(1, ['বাক্য 1।', 'বাক্য 2।'], ['Sentence 1.', 'Sentence 2.'], {
      id: all[1]!.id,
    });
    const outcome = applyPatch(rows, patch(1, 2, [merged], 8, 4));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.rows.revision).toBe(8);
    expect(outcome.rows.beads.map((each) => each?.id)).toEqual([
      all[0]!.id,
      merged.id,
      all[3]!.id,
      all[4]!.id,
    ]);
    expect(rows.beads).toHaveLength(5);
  });

  it('ignores a patch it has already applied (call result and server event)', () => {
    const rows = rowsFromFirstPage(1, { beads: documentOf(3), revision: 8, beadCount: 3 });
    expect(applyPatch(rows, patch(0, 1, [bead(0, ['ক'], ['A'])], 8, 3)).kind).toBe('seen');
  });

  it('asks for a reload when the patch does not fit', () => {
    const rows = rowsFromFirstPage(1, { beads: documentOf(3), revision: 1, beadCount: 3 });
    expect(applyPatch(rows, patch(2, 2, [], 2, 1)).kind).toBe('mismatch');
    expect(applyPatch(rows, patch(0, 1, [], 2, 5)).kind).toBe('mismatch');
    expect(applyPatch(rows, { ...patch(0, 0, [], 2, 3), documentId: 2 }).kind).toBe('mismatch');
  });

  it('splices into a partly loaded list', () => {
    const all = documentOf(8);
    const rows = rowsFromFirstPage(1, { beads: all.slice(0, 2), revision: 1, beadCount: 8 });
    const outcome = applyPatch(rows, patch(1, 0, [bead(1, [], [])], 2, 9));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind === 'applied') expect(firstMissing(outcome.rows)).toBe(3);
  });
});

describe('the active row after a patch', () => {
  it('stays on a row before the splice', () => {
    expect(activeAfterPatch(2, patch(5, 2, [bead(5, [], [])], 2, 9))).toBe(2);
  });
  it('shifts with the rows after the splice', () => {
    expect(activeAfterPatch(8, patch(5, 2, [bead(5, [], [])], 2, 9))).toBe(7);
    expect(activeAfterPatch(8, patch(5, 0, [bead(5, [], [])], 2, 11))).toBe(9);
  });
  it('lands on the merged row when it merged into the previous one', () => {
    expect(activeAfterPatch(4, patch(3, 2, [bead(3, [], [])], 2, 9))).toBe(3);
  });
  it('stays in range when the last row is deleted', () => {
    expect(activeAfterPatch(4, patch(4, 1, [], 2, 4))).toBe(3);
    expect(activeAfterPatch(0, patch(0, 1, [], 2, 0))).toBe(0);
  });
});

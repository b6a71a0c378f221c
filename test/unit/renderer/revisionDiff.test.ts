import { describe, expect, it } from 'vitest';
import { revisionDiffs, rowBoundary } from '../../../renderer/src/logic/revisionDiff';
import { bead } from './beads';

describe('revision diffs', () => {
  it('shows an English edit as whole words removed and added', () => {
    const old = bead(0, ['ল্যাভরভ কিমের সাথে দেখা করেছেন।'], ['Lavrov met Kim.'], { id: 7 });
    const edited = {
      ...old,
      target: [{ id: 99, text: 'Lavrov met Kim Jong Un.', trailing: '\n' }],
    };
    const diffs = revisionDiffs({ before: [old], after: [edited] });
    expect(diffs).toEqual([
      {
        side: 'target',
        parts: [
          { kind: 'same', text: 'Lavrov met Kim' },
          { kind: 'added', text: ' Jong Un' },
          { kind: 'same', text: '.' },
        ],
      },
    ]);
  });

  it('shows a Bengali sentence moved to the next row as removed from one and added to the other', () => {
    const first = bead(0, ['প্রথম বাক্য।', 'দ্বিতীয় বাক্য।'], ['One.'], { id: 1 });
    const second = bead(1, ['তৃতীয় বাক্য।'], ['Two.'], { id: 2 });
    const moved = first.source[1]!;
    const diffs = revisionDiffs({
      before: [first, second],
      after: [
        { ...first, source: [first.source[0]!] },
        { ...second, source: [moved, ...second.source] },
      ],
    });
    expect(diffs.map((diff) => diff.side)).toEqual(['source', 'source']);
    expect(
      diffs[0]!.parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim()),
    ).toEqual(['দ্বিতীয় বাক্য।']);
    expect(
      diffs[1]!.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim()),
    ).toEqual(['দ্বিতীয় বাক্য।']);
  });

  it('marks the row boundary a merge removed', () => {
    const first = bead(0, ['প্রথম।'], ['One.'], { id: 1 });
    const second = bead(1, ['দ্বিতীয়।'], ['Two.'], { id: 2 });
    const merged = {
      ...first,
      source: [...first.source, ...second.source],
      target: [...first.target, ...second.target],
    };
    const diffs = revisionDiffs({ before: [first, second], after: [merged] });
    expect(diffs).toHaveLength(2);
    for (const diff of diffs) {
      expect(diff.parts.find((part) => part.kind === 'removed')?.text).toContain(
        rowBoundary.trim(),
      );
    }
  });

  it('finds nothing to show for a status change', () => {
    const old = bead(0, ['ক।'], ['A.']);
    expect(revisionDiffs({ before: [old], after: [{ ...old, status: 'confirmed' }] })).toEqual([]);
  });
});

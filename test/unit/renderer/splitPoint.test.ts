import { describe, expect, it } from 'vitest';
import { joinSentences } from '../../../shared/model';
import { canSplit, splitAtCursor } from '../../../renderer/src/logic/splitPoint';
import { bead } from './beads';

describe('split at the cursor', () => {
  const twoTwo = bead(
    0,
    [
      'রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ উত্তর কোরিয়ার নেতার সাথে দেখা করেছেন।',
      'বৈঠক এক ঘন্টা চলেছিল।',
    ],
    [
      'Russian Foreign Minister Sergei Lavrov has met the North Korean leader.',
      'The meeting lasted an hour.',
    ],
  );

  it('cuts the Bengali at the boundary nearest the English cursor', () => {
    const english = joinSentences(twoTwo.target);
    const boundary = english.indexOf('The meeting');
    expect(splitAtCursor(twoTwo, boundary)).toEqual({ sourceSentences: 1, targetOffset: boundary });
    expect(splitAtCursor(twoTwo, 5).sourceSentences).toBe(0);
    expect(splitAtCursor(twoTwo, english.length).sourceSentences).toBe(2);
  });

  it('clamps the offset into the text', () => {
    expect(splitAtCursor(twoTwo, 10_000).targetOffset).toBe(joinSentences(twoTwo.target).length);
  });

  it('refuses splits that would leave an empty row', () => {
    expect(canSplit(twoTwo, { sourceSentences: 0, targetOffset: 0 })).toBe(false);
    expect(
      canSplit(twoTwo, { sourceSentences: 2, targetOffset: joinSentences(twoTwo.target).length }),
    ).toBe(false);
    expect(canSplit(twoTwo, splitAtCursor(twoTwo, 20))).toBe(true);
  });

  it('keeps the Bengali of a one-sentence bead with the first half when cut in the middle', () => {
    const oneOne = bead(0, ['ক খ গ।'], ['one two three four']);
    expect(splitAtCursor(oneOne, 9).sourceSentences).toBe(1);
    expect(splitAtCursor(oneOne, 8).sourceSentences).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  defaultSuspicion,
  findSuspicious,
  isSuspicious,
} from '../../../renderer/src/logic/suspicious';
import { bead } from './beads';

describe('suspicious rows', () => {
  it('flags low scores, uneven beads and flagged rows, but not confirmed ones', () => {
    expect(isSuspicious(bead(0, ['ক।'], ['A.'], { score: 0.95 }), defaultSuspicion)).toBe(false);
    expect(isSuspicious(bead(0, ['ক।'], ['A.'], { score: 0.2 }), defaultSuspicion)).toBe(true);
    expect(isSuspicious(bead(0, ['ক।', 'খ।'], ['A.'], { score: 0.95 }), defaultSuspicion)).toBe(
      true,
    );
    expect(isSuspicious(bead(0, ['ক।'], [], { score: 0.95 }), defaultSuspicion)).toBe(true);
    expect(isSuspicious(bead(0, ['ক।'], ['A.'], { status: 'flagged' }), defaultSuspicion)).toBe(
      true,
    );
    expect(
      isSuspicious(bead(0, ['ক।'], ['A.'], { score: 0.1, status: 'confirmed' }), defaultSuspicion),
    ).toBe(false);
    expect(isSuspicious(bead(0, ['ক।'], ['A.'], { score: null }), defaultSuspicion)).toBe(false);
  });

  it('counts every unconfirmed row when asked to', () => {
    const criteria = { ...defaultSuspicion, unconfirmed: true };
    expect(isSuspicious(bead(0, ['ক।'], ['A.'], { score: 0.99 }), criteria)).toBe(true);
  });

  it('finds the next suspicious row forwards and backwards, wrapping around', () => {
    const beads = [
      bead(0, ['ক।'], ['A.'], { score: 0.2 }),
      bead(1, ['খ।'], ['B.']),
      bead(2, ['গ।'], ['C.']),
      bead(3, ['ঘ।', 'ঙ।'], ['D.']),
      bead(4, ['চ।'], ['E.']),
    ];
    expect(findSuspicious(beads, 0, 1, defaultSuspicion)).toBe(3);
    expect(findSuspicious(beads, 3, 1, defaultSuspicion)).toBe(0);
    expect(findSuspicious(beads, 4, -1, defaultSuspicion)).toBe(3);
    expect(findSuspicious(beads, 1, -1, defaultSuspicion)).toBe(0);
  });

  it('passes over rows not loaded yet and answers null when nothing else is suspicious', () => {
    const beads = [bead(0, ['ক।'], ['A.'], { score: 0.2 }), undefined, bead(2, ['গ।'], ['C.'])];
    expect(findSuspicious(beads, 0, 1, defaultSuspicion)).toBeNull();
    expect(findSuspicious(beads, 2, 1, defaultSuspicion)).toBe(0);
    expect(findSuspicious([], 0, 1, defaultSuspicion)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { beadShape, isOneToOne } from '../../../renderer/src/logic/beadText';
import { confidenceOf, formatScore } from '../../../renderer/src/logic/confidence';
import { tokenFromHash } from '../../../renderer/src/logic/sessionToken';
import { bead } from './beads';

describe('bead text', () => {
  it('names the bead shape', () => {
    const twoOne = bead(0, ['ক।', 'খ।'], ['A.']);
    expect(beadShape(twoOne)).toBe('2-1');
    expect(isOneToOne(twoOne)).toBe(false);
    expect(beadShape(bead(0, [], ['A.']))).toBe('0-1');
  });
});

describe('confidence bands', () => {
  it('puts scores in bands, and beads made by hand apart', () => {
    expect(confidenceOf(0.95)).toBe('high');
    expect(confidenceOf(0.8)).toBe('high');
    expect(confidenceOf(0.6)).toBe('medium');
    expect(confidenceOf(0.1)).toBe('low');
    expect(confidenceOf(null)).toBe('manual');
    expect(formatScore(0.934)).toBe('93');
    expect(formatScore(null)).toBe('—');
  });
});

describe('session token in the address', () => {
  it('takes the token and keeps the rest of the hash', () => {
    expect(tokenFromHash('#token=abc123')).toEqual({ token: 'abc123', remainingHash: '' });
    expect(tokenFromHash('#token=a%2Bb&x=1')).toEqual({ token: 'a+b', remainingHash: '#x=1' });
  });

  it('reports no token when there is none', () => {
    expect(tokenFromHash('#/doc/3')).toEqual({ token: null, remainingHash: null });
    expect(tokenFromHash('')).toEqual({ token: null, remainingHash: null });
  });
});

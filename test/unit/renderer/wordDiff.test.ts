import { diffWords } from 'diff';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff, wordTokens } from '../../../renderer/src/logic/wordDiff';

const samples = path.resolve(import.meta.dirname, '../../../corpus/samples');
const bengaliSample = readFileSync(path.join(samples, 'lavrov-pyongyang.bn.txt'), 'utf8');

describe('word diff over Intl.Segmenter tokens', () => {
  it('tokens rejoin to the text, spaces and punctuation included', () => {
    const line = bengaliSample.split('\n')[0]!;
    expect(wordTokens(line, 'bn').join('')).toBe(line);
  });

  it('replaces a Bengali name whole where diffWords cuts inside the conjunct', () => {
    const before = 'সের্গেই ল্যাভরভ পিয়ংইয়ং পৌঁছেছেন।';
    const after = 'সের্গেই লাভরভ পিয়ংইয়ং পৌঁছেছেন।';
    expect(bengaliSample).toContain('ল্যাভরভ');
    expect(bengaliSample).toContain('লাভরভ');
    // Why this module exists: jsdiff's word diff removes only the "্য" inside ল্যা.
    const jsdiffRemoved = diffWords(before, after)
      .filter((part) => part.removed)
      .map((part) => part.value);
    expect(jsdiffRemoved).toEqual(['্য']);
    const ours = wordDiff(before, after, 'bn');
    expect(ours.filter((part) => part.kind === 'removed').map((part) => part.text)).toEqual([
      'ল্যাভরভ',
    ]);
    expect(ours.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual([
      'লাভরভ',
    ]);
  });

  it('marks an English edit as a removal and an addition of whole words', () => {
    const parts = wordDiff(
      'Lavrov met Kim on Thursday.',
      'Lavrov met Kim Jong Un on Thursday.',
      'en',
    );
    expect(parts).toEqual([
      { kind: 'same', text: 'Lavrov met Kim ' },
      { kind: 'added', text: 'Jong Un ' },
      { kind: 'same', text: 'on Thursday.' },
    ]);
  });

  it('reports no change for equal texts', () => {
    const line = bengaliSample.split('\n')[1]!;
    const parts = wordDiff(line, line, 'bn');
    expect(hasChanges(parts)).toBe(false);
    expect(parts.map((part) => part.text).join('')).toBe(line);
  });
});

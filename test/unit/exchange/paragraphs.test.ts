import { describe, expect, it } from 'vitest';
import type { ParagraphBead } from '../../../corpus/common/exchange';
import { withParagraphUnits } from '../../../corpus/common/exchange';
import { readSample, sampleBeads } from './sample-beads';

function bead(
  source: string,
  target: string,
  sourceParagraphEnd: boolean,
  targetParagraphEnd: boolean,
  extra: Partial<ParagraphBead> = {},
): ParagraphBead {
  return { source, target, sourceParagraphEnd, targetParagraphEnd, status: 'confirmed', ...extra };
}

describe('withParagraphUnits', () => {
  it('adds a unit for every multi-bead paragraph of the sample, equal to its lines', () => {
    const beads = sampleBeads();
    const units = [...withParagraphUnits(beads)];
    const sentences = units.filter((unit) => unit.kind === 'sentence');
    expect(sentences.map((unit) => [unit.source, unit.target])).toEqual(
      beads.map((b) => [b.source, b.target]),
    );

    const bengaliLines = readSample('bn.txt').split('\n');
    const englishLines = readSample('en.txt').split('\n');
    // Every paragraph of the sample is now present whole, as a sentence unit or a paragraph unit.
    const whole = new Map(units.map((unit) => [unit.source, unit.target]));
    bengaliLines.forEach((line, index) => expect(whole.get(line)).toBe(englishLines[index]));
    // The paragraph unit follows the last sentence unit of its paragraph.
    const paragraphIndex = units.findIndex((unit) => unit.kind === 'paragraph');
    expect(units[paragraphIndex - 1]!.target).toBe(englishLines[18]!.split('it said. ')[1]);
  });

  it('joins with the recorded whitespace and spans paragraphs a translator merged', () => {
    const units = [
      ...withParagraphUnits([
        bead('ক।', 'A.', false, false, { sourceSeparator: '  ' }),
        bead('খ।', 'B.', true, false),
        bead('গ।', 'C.', true, true),
        bead('ঘ।', 'D.', true, true),
      ]),
    ];
    const paragraphs = units.filter((unit) => unit.kind === 'paragraph');
    expect(paragraphs).toEqual([
      { source: 'ক।  খ। গ।', target: 'A. B. C.', kind: 'paragraph', status: 'confirmed' },
    ]);
    expect(units.at(-1)).toMatchObject({ source: 'ঘ।', kind: 'sentence' });
  });

  it('closes a paragraph left untranslated instead of running it into the next one', () => {
    const units = [
      ...withParagraphUnits([
        bead('ক।', '', false, false),
        bead('খ।', '', true, false),
        bead('গ।', 'C.', false, false),
        bead('ঘ।', 'D.', true, true),
      ]),
    ];
    expect(
      units.filter((unit) => unit.kind === 'paragraph').map((unit) => [unit.source, unit.target]),
    ).toEqual([
      ['ক। খ।', ''],
      ['গ। ঘ।', 'C. D.'],
    ]);
  });

  it('never joins across documents, and rates a paragraph by its weakest bead', () => {
    const units = [
      ...withParagraphUnits([
        bead('ক।', 'A.', false, false, { document: 'one', score: 0.9 }),
        bead('খ।', 'B.', false, false, { document: 'one', status: 'flagged', score: 0.4 }),
        bead('গ।', 'C.', false, false, { document: 'two' }),
        bead('ঘ।', 'D.', true, true, { document: 'two' }),
      ]),
    ];
    expect(units.filter((unit) => unit.kind === 'paragraph')).toEqual([
      {
        source: 'ক। খ।',
        target: 'A. B.',
        kind: 'paragraph',
        document: 'one',
        status: 'flagged',
        score: 0.4,
      },
      { source: 'গ। ঘ।', target: 'C. D.', kind: 'paragraph', document: 'two', status: 'confirmed' },
    ]);
  });
});

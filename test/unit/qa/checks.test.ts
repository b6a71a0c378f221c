import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../../corpus/common/names';
import { checkBead, compareNumbers } from '../../../corpus/common/qa';
import type { QaFlag, QaFlagKind } from '../../../corpus/common/qa';
import { ntrexDocuments, sampleBeads, sampleGlossary } from '../names/corpus-files';

const glossary = compileGlossary(sampleGlossary());
const beads = sampleBeads();
const kinds = (flags: QaFlag[]) => flags.map((flag) => flag.kind);

describe('checkBead on the sample article', () => {
  it('raises nothing on the paragraphs as translated', () => {
    for (const bead of beads)
      expect(checkBead(bead, { glossary }), bead.source.slice(0, 30)).toEqual([]);
  });

  it('flags an empty translation, and an English sentence with no Bengali', () => {
    const bead = beads[2]!;
    expect(kinds(checkBead({ source: bead.source, target: '  ' }, { glossary }))).toEqual([
      'empty-target',
    ]);
    expect(kinds(checkBead({ source: '', target: bead.target }, { glossary }))).toEqual([
      'empty-source',
    ]);
  });

  it('flags a glossary name missing from the English, pointing at the Bengali', () => {
    const bead = beads[11]!;
    const flags = checkBead(
      { source: bead.source, target: bead.target.replace('Lavrov', 'him') },
      { glossary },
    );
    expect(kinds(flags)).toEqual(['name-missing']);
    expect(flags[0]).toMatchObject({ side: 'source', expected: 'Lavrov' });
    expect(bead.source.slice(flags[0]!.start, flags[0]!.end)).toBe('ল্যাভরভ');
  });

  it('flags a name spelt differently from the glossary, pointing at the English', () => {
    const bead = beads[18]!;
    const target = bead.target.replace('Peskov', 'Peskow');
    const flags = checkBead({ source: bead.source, target }, { glossary });
    expect(kinds(flags)).toEqual(['name-spelling']);
    expect(flags[0]).toMatchObject({ side: 'target', expected: 'Dmitry Peskov' });
    expect(target.slice(flags[0]!.start, flags[0]!.end)).toBe('Dmitry Peskow');
  });

  it('flags a Latin-script name of the Bengali that the English lacks, without a glossary', () => {
    const bead = beads[17]!;
    expect(
      kinds(checkBead({ source: bead.source, target: bead.target.replace(', CSIS said', '') })),
    ).toContain('name-missing');
  });

  it('flags a number on one side only, on the side that has it', () => {
    const bead = beads[0]!;
    const flags = checkBead(
      { source: bead.source, target: bead.target.replace('October 19', 'October 18') },
      { glossary },
    );
    expect(flags.map((flag) => [flag.kind, flag.side, flag.expected])).toEqual([
      ['number-mismatch', 'source', '19'],
      ['number-mismatch', 'target', '18'],
    ]);
  });

  it('flags an English that is the Bengali copied over', () => {
    const bead = beads[3]!;
    expect(kinds(checkBead({ source: bead.source, target: bead.source }))).toContain(
      'untranslated',
    );
  });

  it('flags Bengali digits left in the English', () => {
    const bead = beads[0]!;
    expect(
      kinds(
        checkBead({ source: bead.source, target: bead.target.replace('19', '১৯') }, { glossary }),
      ),
    ).toEqual(['bengali-digits-in-target']);
  });

  it('flags a translation much shorter than its source (a dropped sentence)', () => {
    const bead = beads[18]!;
    const firstSentence = bead.target.slice(0, bead.target.indexOf('.') + 1);
    expect(
      kinds(
        checkBead(
          { source: bead.source, target: firstSentence },
          { skip: ['name-missing', 'number-mismatch'] },
        ),
      ),
    ).toEqual(['length-ratio']);
  });

  it('flags a question on one side only, and brackets on one side only', () => {
    const bead = beads[16]!;
    expect(
      kinds(
        checkBead(
          { source: bead.source, target: bead.target.replace(' (CSIS)', '') },
          { glossary },
        ),
      ),
    ).toContain('bracket-mismatch');
    const question = beads[9]!;
    expect(
      kinds(
        checkBead(
          { source: question.source, target: question.target.replace(/\.$/, '?') },
          { glossary },
        ),
      ),
    ).toEqual(['question-mismatch']);
  });

  it('leaves out the checks it is told to skip', () => {
    const bead = beads[2]!;
    expect(checkBead({ source: bead.source, target: '' }, { skip: ['empty-target'] })).toEqual([]);
  });
});

describe('compareNumbers', () => {
  it.each([
    ['১,০০০ জন', '1,000 people'],
    ['৩.৫ শতাংশ', '3.5 percent'],
    ['৩.৫০ শতাংশ', '3.5 percent'],
    ['১০,০০,০০০ টাকা', '1,000,000 taka'],
    ['প্রায় ১৫ লাখ মানুষ', 'about 1.5 million people'],
    ['৩.১ বিলিয়ন পাউন্ড', '€3.1billion'],
    ['সকাল সাতটার আগে', 'before 7 a.m.'],
    ['দুর্ভাগ্য কবলিত এফ 125 ফ্রিগেটটি', 'The ill-fated F125 frigate'],
    ['২০১৮ সালের ২৯শে সেপ্টেম্বর', 'September 29, 2018'],
  ])('finds %s and %s to agree', (source, target) => {
    expect(compareNumbers(source, target)).toEqual({ sourceOnly: [], targetOnly: [] });
  });

  it('reports a number whose value the other side does not have, with its offsets', () => {
    const source = 'মার্কিন B-52 বোমারু বিমান ১২ বার অবতরণ করেছে';
    const { sourceOnly, targetOnly } = compareNumbers(source, 'A US B-52 bomber landed 13 times');
    expect(sourceOnly.map((number) => [number.text, number.value])).toEqual([['১২', '12']]);
    expect(source.slice(sourceOnly[0]!.start, sourceOnly[0]!.end)).toBe('১২');
    expect(targetOnly.map((number) => number.value)).toEqual(['13']);
  });

  it('counts a repeated number once per mention', () => {
    expect(
      compareNumbers('৫ থেকে ৫ জন', 'from 5 to 6 people').targetOnly.map((number) => number.value),
    ).toEqual(['6']);
  });
});

describe('checkBead on NTREX-128 human translations (CC BY-SA 4.0)', () => {
  it('raises name and number flags on few of the 659 gold sentence pairs, and the ones it raises are real', () => {
    const counts = new Map<QaFlagKind, number>();
    const flagged: string[] = [];
    let total = 0;
    for (const document of ntrexDocuments()) {
      document.beads.forEach((bead, line) => {
        if (bead.source === '') return;
        total++;
        for (const flag of checkBead(bead)) {
          counts.set(flag.kind, (counts.get(flag.kind) ?? 0) + 1);
          flagged.push(`${document.name}:${line}:${flag.kind}`);
        }
      });
    }
    console.log(`ntrex-dev: ${total} beads, flags ${JSON.stringify(Object.fromEntries(counts))}`);
    expect(total).toBe(659);
    // Hand-checked: the English drops "3 to 6" and "62"; 4.40 am is written ৪টা ৪০ মিনিট.
    expect(flagged).toEqual(
      expect.arrayContaining([
        'ntrex024_newsweek.51338:16:number-mismatch',
        'ntrex033_reuters.218932:12:number-mismatch',
      ]),
    );
    expect(flagged.length / total).toBeLessThan(0.02);
  });
});

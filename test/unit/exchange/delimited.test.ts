import { describe, expect, it } from 'vitest';
import type { DelimitedFormat, DelimitedUnit, ExchangeUnit } from '../../../corpus/common/exchange';
import {
  ExchangeError,
  createDelimitedReader,
  escapeTsvField,
  quoteCsvField,
  readDelimited,
  unescapeTsvField,
  writeDelimited,
} from '../../../corpus/common/exchange';
import { sampleBeads } from './sample-beads';

const awkward: ExchangeUnit[] = [
  {
    source: 'ক\tখ',
    target: 'tab\there',
    status: 'confirmed',
    score: 0.5,
    note: 'line one\nline two',
  },
  { source: 'গ, "ঘ"', target: 'comma, "quoted"', status: 'auto', score: 0.125 },
  { source: 'C:\\কাগজ\\n', target: 'back\\slash \\t literal', note: 'CR\r\nLF' },
  { source: 'শুধু বাংলা।', target: '' },
];

function write(units: ExchangeUnit[], format: DelimitedFormat, extra = {}): string {
  return [...writeDelimited(units, { format, ...extra })].join('');
}

function fields(unit: DelimitedUnit): ExchangeUnit {
  const { line: _line, ...rest } = unit;
  return rest;
}

function errorOf(call: () => unknown): ExchangeError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError);
    return error as ExchangeError;
  }
  throw new Error('expected an ExchangeError, but nothing was thrown');
}

describe('TSV and CSV', () => {
  it('escape TSV fields as documented and undo exactly that', () => {
    expect(escapeTsvField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(unescapeTsvField('a\\tb\\nc\\rd\\\\e')).toBe('a\tb\nc\rd\\e');
    expect(unescapeTsvField('C:\\path\\x')).toBe('C:\\path\\x');
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a,"b"\nc')).toBe('"a,""b""\nc"');
  });

  it('write the header and one line per unit', () => {
    expect(write(awkward.slice(0, 2), 'tsv')).toBe(
      'bn\ten\tstatus\tscore\tnote\n' +
        'ক\\tখ\ttab\\there\tconfirmed\t0.5\tline one\\nline two\n' +
        'গ, "ঘ"\tcomma, "quoted"\tauto\t0.125\t\n',
    );
    expect(write(awkward.slice(0, 2), 'csv', { byteOrderMark: true })).toBe(
      '\uFEFFbn,en,status,score,note\r\n' +
        'ক\tখ,tab\there,confirmed,0.5,"line one\nline two"\r\n' +
        '"গ, ""ঘ""","comma, ""quoted""",auto,0.125,\r\n',
    );
  });

  for (const format of ['tsv', 'csv'] as const) {
    it(`${format}: round-trips awkward text and the sample article`, () => {
      expect(readDelimited(write(awkward, format), { format }).map(fields)).toEqual(awkward);
      const beads = sampleBeads().map(({ source, target, status, document }) => ({
        source,
        target,
        status,
        document,
      }));
      const read = readDelimited(write(beads, format, { includeDocument: true }), { format });
      expect(read.map(fields)).toEqual(beads);
    });

    it(`${format}: gives the same rows whatever the chunk size`, () => {
      const text = write(awkward, format);
      const rows: DelimitedUnit[] = [];
      const reader = createDelimitedReader({ format, onUnit: (row) => rows.push(row) });
      for (const character of text) reader.write(character);
      expect(reader.close()).toEqual({ units: awkward.length });
      expect(rows).toEqual(readDelimited(text, { format }));
    });
  }

  it('numbers rows by the line they start on, counting line breaks inside quoted CSV fields', () => {
    const rows = readDelimited(write(awkward, 'csv'), { format: 'csv' });
    expect(rows.map((row) => row.line)).toEqual([2, 4, 5, 7]);
    expect(readDelimited(write(awkward, 'tsv'), { format: 'tsv' }).map((row) => row.line)).toEqual([
      2, 3, 4, 5,
    ]);
  });

  it('takes columns in any order, language-tagged, with LF or CRLF, skipping blank lines', () => {
    const text = 'Note,EN-us,bn_BD,document\n\nচেক করুন,Growing ties,পরিচিতি বেড়েছে,lavrov\r\n';
    expect(readDelimited(text, { format: 'csv' }).map(fields)).toEqual([
      { source: 'পরিচিতি বেড়েছে', target: 'Growing ties', note: 'চেক করুন', document: 'lavrov' },
    ]);
  });

  it('names the line and what is wrong', () => {
    const tsvHeader = 'bn\ten\tstatus\tscore\tnote\n';
    const cases: [DelimitedFormat, string, string, Record<string, unknown>?][] = [
      ['tsv', 'bn\ttranslation\n', 'line 1: unknown column "translation" in the header'],
      ['tsv', 'bn\tstatus\n', 'line 1: the header must name a bn and an en column'],
      ['csv', 'bn,en,bn\n', 'line 1: the header names the source column twice.'],
      [
        'tsv',
        `${tsvHeader}ক\tk\tauto\t0.5\tnote\textra\n`,
        'line 2: 6 fields, but the header has 5',
      ],
      ['tsv', `${tsvHeader}ক\n`, 'line 2: 1 fields; the target column (field 2) is missing.'],
      ['tsv', `${tsvHeader}\nক\tk\tauto\thigh\n`, 'line 3: score "high" is not a number.'],
      [
        'tsv',
        `${tsvHeader}ক\tk\tdone\n`,
        'line 2: status "done" is not one of auto, confirmed, flagged.',
        { statuses: ['auto', 'confirmed', 'flagged'] },
      ],
      ['csv', 'bn,en\nক,"k\nmore\n', 'line 2: a quoted field opened here is never closed.'],
      ['csv', 'bn,en\nক,"k"x\n', 'line 2: "x" after the closing quote of a field'],
      ['csv', '', 'the file is empty: not even a header line.'],
    ];
    for (const [format, text, message, extra] of cases) {
      expect(errorOf(() => readDelimited(text, { format, ...extra })).message).toContain(message);
    }
    expect(
      errorOf(() => readDelimited(`${tsvHeader}\nক\tk\tauto\thigh\n`, { format: 'tsv' })).line,
    ).toBe(3);
  });

  it('gives up on a runaway quoted field instead of buffering the whole file', () => {
    const reader = createDelimitedReader({ format: 'csv', onUnit: () => undefined });
    reader.write('bn,en\nক,"');
    const chunk = 'কখগঘ '.repeat(50_000);
    const error = errorOf(() => {
      for (let index = 0; index < 10; index += 1) reader.write(chunk);
    });
    expect(error.message).toBe(
      'line 2: a record runs past 1 MB without ending; is a closing quote missing?',
    );
  });

  it('writes the selection options like the other writers', () => {
    const text = write(awkward, 'tsv', { confirmedOnly: true });
    expect(readDelimited(text, { format: 'tsv' }).map((row) => row.target)).toEqual(['tab\there']);
    expect(
      readDelimited(write(awkward, 'csv', { skipUnpaired: true }), { format: 'csv' }),
    ).toHaveLength(3);
  });
});

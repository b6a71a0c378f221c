import { describe, expect, it } from 'vitest';
import type { ExchangeUnit } from '../../../corpus/common/exchange';
import {
  ExchangeError,
  createTmxWriter,
  formatTmxDate,
  readTmx,
  withParagraphUnits,
  writeTmx,
} from '../../../corpus/common/exchange';
import { readSample, sampleBeads } from './sample-beads';

const fixedDate = new Date(Date.UTC(2024, 9, 19, 7, 5, 9));
const options = { creationToolVersion: '0.1.0', creationDate: fixedDate };

function tmx(units: ExchangeUnit[], extra: Partial<Parameters<typeof writeTmx>[1]> = {}): string {
  return [...writeTmx(units, { ...options, ...extra })].join('');
}

describe('TMX writer', () => {
  it('writes the TMX 1.4 header Setu promises', () => {
    const text = tmx([]);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')).toBe(
      true,
    );
    expect(text).toContain(
      '<header creationtool="Setu" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Setu" ' +
        'adminlang="en" srclang="bn" datatype="plaintext" creationdate="20241019T070509Z"/>',
    );
    expect(text.endsWith('  </body>\n</tmx>\n')).toBe(true);
  });

  it('formats creationdate in UTC whatever the local zone', () => {
    expect(formatTmxDate(new Date('2023-10-19T23:59:58.999+05:30'))).toBe('20231019T182958Z');
    expect(() => formatTmxDate(new Date('not a date'))).toThrow(ExchangeError);
  });

  it('writes one tu per unit with x- props, note and configurable languages', () => {
    const text = tmx(
      [
        {
          source: 'রাশিয়ার TASS বার্তা সংস্থা।',
          target: 'Russia’s TASS news agency.',
          document: 'lavrov-pyongyang',
          status: 'confirmed',
          score: 0.875,
          note: 'checked against the wire copy',
          id: 'b17',
        },
      ],
      { sourceLang: 'bn_BD', targetLang: 'en-US' },
    );
    expect(text).toContain('srclang="bn-BD"');
    expect(text).toContain(
      '    <tu tuid="b17">\n' +
        '      <note>checked against the wire copy</note>\n' +
        '      <prop type="x-document">lavrov-pyongyang</prop>\n' +
        '      <prop type="x-status">confirmed</prop>\n' +
        '      <prop type="x-score">0.875</prop>\n' +
        '      <tuv xml:lang="bn-BD"><seg>রাশিয়ার TASS বার্তা সংস্থা।</seg></tuv>\n' +
        '      <tuv xml:lang="en-US"><seg>Russia’s TASS news agency.</seg></tuv>\n' +
        '    </tu>\n',
    );
  });

  it('escapes markup characters and keeps CR through a parser', () => {
    const text = tmx([
      {
        source: 'ক & খ <গ> "ঘ"\r\nঙ',
        target: 'a & b <c> ]]> "d"',
        document: 'file "one" & <two>\tthree',
        note: '<b>bold</b> & co',
      },
    ]);
    expect(text).toContain('<seg>ক &amp; খ &lt;গ&gt; "ঘ"&#xD;\nঙ</seg>');
    expect(text).toContain('<seg>a &amp; b &lt;c&gt; ]]&gt; "d"</seg>');
    expect(text).toContain('<note>&lt;b&gt;bold&lt;/b&gt; &amp; co</note>');
    const [unit] = readTmx(text).units;
    expect(unit).toMatchObject({
      source: 'ক & খ <গ> "ঘ"\r\nঙ',
      target: 'a & b <c> ]]> "d"',
      document: 'file "one" & <two>\tthree',
      note: '<b>bold</b> & co',
    });
  });

  it('trims whitespace inside seg', () => {
    const text = tmx([{ source: '\n  আমি।\u00A0 ', target: '\tI. \n' }]);
    expect(text).toContain('<seg>আমি।</seg>');
    expect(text).toContain('<seg>I.</seg>');
  });

  it('refuses a character XML 1.0 forbids, naming the unit, or drops it by option', () => {
    const units = [
      { source: 'ক', target: 'a' },
      { source: 'খ', target: 'b\u0007ell', document: 'doc-7' },
    ];
    const attempt = () => tmx(units);
    expect(attempt).toThrow(ExchangeError);
    expect(attempt).toThrow(/unit 2 of document "doc-7", target, contains U\+0007 at offset 1/);
    expect(tmx(units, { invalidCharacters: 'drop' })).toContain('<seg>bell</seg>');
    expect(() => tmx([{ source: 'ক\uD800', target: 'a' }])).toThrow(/U\+D800/);
    expect(() => tmx([{ source: 'ক', target: 'a\uFFFF' }])).toThrow(/U\+FFFF/);
  });

  it('refuses a score that is not a finite number and a language that is not a tag', () => {
    expect(() => tmx([{ source: 'ক', target: 'a', score: Number.NaN }])).toThrow(
      /unit 1: score NaN/,
    );
    expect(() => tmx([], { sourceLang: 'Bengali (Bangladesh)' })).toThrow(
      /sourceLang "Bengali \(Bangladesh\)"/,
    );
  });

  it('writes only the variant that has text for 1-0 and 0-1 units, or skips them', () => {
    const units = [
      { source: 'শুধু বাংলা।', target: '' },
      { source: '', target: 'English only.' },
      { source: '  ', target: ' ' },
      { source: 'দুটোই।', target: 'Both.' },
    ];
    const writer = createTmxWriter(options);
    const chunks = units.map((unit) => writer.unit(unit));
    expect(chunks[0]).toContain('<tuv xml:lang="bn">');
    expect(chunks[0]).not.toContain('xml:lang="en"');
    expect(chunks[1]).not.toContain('xml:lang="bn"');
    expect(chunks[2]).toBe('');
    expect(writer.counts).toEqual({ written: 3, skipped: 1 });

    const skipping = createTmxWriter({ ...options, skipUnpaired: true });
    expect(units.map((unit) => skipping.unit(unit)).filter((chunk) => chunk !== '')).toHaveLength(
      1,
    );
  });

  it('keeps only confirmed units with confirmedOnly', () => {
    const text = tmx(
      [
        { source: 'এক।', target: 'One.', status: 'confirmed' },
        { source: 'দুই।', target: 'Two.', status: 'auto' },
        { source: 'তিন।', target: 'Three.', status: 'flagged' },
        { source: 'চার।', target: 'Four.' },
      ],
      { confirmedOnly: true },
    );
    expect(readTmx(text).units.map((unit) => unit.target)).toEqual(['One.']);
  });

  it('streams: each chunk is produced as the next unit is pulled', () => {
    let pulled = 0;
    function* endless(): Generator<ExchangeUnit> {
      for (;;) {
        pulled += 1;
        yield { source: `বাক্য ${pulled}।`, target: `Sentence ${pulled}.` };
      }
    }
    const chunks = writeTmx(endless(), options);
    const first = [chunks.next(), chunks.next(), chunks.next()].map((result) => result.value);
    expect(first[0]).toContain('<header');
    expect(first[2]).toContain('Sentence 2.');
    expect(pulled).toBe(2);
  });

  it('exports the sample article and reads back the same pairs, paragraph units included', () => {
    const units = [...withParagraphUnits(sampleBeads())];
    const text = tmx(units);
    const read = readTmx(text).units;
    expect(
      read.map(({ source, target, kind, status, document }) => ({
        source,
        target,
        kind,
        status,
        document,
      })),
    ).toEqual(
      units.map(({ source, target, kind, status, document }) => ({
        source,
        target,
        kind,
        status,
        document,
      })),
    );
    const paragraphs = read.filter((unit) => unit.kind === 'paragraph');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.source).toBe(readSample('bn.txt').split('\n')[18]);
    expect(paragraphs[0]!.target).toBe(readSample('en.txt').split('\n')[18]);
    expect(text).toContain('<tu segtype="paragraph">');
  });
});

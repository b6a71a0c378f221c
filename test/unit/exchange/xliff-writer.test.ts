import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { ExchangeUnit } from '../../../corpus/common/exchange';
import { ExchangeError, createXliffWriter, writeXliff } from '../../../corpus/common/exchange';
import { sampleBeads } from './sample-beads';

type ParsedUnit = {
  attributes: Record<string, string>;
  source: string;
  target: string;
  targetAttributes: Record<string, string>;
  note: string | null;
};

/** Parses the XLIFF with a real XML parser, so a well-formedness slip fails the test. */
function parse(text: string): { file: Record<string, string>; units: ParsedUnit[] } {
  const parser = new SaxesParser({ xmlns: false });
  let file: Record<string, string> = {};
  const units: ParsedUnit[] = [];
  let current: ParsedUnit | null = null;
  let field: 'source' | 'target' | 'note' | null = null;
  parser.on('opentag', (tag) => {
    if (tag.name === 'file') file = tag.attributes;
    if (tag.name === 'trans-unit')
      current = {
        attributes: tag.attributes,
        source: '',
        target: '',
        targetAttributes: {},
        note: null,
      };
    if (tag.name === 'source' || tag.name === 'target' || tag.name === 'note') field = tag.name;
    if (tag.name === 'target') current!.targetAttributes = tag.attributes;
  });
  parser.on('text', (chunk) => {
    if (current === null || field === null) return;
    current[field] = (current[field] ?? '') + chunk;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'trans-unit') units.push(current!);
    field = null;
  });
  parser.write(text).close();
  return { file, units };
}

const options = { original: 'lavrov-pyongyang.bn.txt', creationToolVersion: '0.1.0' };

describe('XLIFF 1.2 writer', () => {
  it('writes a trans-unit per bead with languages, state and approval from the status', () => {
    const units: ExchangeUnit[] = [
      { source: 'পরিচিতি বেড়েছে', target: 'Growing ties', status: 'confirmed', score: 0.97 },
      {
        source: 'কিম & <পুতিন>',
        target: 'Kim & <Putin>',
        status: 'auto',
        note: 'name order?',
        id: 'b2',
      },
      { source: 'শুধু বাংলা।', target: '', status: 'flagged' },
    ];
    const text = [
      ...writeXliff(units, { ...options, sourceLang: 'bn-BD', targetLang: 'en-US' }),
    ].join('');
    expect(text).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"');
    const { file, units: parsed } = parse(text);
    expect(file).toMatchObject({
      original: 'lavrov-pyongyang.bn.txt',
      'source-language': 'bn-BD',
      'target-language': 'en-US',
      datatype: 'plaintext',
    });
    expect(
      parsed.map((unit) => [
        unit.attributes['id'],
        unit.attributes['approved'],
        unit.targetAttributes['state'],
        unit.source,
        unit.target,
        unit.note,
      ]),
    ).toEqual([
      ['1', 'yes', 'final', 'পরিচিতি বেড়েছে', 'Growing ties', null],
      ['b2', undefined, 'needs-review-translation', 'কিম & <পুতিন>', 'Kim & <Putin>', 'name order?'],
      ['3', undefined, 'needs-translation', 'শুধু বাংলা।', '', null],
    ]);
    expect(parsed[0]!.attributes['setu:score']).toBe('0.97');
    expect(text).toContain('<source xml:lang="bn-BD">');
    expect(text).toContain('<target xml:lang="en-US" state="final">');
  });

  it('writes the whole sample document and honours the selection options', () => {
    const beads = sampleBeads();
    const { units } = parse([...writeXliff(beads, options)].join(''));
    expect(units.map((unit) => [unit.source, unit.target])).toEqual(
      beads.map((bead) => [bead.source, bead.target]),
    );

    const writer = createXliffWriter({ ...options, confirmedOnly: true });
    expect(writer.unit({ source: 'ক', target: 'k', status: 'auto' })).toBe('');
    expect(writer.counts).toEqual({ written: 0, skipped: 1 });
  });

  it('refuses characters XML cannot hold, naming the unit', () => {
    expect(() => [...writeXliff([{ source: 'ক\u0000', target: 'k' }], options)]).toThrow(
      ExchangeError,
    );
    expect(() => [...writeXliff([{ source: 'ক\u0000', target: 'k' }], options)]).toThrow(
      /unit 1, source, contains U\+0000/,
    );
  });
});

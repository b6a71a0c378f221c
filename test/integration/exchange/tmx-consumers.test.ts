import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExchangeUnit } from '../../../corpus/common/exchange';
import { readTmx, withParagraphUnits, writeTmx, writeXliff } from '../../../corpus/common/exchange';
import { sampleBeads } from '../../unit/exchange/sample-beads';
import { python, requireTmxDtd, requireTool, run, temporaryDirectory } from './tools';

const workspace = temporaryDirectory('setu-exchange-');
afterAll(() => workspace.remove());

const awkward: ExchangeUnit[] = [
  {
    source: 'কিম & পুতিন <বৈঠক> "উদ্ধৃতি"',
    target: 'Kim & Putin <meeting> "quote" ]]>',
    status: 'confirmed',
    score: 0.91,
    note: 'a <note> & more',
    document: 'doc "A" & <B>',
    id: 'x"1',
  },
  { source: 'ক\r\nখ', target: 'a\tb', status: 'flagged', score: 0 },
  { source: 'শুধু বাংলা।', target: '', status: 'auto' },
];

function writeFile(name: string, chunks: Iterable<string>): string {
  const file = path.join(workspace.path, name);
  writeFileSync(file, [...chunks].join(''));
  return file;
}

function xmllintValid(file: string): void {
  const result = run(requireTool('xmllint'), ['--noout', '--dtdvalid', requireTmxDtd(), file]);
  expect(result.stderr, `xmllint on ${path.basename(file)}`).toBe('');
  expect(result.status).toBe(0);
}

// translate-toolkit takes the first variant as the source and the second as the target.
const readWithTranslateToolkit = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile(open(sys.argv[1], 'rb'))
print(json.dumps([[u.source, u.target, u.getnotes()] for u in store.units], ensure_ascii=False))
`;

describe('exported TMX in real consumers', () => {
  it('validates against the TMX 1.4 DTD with xmllint: sample with paragraph units, and awkward text', () => {
    xmllintValid(
      writeFile(
        'sample.tmx',
        writeTmx(withParagraphUnits(sampleBeads()), { creationToolVersion: '0.1.0' }),
      ),
    );
    xmllintValid(
      writeFile(
        'awkward.tmx',
        writeTmx(awkward, {
          creationToolVersion: '0.1.0',
          sourceLang: 'bn-BD',
          targetLang: 'en-US',
        }),
      ),
    );
    // And the check is real: xmllint rejects a file without the header's required srclang.
    const broken = writeFile('broken.tmx', [
      '<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body/></tmx>\n',
    ]);
    expect(
      run(requireTool('xmllint'), ['--noout', '--dtdvalid', requireTmxDtd(), broken]).status,
    ).not.toBe(0);
  });

  it('is read by translate-toolkit with the same text in every unit', () => {
    const units = [...withParagraphUnits(sampleBeads())];
    const file = writeFile('sample-tt.tmx', writeTmx(units, { creationToolVersion: '0.1.0' }));
    const read = JSON.parse(python(readWithTranslateToolkit, [file])) as [string, string, string][];
    expect(read.map(([source, target]) => [source, target])).toEqual(
      units.map((unit) => [unit.source, unit.target]),
    );

    const paired = awkward.filter((unit) => unit.target !== '');
    const awkwardFile = writeFile(
      'awkward-tt.tmx',
      writeTmx(paired, { creationToolVersion: '0.1.0' }),
    );
    const awkwardRead = JSON.parse(python(readWithTranslateToolkit, [awkwardFile])) as [
      string,
      string,
      string,
    ][];
    expect(awkwardRead).toEqual([
      [awkward[0]!.source, awkward[0]!.target, 'a <note> & more'],
      [awkward[1]!.source, awkward[1]!.target, ''],
    ]);
  });

  it('exports XLIFF 1.2 that translate-toolkit reads, with approval from the status', () => {
    const file = writeFile(
      'awkward.xlf',
      writeXliff(awkward, { original: 'awkward.txt', creationToolVersion: '0.1.0' }),
    );
    expect(run(requireTool('xmllint'), ['--noout', file]).status).toBe(0);
    const read = JSON.parse(
      python(
        `
import json, sys
from translate.storage import xliff
store = xliff.xlifffile(open(sys.argv[1], 'rb'))
print(json.dumps([[u.source, u.target, u.isapproved(), u.xmlelement.get('id')] for u in store.units], ensure_ascii=False))
`,
        [file],
      ),
    ) as [string, string, boolean, string][];
    expect(read).toEqual([
      [awkward[0]!.source, awkward[0]!.target, true, 'x"1'],
      [awkward[1]!.source, awkward[1]!.target, false, '2'],
      [awkward[2]!.source, '', false, '3'],
    ]);
  });

  it('reads TMX written by translate-toolkit po2tmx, and re-exports it without loss', () => {
    const beads = sampleBeads();
    const quote = (text: string): string =>
      `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
    const entries = [...beads, ...awkward.slice(0, 2)].map(
      (unit) => `msgid ${quote(unit.source)}\nmsgstr ${quote(unit.target)}\n`,
    );
    const po = writeFile('sample.po', [
      'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n',
      entries.join('\n'),
    ]);
    const tmx = path.join(workspace.path, 'po2tmx.tmx');
    const converted = run(requireTool('po2tmx'), [
      '--source-language=bn',
      '--language=en',
      po,
      tmx,
    ]);
    expect(converted.status, converted.stderr).toBe(0);

    const first = readTmx(readFileSync(tmx, 'utf8'));
    expect(first.header.attributes['creationtool']).toBe('Translate Toolkit');
    const expected = [...beads, ...awkward.slice(0, 2)].map((unit) => [unit.source, unit.target]);
    expect(first.units.map((unit) => [unit.source, unit.target])).toEqual(expected);

    const again = readTmx([...writeTmx(first.units, { creationToolVersion: '0.1.0' })].join(''));
    expect(again.units.map(({ line: _line, ...unit }) => unit)).toEqual(
      first.units.map(({ line: _line, ...unit }) => unit),
    );
  });
});

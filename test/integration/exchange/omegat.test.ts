import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExchangeUnit } from '../../../corpus/common/exchange';
import { readTmx, withParagraphUnits, writeTmx } from '../../../corpus/common/exchange';
import { readSample, samplesDirectory, sampleBeads } from '../../unit/exchange/sample-beads';
import { requireTool, run, temporaryDirectory } from './tools';

// OmegaT 3.6 in console mode, per ../shared/RECIPES.md: the sample article as the source file,
// one paragraph per line (TextFilter segmentOn=BREAKS), Setu's TMX in tm/auto.
const projectFile = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>bn</source_lang>
    <target_lang>en</target_lang>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;
const filtersFile = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters removeTags="false" removeSpacesNonseg="false" preserveSpaces="false" ignoreFileContext="false">
  <filter enabled="true" className="org.omegat.filters2.text.TextFilter">
    <files sourceFilenameMask="*.txt" targetFilenamePattern="\${filename}" sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
    <option name="segmentOn" value="BREAKS"/>
  </filter>
</filters>
`;

const workspace = temporaryDirectory('setu-omegat-');
afterAll(() => workspace.remove());

type Translation = { target: string; log: string; project: string };

function translateWithOmegaT(name: string, units: Iterable<ExchangeUnit>): Translation {
  const java = requireTool('java');
  const jar = requireTool('omegat');
  const home = path.join(workspace.path, `${name}-home`);
  const project = path.join(workspace.path, name);
  for (const folder of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) {
    mkdirSync(path.join(project, folder), { recursive: true });
  }
  mkdirSync(home, { recursive: true });
  writeFileSync(path.join(project, 'omegat.project'), projectFile);
  writeFileSync(path.join(project, 'omegat', 'filters.xml'), filtersFile);
  copyFileSync(
    path.join(samplesDirectory, 'lavrov-pyongyang.bn.txt'),
    path.join(project, 'source', 'lavrov-pyongyang.txt'),
  );
  writeFileSync(
    path.join(project, 'tm', 'auto', 'setu.tmx'),
    [...writeTmx(units, { creationToolVersion: '0.1.0' })].join(''),
  );

  const result = run(
    java,
    [
      '-Djava.awt.headless=true',
      `-Duser.home=${home}`,
      '-jar',
      jar,
      '--mode=console-translate',
      `--config-dir=${path.join(home, 'omegat')}`,
      '--disable-project-locking',
      project,
    ],
    { env: { ...process.env, HOME: home } },
  );
  const log = result.stdout + result.stderr;
  // OmegaT exits 0 even when a TMX fails to load, so its log and its output are the evidence.
  expect(result.status, log).toBe(0);
  expect(log).not.toContain('TF_TM_LOAD_ERROR');
  expect(log).toContain('Reading of TMX file complete');
  const targetFile = path.join(project, 'target', 'lavrov-pyongyang.txt');
  expect(existsSync(targetFile), `OmegaT wrote no target file:\n${log}`).toBe(true);
  return { target: readFileSync(targetFile, 'utf8'), log, project };
}

describe('OmegaT 3.6 with a Setu TMX in tm/auto', () => {
  const bengaliLines = readSample('bn.txt').split('\n');
  const englishLines = readSample('en.txt').split('\n');
  let withParagraphs: Translation | null = null;

  it('translates every paragraph of the sample when the export has paragraph units', () => {
    withParagraphs = translateWithOmegaT('paragraphs', withParagraphUnits(sampleBeads()));
    expect(withParagraphs.target.split('\n')).toEqual(englishLines);
  }, 240_000);

  it('without paragraph units misses the paragraph split into two beads (no danda rule in OmegaT)', () => {
    const beads = sampleBeads().map(({ source, target, status }) => ({ source, target, status }));
    const lines = translateWithOmegaT('sentences', beads).target.split('\n');
    const untranslated = lines.flatMap((line, index) =>
      line === englishLines[index] ? [] : [index + 1],
    );
    expect(untranslated).toEqual([19]);
    expect(lines[18]).toBe(bengaliLines[18]);
  }, 240_000);

  it('writes TMX 1.1 and 1.4 files that Setu reads back, pair for pair, and re-exports losslessly', () => {
    if (withParagraphs === null)
      throw new Error('the OmegaT run of the first test did not complete');
    const projectName = path.basename(withParagraphs.project);
    const expected = bengaliLines.map((line, index) => [line, englishLines[index]]).sort();
    for (const [file, version] of [
      [`${projectName}-omegat.tmx`, '1.1'],
      [`${projectName}-level2.tmx`, '1.4'],
    ] as const) {
      const text = readFileSync(path.join(withParagraphs.project, file), 'utf8');
      const read = readTmx(text);
      expect(read.header.attributes['creationtool']).toBe('OmegaT');
      expect(read.summary.version).toBe(version);
      expect(read.units.map((unit) => [unit.source, unit.target]).sort()).toEqual(expected);

      const again = readTmx([...writeTmx(read.units, { creationToolVersion: '0.1.0' })].join(''));
      expect(again.units.map(({ line: _line, ...unit }) => unit)).toEqual(
        read.units.map(({ line: _line, ...unit }) => unit),
      );
    }
  }, 60_000);
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from './dispatch';
import { readTextFile } from './files';
import { samplesDirectory } from './paths';

export const sampleName = 'lavrov-pyongyang';

export function sampleFiles(directory = samplesDirectory) {
  return {
    source: path.join(directory, `${sampleName}.bn.txt`),
    target: path.join(directory, `${sampleName}.en.txt`),
    glossary: path.join(directory, `${sampleName}.glossary.tsv`),
  };
}

/** Parses the glossary TSV (bn, en, variants separated by |, note) with a header line. */
export function parseGlossaryTsv(
  text: string,
): { source: string; target: string; variants: string[]; note?: string }[] {
  return text
    .split(/\r\n|\r|\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [source = '', target = '', variants = '', note = ''] = line.split('\t');
      return {
        source: source.trim(),
        target: target.trim(),
        variants: variants
          .split('|')
          .map((variant) => variant.trim())
          .filter(Boolean),
        ...(note.trim() ? { note: note.trim() } : {}),
      };
    });
}

/** Imports the bundled sample article and its glossary (a fresh corpus's first document). */
export function seedSample(corpus: Corpus): number {
  const files = sampleFiles();
  const document = corpus.call('document.import', {
    title: 'Lavrov in Pyongyang (sample)',
    source: readTextFile(files.source),
    target: readTextFile(files.target),
  });
  if (existsSync(files.glossary)) {
    for (const entry of parseGlossaryTsv(readFileSync(files.glossary, 'utf8')))
      corpus.call('glossary.add', entry);
  }
  return document.id;
}

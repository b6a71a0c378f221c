// Real texts the names and QA tests run on: the bundled sample article (in the repository) and
// the NTREX-128 development set on the reference shelf (../shared, CC BY-SA 4.0, Microsoft).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GlossaryTerm } from '../../../corpus/common/names';

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
const shelf = path.resolve(repositoryRoot, '..', 'shared');

/** A file from the reference shelf; throws (so the test fails) when the shelf is missing. */
export function shelfPath(...parts: string[]): string {
  const file = path.join(shelf, ...parts);
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: these tests need the reference shelf beside the repository`,
    );
  return file;
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n');

export type Bead = { source: string; target: string };

/** The sample article, paragraph by paragraph (the two files are aligned 1-1 by line). */
export function sampleBeads(): Bead[] {
  const base = path.join(repositoryRoot, 'corpus', 'samples', 'lavrov-pyongyang');
  const source = lines(`${base}.bn.txt`);
  const target = lines(`${base}.en.txt`);
  return source.map((text, index) => ({ source: text, target: target[index] ?? '' }));
}

/** The sample glossary (bn, en, variants separated by |, note). */
export function sampleGlossary(): GlossaryTerm[] {
  const file = path.join(repositoryRoot, 'corpus', 'samples', 'lavrov-pyongyang.glossary.tsv');
  return lines(file)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [source = '', target = '', variants = ''] = line.split('\t');
      return { source, target, variants: variants === '' ? [] : variants.split('|') };
    });
}

/** NTREX-128 dev documents: one gold segment per line, aligned 1-1. */
export function ntrexDocuments(): { name: string; beads: Bead[] }[] {
  const directory = shelfPath('data', 'align', 'ntrex-dev');
  return readdirSync(directory)
    .filter((file) => file.endsWith('.bn.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.bn.txt'.length);
      const source = lines(path.join(directory, `${name}.bn.txt`));
      const target = lines(path.join(directory, `${name}.en.txt`));
      return {
        name,
        beads: source.map((text, index) => ({ source: text, target: target[index] ?? '' })),
      };
    });
}

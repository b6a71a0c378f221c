// The development documents of ../shared/data (NTREX-128, CC BY-SA 4.0), read in place.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segmentLines } from '../../corpus/common/segment';
import type { Sentence } from '../../corpus/common/segment';

export const sharedRoot = path.resolve(import.meta.dirname, '../../..', 'shared');

/** Each document of an index-mode set, in name order: one sentence per gold line. */
export function devDocuments(
  set = 'ntrex-dev',
): Array<{ name: string; bengali: Sentence[]; english: Sentence[] }> {
  const directory = path.join(sharedRoot, 'data', 'align', set);
  const lines = (file: string) =>
    segmentLines(readFileSync(path.join(directory, file), 'utf8')).sentences;
  return readdirSync(directory)
    .filter((file) => file.endsWith('.bn.txt'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.bn.txt'.length),
      bengali: lines(file),
      english: lines(file.replace(/\.bn\.txt$/, '.en.txt')),
    }));
}

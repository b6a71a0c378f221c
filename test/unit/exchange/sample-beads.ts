// The bundled sample article as sentence beads, from its hand-made gold alignment
// (corpus/samples/lavrov-pyongyang.gold.json), for tests of the exchange formats.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParagraphBead } from '../../../corpus/common/exchange';

export const repositoryRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
);
export const samplesDirectory = path.join(repositoryRoot, 'corpus', 'samples');

type Span = [number, number];
type Gold = {
  bn: { segments: Span[] };
  en: { segments: Span[] };
  beads: [number[], number[]][];
};

export function readSample(name: 'bn.txt' | 'en.txt' | 'gold.json' | 'glossary.tsv'): string {
  return readFileSync(path.join(samplesDirectory, `lavrov-pyongyang.${name}`), 'utf8');
}

/** Each gold bead with its text, a paragraph-end flag per side, and the whitespace after it. */
export function sampleBeads(): ParagraphBead[] {
  const bengali = readSample('bn.txt');
  const english = readSample('en.txt');
  const gold = JSON.parse(readSample('gold.json')) as Gold;
  const side = (text: string, spans: Span[], indices: number[]) => {
    if (indices.length === 0) return { text: '', paragraphEnd: false, separator: ' ' };
    const start = spans[indices[0]!]![0];
    const end = spans[indices.at(-1)!]![1];
    const after = /^\s*/.exec(text.slice(end))![0];
    return {
      text: text.slice(start, end),
      paragraphEnd: end === text.length || after.includes('\n'),
      separator: after === '' ? ' ' : after,
    };
  };
  return gold.beads.map(([bengaliIndices, englishIndices]) => {
    const source = side(bengali, gold.bn.segments, bengaliIndices);
    const target = side(english, gold.en.segments, englishIndices);
    return {
      source: source.text,
      target: target.text,
      document: 'lavrov-pyongyang',
      status: 'confirmed',
      score: null,
      sourceParagraphEnd: source.paragraphEnd,
      targetParagraphEnd: target.paragraphEnd,
      sourceSeparator: source.separator,
      targetSeparator: target.separator,
    };
  });
}

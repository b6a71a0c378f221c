import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSample, repositoryRoot, samplesDirectory } from '../exchange/sample-beads';

const seedPath = path.resolve(repositoryRoot, '..', 'shared', 'seed', '000_25ec85ee37a20a74.txt');

describe('bundled sample corpus', () => {
  it('holds the client’s article byte for byte', () => {
    if (!existsSync(seedPath))
      throw new Error(`the reference shelf is missing: ${seedPath} not found`);
    expect(
      readFileSync(path.join(samplesDirectory, 'lavrov-pyongyang.bn.txt')).equals(
        readFileSync(seedPath),
      ),
    ).toBe(true);
  });

  it('has an English translation with the same paragraphs, in NFC', () => {
    const bengali = readSample('bn.txt').split('\n');
    const english = readSample('en.txt').split('\n');
    expect(english).toHaveLength(bengali.length);
    expect(english.every((line) => line.trim() !== '' && line === line.trim())).toBe(true);
    expect(readSample('en.txt')).toBe(readSample('en.txt').normalize('NFC'));
    expect(/[\u0980-\u09FF]/u.test(readSample('en.txt'))).toBe(false);
  });

  it('has a glossary whose Bengali names and variants all occur in the article', () => {
    const bengali = readSample('bn.txt');
    const english = readSample('en.txt');
    const [header, ...rows] = readSample('glossary.tsv').trimEnd().split('\n');
    expect(header).toBe('bn\ten\tvariants\tnote');
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const [source, target, variants, note, ...extra] = row.split('\t');
      expect(extra, row).toEqual([]);
      expect(note, row).toBeDefined();
      for (const form of [source!, ...variants!.split('|').filter((variant) => variant !== '')]) {
        expect(bengali.includes(form), `${form} in the Bengali`).toBe(true);
      }
      expect(english.includes(target!), `${target} in the English`).toBe(true);
    }
    const lavrov = rows.find((row) => row.startsWith('ল্যাভরভ\t'));
    expect(lavrov?.split('\t')[2]?.split('|')).toEqual(['লাভরভ', 'ল্যাভরভের', 'লাভরভের']);
  });

  it('has a gold alignment whose beads cover both sides in order', () => {
    const gold = JSON.parse(readSample('gold.json')) as {
      format: string;
      bn: { segments: [number, number][] };
      en: { segments: [number, number][] };
      beads: [number[], number[]][];
    };
    expect(gold.format).toBe('gold-beads/v1');
    for (const side of ['bn', 'en'] as const) {
      const text = readSample(`${side}.txt`);
      const used = gold.beads.flatMap((bead) => bead[side === 'bn' ? 0 : 1]);
      expect(used).toEqual(gold[side].segments.map((_span, index) => index));
      // Segments tile the text: only whitespace between them.
      let previous = 0;
      for (const [start, end] of gold[side].segments) {
        expect(text.slice(previous, start).trim()).toBe('');
        expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
        previous = end;
      }
      expect(previous).toBe(text.length);
    }
    const shapes = gold.beads.map(([source, target]) => `${source.length}-${target.length}`);
    expect(shapes.filter((shape) => shape === '1-2')).toHaveLength(4);
    expect(shapes.filter((shape) => shape === '2-1')).toHaveLength(2);
  });
});

// The lexicon pass: word pairs learned from the first alignment's confident beads of the same
// document (hunalign's realign in spirit). Real data: NTREX-128 perturbed dev (CC BY-SA 4.0),
// read from ../shared.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../../corpus/common/align';
import type { TextUnit } from '../../../corpus/common/align';
import { computeFeatures } from '../../../corpus/common/align/features';
import {
  learnLexicon,
  unitWords,
  withLearnedLexicon,
  withLexiconAnchors,
} from '../../../corpus/common/align/lexicon';
import type { UnitWords } from '../../../corpus/common/align/lexicon';

const sharedRoot = path.resolve(import.meta.dirname, '../../../..', 'shared');
const perturbedDirectory = path.join(sharedRoot, 'data', 'align', 'ntrex-dev-perturbed');

const units = (texts: string[]): TextUnit[] => texts.map((text) => ({ text }));

/** The spellings of a unit's keys. */
function wordsOf(words: UnitWords, unit: number): string[] {
  return [...words.keys.slice(words.start[unit], words.start[unit + 1])].map(
    (key) => words.spellings[key]!,
  );
}

describe('unitWords', () => {
  it('stems Bengali case endings to the form the document shares', () => {
    const words = unitWords(
      units(['সরকার বলেছে', 'সরকারের সিদ্ধান্ত', 'সরকারকে চিঠি', 'কিমের সফর']),
      true,
    );
    expect(wordsOf(words, 0)).toContain('সরকার');
    expect(wordsOf(words, 1)).toContain('সরকার');
    expect(wordsOf(words, 2)).toContain('সরকার');
    // No other word of the document shares কিম: the ending stays.
    expect(wordsOf(words, 3)).toContain('কিমের');
  });

  it('folds English case and plurals, and leaves out stop words and digits', () => {
    const words = unitWords(
      units(['The Government said 12 dams', 'the governments and a dam']),
      false,
    );
    expect(wordsOf(words, 0)).toEqual(['government', 'dam']);
    expect(wordsOf(words, 1)).toEqual(['government', 'dam']);
  });

  it('holds each key once per unit', () => {
    const words = unitWords(units(['বাঁধ বাঁধের বাঁধ']), true);
    expect(wordsOf(words, 0)).toEqual(['বাঁধ']);
  });
});

describe('learnLexicon', () => {
  const bengali = unitWords(
    units([
      'নদীতে বাঁধ তৈরি হবে',
      'বাঁধ নিয়ে বৈঠক',
      'কৃষকেরা বাঁধ চান',
      'বাঁধ খরচ বেশি',
      'বৈঠক শেষ হয়েছে',
    ]),
    true,
  );
  const english = unitWords(
    units([
      'A dam will be built on the river',
      'Meeting about the dam',
      'Farmers want the dam',
      'The dam costs much',
      'The meeting has ended',
    ]),
    false,
  );
  const beads: Array<[number, number]> = [0, 1, 2, 3, 4].map((unit) => [unit, unit]);

  it('pairs words that keep meeting in the beads', () => {
    const pairs = learnLexicon(bengali, english, beads).map((pair) => [
      bengali.spellings[pair.source],
      english.spellings[pair.target],
      pair.together,
      pair.dice,
    ]);
    expect(pairs).toContainEqual(['বাঁধ', 'dam', 4, 1]);
    // বৈঠক ~ meeting meet twice only: chance, in a document this short.
    expect(pairs.some(([source]) => source === 'বৈঠক')).toBe(false);
  });

  it('adds the learned pairs as anchors shared by the units that hold them', () => {
    const source = units([
      'নদীতে বাঁধ তৈরি হবে',
      'বাঁধ নিয়ে বৈঠক',
      'কৃষকেরা বাঁধ চান',
      'বাঁধ খরচ বেশি',
      'বৈঠক শেষ হয়েছে',
    ]);
    const target = units([
      'A dam will be built on the river',
      'Meeting about the dam',
      'Farmers want the dam',
      'The dam costs much',
      'The meeting has ended',
    ]);
    const features = computeFeatures(source, target, { sourceLang: 'bn', targetLang: 'en' });
    const pairs = learnLexicon(bengali, english, beads);
    const learned = withLexiconAnchors(features, bengali, english, pairs, 2);
    expect(learned.anchorMatchWeight.length).toBeGreaterThan(features.anchorMatchWeight.length);
    const added = (side: typeof features.source, unit: number) =>
      [...side.anchorIds.slice(side.anchorStart[unit], side.anchorStart[unit + 1])].filter(
        (id) => id >= features.anchorMatchWeight.length,
      );
    const damAnchor = added(learned.source, 0);
    expect(damAnchor).toHaveLength(1);
    for (const unit of [0, 1, 2, 3]) expect(added(learned.target, unit)).toEqual(damAnchor);
    expect(added(learned.target, 4)).toEqual([]);
    // More units matched, more weight in the prefix sums the cost reads.
    expect(learned.source.anchorMatchPrefix[4]!).toBeGreaterThan(
      features.source.anchorMatchPrefix[4]!,
    );
  });
});

describe('withLearnedLexicon', () => {
  const source = units(Array.from({ length: 60 }, (_, index) => `বাঁধ ${index + 1} নম্বর বাক্য।`));
  const target = units(Array.from({ length: 60 }, (_, index) => `Dam sentence ${index + 1}.`));
  const features = computeFeatures(source, target, { sourceLang: 'bn', targetLang: 'en' });
  const diagonal = source.map((_, index) => ({
    sourceStart: index,
    sourceEnd: index + 1,
    targetStart: index,
    targetEnd: index + 1,
    cost: 0,
  }));

  it('leaves short documents and documents of one script as they are', () => {
    const bengali = { source: true, target: false };
    expect(withLearnedLexicon(features, source, target, bengali, diagonal.slice(0, 20), 2)).toBe(
      features,
    );
    expect(
      withLearnedLexicon(features, source, target, { source: true, target: true }, diagonal, 2),
    ).toBe(features);
    expect(withLearnedLexicon(features, source, target, bengali, diagonal, 0)).toBe(features);
    expect(withLearnedLexicon(features, source, target, bengali, diagonal, 2)).not.toBe(features);
  });
});

describe('the lexicon pass on a long document', () => {
  // The 41 perturbed dev documents (drops, merges, splits) as one document of ~600 sentences:
  // long enough that the words of its stories meet again and again.
  function concatenated() {
    const names = readdirSync(perturbedDirectory)
      .filter((name) => name.endsWith('.beads.json'))
      .map((name) => name.slice(0, -'.beads.json'.length))
      .sort();
    expect(names.length).toBeGreaterThan(30);
    const source: TextUnit[] = [];
    const target: TextUnit[] = [];
    const gold = new Set<string>();
    for (const name of names) {
      const lines = (language: string) =>
        readFileSync(path.join(perturbedDirectory, `${name}.${language}.txt`), 'utf8')
          .split('\n')
          .filter((line) => line !== '')
          .map((text) => ({ text }));
      const beads = JSON.parse(
        readFileSync(path.join(perturbedDirectory, `${name}.beads.json`), 'utf8'),
      ) as Array<[number[], number[]]>;
      for (const [bengali, english] of beads)
        gold.add(
          JSON.stringify([
            bengali.map((index) => index + source.length),
            english.map((index) => index + target.length),
          ]),
        );
      source.push(...lines('bn'));
      target.push(...lines('en'));
    }
    return { source, target, gold };
  }

  it('finds more of the gold beads than the first model alone', () => {
    const { source, target, gold } = concatenated();
    const exact = (lexiconWeight: number) =>
      align(source, target, { sourceLang: 'bn', targetLang: 'en', tuning: { lexiconWeight } })
        .map((bead) => JSON.stringify([bead.source, bead.target]))
        .filter((bead) => gold.has(bead)).length;
    const without = exact(0);
    const learned = exact(2);
    expect(learned).toBeGreaterThan(without);
  });
});

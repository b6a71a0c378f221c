import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addSharedAnchors,
  computeFeatures,
  vocabularyKeys,
} from '../../../corpus/common/align/features';
import type { DocumentFeatures, TextUnit } from '../../../corpus/common/align/features';

const sharedRoot = path.resolve(import.meta.dirname, '../../../..', 'shared');
const options = { sourceLang: 'bn', targetLang: 'en' };
const unitsOf = (file: string): TextUnit[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((text) => ({ text, trailing: '\n' }));

// The keys the Bengali side's Latin tokens give, as features.ts makes them.
function latinKey(token: string): string {
  const undotted = token.replace(/\./g, '');
  const upper = undotted.toUpperCase();
  const isAcronym = undotted.length > 1 && undotted === upper && upper !== undotted.toLowerCase();
  return `L${isAcronym ? undotted : undotted.toLowerCase()}`;
}
const latinToken =
  /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:[-.'’][A-Za-z\u00C0-\u024F0-9]+)*/g;
const vocabularyOf = (...texts: string[]) =>
  new Set(
    texts.flatMap((text) => Array.from(text.matchAll(latinToken), ([token]) => latinKey(token))),
  );

/**
 * The RegExp vocabularyKeys replaced, as it was: the keys longest first, each pair of letters
 * optionally split by a dot, case-insensitive, between characters that are not letters or digits.
 */
function regExpVocabularyKeys(text: string, vocabulary: ReadonlySet<string>): string[] {
  const alternatives = [...vocabulary]
    .map((key) => key.slice(1))
    .sort((left, right) => right.length - left.length)
    .map((word) =>
      Array.from(word, (char) => char.replace(/[.*+?^${}()|[\]\\]/, '\\$&')).join('\\.?'),
    );
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{Nd}])(?:${alternatives.join('|')})(?![\\p{L}\\p{Nd}])`,
    'giu',
  );
  return Array.from(text.matchAll(pattern), ([match]) => latinKey(match)).filter((key) =>
    vocabulary.has(key),
  );
}

describe('vocabularyKeys: Latin tokens of the other side, found in this one', () => {
  it('meets U.S. and US, and keeps the pronoun us apart unless it is in the vocabulary', () => {
    const text = 'The US and the U.S. told us.';
    expect(vocabularyKeys(text, vocabularyOf('U.S. এবং US'))).toEqual(['LUS', 'LUS']);
    expect(vocabularyKeys(text, vocabularyOf('us'))).toEqual(['Lus']);
    expect(vocabularyKeys('US us U.S. u.s. USA', vocabularyOf('U.S', 'us'))).toEqual([
      'LUS',
      'Lus',
      'LUS',
      'Lus',
    ]);
  });

  it('reads hyphens, apostrophes and digits inside a token (B-52, O’Brien, COVID-19)', () => {
    expect(
      vocabularyKeys('Two B-52 bombers, a B-52s and b-52; B52.', vocabularyOf('B-52 বোমারু')),
    ).toEqual(['LB-52']);
    expect(
      vocabularyKeys(
        "O'Brien met O’Brien and OBrien, O'Briens.",
        vocabularyOf("O'Brien ও O’Brien"),
      ),
    ).toEqual(["Lo'brien", 'Lo’brien']);
    expect(vocabularyKeys('COVID-19 and Covid-19 and COVID.', vocabularyOf('COVID-19'))).toEqual([
      'LCOVID-19',
    ]);
    expect(
      vocabularyKeys('TASS said the DPRK, Tass and DPRKs; dprk.', vocabularyOf('TASS', 'DPRK-এর')),
    ).toEqual(['LTASS', 'LDPRK']);
  });

  it('gives nothing for an empty vocabulary', () => {
    expect(vocabularyKeys('US and TASS', new Set())).toEqual([]);
  });

  it('tells letters and digits from the rest as the RegExp did, for every character of the Basic Multilingual Plane', () => {
    const vocabulary = vocabularyOf('qa');
    let found = 0;
    for (let block = 0; block < 0x10000; block += 0x1000) {
      const probes: string[] = [];
      for (let code = block; code < block + 0x1000; code++) {
        const char = String.fromCharCode(code);
        probes.push(`${char}qa`, `qa${char}`);
      }
      // Astral letters and digits, lone surrogates, and dots between, before and after.
      probes.push('\u{1D400}qa', 'qa\u{1D7CE}', '\uD835qa', 'qa\uDC00', 'q.a', 'q..a', '.qa.');
      const text = probes.join(' ');
      const expected = regExpVocabularyKeys(text, vocabulary);
      expect(vocabularyKeys(text, vocabulary)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(20_000);
  });

  it('folds case as the RegExp did, for every character of the Basic Multilingual Plane', () => {
    // A probe q?-ab where ? folds like the character of a key q?-ab is read as that key (and
    // not kept, unless the probe spells it); otherwise the search finds the key ab inside it.
    // The vocabularies take the characters of tokens a range at a time, so that a character
    // folding onto another range's (ſ onto s, K the Kelvin sign onto k) shows.
    const ranges = [
      [0x30, 0x39],
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0xc0, 0xff],
      [0x100, 0x17f],
      [0x180, 0x24f],
    ] as const;
    const probes: string[] = [];
    for (let code = 0; code < 0x10000; code++) probes.push(`q${String.fromCharCode(code)}-ab`);
    probes.push("q'-ab", 'q’-ab', 'q--ab');
    for (const [from, to] of ranges) {
      const tokens = ['ab'];
      for (let code = from; code <= to; code++) tokens.push(`q${String.fromCharCode(code)}-ab`);
      const vocabulary = vocabularyOf(...tokens);
      let read = 0;
      for (let start = 0; start < probes.length; start += 0x2000) {
        const chunk = probes.slice(start, start + 0x2000);
        const text = chunk.join(' ');
        const expected = regExpVocabularyKeys(text, vocabulary);
        expect(vocabularyKeys(text, vocabulary)).toEqual(expected);
        read += chunk.length - expected.filter((key) => key === 'Lab').length;
      }
      expect(read).toBeGreaterThanOrEqual(to - from + 1);
    }
  });
});

function expectSameFeatures(actual: DocumentFeatures, expected: DocumentFeatures): void {
  for (const side of ['source', 'target'] as const)
    for (const [key, value] of Object.entries(expected[side]))
      expect([side, key, actual[side][key as keyof typeof value]]).toEqual([side, key, value]);
  expect(actual.anchorMatchWeight).toEqual(expected.anchorMatchWeight);
  expect(actual.anchorMissWeight).toEqual(expected.anchorMissWeight);
}

describe('computeFeatures: words cached across documents', () => {
  const directory = path.join(sharedRoot, 'data', 'align', 'ntrex-dev');
  const documents = readdirSync(directory)
    .filter((name) => name.endsWith('.bn.txt'))
    .sort()
    .map((name) => ({
      bn: unitsOf(path.join(directory, name)),
      en: unitsOf(path.join(directory, name.replace(/\.bn\.txt$/, '.en.txt'))),
    }));

  it('gives a document the same features first, after other documents, and after the cache is emptied', () => {
    expect(documents.length).toBeGreaterThan(30);
    const [first, ...others] = documents;
    const before = computeFeatures(first!.bn, first!.en, options);
    for (const document of others) computeFeatures(document.bn, document.en, options);
    expectSameFeatures(computeFeatures(first!.bn, first!.en, options), before);
    // 70,000 distinct made-up words outgrow the cache, which is emptied before the next document.
    const consonants = 'কখগঘচছজঝটঠডঢতথদধনপফবভমরলশসহ';
    const madeUp: TextUnit[] = [];
    for (let unit = 0; unit < 700; unit++) {
      const words: string[] = [];
      for (let word = 0; word < 100; word++) {
        let number = unit * 100 + word;
        let spelled = '';
        do {
          spelled += consonants[number % consonants.length];
          number = Math.floor(number / consonants.length);
        } while (number > 0);
        words.push(spelled);
      }
      madeUp.push({ text: words.join(' ') });
    }
    computeFeatures(madeUp, [{ text: 'Nothing here.' }], options);
    expectSameFeatures(computeFeatures(first!.bn, first!.en, options), before);
    // The other way round, English first: the same anchors, sides swapped.
    const swapped = computeFeatures(first!.en, first!.bn, { sourceLang: 'en', targetLang: 'bn' });
    expect(swapped.source.anchorIds.length).toBe(before.target.anchorIds.length);
    expect(swapped.target.anchorIds.length).toBe(before.source.anchorIds.length);
  });

  it('lets a transliterated name and its English spelling share an anchor', () => {
    const features = computeFeatures(
      [{ text: 'ল্যাভরভের সফর শেষ হয়েছে।' }, { text: 'তিনি ফিরে গেছেন।' }],
      [{ text: "Lavrov's visit has ended." }, { text: 'He has gone back.' }],
      options,
    );
    const shared = new Float64Array(2);
    addSharedAnchors(features, 0, 0, shared);
    expect(shared[0]).toBeGreaterThan(0);
    shared.fill(0);
    addSharedAnchors(features, 1, 0, shared);
    expect(shared[0]).toBe(0);
  });
});

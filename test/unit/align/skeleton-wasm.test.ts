import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { skeletonAnchors } from '../../../corpus/common/align/features';
import type { TextUnit } from '../../../corpus/common/align/features';
import { bengaliSkeletons, englishSkeleton } from '../../../corpus/common/align/skeleton';
import { visibleLength } from '../../../corpus/common/text';
// mulberry32: the fuzzed words are the same at every run.
import { random } from '../../../scripts/bench/data';

// The aligner finds skeleton anchors in WebAssembly (corpus/common/align/assembly/skeleton.ts);
// ./skeleton.ts is the reference it must reproduce to the letter. The reference below is how
// features.ts found them in TypeScript: a RegExp per side for the words, the words' skeletons
// from ./skeleton.ts, one-consonant skeletons dropped, numbers given in the order met (source
// side first), each unit listing a number once.

const shared = path.resolve(import.meta.dirname, '../../../..', 'shared');
const bengaliWord = /[\u0980-\u09FF\u200C\u200D]+/g;
const englishWord = /[A-Za-z'\u2019]+/g;

type Expected = { ids: number[]; start: number[] };

function referenceAnchors(
  source: readonly TextUnit[],
  sourceBengali: boolean,
  target: readonly TextUnit[],
  targetBengali: boolean,
) {
  const numbers = new Map<string, number>();
  const side = (units: readonly TextUnit[], bengali: boolean): Expected => {
    const ids: number[] = [];
    const start = [0];
    for (const unit of units) {
      const listed = new Set<number>();
      for (const word of unit.text.match(bengali ? bengaliWord : englishWord) ?? [])
        for (const skeleton of bengali ? bengaliSkeletons(word) : [englishSkeleton(word)]) {
          if (skeleton.length < 2) continue;
          let number = numbers.get(skeleton);
          if (number === undefined) {
            number = numbers.size;
            numbers.set(skeleton, number);
          }
          if (listed.has(number)) continue;
          listed.add(number);
          ids.push(number);
        }
      start.push(ids.length);
    }
    return { ids, start };
  };
  const sourceLists = side(source, sourceBengali);
  const targetLists = side(target, targetBengali);
  return { source: sourceLists, target: targetLists, skeletons: [...numbers.keys()] };
}

function expectSameAnchors(
  source: readonly TextUnit[],
  sourceBengali: boolean,
  target: readonly TextUnit[],
  targetBengali: boolean,
): void {
  const actual = skeletonAnchors(source, sourceBengali, target, targetBengali, true);
  const expected = referenceAnchors(source, sourceBengali, target, targetBengali);
  expect(actual.skeletons).toEqual(expected.skeletons);
  expect(actual.count).toBe(expected.skeletons.length);
  expect([...actual.source.start]).toEqual(expected.source.start);
  expect([...actual.source.ids]).toEqual(expected.source.ids);
  expect([...actual.target.start]).toEqual(expected.target.start);
  expect([...actual.target.ids]).toEqual(expected.target.ids);
  // The same pass counts each unit's visible length.
  expect([...actual.visibleLengths.source]).toEqual(source.map((unit) => visibleLength(unit.text)));
  expect([...actual.visibleLengths.target]).toEqual(target.map((unit) => visibleLength(unit.text)));
}

const units = (texts: readonly string[]): TextUnit[] => texts.map((text) => ({ text }));
const lines = (file: string) => units(readFileSync(file, 'utf8').split('\n'));

/** Bengali and English texts of the dev data: presegmented, perturbed and raw. */
function devDocuments(): Array<{ name: string; bengali: TextUnit[]; english: TextUnit[] }> {
  const documents = [];
  for (const directory of [
    path.join(shared, 'data', 'align', 'ntrex-dev'),
    path.join(shared, 'data', 'align', 'ntrex-dev-perturbed'),
    path.join(shared, 'data', 'raw', 'ntrex-dev'),
  ])
    for (const name of readdirSync(directory).sort()) {
      const match = /^(.*)\.bn(\.raw)?\.txt$/.exec(name);
      if (!match) continue;
      documents.push({
        name,
        bengali: lines(path.join(directory, name)),
        english: lines(path.join(directory, `${match[1]}.en${match[2] ?? ''}.txt`)),
      });
    }
  return documents;
}

function pick<T>(next: () => number, choices: readonly T[]): T {
  return choices[Math.floor(next() * choices.length)]!;
}

const codes = (...values: number[]) => values.map((value) => String.fromCharCode(value));
const bengaliBlock = Array.from({ length: 0x80 }, (_, index) =>
  String.fromCharCode(0x0980 + index),
);
// Where normalisation and the skeleton rules do something: nukta, virama, sandhi mark, the
// vowel signs NFC composes (ে া ৗ ো ৌ), the nukta letters in both forms, ত and ৎ, the joiners,
// and the letters of the case suffixes.
const bengaliHazards = codes(
  0x09bc,
  0x09cd,
  0x09fe,
  0x09be,
  0x09c7,
  0x09d7,
  0x09cb,
  0x09cc,
  0x09dc,
  0x09dd,
  0x09df,
  0x09a1,
  0x09a2,
  0x09af,
  0x09a4,
  0x09ce,
  0x200c,
  0x200d,
  0x0997,
  0x09c1,
  0x09b2,
  0x09bf,
  0x09b0,
  0x09a6,
  0x0995,
  0x099f,
  0x098f,
);
const englishLetters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\u2019"];
const englishHazards = [..."hhhcgxsqupteiyk'\u2019SsXx"];
// Characters between words: spaces, punctuation, digits of both scripts, two-byte and
// four-byte UTF-8, a lone surrogate, and the other script's letters.
const separators = [
  ' ',
  ' ',
  ',',
  '।',
  '-',
  '7',
  '৭',
  'é',
  'Ж',
  '\u{1F600}',
  '\uD800',
  '\uDC00',
  '\n',
  '\u00A0',
  '\u2018',
];

// Fewer characters, so that their sequences (ড ্ ় , ে া র) come up often.
const denseBengali = codes(
  0x09a1,
  0x09a2,
  0x09af,
  0x09bc,
  0x09cd,
  0x09fe,
  0x09c7,
  0x09be,
  0x09d7,
  0x09cb,
  0x09dc,
  0x09a4,
  0x09ce,
  0x09b0,
  0x200c,
  0x200d,
);

function fuzzedWord(next: () => number, bengali: boolean, dense: boolean): string {
  const length = 1 + Math.floor(next() * 12);
  let word = '';
  for (let index = 0; index < length; index++) {
    if (bengali && dense) word += pick(next, denseBengali);
    else if (bengali) word += next() < 0.5 ? pick(next, bengaliHazards) : pick(next, bengaliBlock);
    else word += next() < 0.4 ? pick(next, englishHazards) : pick(next, englishLetters);
  }
  return word;
}

function fuzzedUnit(next: () => number, bengali: boolean, dense: boolean): string {
  const words = Math.floor(next() * 6);
  let text = next() < 0.3 ? pick(next, separators) : '';
  for (let index = 0; index < words; index++) {
    const foreign = next() < 0.15;
    text += fuzzedWord(next, foreign ? !bengali : bengali, dense);
    if (next() < 0.9) text += pick(next, separators);
  }
  return text;
}

describe('skeleton anchors in WebAssembly', () => {
  it('are the reference skeletons of every word of the dev data, each word a unit', () => {
    const bengali = new Set<string>();
    const english = new Set<string>();
    const documents = devDocuments();
    expect(documents.length).toBeGreaterThanOrEqual(120);
    for (const document of documents) {
      for (const unit of document.bengali)
        for (const word of unit.text.match(bengaliWord) ?? []) bengali.add(word);
      for (const unit of document.english)
        for (const word of unit.text.match(englishWord) ?? []) english.add(word);
    }
    expect(bengali.size).toBeGreaterThan(3000);
    expect(english.size).toBeGreaterThan(3000);
    const bengaliWords = [...bengali];
    const englishWords = [...english];
    const actual = skeletonAnchors(units(bengaliWords), true, units(englishWords), false, true);
    const skeletons = actual.skeletons!;
    const spelled = (lists: { ids: Int32Array; start: Int32Array }, unit: number) =>
      [...lists.ids.subarray(lists.start[unit], lists.start[unit + 1])].map(
        (number) => skeletons[number],
      );
    bengaliWords.forEach((word, unit) =>
      expect(spelled(actual.source, unit), word).toEqual(
        bengaliSkeletons(word).filter((skeleton) => skeleton.length >= 2),
      ),
    );
    englishWords.forEach((word, unit) => {
      const skeleton = englishSkeleton(word);
      expect(spelled(actual.target, unit), word).toEqual(skeleton.length >= 2 ? [skeleton] : []);
    });
  });

  it('are numbered and listed per unit as the reference does, for each dev document', () => {
    for (const document of devDocuments()) {
      expectSameAnchors(document.bengali, true, document.english, false);
      // Sides either way round, and two Bengali sides share one numbering too.
      expectSameAnchors(document.english, false, document.bengali, true);
      expectSameAnchors(document.bengali, true, document.bengali.slice(0, 5), true);
    }
  });

  it('match the reference on the seed article', () => {
    const article = lines(path.join(shared, 'seed', '000_25ec85ee37a20a74.txt'));
    expect(article.length).toBeGreaterThan(10);
    expectSameAnchors(article, true, article, false);
  });

  it('match the reference on fuzzed words and units', () => {
    const next = random(20260101);
    for (let document = 0; document < 200; document++) {
      const dense = document % 2 === 1;
      const source = Array.from({ length: Math.floor(next() * 30) }, () =>
        fuzzedUnit(next, true, dense),
      );
      const target = Array.from({ length: Math.floor(next() * 30) }, () =>
        fuzzedUnit(next, false, dense),
      );
      expectSameAnchors(units(source), true, units(target), false);
    }
  });

  it('handle the edge cases', () => {
    const nukta = '\u09BC';
    const zwj = '\u200D';
    const zwnj = '\u200C';
    const bengali = [
      '',
      '   ',
      '১২৩, ৪৫৬।',
      'ল্যাভরভের',
      // Nukta letters precomposed and decomposed, in a word and at its end.
      'বাড়ির বাড\u09BCির',
      `গাড${nukta}িগুলোর গাড়িগুলোর`,
      '\u09A2\u09BE\u0995\u09BE\u09DF \u09A2\u09BE\u0995\u09BE\u09AF\u09BC',
      // Joiners: legacy khanda ta, ZWJ and ZWNJ inside conjuncts, a word of joiners alone.
      `সত্${zwj} উত্${zwj}সব র${zwj}্যাব র${zwnj}্যাব ${zwj}${zwnj} ${zwj}`,
      // Vowel signs NFC composes, and marks out of canonical order.
      'দেশগুল\u09C7\u09BE দেশগুল\u09C7\u09BEর \u0995\u09C7\u09D7 \u0995\u09C7\u09D7র',
      // A nukta after a virama or sandhi mark belongs to the letter before them.
      '\u09AC\u09A1\u09CD\u09BC \u09AC\u09A2\u09FE\u09BC \u09AC\u09A1\u09FE\u09CD\u09BC\u09BF \u09AC\u09A1\u09CD\u200D\u09BC',
      // A word cut by a unit end: the halves are words of their own.
      'পুতিন',
      'কে',
      'TASS এবং B-52 ল্যাভরভ',
      '\u{1F600}ল্যাভরভ\uD800মস্কো',
      // What a visible length leaves out, and spaces it counts (U+2003, U+3000).
      '\t\u000b\u000c\r\n \u00a0\u2003\u3000ক\u200c\u200dখ\u00e9',
    ];
    const english = [
      '',
      "' ’ 's ’s",
      "Lavrov's Lavrov’s O'Brien rock'n'roll",
      'Conservative',
      'Lav',
      'rov',
      'Ghana Phoenix Xerxes Quixote Chechnya',
      '\u{1F600}Lavrov\uD800Moscow éMoscow',
      '42, 3.5 — ?!',
      'পুতিন Putin',
    ];
    expectSameAnchors(units(bengali), true, units(english), false);
    expectSameAnchors(units(english), false, units(bengali), true);
    expectSameAnchors([], true, units(english), false);
    expectSameAnchors(units(bengali), true, [], false);
    const halves = skeletonAnchors(units(['পুতিন', 'কে']), true, units(['Putin']), false, true);
    expect(halves.skeletons).toEqual(['PTN']);
    expect([...halves.source.ids]).toEqual([0]);
    expect([...halves.target.ids]).toEqual([0]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonEnglishWords, pairNames } from '../../../corpus/common/names';
import type { NamePair } from '../../../corpus/common/names';
import { ntrexDocuments, sampleBeads } from './corpus-files';

const summary = (pairs: NamePair[]) => pairs.map((pair) => [pair.source.text, pair.english]);

describe('pairNames: the exact rules', () => {
  it('pairs a Latin token inside the Bengali with itself (TASS, DPRK-এর with its case ending)', () => {
    const [, second, , , , sixth] = sampleBeads();
    expect(summary(pairNames(second!.source, second!.target))).toContainEqual(['TASS', 'TASS']);
    const dprk = pairNames(sixth!.source, sixth!.target).find((pair) => pair.origin === 'latin');
    expect(dprk?.source.text).toBe('DPRK-এর');
    expect(dprk?.stem).toBe('DPRK');
  });

  it('lets the English pluralise an acronym (MWP = MWPs)', () => {
    const pairs = pairNames(
      'বেশ কয়েকজন অ্যাসেম্বলি সদস্যদের মাঝে তাদের পদবী MWP (মেম্বার অব দ্যা ওয়েলশ পার্লামেন্ট) এ পরিবর্তন করা নিয়ে আতঙ্ক কাজ করছে।',
      'There is consternation among some AMs at a suggestion their title should change to MWPs (Member of the Welsh Parliament).',
    );
    expect(summary(pairs)).toContainEqual(['MWP', 'MWPs']);
  });

  it('reads letter-name acronyms (সিএসআইএস = CSIS, আরআইএ = RIA)', () => {
    const beads = sampleBeads();
    expect(summary(pairNames(beads[16]!.source, beads[16]!.target))).toContainEqual([
      'সিএসআইএস',
      'CSIS',
    ]);
    const ria = pairNames(beads[6]!.source, beads[6]!.target).find(
      (pair) => pair.english === 'RIA',
    );
    expect(ria?.origin).toBe('acronym');
    expect(ria?.source.text).toBe('আরআইএ');
  });

  it('finds translated names from CLDR and the hand list, with their adjectives (উত্তর কোরিয়ার = North Korean)', () => {
    const [first] = sampleBeads();
    const pairs = pairNames(first!.source, first!.target);
    const northKorea = pairs.find((pair) => pair.stem === 'উত্তর কোরিয়া'.normalize('NFC'));
    expect(northKorea).toMatchObject({ english: 'North Korea', origin: 'translated' });
    expect(northKorea?.target.text).toBe('North Korean');
    expect(pairs.find((pair) => pair.source.text === 'মার্কিন')?.english).toBe('US');
  });
});

describe('pairNames: transliterated names', () => {
  it('pairs the names of the first paragraph of the sample, whole and with case endings stripped', () => {
    const [first] = sampleBeads();
    expect(summary(pairNames(first!.source, first!.target))).toEqual([
      ['সিউল', 'Seoul'],
      ['রাশিয়ার', 'Russia'],
      ['সের্গেই ল্যাভরভ', 'Sergei Lavrov'],
      ['উত্তর কোরিয়ার', 'North Korea'],
      ['কিম জং উনের', 'Kim Jong Un'],
      ['মার্কিন', 'US'],
      ['রাশিয়ার', 'Russia'],
    ]);
  });

  it('does not fuse a list into one name: ও/এবং stop a span', () => {
    const pairs = pairNames('তিনি কিম ও ল্যাভরভের সঙ্গে বৈঠক করেন।', 'He met Kim and Lavrov.');
    expect(summary(pairs)).toEqual([
      ['কিম', 'Kim'],
      ['ল্যাভরভের', 'Lavrov'],
    ]);
  });

  it('never takes a function word for a name, however it sounds (সাথে is not South)', () => {
    const pairs = pairNames('তিনি কিমের সাথে দেখা করেন।', 'He met Kim in South Korea.');
    expect(summary(pairs)).toEqual([['কিমের', 'Kim']]);
  });

  it('joins a long name matched in parts (রাশিয়ান ফেডারেশন = Russian Federation)', () => {
    const sixth = sampleBeads()[5]!;
    expect(summary(pairNames(sixth.source, sixth.target))).toContainEqual([
      'রাশিয়ান ফেডারেশন',
      'Russian Federation',
    ]);
  });

  it('does not join across a case ending or a possessive (ট্রাম্পের হুইলিং = Trump’s Wheeling is two names)', () => {
    const pairs = pairNames(
      'ট্রাম্পের হুইলিং, পশ্চিম ভার্জিনিয়ার সমাবেশ রাত ৭টায় নির্ধারিত হয়েছে।',
      "Trump's Wheeling, West Virginia rally is scheduled for 7 p.m. ET tonight.",
    );
    expect(summary(pairs)).toEqual([
      ['ট্রাম্পের', 'Trump'],
      ['হুইলিং', 'Wheeling'],
      ['পশ্চিম ভার্জিনিয়ার', 'West Virginia'],
    ]);
  });

  it('keeps titles out of the name (প্রেসিডেন্ট ভ্লাদিমির পুতিনের = Vladimir Putin)', () => {
    const fourth = sampleBeads()[3]!;
    expect(summary(pairNames(fourth.source, fourth.target))).toContainEqual([
      'ভ্লাদিমির পুতিনের',
      'Vladimir Putin',
    ]);
  });

  it('pairs each occurrence at most once (one English Lavrov for two Bengali mentions)', () => {
    const pairs = pairNames('ল্যাভরভ বলেন, লাভরভ আবার আসবেন।', 'Lavrov said he would come back.');
    expect(pairs).toHaveLength(1);
    expect(['ল্যাভরভ', 'লাভরভ']).toContain(pairs[0]!.source.text);
    expect(pairs[0]!.english).toBe('Lavrov');
  });

  it('skips a sentence-initial word known to be common, and a month on its own', () => {
    const source = 'পুলিশ জানিয়েছে, অক্টোবর মাসে এরদোগান বার্লিনে যাবেন।';
    const target = 'Police said Erdogan would visit Berlin in October.';
    expect(
      summary(
        pairNames(source, target, {
          commonEnglishWords: commonEnglishWords(['Later the police came back.']),
        }),
      ),
    ).toEqual([
      ['এরদোগান', 'Erdogan'],
      ['বার্লিনে', 'Berlin'],
    ]);
    expect(summary(pairNames(source, target))).toContainEqual(['পুলিশ', 'Police']);
  });

  it('allows a weekday inside a longer name (Saturday Night Live)', () => {
    const pairs = pairNames(
      'এই নাম পরিবর্তনের বিষয় টি স্যাটারডে নাইট লাইভ এ তার উপস্থিতি.র আগেই প্রকাশ হয়ে যায়।',
      'The change comes ahead of his appearance on Saturday Night Live.',
    );
    expect(summary(pairs)).toContainEqual(['স্যাটারডে নাইট লাইভ', 'Saturday Night Live']);
  });

  it('returns UTF-16 offsets into the texts as given', () => {
    const [first] = sampleBeads();
    for (const pair of pairNames(first!.source, first!.target)) {
      expect(first!.source.slice(pair.source.start, pair.source.end)).toBe(pair.source.text);
      expect(first!.target.slice(pair.target.start, pair.target.end)).toBe(pair.target.text);
    }
  });
});

type GoldName = {
  document: string;
  line: number;
  kind: 'name' | 'neutral';
  bengali: string;
  english: string;
  occurrence: number;
};

function readGold(): GoldName[] {
  const file = path.join(import.meta.dirname, 'fixtures', 'ntrex-dev-names.gold.tsv');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [
        document = '',
        lineIndex = '',
        kind = '',
        bengali = '',
        english = '',
        occurrence = '1',
      ] = line.split('\t');
      return {
        document,
        line: Number(lineIndex),
        kind: kind === 'neutral' ? 'neutral' : 'name',
        bengali,
        english,
        occurrence: Number(occurrence),
      };
    });
}

const isBengaliMark = (char: string | undefined) =>
  char !== undefined && /[\u0980-\u09FF\u200C\u200D]/u.test(char);

/** The k-th whole-word occurrence of `word` in `text`, compared in NFC (the corpus mixes য় forms). */
function locate(
  text: string,
  word: string,
  occurrence: number,
): { start: number; end: number } | undefined {
  let normalized = '';
  const original: number[] = [];
  for (let index = 0; index < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const nfc = char.normalize('NFC');
    for (let k = 0; k < nfc.length; k++) original.push(index);
    normalized += nfc;
    index += char.length;
  }
  original.push(text.length);
  const needle = word.normalize('NFC');
  let seen = 0;
  for (let from = 0; ;) {
    const at = normalized.indexOf(needle, from);
    if (at < 0) return undefined;
    if (!isBengaliMark(normalized[at - 1]) && !isBengaliMark(normalized[at + needle.length])) {
      if (++seen === occurrence)
        return { start: original[at]!, end: original[at + needle.length]! };
    }
    from = at + 1;
  }
}

const englishWords = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');

describe('pairNames on hand-checked NTREX-128 sentence pairs (CC BY-SA 4.0)', () => {
  it('reaches the prototype’s precision and recall on 9 documents (lenient: a part of a gold name counts)', () => {
    const gold = readGold();
    const documents = new Map(ntrexDocuments().map((document) => [document.name, document.beads]));
    let predictions = 0;
    let correct = 0;
    let neutral = 0;
    let goldNames = 0;
    let found = 0;
    let foundExactly = 0;
    for (const name of new Set(gold.map((entry) => entry.document))) {
      const beads = documents.get(name);
      if (beads === undefined) throw new Error(`${name} is not in ntrex-dev`);
      beads.forEach((bead, line) => {
        if (bead.source === '') return;
        const expected = gold
          .filter((entry) => entry.document === name && entry.line === line)
          .map((entry) => ({
            ...entry,
            span: locate(bead.source, entry.bengali, entry.occurrence),
            hit: false,
            exact: false,
          }));
        for (const entry of expected)
          if (entry.span === undefined)
            throw new Error(`${name}:${line}: ${entry.bengali} not found`);
        for (const pair of pairNames(bead.source, bead.target)) {
          predictions++;
          const forms = [pair.english, pair.target.text].map(englishWords);
          const agrees = (entry: (typeof expected)[number]) => {
            const goldWords = englishWords(entry.english);
            return forms.some(
              (words) =>
                words.every((word) => goldWords.includes(word)) ||
                goldWords.every((word) => words.includes(word)),
            );
          };
          const overlapping = expected.filter(
            (entry) => entry.span!.start < pair.source.end && pair.source.start < entry.span!.end,
          );
          const names = overlapping.filter((entry) => entry.kind === 'name' && agrees(entry));
          for (const entry of names) {
            entry.hit = true;
            if (forms.some((words) => words.join(' ') === englishWords(entry.english).join(' ')))
              entry.exact = true;
          }
          if (names.length > 0) correct++;
          else if (overlapping.some((entry) => entry.kind === 'neutral' && agrees(entry)))
            neutral++;
        }
        for (const entry of expected.filter((item) => item.kind === 'name')) {
          goldNames++;
          if (entry.hit) found++;
          if (entry.exact) foundExactly++;
        }
      });
    }
    const precision = correct / (predictions - neutral);
    const recall = found / goldNames;
    console.log(
      `ntrex-dev names (9 documents): ${goldNames} gold names, ${predictions} pairs; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, recall of the exact English span ${(foundExactly / goldNames).toFixed(3)}`,
    );
    expect(goldNames).toBeGreaterThan(200);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

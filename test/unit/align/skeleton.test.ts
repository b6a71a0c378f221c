import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bengaliSkeleton,
  bengaliSkeletons,
  englishSkeleton,
} from '../../../corpus/common/align/skeleton';

// Expected values are what the string-by-string implementation (before the char-code tables,
// the one-pass stems and the normalisation shortcut) returned for these words.

const zwj = '\u200D';
const zwnj = '\u200C';
const nukta = '\u09BC';

describe('bengaliSkeletons: whole word and stems', () => {
  it.each([
    ['ল্যাভরভের', ['LBRBR', 'LBRB']],
    ['ল্যাভরভ', ['LBRB']],
    ['পুতিনকে', ['PTNK', 'PTN']],
    ['ট্রাম্পের', ['TRMPR', 'TRMP']],
    ['বাইডেনের', ['BDNR', 'BDN']],
    ['ওবামাকে', ['BMK', 'BM']],
    ['কিমের', ['KMR', 'KM']],
    ['ভ্লাদিমির', ['BLDMR', 'BLDM']],
    ['কনজারভেটিভ', ['KNSRBTB']],
    ['সংস্থাটি', ['SNST']],
    ['ব্রিটেনে', ['BRTN']],
    ['টাকা', ['TK']],
    ['ক্ষ', ['KS']],
  ])('%s → %j', (word, expected) => {
    expect(bengaliSkeletons(word)).toEqual(expected);
  });

  it('strips the plural and case suffixes গুলো, গুলোর, ের, এর, কে in their listed order', () => {
    expect(bengaliSkeletons('দেশগুলো')).toEqual(['DSGL', 'DS']);
    expect(bengaliSkeletons('দেশগুলোর')).toEqual(['DSGLR', 'DS', 'DSGL']);
    expect(bengaliSkeletons(`গাড${nukta}িগুলোর`)).toEqual(['GRGLR', 'GR', 'GRGL']);
    // A suffix must leave a stem of two characters or more.
    expect(bengaliSkeletons('ের')).toEqual(['R']);
    expect(bengaliSkeletons('এর')).toEqual(['R']);
    expect(bengaliSkeletons('কে')).toEqual(['K']);
    // য়ের: the stems without ের and without র both lose every consonant, and count once.
    expect(bengaliSkeletons(`য${nukta}ের`)).toEqual(['R', '']);
  });

  it('reads ড় and ঢ় as R and drops য়, typed precomposed or with a nukta', () => {
    for (const spelling of ['\u09AC\u09DC', `\u09AC\u09A1${nukta}`])
      expect(bengaliSkeletons(spelling)).toEqual(['BR']);
    for (const spelling of ['\u0986\u09B7\u09BE\u09DD', `\u0986\u09B7\u09BE\u09A2${nukta}`])
      expect(bengaliSkeletons(spelling)).toEqual(['SR']);
    for (const spelling of [
      '\u09B0\u09BE\u09B6\u09BF\u09DF\u09BE\u09B0',
      `\u09B0\u09BE\u09B6\u09BF\u09AF${nukta}\u09BE\u09B0`,
    ])
      expect(bengaliSkeletons(spelling)).toEqual(['RSR', 'RS']);
    for (const spelling of [
      '\u0995\u09CB\u09B0\u09BF\u09DF\u09BE\u09DF',
      `\u0995\u09CB\u09B0\u09BF\u09AF${nukta}\u09BE\u09AF${nukta}`,
    ])
      expect(bengaliSkeletons(spelling)).toEqual(['KR']);
    expect(
      bengaliSkeletons(`\u09AE\u0999\u09CD\u0997\u09CB\u09B2\u09BF\u09DF\u09BE\u09DF`),
    ).toEqual(['MNGL']);
    expect(bengaliSkeletons(`\u09A2\u09BE\u0995\u09BE\u09DF`)).toEqual(['DK']);
    // A nukta on any other letter changes nothing.
    expect(bengaliSkeletons(`\u099C${nukta}`)).toEqual(['S']);
  });

  it('reads khanda ta and its legacy spelling ত্‍ (ta, virama, ZWJ) alike', () => {
    expect(bengaliSkeletons('সৎ')).toEqual(['ST']);
    expect(bengaliSkeletons(`সত্${zwj}`)).toEqual(['ST']);
    expect(bengaliSkeletons('উৎসব')).toEqual(['TSB']);
    expect(bengaliSkeletons(`উত্${zwj}সব`)).toEqual(['TSB']);
  });

  it('ignores ZWJ and ZWNJ inside a conjunct (র‍্যাব)', () => {
    expect(bengaliSkeletons(`র${zwj}্যাব`)).toEqual(['RB']);
    expect(bengaliSkeletons(`র${zwnj}্যাব`)).toEqual(['RB']);
  });

  it('composes ে + া into ো before reading suffixes, as NFC does (গুলো typed in two signs)', () => {
    expect(bengaliSkeletons('দেশগুল\u09C7\u09BE')).toEqual(['DSGL', 'DS']);
    expect(bengaliSkeletons('দেশগুল\u09C7\u09BE\u09B0')).toEqual(['DSGLR', 'DS', 'DSGL']);
  });

  it('reads ৰ and ৱ as R and B', () => {
    expect(bengaliSkeletons('ৰ')).toEqual(['R']);
    expect(bengaliSkeletons('ৱাশিংটন')).toEqual(['BSNTN']);
  });
});

describe('bengaliSkeleton: one spelling, not normalised', () => {
  it('reads the letters as given: a precomposed nukta letter has no class of its own', () => {
    expect(bengaliSkeleton('ল্যাভরভের')).toBe('LBRBR');
    expect(bengaliSkeleton(`\u09AC\u09A1${nukta}`)).toBe('BR');
    expect(bengaliSkeleton('\u09AC\u09DC')).toBe('B');
    expect(bengaliSkeleton(`সত্${zwj}`)).toBe('ST');
    expect(bengaliSkeleton(`য${nukta}ের`)).toBe('R');
    expect(bengaliSkeleton('')).toBe('');
    expect(bengaliSkeleton('Lavrov')).toBe('');
  });
});

describe('englishSkeleton', () => {
  it.each([
    ['Lavrov', 'LBRB'],
    ["Lavrov's", 'LBRB'],
    ['Lavrov’s', 'LBRB'],
    ["LAVROV'S", 'LBRB'],
    ['Philip', 'FLP'],
    ['Church', 'SRS'],
    ['Jackson', 'SKSN'],
    ['Hughes', 'S'],
    ['knight', 'KNT'],
    ['Queen', 'KN'],
    ['Xi', 'KS'],
    ['Mexico', 'MKSK'],
    ['Exxon', 'KSKSN'],
    ['Brexit', 'BRKST'],
    ['George', 'SRS'],
    ['Cycle', 'SKL'],
    ['Gym', 'SM'],
    ['Thatcher', 'TSR'],
    ['Shah', 'S'],
    ['TASS', 'TS'],
    ['Kyiv', 'KB'],
    ['Zelenskyy', 'SLNSK'],
    ['Conservative', 'KNSRBTB'],
    ["rock'n'roll", 'RKNRL'],
    ['s', 'S'],
    ['ss', 'S'],
    ["'s", ''],
    ['', ''],
    // Non-ASCII letters carry no class; İ lowercases to two code units.
    ['Pérez', 'PRS'],
    ['İstanbul', 'STNBL'],
    ['Straße', 'STR'],
  ])('%s → %s', (word, expected) => {
    expect(englishSkeleton(word)).toBe(expected);
  });

  it('meets the Bengali spelling of a transliterated name', () => {
    expect(bengaliSkeletons('ল্যাভরভের')).toContain(englishSkeleton("Lavrov's"));
    expect(bengaliSkeletons('কনজারভেটিভ')).toContain(englishSkeleton('Conservative'));
  });
});

describe('skeletons of a whole article', () => {
  const seed = path.resolve(
    import.meta.dirname,
    '../../../..',
    'shared',
    'seed',
    '000_25ec85ee37a20a74.txt',
  );

  it('are the same for a word typed with precomposed or decomposed nukta letters', () => {
    const words = readFileSync(seed, 'utf8').match(/[\u0980-\u09FF\u200C\u200D]+/g)!;
    expect(words.length).toBeGreaterThan(500);
    const decomposed = (word: string) =>
      word
        .replace(/\u09DC/g, `\u09A1${nukta}`)
        .replace(/\u09DD/g, `\u09A2${nukta}`)
        .replace(/\u09DF/g, `\u09AF${nukta}`);
    const precomposed = (word: string) =>
      word
        .replace(new RegExp(`\u09A1${nukta}`, 'g'), '\u09DC')
        .replace(new RegExp(`\u09A2${nukta}`, 'g'), '\u09DD')
        .replace(new RegExp(`\u09AF${nukta}`, 'g'), '\u09DF');
    let withNukta = 0;
    for (const word of words) {
      if (decomposed(word) !== precomposed(word)) withNukta++;
      expect(bengaliSkeletons(precomposed(word))).toEqual(bengaliSkeletons(decomposed(word)));
    }
    expect(withNukta).toBeGreaterThan(50);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  acronymReadings,
  bengaliPhonetic,
  candidateStems,
  englishPhonetic,
  nameSimilarity,
  readLetterNames,
} from '../../../corpus/common/names';
import { shelfPath } from './corpus-files';

describe('bengaliPhonetic: romanisation for matching', () => {
  it('drops the inherent vowel at the end of a word but keeps it inside (ল্যাভরভ)', () => {
    // l, য-phala glide, a, v, inherent vowel, r, inherent vowel, v — and nothing after the last v.
    expect(bengaliPhonetic('ল্যাভরভ')).toBe('lYav@r@v');
  });

  it('keeps the inherent vowel before anusvara (জং = j@ng)', () => {
    expect(bengaliPhonetic('জং')).toBe('j@ng');
  });

  it('reads ভ as v and য-phala as a glide', () => {
    expect(bengaliPhonetic('ভ্লাদিমির')).toBe('vladimir');
    expect(bengaliPhonetic('ক্যালিফোর্নিয়া').startsWith('kYa')).toBe(true);
  });

  it('reads অ্যা as the English a, not as o + ya (অ্যান্ড = and)', () => {
    expect(bengaliPhonetic('অ্যান্ড')).toBe('Yand');
  });

  it('treats precomposed and nukta-typed য় ড় the same, and ignores ZWJ/ZWNJ', () => {
    const precomposed = 'কোরিয়া'.replace('য়', '\u09DF');
    const typedWithNukta = 'কোরিয়া'.normalize('NFD');
    expect(bengaliPhonetic(precomposed)).toBe(bengaliPhonetic(typedWithNukta));
    expect(bengaliPhonetic('কোরিয়া')).toBe('koriya');
    expect(bengaliPhonetic('র\u200D্যাপার')).toBe(bengaliPhonetic('র্যাপার'));
    expect(bengaliPhonetic('বা\u09DCি')).toBe('bari');
    expect(bengaliPhonetic('বা\u09A1\u09BCি')).toBe('bari');
  });

  it('reads ৎ as t, drops chandrabindu and a word-final hasanta', () => {
    expect(bengaliPhonetic('ভবিষ্যৎ').endsWith('t')).toBe(true);
    expect(bengaliPhonetic('পৌঁছানো')).toBe(bengaliPhonetic('পৌছানো'));
    expect(bengaliPhonetic('ল্যাভরভ্')).toBe(bengaliPhonetic('ল্যাভরভ'));
  });

  it('writes ওয় before a vowel as w and word-initial ইয় as y', () => {
    expect(bengaliPhonetic('ওয়াশিংটন')).toBe('waxingt@n');
    expect(bengaliPhonetic('হোয়াইট')).toBe('hwait');
    expect(bengaliPhonetic('ইয়র্কশায়ার').startsWith('y')).toBe(true);
  });
});

describe('englishPhonetic', () => {
  it('folds digraphs and silent letters the way Bengali spelling hears them', () => {
    expect(englishPhonetic('Washington')).toBe('waxington');
    expect(englishPhonetic('Chad')).toBe('cad');
    expect(englishPhonetic('Theresa')).toBe('teresa');
    expect(englishPhonetic('Philippines')).toBe('filipines');
    expect(englishPhonetic('Federation')).toBe('federaxon');
    expect(englishPhonetic('Kavanaugh')).toBe('kavana');
    expect(englishPhonetic('White')).toBe('wait');
    expect(englishPhonetic('Greece')).toBe('gris');
    expect(englishPhonetic('Lindsey')).toBe('lindse');
  });
});

describe('candidateStems: case-suffix stripping', () => {
  it.each([
    ['ল্যাভরভের', 'ল্যাভরভ'],
    ['পিয়ংইয়ংয়ের', 'পিয়ংইয়ং'],
    ['পিয়ংইয়ংয়ে', 'পিয়ংইয়ং'],
    ['রাশিয়ায়', 'রাশিয়া'],
    ['রাশিয়াকে', 'রাশিয়া'],
    ['মস্কোর', 'মস্কো'],
    ['ইউক্রেনে', 'ইউক্রেন'],
    ['পুতিনকে', 'পুতিন'],
    ['সাংবাদিকদের', 'সাংবাদিক'],
    ['রিপাবলিকানরা', 'রিপাবলিকান'],
    ['জার্মানিতে', 'জার্মানি'],
    ['কিমেরও', 'কিম'],
  ])('%s has the stem %s', (word, stem) => {
    expect(candidateStems(word)).toContain(stem.normalize('NFC'));
  });

  it('keeps the whole word first, so a name ending like a suffix survives (চোয়ে)', () => {
    expect(candidateStems('চোয়ে')[0]).toBe('চোয়ে'.normalize('NFC'));
  });

  it('strips the vowel-only endings only after a vowel: সিনেটর (senator) is not সিনেট + র', () => {
    expect(candidateStems('সিনেটর')).not.toContain('সিনেট');
    expect(candidateStems('সিনেটের')).toContain('সিনেট');
  });
});

describe('letter-name acronyms', () => {
  it.each([
    ['সিএসআইএস', 'CSIS'],
    ['আরআইএ', 'RIA'],
    ['ডিপিআরকে', 'DPRK'],
    ['ইউএন', 'UN'],
    ['এফবিআই', 'FBI'],
    ['এমএসএনবিসি', 'MSNBC'],
  ])('%s reads as %s', (word, acronym) => {
    expect(readLetterNames(word)).toContain(acronym);
  });

  it('reads through a case ending (এফবিআইয়ের = FBI) and rejects ordinary words', () => {
    expect(acronymReadings('এফবিআইয়ের')).toContain('FBI');
    expect(readLetterNames('বলেছে')).toEqual([]);
    expect(readLetterNames('রাশিয়া')).toEqual([]);
  });
});

describe('nameSimilarity', () => {
  it('scores transliterations of the sample article high, inflected or not', () => {
    const pairs: [string, string][] = [
      ['ল্যাভরভ', 'Lavrov'],
      ['লাভরভের', 'Lavrov'],
      ['কিম জং উনের', 'Kim Jong Un'],
      ['পিয়ংইয়ংয়ের', 'Pyongyang'],
      ['চোয়ে সন হুই', 'Choe Son Hui'],
      ['দিমিত্রি পেসকভ', 'Dmitry Peskov'],
      ['ক্রেমলিনের', 'Kremlin'],
      ['হোয়াইট হাউস', 'White House'],
    ];
    for (const [bengali, english] of pairs)
      expect(nameSimilarity(bengali, english), bengali).toBeGreaterThan(0.85);
  });

  it('scores different names low', () => {
    expect(nameSimilarity('ল্যাভরভ', 'Peskov')).toBeLessThan(0.4);
    expect(nameSimilarity('পুতিন', 'Pyongyang')).toBeLessThan(0.5);
    expect(nameSimilarity('মস্কো', 'Kremlin')).toBeLessThan(0.4);
  });

  it('treats b/v, t/d and s/sh as close consonants, unlike unrelated ones', () => {
    expect(nameSimilarity('বেলগ্রেড', 'Velgrade')).toBeGreaterThan(
      nameSimilarity('বেলগ্রেড', 'Melgrade'),
    );
    expect(nameSimilarity('দেনিস', 'Tenis')).toBeGreaterThan(nameSimilarity('দেনিস', 'Menis'));
    expect(nameSimilarity('শন', 'Son')).toBeGreaterThan(nameSimilarity('শন', 'Lon'));
  });

  it('pairs the Dakshina name list: each Bengali name ranks its own English first among 20 others (noisy data)', () => {
    const rows = readFileSync(shelfPath('data', 'names', 'dakshina.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t') as [string, string]);
    expect(rows.length).toBeGreaterThan(1000);
    const english = [...new Set(rows.map(([, name]) => name))];
    let first = 0;
    let aboveThreshold = 0;
    // Every fourth pair against 20 names spread over the list (a fixed stride, so the run is repeatable).
    const sampled = rows.filter((_, index) => index % 4 === 0);
    sampled.forEach(([bengali, truth], index) => {
      const score = nameSimilarity(bengali, truth);
      if (score >= 0.62) aboveThreshold++;
      const distractors = Array.from(
        { length: 20 },
        (_, k) => english[(index * 7919 + (k + 1) * 104729) % english.length]!,
      );
      if (distractors.every((other) => other === truth || nameSimilarity(bengali, other) <= score))
        first++;
    });
    expect(aboveThreshold / sampled.length).toBeGreaterThan(0.97);
    expect(first / sampled.length).toBeGreaterThan(0.97);
  });
});

// Acronyms spelt out in Bengali letter names: সিএসআইএস = C-S-I-S, আরআইএ = R-I-A,
// ডিপিআরকে = D-P-R-K, ইউএন = U-N. No phonetic rule finds these (CSIS is not pronounced
// "sisis"), so they get an exact rule of their own.

import { matchingForm, memoize } from './memo';
import { candidateStems } from './stems';

// The usual Bengali names of the Latin letters, with the spellings newspapers vary between.
const letterNames: Record<string, readonly string[]> = {
  A: ['এ'],
  B: ['বি'],
  C: ['সি'],
  D: ['ডি'],
  E: ['ই'],
  F: ['এফ'],
  G: ['জি'],
  H: ['এইচ'],
  I: ['আই'],
  J: ['জে'],
  K: ['কে'],
  L: ['এল'],
  M: ['এম'],
  N: ['এন'],
  O: ['ও'],
  P: ['পি'],
  Q: ['কিউ'],
  R: ['আর'],
  S: ['এস'],
  T: ['টি'],
  U: ['ইউ'],
  V: ['ভি'],
  W: ['ডব্লিউ', 'ডাব্লিউ', 'ডাবলিউ', 'ডব্লু'],
  X: ['এক্স'],
  Y: ['ওয়াই'],
  Z: ['জেড'],
};

const spellings: readonly { bengali: string; letter: string }[] = Object.entries(
  letterNames,
).flatMap(([letter, names]) => names.map((name) => ({ bengali: matchingForm(name), letter })));

// Words this long would be read as dozens of different acronyms; real ones stay short.
const maximumLetters = 8;
const maximumReadings = 16;

/**
 * Every way to read a Bengali word as letter names, as upper-case Latin strings of at least two
 * letters: ইউএন → ['UN'], সিএসআইএস → ['CSIS']. Empty when the word is not all letter names.
 */
export function readLetterNames(word: string): string[] {
  const text = matchingForm(word);
  const readingsFrom = new Map<number, string[]>([[text.length, ['']]]);
  // Depth-first from the start, so that an ordinary word fails at its first letters.
  const readFrom = (position: number): string[] => {
    const known = readingsFrom.get(position);
    if (known !== undefined) return known;
    const readings: string[] = [];
    for (const { bengali, letter } of spellings) {
      if (!text.startsWith(bengali, position)) continue;
      for (const rest of readFrom(position + bengali.length)) {
        if (rest.length >= maximumLetters) continue;
        readings.push(letter + rest);
        if (readings.length >= maximumReadings) break;
      }
    }
    readingsFrom.set(position, readings);
    return readings;
  };
  return readFrom(0).filter((reading) => reading.length >= 2);
}

/**
 * Acronym readings of a Bengali word that may carry a case ending (সিএসআইএসের, আরআইএ-র is
 * split at the hyphen by the tokenizer): the readings of each candidate stem, longest stem first.
 */
export const acronymReadings: (word: string) => readonly string[] = memoize((word) => {
  const readings = new Set<string>();
  for (const stem of candidateStems(word))
    for (const reading of readLetterNames(stem)) readings.add(reading);
  return [...readings];
});

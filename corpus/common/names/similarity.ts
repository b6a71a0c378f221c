// Weighted edit distance over the phonetic keys of ./phonetic.ts. Vowels, glides and the Bengali
// inherent vowel are cheap to insert, drop or swap (transliterators disagree on exactly those);
// consonants are dear, except for the pairs that Bengali spelling of foreign names confuses.

import { bengaliPhonetic, englishPhonetic } from './phonetic';
import { memoize } from './memo';
import { candidateStems } from './stems';

const units = 'aeiou@Yywhkgcjztdnpfbvmrlsx';
const unitCount = units.length;
const unitIndex = new Map<string, number>(Array.from(units, (unit, index) => [unit, index]));

const vowels = 'aeiou';
const consonantIndel = 1;
const indelCost = new Float64Array(unitCount);
const substitutionCost = new Float64Array(unitCount * unitCount);

for (const unit of units) {
  const index = unitIndex.get(unit)!;
  indelCost[index] = vowels.includes(unit)
    ? 0.35
    : unit === '@' || unit === 'Y'
      ? 0.1
      : 'ywh'.includes(unit)
        ? 0.3
        : unit === 'r'
          ? 0.7
          : consonantIndel;
}
for (const a of units) {
  for (const b of units) {
    const cost =
      a === b
        ? 0
        : Math.min(
            indelCost[unitIndex.get(a)!]! + indelCost[unitIndex.get(b)!]!,
            vowels.includes(a) && vowels.includes(b) ? 0.35 : 1,
          );
    substitutionCost[unitIndex.get(a)! * unitCount + unitIndex.get(b)!] = cost;
  }
}

function setClose(a: string, b: string, cost: number): void {
  const ia = unitIndex.get(a)!;
  const ib = unitIndex.get(b)!;
  substitutionCost[ia * unitCount + ib] = cost;
  substitutionCost[ib * unitCount + ia] = cost;
}

// Vowel qualities that Bengali spelling and English spelling of the same name disagree on.
setClose('a', 'o', 0.15); // অ is /ɔ/: অকল্যান্ড = Auckland
setClose('e', 'i', 0.15);
setClose('o', 'u', 0.15);
setClose('a', 'e', 0.25); // ল্যা /æ/ for English a and e
for (const vowel of vowels) setClose('@', vowel, 0.1);
for (const vowel of vowels) setClose('Y', vowel, 0.25);
setClose('Y', 'i', 0.15);
setClose('Y', 'e', 0.15);
setClose('Y', 'y', 0.05);
setClose('y', 'i', 0.1);
setClose('y', 'e', 0.2);
setClose('w', 'u', 0.15);
setClose('w', 'o', 0.2);
// Consonants that transliteration regularly swaps.
setClose('b', 'v', 0.15); // ভ for v; ব for w and v
setClose('v', 'w', 0.3);
setClose('b', 'w', 0.35);
setClose('v', 'f', 0.4);
setClose('p', 'f', 0.4);
setClose('b', 'p', 0.5);
setClose('t', 'd', 0.3);
setClose('k', 'g', 0.4);
setClose('c', 'j', 0.4);
setClose('j', 'z', 0.15); // জ for z: জেলেনস্কি = Zelensky
setClose('s', 'z', 0.35);
setClose('s', 'j', 0.5); // জ for an English s read as z: ডিজনী = Disney
setClose('j', 'g', 0.35); // George = জর্জ
setClose('j', 'y', 0.4);
setClose('s', 'x', 0.25); // স/শ for s/sh
setClose('c', 'x', 0.3);
setClose('c', 's', 0.4);
setClose('k', 'c', 0.45);
setClose('t', 'c', 0.5);
setClose('r', 'l', 0.6);
setClose('n', 'm', 0.5);

/** A phonetic key ready for the edit distance: unit codes and total deletion cost. */
export type CompiledKey = { codes: Uint8Array; weight: number };

function compileUncached(key: string): CompiledKey {
  const codes = new Uint8Array(key.length);
  let weight = 0;
  for (let index = 0; index < key.length; index++) {
    const code = unitIndex.get(key[index]!) ?? 0;
    codes[index] = code;
    weight += indelCost[code]!;
  }
  return { codes, weight };
}

/** The compiled form of a one-word key (memoised: words recur). */
export const compileKey: (key: string) => CompiledKey = memoize(compileUncached);

/** Several compiled keys as one, for a multi-word span (not memoised: spans rarely recur). */
export function joinKeys(keys: readonly CompiledKey[]): CompiledKey {
  if (keys.length === 1) return keys[0]!;
  let length = 0;
  let weight = 0;
  for (const key of keys) {
    length += key.codes.length;
    weight += key.weight;
  }
  const codes = new Uint8Array(length);
  let offset = 0;
  for (const key of keys) {
    codes.set(key.codes, offset);
    offset += key.codes.length;
  }
  return { codes, weight };
}

const compile = compileKey;

/** The cost of deleting every unit of a key: what a completely different key would cost. */
export function phoneticWeight(key: string): number {
  return compile(key).weight;
}

let row = new Float64Array(64);
let previousRow = new Float64Array(64);

/**
 * Weighted Levenshtein distance between two phonetic keys; once every cell of a row exceeds
 * `limit` the answer is known to be larger and Infinity is returned without finishing.
 */
export function phoneticDistance(a: string, b: string, limit = Infinity): number {
  return distanceBetween(compile(a).codes, compile(b).codes, limit);
}

function distanceBetween(codesA: Uint8Array, codesB: Uint8Array, limit: number): number {
  if (row.length <= codesB.length) {
    row = new Float64Array(codesB.length * 2 + 1);
    previousRow = new Float64Array(codesB.length * 2 + 1);
  }
  previousRow[0] = 0;
  for (let j = 1; j <= codesB.length; j++)
    previousRow[j] = previousRow[j - 1]! + indelCost[codesB[j - 1]!]!;
  for (let i = 1; i <= codesA.length; i++) {
    const codeA = codesA[i - 1]!;
    const deleteA = indelCost[codeA]!;
    const substitutionRow = codeA * unitCount;
    row[0] = previousRow[0]! + deleteA;
    let rowMinimum = row[0]!;
    for (let j = 1; j <= codesB.length; j++) {
      const codeB = codesB[j - 1]!;
      const substitute = previousRow[j - 1]! + substitutionCost[substitutionRow + codeB]!;
      const remove = previousRow[j]! + deleteA;
      const insert = row[j - 1]! + indelCost[codeB]!;
      const cell =
        substitute < remove
          ? substitute < insert
            ? substitute
            : insert
          : remove < insert
            ? remove
            : insert;
      row[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > limit) return Infinity;
    const swap = previousRow;
    previousRow = row;
    row = swap;
  }
  return previousRow[codesB.length]!;
}

/**
 * Similarity of two phonetic keys in [0, 1]: 1 − distance / the weight of the heavier key, so
 * two keys that share nothing score about 0 and a vowel-only difference costs little. With a
 * `minimum`, any similarity below it may be reported as 0 (the computation stops early).
 */
export function phoneticSimilarity(a: string, b: string, minimum = 0): number {
  return compiledSimilarity(compile(a), compile(b), minimum);
}

/** phoneticSimilarity on compiled keys. */
export function compiledSimilarity(a: CompiledKey, b: CompiledKey, minimum = 0): number {
  const weight = Math.max(a.weight, b.weight);
  if (weight === 0) return a.codes.length === b.codes.length ? 1 : 0;
  const limit = minimum > 0 ? (1 - minimum) * weight : Infinity;
  const distance = distanceBetween(a.codes, b.codes, limit);
  return distance === Infinity ? 0 : Math.max(0, 1 - distance / weight);
}

/**
 * How well a Bengali name (one to four words; the last may carry a case ending: কিম জং উনের) matches
 * an English candidate, in [0, 1]. Word spaces are ignored on both sides (কিম জং উন ~ Kim Jong-un);
 * the best of the last word's candidate stems counts.
 */
export function nameSimilarity(bengali: string, english: string): number {
  const words = bengali.trim().split(/\s+/);
  const inner = words.slice(0, -1).map((word) => compile(bengaliPhonetic(word)));
  const englishKey = compileUncached(englishPhonetic(english));
  let best = 0;
  for (const stem of candidateStems(words[words.length - 1] ?? '')) {
    best = Math.max(
      best,
      compiledSimilarity(joinKeys([...inner, compile(bengaliPhonetic(stem))]), englishKey),
    );
  }
  return best;
}

/** Similarity of two English spellings of a name (Lavrow ~ Lavrov), in [0, 1]. */
export function englishSpellingSimilarity(a: string, b: string): number {
  return compiledSimilarity(
    compileUncached(englishPhonetic(a)),
    compileUncached(englishPhonetic(b)),
  );
}

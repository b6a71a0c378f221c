// Consonant skeletons: a hash under which a Bengali transliteration and the English word it
// renders usually collide (ল্যাভরভের ~ Lavrov's → LBRB, কনজারভেটিভ ~ Conservative → KNSRBTB).
// Not a romaniser: vowels, glides and h are dropped, voiced and unvoiced sibilants and
// affricates share one class, b/v/bh share one, and repeated classes collapse, so that the
// variant spellings of one name meet while the exact match stays cheap enough for any length.
//
// The aligner computes these in WebAssembly (assembly/skeleton.ts, over whole units, compiled
// from a cold process's first word); this is the reference that code must match to the letter
// (test/unit/align/skeleton-wasm.test.ts), for callers that cannot compile the module
// synchronously (a browser's main thread). It reads char codes through tables and builds each
// skeleton in one pass, collapsing as it goes, instead of making a one-character string per letter.

import { normalizeForMatching } from '../text';

const nukta = 0x09bc;
const bengaliBlockStart = 0x0980;
const bengaliBlockEnd = 0x09ff;

/** Bengali consonant → class; the rest (য and হ too) are dropped. Nukta forms are handled apart. */
const bengaliClassOf: Record<string, string> = {
  ক: 'K',
  খ: 'K',
  গ: 'G',
  ঘ: 'G',
  ঙ: 'N',
  চ: 'S',
  ছ: 'S',
  জ: 'S',
  ঝ: 'S',
  ঞ: 'N',
  ট: 'T',
  ঠ: 'T',
  ড: 'D',
  ঢ: 'D',
  ণ: 'N',
  ত: 'T',
  থ: 'T',
  দ: 'D',
  ধ: 'D',
  ন: 'N',
  প: 'P',
  ফ: 'F',
  ব: 'B',
  ভ: 'B',
  ম: 'M',
  র: 'R',
  ল: 'L',
  শ: 'S',
  ষ: 'S',
  স: 'S',
  ৎ: 'T',
  '\u0982': 'N',
  ৰ: 'R',
  ৱ: 'B',
};
/** Class letter code of each character of the Bengali block (0 = dropped), by code − U+0980. */
const bengaliClassCodes = new Uint8Array(bengaliBlockEnd - bengaliBlockStart + 1);
for (const [letter, skeletonClass] of Object.entries(bengaliClassOf))
  bengaliClassCodes[letter.charCodeAt(0) - bengaliBlockStart] = skeletonClass.charCodeAt(0);

/** The class of a letter followed by a nukta, or -1 when the pair has no class of its own. */
function nuktaClassCode(code: number): number {
  if (code === 0x09a1 || code === 0x09a2) return 82; // ড় ঢ় → R
  if (code === 0x09af) return 0; // য় is a glide, dropped
  return -1;
}

// Case and plural suffixes of Bengali nouns, longest first: ল্যাভরভের → ল্যাভরভ, পুতিনকে → পুতিন.
const bengaliSuffixes = [
  'গুলোর',
  'গুলির',
  'দের',
  'গুলো',
  'গুলি',
  'কে',
  'রা',
  'টি',
  'টা',
  'তে',
  'ের',
  'এর',
  'র',
  'য়ের',
  'য়',
  'ে',
].map((suffix) => suffix.normalize('NFC'));
// Hazard: stems are read off the whole word's skeleton (below), which holds only while no
// suffix begins with a nukta (a letter before a nukta has another class than at a stem's end).
/** The suffixes by their last character (code − U+0980), in the order above. */
const bengaliSuffixesByLast: (string[] | undefined)[] = [];
for (const suffix of bengaliSuffixes)
  (bengaliSuffixesByLast[suffix.charCodeAt(suffix.length - 1) - bengaliBlockStart] ??= []).push(
    suffix,
  );

/** Where skeletons are built: class letter codes, collapsed. Grows with the longest word. */
let skeletonLetters = new Uint8Array(64);
/** skeletonLengthAt[i] = length of the skeleton of the word's first i code units. */
let skeletonLengthAt = new Int32Array(64);

function reserve(wordLength: number): void {
  // An English x writes two letters, so a skeleton is at most twice the word.
  if (skeletonLetters.length < 2 * wordLength) skeletonLetters = new Uint8Array(4 * wordLength);
  if (skeletonLengthAt.length <= wordLength) skeletonLengthAt = new Int32Array(2 * wordLength + 1);
}

/** The skeleton skeletonLetters[0 .. length) as a string. */
function lettersToString(length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += String.fromCharCode(skeletonLetters[index]!);
  return text;
}

/**
 * Writes the skeleton of `word` into `skeletonLetters`, recording in `skeletonLengthAt` how
 * long the skeleton of each prefix is; returns the skeleton's length.
 */
function writeBengaliSkeleton(word: string): number {
  reserve(word.length);
  let length = 0;
  let last = 0;
  for (let index = 0; index < word.length; index++) {
    skeletonLengthAt[index] = length;
    const code = word.charCodeAt(index);
    if (code < bengaliBlockStart || code > bengaliBlockEnd) continue;
    let letter = bengaliClassCodes[code - bengaliBlockStart]!;
    if (index + 1 < word.length && word.charCodeAt(index + 1) === nukta) {
      const withNukta = nuktaClassCode(code);
      if (withNukta >= 0) {
        letter = withNukta;
        skeletonLengthAt[++index] = length;
      }
    }
    if (letter !== 0 && letter !== last) {
      skeletonLetters[length++] = letter;
      last = letter;
    }
  }
  skeletonLengthAt[word.length] = length;
  return length;
}

export function bengaliSkeleton(word: string): string {
  return lettersToString(writeBengaliSkeleton(word));
}

const precomposedNukta = /[\u09DC\u09DD\u09DF]/;
const precomposedRra = /\u09DC/g;
const precomposedRha = /\u09DD/g;
const precomposedYya = /\u09DF/g;

/**
 * normalizeForMatching(word), without its call into ICU (which costs more than the rest of a
 * skeleton) when the word is Bengali letters only and NFC would do no more than decompose the
 * nukta letters ড় ঢ় য়: that is, no ZWJ or ZWNJ, no vowel sign NFC composes with a preceding ে
 * (া ৗ), and no combining marks out of canonical order (virama or ৾ before nukta, ৾ before
 * virama). A decomposed nukta follows a base letter, so it is never out of order itself.
 */
function normalizedForSkeleton(word: string): string {
  let previous = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (
      code < bengaliBlockStart ||
      code > bengaliBlockEnd ||
      ((code === 0x09be || code === 0x09d7) && previous === 0x09c7) ||
      (code === nukta && (previous === 0x09cd || previous === 0x09fe)) ||
      (code === 0x09cd && previous === 0x09fe)
    )
      return normalizeForMatching(word);
    previous = code;
  }
  if (!precomposedNukta.test(word)) return word;
  return word
    .replace(precomposedRra, '\u09A1\u09BC')
    .replace(precomposedRha, '\u09A2\u09BC')
    .replace(precomposedYya, '\u09AF\u09BC');
}

function endsWith(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length;
  for (let index = 0; index < suffix.length; index++)
    if (word.charCodeAt(offset + index) !== suffix.charCodeAt(index)) return false;
  return true;
}

/** Skeletons of a Bengali word and of its stems without a case or plural suffix. */
export function bengaliSkeletons(word: string): string[] {
  const normalized = normalizedForSkeleton(word);
  const length = writeBengaliSkeleton(normalized);
  const whole = lettersToString(length);
  const skeletons = [whole];
  const suffixes =
    bengaliSuffixesByLast[normalized.charCodeAt(normalized.length - 1) - bengaliBlockStart];
  if (suffixes === undefined) return skeletons;
  for (let index = 0; index < suffixes.length; index++) {
    const suffix = suffixes[index]!;
    const stemEnd = normalized.length - suffix.length;
    if (stemEnd < 2 || !endsWith(normalized, suffix)) continue;
    // A stem's skeleton is a prefix of the whole word's, so two of them are equal exactly when
    // their lengths are.
    const stemLength = skeletonLengthAt[stemEnd]!;
    let known = false;
    for (let at = 0; at < skeletons.length && !known; at++)
      known = skeletons[at]!.length === stemLength;
    if (!known) skeletons.push(whole.slice(0, stemLength));
  }
  return skeletons;
}

const lowerE = 101;
const lowerH = 104;
const lowerI = 105;
const lowerK = 107;
const lowerS = 115;
const lowerU = 117;
const lowerY = 121;
const apostrophe = 39;
const rightSingleQuote = 0x2019;

/** Class letter code of the lowercase ASCII letters whose class does not depend on the next. */
const englishClassCodes = new Uint8Array(128);
for (const [letter, skeletonClass] of Object.entries({
  b: 'B',
  d: 'D',
  f: 'F',
  j: 'S',
  k: 'K',
  l: 'L',
  m: 'M',
  n: 'N',
  r: 'R',
  v: 'B',
  z: 'S',
}))
  englishClassCodes[letter.charCodeAt(0)] = skeletonClass.charCodeAt(0);

function isSoftening(code: number): boolean {
  return code === lowerE || code === lowerI || code === lowerY;
}

export function englishSkeleton(word: string): string {
  // Compared by UTF-16 code units, like the characters of the lowercase word: anything but the
  // ASCII consonants carries no class.
  const lowercase = word.toLowerCase();
  reserve(lowercase.length);
  let end = lowercase.length;
  // A possessive 's or ’s is not part of the name.
  if (
    end >= 2 &&
    lowercase.charCodeAt(end - 1) === lowerS &&
    (lowercase.charCodeAt(end - 2) === apostrophe ||
      lowercase.charCodeAt(end - 2) === rightSingleQuote)
  )
    end -= 2;
  let length = 0;
  let last = 0;
  for (let index = 0; index < end; index++) {
    const code = lowercase.charCodeAt(index);
    const next = index + 1 < end ? lowercase.charCodeAt(index + 1) : 0;
    let letter: number;
    switch (code) {
      case 112: // p, ph
        if (next === lowerH) {
          letter = 70;
          index++;
        } else letter = 80;
        break;
      case 116: // t, th
        letter = 84;
        if (next === lowerH) index++;
        break;
      case lowerS: // s, sh
        letter = 83;
        if (next === lowerH) index++;
        break;
      case 99: // c: ch, ck, soft c, hard c
        if (next === lowerH) {
          letter = 83;
          index++;
        } else if (next === lowerK) {
          letter = 75;
          index++;
        } else letter = isSoftening(next) ? 83 : 75;
        break;
      case 103: // g: silent gh, soft g, hard g
        if (next === lowerH) {
          letter = 0;
          index++;
        } else letter = isSoftening(next) ? 83 : 71;
        break;
      case 113: // q, qu
        letter = 75;
        if (next === lowerU) index++;
        break;
      case 120: // x = KS
        if (last !== 75) skeletonLetters[length++] = 75;
        last = 75;
        letter = 83;
        break;
      default:
        // vowels, w, y, h and anything else carry no consonant class
        letter = code < 128 ? englishClassCodes[code]! : 0;
    }
    if (letter !== 0 && letter !== last) {
      skeletonLetters[length++] = letter;
      last = letter;
    }
  }
  return lettersToString(length);
}

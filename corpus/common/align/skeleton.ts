// Consonant skeletons: a hash under which a Bengali transliteration and the English word it
// renders usually collide (ল্যাভরভের ~ Lavrov's → LBRB, কনজারভেটিভ ~ Conservative → KNSRBTB).
// Not a romaniser: vowels, glides and h are dropped, voiced and unvoiced sibilants and
// affricates share one class, b/v/bh share one, and repeated classes collapse, so that the
// variant spellings of one name meet while the exact match stays cheap enough for any length.

import { normalizeForMatching } from '../text';

const nukta = '\u09BC';

// Bengali consonant → class ('' = dropped). Nukta forms are handled before this table.
const bengaliClass: Record<string, string> = {
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
  য: '',
  র: 'R',
  ল: 'L',
  শ: 'S',
  ষ: 'S',
  স: 'S',
  হ: '',
  ৎ: 'T',
  '\u0982': 'N',
  ৰ: 'R',
  ৱ: 'B',
};
const bengaliNuktaClass: Record<string, string> = { ড: 'R', ঢ: 'R', য: '' };

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

function collapse(classes: string): string {
  let out = '';
  for (const letter of classes) if (letter !== out[out.length - 1]) out += letter;
  return out;
}

export function bengaliSkeleton(word: string): string {
  let classes = '';
  for (let index = 0; index < word.length; index++) {
    const char = word[index]!;
    if (word[index + 1] === nukta && char in bengaliNuktaClass) {
      classes += bengaliNuktaClass[char];
      index++;
      continue;
    }
    const mapped = bengaliClass[char];
    if (mapped !== undefined) classes += mapped;
  }
  return collapse(classes);
}

/** Skeletons of a Bengali word and of its stems without a case or plural suffix. */
export function bengaliSkeletons(word: string): string[] {
  const normalized = normalizeForMatching(word);
  const skeletons = [bengaliSkeleton(normalized)];
  for (const suffix of bengaliSuffixes) {
    if (normalized.length - suffix.length >= 2 && normalized.endsWith(suffix)) {
      const stem = bengaliSkeleton(normalized.slice(0, -suffix.length));
      if (!skeletons.includes(stem)) skeletons.push(stem);
    }
  }
  return skeletons;
}

const softening = new Set(['e', 'i', 'y']);

export function englishSkeleton(word: string): string {
  const letters = word.toLowerCase().replace(/['’]s$/, '');
  let classes = '';
  for (let index = 0; index < letters.length; index++) {
    const char = letters[index]!;
    const next = letters[index + 1] ?? '';
    switch (char) {
      case 'p':
        if (next === 'h') {
          classes += 'F';
          index++;
        } else classes += 'P';
        break;
      case 't':
        classes += 'T';
        if (next === 'h') index++;
        break;
      case 's':
        classes += 'S';
        if (next === 'h') index++;
        break;
      case 'c':
        if (next === 'h') {
          classes += 'S';
          index++;
        } else if (next === 'k') {
          classes += 'K';
          index++;
        } else classes += softening.has(next) ? 'S' : 'K';
        break;
      case 'g':
        if (next === 'h') index++;
        else classes += softening.has(next) ? 'S' : 'G';
        break;
      case 'q':
        classes += 'K';
        if (next === 'u') index++;
        break;
      case 'x':
        classes += 'KS';
        break;
      case 'k':
        classes += 'K';
        break;
      case 'j':
      case 'z':
        classes += 'S';
        break;
      case 'd':
        classes += 'D';
        break;
      case 'b':
      case 'v':
        classes += 'B';
        break;
      case 'f':
        classes += 'F';
        break;
      case 'm':
        classes += 'M';
        break;
      case 'n':
        classes += 'N';
        break;
      case 'l':
        classes += 'L';
        break;
      case 'r':
        classes += 'R';
        break;
      default:
        // vowels, w, y, h and anything else carry no consonant class
        break;
    }
  }
  return collapse(classes);
}

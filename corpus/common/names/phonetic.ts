// Romanisation for matching, never for display: both scripts are reduced to one small phonetic
// alphabet so that a Bengali transliteration and the English spelling of a foreign name can be
// compared by a weighted edit distance (./similarity.ts).
//
// The alphabet (one UTF-16 unit per sound, so the edit distance runs over plain strings):
//   vowels      a e i o u
//   '@'         the Bengali inherent vowel: written nowhere, often not pronounced in a name
//   'Y'         য-phala (্য), the glide in ল্যা, ক্যা: usually just colours the vowel
//   glides      y w h
//   consonants  k g c(ch) j z t d n p f b v m r l s x(sh)
// Aspiration is not kept (খ=ক, থ=ত; English kh, th, ph become k, t, f) because transliterators
// mark it inconsistently; ng is two units (n g) on both sides.

import { matchingForm, memoize } from './memo';

const virama = '\u09CD';
const nukta = '\u09BC';
const anusvara = '\u0982';
const visarga = '\u0983';
const chandrabindu = '\u0981';
const bengaliYa = '\u09AF';
const bengaliBa = '\u09AC';
const bengaliMa = '\u09AE';
const bengaliA = '\u0985';
const bengaliE = '\u098F';
const bengaliO = '\u0993';
const bengaliI = '\u0987';
const signO = '\u09CB';

const consonantUnits: Record<string, string> = {
  ক: 'k',
  খ: 'k',
  গ: 'g',
  ঘ: 'g',
  ঙ: 'ng',
  চ: 'c',
  ছ: 'c',
  জ: 'j',
  ঝ: 'j',
  ঞ: 'n',
  ট: 't',
  ঠ: 't',
  ড: 'd',
  ঢ: 'd',
  ণ: 'n',
  ত: 't',
  থ: 't',
  দ: 'd',
  ধ: 'd',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'v',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'x',
  ষ: 'x',
  স: 's',
  হ: 'h',
  ৎ: 't',
  '\u09F0': 'r', // Assamese ra, seen in mixed-script text
  '\u09F1': 'w', // Assamese wa
};

// Consonant + nukta (after NFC য় ড় ঢ় are always written this way).
const nuktaUnits: Record<string, string> = { য: 'y', ড: 'r', ঢ: 'r' };

const independentVowelUnits: Record<string, string> = {
  অ: 'o',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  ঌ: 'li',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou',
  ৠ: 'ri',
};

const vowelSignUnits: Record<string, string> = {
  '\u09BE': 'a',
  '\u09BF': 'i',
  '\u09C0': 'i',
  '\u09C1': 'u',
  '\u09C2': 'u',
  '\u09C3': 'ri',
  '\u09C4': 'ri',
  '\u09C7': 'e',
  '\u09C8': 'oi',
  '\u09CB': 'o',
  '\u09CC': 'ou',
  '\u09D7': 'u',
  '\u09E2': 'li',
  '\u09E3': 'li',
};

const isBengaliConsonant = (char: string | undefined): boolean =>
  char !== undefined && Object.hasOwn(consonantUnits, char);
const isVowelSign = (char: string | undefined): boolean =>
  char !== undefined && Object.hasOwn(vowelSignUnits, char);

const consonantUnitPattern = /[kgcjztdnpfbvmrlsx]/;

/** Adjacent identical consonants are one sound in a name (ত্ত, ll, ss). */
function collapseDoubles(units: string): string {
  let result = '';
  for (const unit of units) {
    if (unit === result[result.length - 1] && consonantUnitPattern.test(unit)) continue;
    result += unit;
  }
  return result;
}

/**
 * The phonetic key of one Bengali word (any case suffix still attached): see the alphabet at the
 * top of this file. Non-Bengali characters are ignored.
 */
export const bengaliPhonetic: (word: string) => string = memoize((word) => {
  const chars = Array.from(matchingForm(word));
  let units = '';
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (isBengaliConsonant(char)) {
      let unit = consonantUnits[char]!;
      let next = index + 1;
      if (chars[next] === nukta) {
        unit = nuktaUnits[char] ?? unit;
        next++;
      }
      const beforeVirama = chars[index - 2];
      const afterVirama =
        chars[index - 1] === virama &&
        (isBengaliConsonant(beforeVirama) ||
          beforeVirama === bengaliA ||
          beforeVirama === bengaliE);
      if (afterVirama && char === bengaliYa && unit === 'j') unit = 'Y';
      else if (afterVirama && char === bengaliBa && chars[index - 2] !== bengaliMa) unit = 'w';
      // ঙ before a velar is only the nasal (ঙ্ক, ঙ্গ); the velar follows anyway.
      if (unit === 'ng' && chars[next] === virama) unit = 'n';
      units += unit;
      const following = chars[next];
      if (following !== undefined && isVowelSign(following)) {
        if (
          following === signO &&
          isYaWithNukta(chars, next + 1) &&
          startsWithVowel(chars, next + 3)
        ) {
          units += 'w';
          index = next + 2;
          continue;
        }
        units += vowelSignUnits[following]!;
        next++;
      } else if (following !== virama && hasLaterSound(chars, next)) {
        units += '@';
      }
      index = next - 1;
      continue;
    }
    if (char === virama || char === chandrabindu || char === nukta) continue;
    // A vowel sign whose consonant was folded into a glide (the া of ওয়া).
    if (isVowelSign(char)) {
      units += vowelSignUnits[char]!;
      continue;
    }
    if (char === anusvara) {
      units += 'ng';
      continue;
    }
    if (char === visarga) {
      units += 'h';
      continue;
    }
    const vowel = independentVowelUnits[char];
    if (vowel !== undefined) {
      // ওয় before a vowel is how Bengali writes English w (ওয়াশিংটন, হোয়াইট, ওয়েলশ), and a
      // word-initial ইয় English y (ইয়র্কশায়ার = Yorkshire, ইয়েমেন = Yemen).
      if (
        char === bengaliO &&
        isYaWithNukta(chars, index + 1) &&
        startsWithVowel(chars, index + 3)
      ) {
        units += 'w';
        index += 2;
        continue;
      }
      if (char === bengaliI && units === '' && isYaWithNukta(chars, index + 1)) {
        units += 'y';
        index += 2;
        continue;
      }
      // অ্যা / এ্যা spell an English "a" (অ্যান্ড = and): the vowel letter only carries the glide.
      if ((char === bengaliA || char === bengaliE) && chars[index + 1] === virama) continue;
      units += vowel;
    }
  }
  return collapseDoubles(units);
});

function isYaWithNukta(chars: readonly string[], at: number): boolean {
  return chars[at] === bengaliYa && chars[at + 1] === nukta;
}

function startsWithVowel(chars: readonly string[], at: number): boolean {
  const char = chars[at];
  return char !== undefined && (isVowelSign(char) || Object.hasOwn(independentVowelUnits, char));
}

// The inherent vowel is dropped word-finally (ল্যাভরভ ends in v, not v@), also before a
// final chandrabindu or visarga, but kept before anusvara (জং = j@ng).
function hasLaterSound(chars: readonly string[], from: number): boolean {
  for (let index = from; index < chars.length; index++) {
    const char = chars[index]!;
    if (char === chandrabindu || char === visarga || char === '\u200C' || char === '\u200D')
      continue;
    return true;
  }
  return false;
}

const englishVowels = 'aeiou';
const isEnglishVowel = (char: string | undefined): boolean =>
  char !== undefined && englishVowels.includes(char);

/**
 * The phonetic key of English (or other Latin-script) text: letters only, lower-cased, accents
 * stripped, digraphs folded (sh → x, ch → c, th → t, ph → f, c → s/k, x → ks, q → k, -tion → xon),
 * a silent final e dropped (and the vowel before it read long: White → wait), doubled
 * consonants collapsed. Words are encoded separately and joined.
 */
export const englishPhonetic: (text: string) => string = memoize((text) => {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/);
  let units = '';
  for (const word of words) units += englishWordPhonetic(word);
  return collapseDoubles(units);
});

const englishWordPhonetic = memoize((word: string): string => {
  // Magic e: the vowel before a final consonant + e is long (white, blake); the e is silent.
  // Soft c and g first, while the e that softens them is still there (Joyce, Greece, George).
  // Then magic e, only in one-syllable words: the vowel before a final consonant + e is long
  // (White = wait, Blake = blek) and the e is silent; longer words just lose the e (Alice).
  const letters = word
    .replace(/c(?=[eiy])/g, 's')
    .replace(/d?g(?=e$|e[aeiou]|i[aou])/g, 'j')
    .replace(/^([^aeiouy]*)i([bdfgklmnprstvz])e$/, '$1ai$2')
    .replace(/^([^aeiouy]*)a([bdfgklmnprstvz])e$/, '$1e$2')
    .replace(/^(.*[aeiouy].*[^aeiou])e$/, '$1')
    // S marks an sh sound found from spelling context: -tion, Croatia, Russia, Asia.
    .replace(/[ts]ion/g, 'Son')
    .replace(/(?<=.)ti(?=(?:a|an|us|al)$)/, 'Si')
    .replace(/(?<=[aeiou])s?si(?=an?$)/, 'Si')
    // Long vowels and silent letters: May = মে, Lindsey = লিন্ডসে, Night = নাইট, Knox = নক্স.
    .replace(/ay(?![aeiou])/g, 'e')
    .replace(/ey$/, 'e')
    .replace(/igh/g, 'ai')
    .replace(/augh/g, 'a')
    .replace(/shire$/, 'Sair')
    .replace(/^kn/, 'n');
  let units = '';
  for (let index = 0; index < letters.length; index++) {
    const char = letters[index]!;
    const next = letters[index + 1];
    if (letters.startsWith('sch', index)) {
      units += 'x';
      index += 2;
      continue;
    }
    if (letters.startsWith('tch', index)) {
      units += 'c';
      index += 2;
      continue;
    }
    const digraph = englishDigraphs[char + (next ?? '')];
    if (digraph !== undefined) {
      units += digraph;
      index += 1;
      continue;
    }
    switch (char) {
      case 'c':
        units += 'k';
        break;
      case 'S':
        units += 'x';
        break;
      case 'q':
        units += 'k';
        break;
      case 'x':
        units += 'ks';
        break;
      case 'y':
        units += index === 0 || isEnglishVowel(next) ? 'y' : 'i';
        break;
      default:
        units += char;
    }
  }
  return units;
});

const englishDigraphs: Record<string, string> = {
  sh: 'x',
  wh: 'w',
  ch: 'c',
  ph: 'f',
  th: 't',
  kh: 'k',
  gh: 'g',
  dh: 'd',
  bh: 'v',
  zh: 'j',
  ck: 'k',
  oo: 'u',
  ee: 'i',
};

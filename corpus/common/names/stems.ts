// Bengali case and number endings on names: ল্যাভরভের (Lavrov's), পুতিনকে, কোরিয়ায়,
// পিয়ংইয়ংয়ের, কিমও. Stripping is blind to the word, so it proposes several stems and the
// caller keeps the one that matches best; a name that really ends in one of these letters
// (চোয়ে) keeps its whole form among the candidates.

import { matchingForm, memoize } from './memo';

// Emphatic particles come last in a word (কিমেরও, রাশিয়াকেই), so they are stripped first.
const emphaticSuffixes = ['ও', 'ই'];

// Longest first, so ের is tried before র. The forms with য় cover stems ending in a vowel
// (পিয়ংইয়ংয়ের, রাশিয়ায়), ে/এ the locative after a consonant (ইউক্রেনে).
const caseSuffixes = [
  'গুলোকে',
  'গুলিকে',
  'গুলোর',
  'গুলির',
  'গুলোতে',
  'গুলো',
  'গুলি',
  'দেরকে',
  'দের',
  'য়েরা',
  'য়ের',
  'য়েতে',
  'য়ে',
  'য়',
  'েরা',
  'ের',
  'এর',
  'েকে',
  'কে',
  'েতে',
  'তে',
  'রা',
  'র',
  'ে',
  'এ',
  'টির',
  'টার',
  'টি',
  'টা',
  'সহ',
].map(matchingForm);

const normalizedEmphatics = emphaticSuffixes.map(matchingForm);

// These endings follow a vowel (মস্কোর, রাশিয়ায়, পিয়ংইয়ংয়ের after ং); after a consonant
// the genitive is -এর (কিমের), so সিনেটর is senator, not সিনেট + র.
const afterVowelOnly = new Set(['র', 'রও', 'য়', 'য়ে', 'য়ের', 'য়েরা', 'য়েতে'].map(matchingForm));
// An independent vowel, a vowel sign or anusvara (a plain range test: these are combining marks).
function endsInVowel(stem: string): boolean {
  const code = stem.charCodeAt(stem.length - 1);
  return (
    (code >= 0x0985 && code <= 0x0994) || (code >= 0x09be && code <= 0x09cc) || code === 0x0982
  );
}

// A stem must keep at least this many UTF-16 units (two letters, or a letter and a vowel sign).
const minimumStemLength = 2;

const isCombiningMark = (char: string): boolean => /\p{M}/u.test(char);

function stripOnce(word: string, suffixes: readonly string[]): string[] {
  const stems: string[] = [];
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (stem.length < minimumStemLength) continue;
    // A suffix that starts with a vowel sign (ের) must follow a consonant, not a virama.
    if (stem.endsWith('\u09CD')) continue;
    if (isCombiningMark(suffix[0]!) && isCombiningMark(stem[stem.length - 1]!)) continue;
    if (afterVowelOnly.has(suffix) && !endsInVowel(stem)) continue;
    stems.push(stem);
  }
  return stems;
}

/**
 * The word itself (normalised for matching) followed by the stems left after stripping an
 * emphatic particle and/or one case ending, longest first: ল্যাভরভেরও → [ল্যাভরভেরও, ল্যাভরভের,
 * ল্যাভরভ, …].
 */
export const candidateStems: (word: string) => readonly string[] = memoize((word) => {
  const normalized = matchingForm(word);
  const stems = new Set<string>([normalized]);
  const bases = [normalized, ...stripOnce(normalized, normalizedEmphatics)];
  for (const base of bases) {
    stems.add(base);
    for (const stem of stripOnce(base, caseSuffixes)) stems.add(stem);
  }
  return [...stems].sort((a, b) => b.length - a.length);
});

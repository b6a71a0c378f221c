// Numbers on the two sides of a bead, compared by value: ১,০০০ = 1,000, ৩.৫ = 3.5, and also
// through the words around them (১৫ লাখ = 1.5 million, সাতটার = 7 a.m.), so that a number is
// reported only when the other side has it in no form at all.

import { bengaliDigitsToAscii, extractNumbers } from '../text';

export type NumberMention = {
  /** UTF-16 offsets of the digits in the text. */
  start: number;
  end: number;
  text: string;
  /** Canonical value as written (1000, 3.5). */
  value: string;
};

// Multipliers written as words after a number, in either language.
const scaleWords: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['k', 1e3],
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['শ', 1e2],
  ['শো', 1e2],
  ['শত', 1e2],
  ['হাজার', 1e3],
  ['লাখ', 1e5],
  ['লক্ষ', 1e5],
  ['কোটি', 1e7],
  ['মিলিয়ন', 1e6],
  ['বিলিয়ন', 1e9],
  ['ট্রিলিয়ন', 1e12],
]);

// Numbers written as words. Only used to excuse a digit number on the other side, never flagged.
const englishNumberWords: ReadonlyMap<string, number> = new Map(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
  ]
    .flatMap((list) => list.split(' '))
    .map((word, value) => [word, value] as const)
    .concat([
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['sixty', 60],
      ['seventy', 70],
      ['eighty', 80],
      ['ninety', 90],
      ['hundred', 100],
      ['thousand', 1000],
      ['million', 1e6],
      ['billion', 1e9],
      ['dozen', 12],
      ['half', 0.5],
      ['once', 1],
      ['twice', 2],
      ['first', 1],
      ['second', 2],
      ['third', 3],
      ['fourth', 4],
      ['fifth', 5],
      ['sixth', 6],
      ['seventh', 7],
      ['eighth', 8],
      ['ninth', 9],
      ['tenth', 10],
    ]),
);

const bengaliNumberWords: ReadonlyMap<string, number> = new Map(
  [
    ['শূন্য', 0],
    ['এক', 1],
    ['দুই', 2],
    ['দু', 2],
    ['দুটি', 2],
    ['দুটো', 2],
    ['তিন', 3],
    ['চার', 4],
    ['পাঁচ', 5],
    ['ছয়', 6],
    ['ছ', 6],
    ['সাত', 7],
    ['আট', 8],
    ['নয়', 9],
    ['দশ', 10],
    ['এগারো', 11],
    ['বারো', 12],
    ['তেরো', 13],
    ['চৌদ্দ', 14],
    ['পনেরো', 15],
    ['ষোলো', 16],
    ['সতেরো', 17],
    ['আঠারো', 18],
    ['উনিশ', 19],
    ['বিশ', 20],
    ['কুড়ি', 20],
    ['পঁচিশ', 25],
    ['ত্রিশ', 30],
    ['চল্লিশ', 40],
    ['পঞ্চাশ', 50],
    ['ষাট', 60],
    ['সত্তর', 70],
    ['আশি', 80],
    ['নব্বই', 90],
    ['একশ', 100],
    ['একশো', 100],
    ['শত', 100],
    ['হাজার', 1000],
    ['লাখ', 1e5],
    ['কোটি', 1e7],
    ['মিলিয়ন', 1e6],
    ['বিলিয়ন', 1e9],
    ['ডজন', 12],
    ['অর্ধেক', 0.5],
    ['আধ', 0.5],
    ['আধা', 0.5],
    ['প্রথম', 1],
    ['দ্বিতীয়', 2],
    ['তৃতীয়', 3],
    ['চতুর্থ', 4],
    ['পঞ্চম', 5],
  ].map(([word, value]) => [(word as string).normalize('NFC'), value as number]),
);

// Classifier and case endings on Bengali number words: দুটি, তিনজন, সাতটার, পাঁচটিতে.
const bengaliNumberEnding = /(?:টি|টা|টো|জন|খানা|খানি)?(?:র|এর|তে|ে|কে|ই|ও)?$/u;

const wordPattern = /[\p{L}\p{M}]+/gu;

function wordsOf(text: string): { start: number; end: number; word: string }[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0],
  }));
}

function numberWordValue(word: string): number | undefined {
  const lower = word.normalize('NFC').toLowerCase();
  const english = englishNumberWords.get(lower);
  if (english !== undefined) return english;
  const bengali = bengaliNumberWords.get(lower);
  if (bengali !== undefined) return bengali;
  const stripped = lower.replace(bengaliNumberEnding, '');
  return stripped !== lower ? bengaliNumberWords.get(stripped) : undefined;
}

/** The digit numbers of a text, with their canonical values. */
export function numberMentions(text: string): NumberMention[] {
  return extractNumbers(text).map((number) => ({
    start: number.start,
    end: number.end,
    text: text.slice(number.start, number.end),
    value: number.value,
  }));
}

/** A number's value as written and, when a scale word follows it, scaled ("3.1billion", "১৫ লাখ"). */
function mentionValues(
  mention: NumberMention,
  words: readonly { start: number; word: string }[],
): number[] {
  const value = Number(mention.value);
  const following = words.find(
    (word) => word.start >= mention.end && word.start - mention.end <= 1,
  );
  const scale =
    following === undefined
      ? undefined
      : scaleWords.get(following.word.toLowerCase().normalize('NFC'));
  return scale === undefined ? [value] : [value, value * scale];
}

/** Every value a side expresses: its numbers (as written and scaled) and its number words. */
function sideValues(text: string, mentions: readonly NumberMention[]): number[] {
  const words = wordsOf(text);
  const values = mentions.flatMap((mention) => mentionValues(mention, words));
  for (const { word } of words) {
    const value = numberWordValue(bengaliDigitsToAscii(word));
    if (value !== undefined) values.push(value);
  }
  return values;
}

const sameValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export type NumberComparison = {
  /** Digit numbers of the source whose value the target does not express in any form. */
  sourceOnly: NumberMention[];
  /** Digit numbers of the target whose value the source does not express in any form. */
  targetOnly: NumberMention[];
};

/**
 * Numbers written with digits on one side only. Each side's numbers are matched one to one by
 * value first; a leftover number is excused if the other side expresses its value otherwise
 * (scaled: 1.5 million = ১৫ লাখ; in words: seven = সাত).
 */
export function compareNumbers(source: string, target: string): NumberComparison {
  const sourceMentions = numberMentions(source);
  const targetMentions = numberMentions(target);
  const unmatchedTarget = [...targetMentions];
  const sourceLeft: NumberMention[] = [];
  for (const mention of sourceMentions) {
    const index = unmatchedTarget.findIndex((other) => other.value === mention.value);
    if (index >= 0) unmatchedTarget.splice(index, 1);
    else sourceLeft.push(mention);
  }
  const targetValues = sideValues(target, targetMentions);
  const sourceValues = sideValues(source, sourceMentions);
  const sourceWords = wordsOf(source);
  const targetWords = wordsOf(target);
  const expressed = (
    mention: NumberMention,
    words: readonly { start: number; word: string }[],
    otherValues: readonly number[],
  ) =>
    mentionValues(mention, words).some((value) =>
      otherValues.some((other) => sameValue(value, other)),
    );
  // Digits glued to letters are not numbers to extractNumbers (F125, COVID19), but they do carry
  // the other side's number (এফ 125 = F125).
  const writtenIn = (text: string) => {
    const ascii = bengaliDigitsToAscii(text);
    return (mention: NumberMention) =>
      new RegExp(`(?<![0-9.,])${mention.value.replace('.', '\\.')}(?![0-9])`).test(ascii);
  };
  const inTarget = writtenIn(target);
  const inSource = writtenIn(source);
  return {
    sourceOnly: sourceLeft.filter(
      (mention) => !expressed(mention, sourceWords, targetValues) && !inTarget(mention),
    ),
    targetOnly: unmatchedTarget.filter(
      (mention) => !expressed(mention, targetWords, sourceValues) && !inSource(mention),
    ),
  };
}

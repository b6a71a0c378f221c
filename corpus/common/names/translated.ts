// Lookup of translated names (উত্তর কোরিয়া = North Korea, জাতিসংঘ = United Nations) in a
// tokenised Bengali sentence, and of an English spelling (or its adjective: Korea → Korean,
// China → Chinese) in a tokenised English sentence.

import { cldrLanguageNames, cldrTerritoryNames } from './cldr-names.generated';
import { candidateStems } from './stems';
import { isBengaliStopWord } from './stopwords';
import { tokenizeSource, tokenizeTarget, undotted } from './tokens';
import type { SourceToken, TargetToken } from './tokens';
import { handTranslatedNames, irregularDemonyms } from './translated-names';

export type TranslatedName = {
  /** Bengali words of this spelling, normalised for matching. */
  words: readonly string[];
  /** The spelling as listed. */
  bengali: string;
  /** English spellings, the usual one first. */
  english: readonly string[];
  /** Position of the entry in the list it was indexed from. */
  entry: number;
  reportMissing: boolean;
};

export type TranslatedNameIndex = ReadonlyMap<string, readonly TranslatedName[]>;

export type NameListEntry = {
  bengali: readonly string[];
  english: readonly string[];
  /** False for names whose Bengali is also an ordinary word often enough (languages: শোনা = Shona, to hear) that their absence from the English says nothing. */
  reportMissing?: boolean;
};

/**
 * Index names by their first Bengali word. Each Bengali spelling is tokenised as text is
 * (DPRK-এর = DPRK + এর), so it matches wherever the same words occur.
 */
export function indexNames(
  entries: readonly NameListEntry[],
  options: { skipCommonWords: boolean } = { skipCommonWords: false },
): TranslatedNameIndex {
  const index = new Map<string, TranslatedName[]>();
  entries.forEach((entry, entryIndex) => {
    for (const bengali of entry.bengali) {
      const words = tokenizeSource(bengali).map((token) => token.key);
      if (words.length === 0) continue;
      // A one-word name that is also a common word (a language called ভাই) would match everywhere.
      if (
        options.skipCommonWords &&
        words.length === 1 &&
        (isBengaliStopWord(words[0]!) || /\p{Script=Latin}/u.test(bengali))
      ) {
        continue;
      }
      const bucket = index.get(words[0]!) ?? [];
      bucket.push({
        words,
        bengali,
        english: entry.english,
        entry: entryIndex,
        reportMissing: entry.reportMissing ?? true,
      });
      index.set(words[0]!, bucket);
    }
  });
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}

let builtInIndex: TranslatedNameIndex | undefined;

/** CLDR territories and languages plus the hand list of organisations and adjectives. */
export function builtInTranslatedNames(): TranslatedNameIndex {
  const entry =
    (reportMissing: boolean) =>
    ([bengali, english]: readonly [string, string]): NameListEntry => ({
      bengali: bengali.split('|'),
      english: english.split('|'),
      reportMissing,
    });
  builtInIndex ??= indexNames(
    [
      ...handTranslatedNames.map(entry(true)),
      ...cldrTerritoryNames.map(entry(true)),
      ...cldrLanguageNames.map(entry(false)),
    ],
    { skipCommonWords: true },
  );
  return builtInIndex;
}

export type TranslatedNameMatch = {
  name: TranslatedName;
  /** Token indices [first, last] in the Bengali sentence. */
  first: number;
  last: number;
};

/**
 * The translated names that may start at token `first`, longest first. The last word may carry a
 * case ending (উত্তর কোরিয়ার); inner words must match exactly and no punctuation may intervene.
 */
export function translatedNamesAt(
  tokens: readonly SourceToken[],
  first: number,
  index: TranslatedNameIndex,
  isFree: (tokenIndex: number) => boolean,
): TranslatedNameMatch[] {
  const start = tokens[first];
  if (start === undefined || !isFree(first)) return [];
  let matches: TranslatedNameMatch[] | undefined;
  for (const key of candidateStems(start.text)) {
    const bucket = index.get(key);
    if (bucket === undefined) continue;
    for (const name of bucket) {
      if (matches?.some((match) => match.name === name)) continue;
      const last = first + name.words.length - 1;
      if (matchesAt(tokens, first, name, isFree)) (matches ??= []).push({ name, first, last });
    }
  }
  return matches === undefined ? [] : matches.sort((a, b) => b.last - a.last);
}

function matchesAt(
  tokens: readonly SourceToken[],
  first: number,
  name: TranslatedName,
  isFree: (tokenIndex: number) => boolean,
): boolean {
  const lastOffset = name.words.length - 1;
  for (let offset = 0; offset <= lastOffset; offset++) {
    const token = tokens[first + offset];
    if (token === undefined || !isFree(first + offset)) return false;
    if (offset > 0 && token.breakBefore) return false;
    const word = name.words[offset]!;
    const matches =
      offset === lastOffset ? candidateStems(token.text).includes(word) : token.key === word;
    if (!matches) return false;
  }
  return true;
}

// Regular adjective endings: Korea → Korean, Japan → Japanese, Canada → Canadian, Germany → German.
// Plurals too: a glossary's Muppet is the text's Muppets, its Democrats the text's Democrat.
const appendedEndings = ['s', 'es', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'ese', 'i', 'is'];
const replacedEndings = ['', 'an', 'ans', 'ian', 'ians', 'ese', 'i', 'ish', 'n'];

function lastWordForms(word: string): Set<string> {
  const forms = new Set<string>([word]);
  for (const ending of appendedEndings) forms.add(word + ending);
  const stem = word.replace(/[aeiouy]+$/, '');
  if (stem !== word && stem.length >= 3)
    for (const ending of replacedEndings) forms.add(stem + ending);
  if (/[^s]s$/.test(word) && word.length > 3) forms.add(word.slice(0, -1));
  return forms;
}

type EnglishForm = { words: readonly string[]; lastForms: ReadonlySet<string> };

const lowerCased = (forms: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...forms].map((form) => form.toLowerCase()));

const englishFormCache = new Map<string, readonly EnglishForm[]>();

/** The token sequences by which an English spelling may appear: itself, its adjective, U.S. = US. */
function englishForms(spelling: string): readonly EnglishForm[] {
  let forms = englishFormCache.get(spelling);
  if (forms === undefined) {
    const words = tokenizeTarget(spelling).map((token) => undotted(token.text));
    const built: EnglishForm[] = [];
    if (words.length > 0) {
      built.push({ words, lastForms: lastWordForms(words[words.length - 1]!) });
    }
    for (const demonym of irregularDemonyms[spelling] ?? []) {
      built.push({ words: [demonym], lastForms: new Set([demonym]) });
    }
    forms = built;
    englishFormCache.set(spelling, forms);
  }
  return forms;
}

export type EnglishOccurrence = { first: number; last: number };

/**
 * Where an English spelling (or its adjective) occurs among the target tokens, case-sensitively
 * (US is not us) and ignoring abbreviation dots; only tokens for which isFree holds.
 */
export function findEnglishSpelling(
  tokens: readonly TargetToken[],
  spelling: string,
  isFree: (tokenIndex: number) => boolean = () => true,
  options: { ignoreCase?: boolean } = {},
): EnglishOccurrence | undefined {
  // Ignoring case is never safe for an acronym: US is not us.
  const ignoreCase = options.ignoreCase === true && /\p{Ll}/u.test(spelling);
  for (const form of englishForms(spelling)) {
    const lastOffset = form.words.length - 1;
    const words = ignoreCase ? form.words.map((word) => word.toLowerCase()) : form.words;
    const lastForms = ignoreCase ? lowerCased(form.lastForms) : form.lastForms;
    for (let first = 0; first + lastOffset < tokens.length; first++) {
      let matched = true;
      for (let offset = 0; offset <= lastOffset && matched; offset++) {
        const token = tokens[first + offset]!;
        const written = undotted(token.text);
        const text = ignoreCase ? written.toLowerCase() : written;
        matched =
          isFree(first + offset) &&
          (offset === 0 || !token.breakBefore) &&
          (offset === lastOffset ? lastForms.has(text) : text === words[offset]);
      }
      if (matched) return { first, last: first + lastOffset };
    }
  }
  return undefined;
}

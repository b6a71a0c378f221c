// Name detection in one aligned sentence pair: which Bengali words are names, and which English
// words they stand for. Exact rules claim their words first (Latin tokens inside the Bengali,
// letter-name acronyms, translated names from the bilingual lists); then transliterated names
// are paired by phonetic similarity, one to one, best pair first.

import { acronymReadings } from './acronyms';
import { bengaliPhonetic, englishPhonetic } from './phonetic';
import { compileKey, compiledSimilarity, joinKeys } from './similarity';
import type { CompiledKey } from './similarity';
import { matchingForm, memoize } from './memo';
import { candidateStems } from './stems';
import {
  isBengaliStopKey,
  isBengaliStopWord,
  isEnglishCalendarWord,
  isEnglishConnector,
  isEnglishNonNameWord,
} from './stopwords';
import { tokenizeSource, tokenizeTarget, undotted } from './tokens';
import type { SourceToken, TargetToken } from './tokens';
import { builtInTranslatedNames, findEnglishSpelling, translatedNamesAt } from './translated';
import type { TranslatedNameIndex, TranslatedNameMatch } from './translated';
import { normalizeForMatching } from '../text';

export type TextSpan = {
  /** UTF-16 offset into the text. */
  start: number;
  end: number;
  /** text.slice(start, end). */
  text: string;
};

/** How a pair was found: an exact rule, or phonetic similarity. */
export type NamePairOrigin = 'latin' | 'acronym' | 'translated' | 'phonetic';

export type NamePair = {
  /** The name in the Bengali, case ending included (ল্যাভরভের). */
  source: TextSpan;
  /** The Bengali base form: the last word's case ending stripped (ল্যাভরভ), normalised for matching. */
  stem: string;
  /** The name in the English, without a possessive ending (Lavrov, not Lavrov’s). */
  target: TextSpan;
  /** The English form to record: the span itself, or for a translated name its listed spelling (North Korea for North Korean). */
  english: string;
  /** Confidence in [0, 1]: 1 for the exact rules, the phonetic similarity otherwise. */
  score: number;
  origin: NamePairOrigin;
};

export type PairingOptions = {
  /** Minimum phonetic similarity of a pair (default 0.62). */
  threshold?: number;
  /** Lower-case English words known to be common (seen in lower case in the corpus): such a word is not a name when it only starts a sentence. */
  commonEnglishWords?: ReadonlySet<string>;
  /** Translated names to look for (default: CLDR plus the built-in hand list). */
  translatedNames?: TranslatedNameIndex;
};

export const defaultPairingThreshold = 0.62;

// Names are at most this many words on either side (Center for Strategic and International Studies = 6).
const maximumNameWords = 6;
// A word that reaches this similarity with some English word may be part of a multi-word name.
const seedThreshold = 0.5;
// Keys lighter than this (one short syllable: মে, ও) match too many things by chance.
const lightKeyWeight = 2.2;
const lightKeyThreshold = 0.8;
// Beads longer than this on both sides compare words only within a window of relative position.
const longBeadTokens = 150;
const longBeadWindow = 0.2;
// Among overlapping candidates a longer name wins when it scores almost as well (সের্গেই ল্যাভরভ
// = Sergei Lavrov rather than ল্যাভরভ = Lavrov plus সের্গেই = Sergei).
const lengthBonusPerWord = 0.03;

type Claims = { source: boolean[]; target: boolean[] };

/** The state of pairing one sentence pair: tokens, which of them are taken, the pairs so far. */
export type PairingContext = {
  sourceText: string;
  targetText: string;
  sourceTokens: readonly SourceToken[];
  targetTokens: readonly TargetToken[];
  claims: Claims;
  pairs: NamePair[];
  /** Translated names found in the Bengali whose English was not found. */
  unmatchedTranslated: TranslatedNameMatch[];
};

type Context = PairingContext;

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function claim(
  context: Context,
  sourceFirst: number,
  sourceLast: number,
  targetFirst: number,
  targetLast: number,
): void {
  for (let index = sourceFirst; index <= sourceLast; index++) context.claims.source[index] = true;
  for (let index = targetFirst; index <= targetLast; index++) context.claims.target[index] = true;
}

function addPair(
  context: Context,
  source: { first: number; last: number },
  target: { first: number; last: number },
  details: { stem: string; english: string; score: number; origin: NamePairOrigin },
): void {
  const sourceStart = context.sourceTokens[source.first]!.start;
  const sourceEnd = context.sourceTokens[source.last]!.end;
  const targetStart = context.targetTokens[target.first]!.start;
  const targetEnd = context.targetTokens[target.last]!.end;
  context.pairs.push({
    source: span(context.sourceText, sourceStart, sourceEnd),
    target: span(context.targetText, targetStart, targetEnd),
    ...details,
  });
  claim(context, source.first, source.last, target.first, target.last);
}

/** Tokens of the English covered by [start, end). */
function targetTokensCovering(
  tokens: readonly TargetToken[],
  start: number,
  end: number,
): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  tokens.forEach((token, index) => {
    if (token.end > start && token.start < end) {
      if (first < 0) first = index;
      last = index;
    }
  });
  return first < 0 ? undefined : { first, last };
}

const isWordCharacter = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\p{Nd}]/u.test(char);

/** Occurrences of a Latin token as a whole word in the English, exact case first, then any case. */
function findLatinToken(targetText: string, token: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const haystack of [targetText, targetText.toLowerCase()]) {
    const needle = haystack === targetText ? token : token.toLowerCase();
    let from = 0;
    for (;;) {
      const start = haystack.indexOf(needle, from);
      if (start < 0) break;
      const end = start + needle.length;
      if (!isWordCharacter(targetText[start - 1]) && !isWordCharacter(targetText[end]))
        found.push({ start, end });
      from = start + 1;
    }
    if (found.length > 0) break;
  }
  return found;
}

function pairLatinTokens(context: Context): void {
  context.sourceTokens.forEach((token, index) => {
    if (token.script !== 'latin' || context.claims.source[index]) return;
    // The English may pluralise an acronym the Bengali leaves bare (MWP = MWPs).
    const spellings = new Set([token.text, undotted(token.text)]);
    for (const spelling of [...spellings])
      if (/\p{Lu}$/u.test(spelling)) spellings.add(`${spelling}s`);
    for (const spelling of spellings) {
      for (const occurrence of findLatinToken(context.targetText, spelling)) {
        const covered = targetTokensCovering(
          context.targetTokens,
          occurrence.start,
          occurrence.end,
        );
        if (covered === undefined) continue;
        let free = true;
        for (let tokenIndex = covered.first; tokenIndex <= covered.last; tokenIndex++) {
          if (context.claims.target[tokenIndex]) free = false;
        }
        if (!free) continue;
        addPair(context, { first: index, last: withHyphenatedEnding(context, index) }, covered, {
          stem: token.key,
          english: context.targetText.slice(occurrence.start, occurrence.end),
          score: 1,
          origin: 'latin',
        });
        return;
      }
    }
  });
}

// A Bengali case ending hyphenated onto a Latin word (DPRK-এর, CSIS-কে) belongs to its span.
const hyphenatedEndings = new Set(
  ['এর', 'র', 'ের', 'কে', 'তে', 'এ', 'য়ের', 'য়ে', 'ও', 'ই', 'রা', 'দের'].map(matchingForm),
);

function withHyphenatedEnding(context: Context, index: number): number {
  const next = context.sourceTokens[index + 1];
  if (next === undefined || next.script !== 'bengali' || !hyphenatedEndings.has(next.key))
    return index;
  const gap = context.sourceText.slice(context.sourceTokens[index]!.end, next.start);
  return /^[-‐‑]$/u.test(gap) ? index + 1 : index;
}

const isAcronymToken = (token: TargetToken): boolean => /^\p{Lu}{2,}$/u.test(undotted(token.text));

function pairAcronyms(context: Context): void {
  const acronymTokens = context.targetTokens
    .map((token, index) => ({ token, index }))
    .filter(({ token }) => isAcronymToken(token));
  if (acronymTokens.length === 0) return;
  context.sourceTokens.forEach((token, index) => {
    if (token.script !== 'bengali' || context.claims.source[index] || isBengaliStopWord(token.text))
      return;
    const readings = acronymReadings(token.text);
    if (readings.length === 0) return;
    for (const { token: targetToken, index: targetIndex } of acronymTokens) {
      if (context.claims.target[targetIndex]) continue;
      const acronym = undotted(targetToken.text);
      if (!readings.includes(acronym)) continue;
      const stem = candidateStems(token.text).find((candidate) =>
        acronymReadings(candidate).includes(acronym),
      );
      addPair(
        context,
        { first: index, last: index },
        { first: targetIndex, last: targetIndex },
        {
          stem: stem ?? token.key,
          english: targetToken.text,
          score: 1,
          origin: 'acronym',
        },
      );
      return;
    }
  });
}

function pairTranslatedNames(context: Context, index: TranslatedNameIndex): void {
  const sourceFree = (tokenIndex: number) => !context.claims.source[tokenIndex];
  const targetFree = (tokenIndex: number) => !context.claims.target[tokenIndex];
  for (let first = 0; first < context.sourceTokens.length; first++) {
    const matches = translatedNamesAt(context.sourceTokens, first, index, sourceFree);
    let found = false;
    for (const match of matches) {
      for (const spelling of match.name.english) {
        const occurrence = findEnglishSpelling(context.targetTokens, spelling, targetFree);
        if (occurrence === undefined) continue;
        addPair(context, match, occurrence, {
          stem: match.name.words.join(' '),
          english: spelling,
          score: 1,
          origin: 'translated',
        });
        found = true;
        break;
      }
      if (found) {
        first = match.last;
        break;
      }
    }
    const unmatched = matches.find((match) => match.name.reportMissing);
    if (!found && unmatched !== undefined) {
      context.unmatchedTranslated.push(unmatched);
      first = unmatched.last;
    }
  }
}

type PhoneticCandidate = {
  sourceFirst: number;
  sourceLast: number;
  targetFirst: number;
  targetLast: number;
  score: number;
  stem: string;
  rank: number;
};

function isEnglishNameCandidate(
  token: TargetToken,
  commonWords: ReadonlySet<string> | undefined,
): boolean {
  if (!token.capitalised || isEnglishNonNameWord(token.text)) return false;
  if (token.sentenceInitial && commonWords?.has(token.text.toLowerCase())) return false;
  return /\p{L}/u.test(token.text);
}

/** Candidate stems of a Bengali word with their compiled phonetic keys. */
const stemKeys = memoize((word: string): readonly { stem: string; key: CompiledKey }[] =>
  candidateStems(word).map((stem) => ({ stem, key: compileKey(bengaliPhonetic(stem)) })),
);

function passesThreshold(
  score: number,
  source: CompiledKey,
  target: CompiledKey,
  threshold: number,
): boolean {
  if (score < threshold) return false;
  const weight = Math.max(source.weight, target.weight);
  return weight >= lightKeyWeight || score >= Math.max(threshold, lightKeyThreshold);
}

function pairPhonetically(context: Context, options: PairingOptions): void {
  const threshold = options.threshold ?? defaultPairingThreshold;
  const { sourceTokens, targetTokens, claims } = context;

  // English runs: consecutive name candidates, possibly joined by connectors (Bank of England).
  const candidate = targetTokens.map(
    (token, index) =>
      !claims.target[index] && isEnglishNameCandidate(token, options.commonEnglishWords),
  );
  const plainCandidate = candidate.map(
    (isName, index) => isName && !isEnglishCalendarWord(targetTokens[index]!.text),
  );
  const targetKind = targetTokens.map((token, index) => {
    if (claims.target[index]) return 'none' as const;
    if (plainCandidate[index]) return 'name' as const;
    // A weekday or month only as part of a longer name (Saturday Night Live).
    if (candidate[index]) {
      const joinsNext = plainCandidate[index + 1] === true && !targetTokens[index + 1]!.breakBefore;
      const joinsPrevious = plainCandidate[index - 1] === true && !token.breakBefore;
      return joinsNext || joinsPrevious ? ('name' as const) : ('none' as const);
    }
    // The short lower-case tail of a hyphenated name (Kim Jong-un, Moon Jae-in).
    if (token.hyphenated && token.text.length <= 3 && candidate[index - 1] === true)
      return 'name' as const;
    return isEnglishConnector(token.text) ? ('connector' as const) : ('none' as const);
  });
  if (!targetKind.includes('name')) return;
  // Keys only for the words that can be part of a name; the rest are never compared.
  const noKey = compileKey('');
  const targetKeys = targetTokens.map((token, index) =>
    targetKind[index] === 'none' ? noKey : compileKey(englishPhonetic(token.text)),
  );
  // Inside a name a possessive is spelt out by the Bengali too (People’s = পিপলস).
  const innerTargetKeys = targetTokens.map((token, index) =>
    token.possessive && targetKind[index] !== 'none'
      ? compileKey(englishPhonetic(`${token.text}s`))
      : targetKeys[index]!,
  );
  const nameTargets = targetKind.flatMap((kind, index) => (kind === 'name' ? [index] : []));
  if (nameTargets.length === 0) return;
  const connectorTargets = targetKind.flatMap((kind, index) =>
    kind === 'connector' ? [index] : [],
  );

  // Which English words each Bengali word could stand for (similarity at least seedThreshold
  // for one of its stems). Only spans that begin and end on such partners are scored.
  const isSourceCandidate = (index: number): boolean => {
    const token = sourceTokens[index];
    return (
      token !== undefined &&
      !claims.source[index] &&
      token.script === 'bengali' &&
      !isBengaliStopKey(token.key)
    );
  };
  // In a long bead (a paragraph, a whole unsegmented document) a word is compared only with the
  // English words at a similar relative position, which keeps the work linear in its length.
  const isLong = sourceTokens.length > longBeadTokens && targetTokens.length > longBeadTokens;
  const nearby = (sourceIndex: number, targetIndex: number) =>
    !isLong ||
    Math.abs(sourceIndex / sourceTokens.length - targetIndex / targetTokens.length) <=
      longBeadWindow;
  // The same word meets the same English word again and again in a long bead.
  const seedCache = new Map<string, boolean>();
  const partnersOf = (sourceIndex: number, targets: readonly number[]): number[] => {
    const word = sourceTokens[sourceIndex]!.text;
    const partners: number[] = [];
    for (const targetIndex of targets) {
      if (!nearby(sourceIndex, targetIndex)) continue;
      const cacheKey = `${word}\u0000${targetTokens[targetIndex]!.text}`;
      let seeds = seedCache.get(cacheKey);
      if (seeds === undefined) {
        const targetKey = targetKeys[targetIndex]!;
        seeds = stemKeys(word).some(
          ({ key }) => compiledSimilarity(key, targetKey, seedThreshold) >= seedThreshold,
        );
        seedCache.set(cacheKey, seeds);
      }
      if (seeds) partners.push(targetIndex);
    }
    return partners;
  };
  const partners: number[][] = sourceTokens.map((_, index) =>
    isSourceCandidate(index) ? partnersOf(index, nameTargets) : [],
  );
  // A connector (অফ = of) only matters after a name word, so only such words are tried.
  const sourceKind = sourceTokens.map((_, index): 'name' | 'connector' | 'none' => {
    if (partners[index]!.length > 0) return 'name';
    if (
      connectorTargets.length === 0 ||
      !isSourceCandidate(index) ||
      (partners[index - 1]?.length ?? 0) === 0
    ) {
      return 'none';
    }
    return partnersOf(index, connectorTargets).length > 0 ? 'connector' : 'none';
  });

  const sourceRuns = runs(
    sourceTokens.length,
    (index) => sourceKind[index]!,
    (index) => sourceTokens[index]!.breakBefore,
  );
  const targetRuns = runs(
    targetTokens.length,
    (index) => targetKind[index]!,
    (index) => targetTokens[index]!.breakBefore,
  );
  // Each English span's key (and, ending in a plural s, its key without it: Bengali often drops
  // the s, Desert Island Discs = ডেজার্ট আইল্যান্ড ডিস্ক), built once for all Bengali spans.
  const targetSpans = targetRuns.flatMap(spansOf).map(([first, last]) => {
    const inner: CompiledKey[] = [];
    for (let index = first; index < last; index++) inner.push(innerTargetKeys[index]!);
    const lastText = targetTokens[last]!.text;
    const keys = [joinKeys([...inner, targetKeys[last]!])];
    if (/[^s]s$/.test(lastText))
      keys.push(joinKeys([...inner, compileKey(englishPhonetic(lastText.slice(0, -1)))]));
    return { first, last, keys };
  });
  // The English spans that contain each English word, so that a Bengali span meets only the
  // spans holding one of its first word's partners.
  const spansContaining = new Map<number, (typeof targetSpans)[number][]>();
  for (const targetSpan of targetSpans) {
    for (let index = targetSpan.first; index <= targetSpan.last; index++) {
      const list = spansContaining.get(index) ?? [];
      list.push(targetSpan);
      spansContaining.set(index, list);
    }
  }
  const partnerSets = partners.map((list) => new Set(list));
  const hasPartnerIn = (sourceIndex: number, first: number, last: number) => {
    const set = partnerSets[sourceIndex]!;
    for (let index = first; index <= last; index++) if (set.has(index)) return true;
    return false;
  };

  const candidates: PhoneticCandidate[] = [];
  for (const sourceRun of sourceRuns) {
    for (const [sourceFirst, sourceLast] of spansOf(sourceRun)) {
      const sourceWords = sourceLast - sourceFirst + 1;
      let sourceKeys: { stem: string; key: CompiledKey }[] | undefined;
      const reachable = new Set(
        partners[sourceFirst]!.flatMap((index) => spansContaining.get(index) ?? []),
      );
      for (const { first: targetFirst, last: targetLast, keys: targetKeyVariants } of reachable) {
        const targetWords = targetLast - targetFirst + 1;
        if (Math.abs(targetWords - sourceWords) > 2) continue;
        if (!hasPartnerIn(sourceLast, targetFirst, targetLast)) continue;

        sourceKeys ??= spanKeys(sourceTokens, sourceFirst, sourceLast);
        let best:
          { score: number; stem: string; key: CompiledKey; targetKey: CompiledKey } | undefined;
        for (const { stem, key } of sourceKeys) {
          for (const variant of targetKeyVariants) {
            const score = compiledSimilarity(key, variant, threshold);
            if (best === undefined || score > best.score)
              best = { score, stem, key, targetKey: variant };
          }
        }
        if (best === undefined || !passesThreshold(best.score, best.key, best.targetKey, threshold))
          continue;
        candidates.push({
          sourceFirst,
          sourceLast,
          targetFirst,
          targetLast,
          score: best.score,
          stem: best.stem,
          rank: best.score + lengthBonusPerWord * (Math.min(sourceWords, targetWords) - 1),
        });
      }
    }
  }

  candidates.sort(
    (a, b) => b.rank - a.rank || a.sourceFirst - b.sourceFirst || a.targetFirst - b.targetFirst,
  );
  const chosen: PhoneticCandidate[] = [];
  for (const candidate of candidates) {
    const sourceFree = range(candidate.sourceFirst, candidate.sourceLast).every(
      (index) => !claims.source[index],
    );
    const targetFree = range(candidate.targetFirst, candidate.targetLast).every(
      (index) => !claims.target[index],
    );
    if (!sourceFree || !targetFree) continue;
    claim(
      context,
      candidate.sourceFirst,
      candidate.sourceLast,
      candidate.targetFirst,
      candidate.targetLast,
    );
    chosen.push(candidate);
  }

  for (const candidate of mergeAdjacent(chosen, context).map((pair) =>
    withCompassWord(pair, context),
  )) {
    const targetStart = targetTokens[candidate.targetFirst]!.start;
    const targetEnd = targetTokens[candidate.targetLast]!.end;
    addPair(
      context,
      { first: candidate.sourceFirst, last: candidate.sourceLast },
      { first: candidate.targetFirst, last: candidate.targetLast },
      {
        stem: candidate.stem,
        english: context.targetText.slice(targetStart, targetEnd),
        score: Math.round(candidate.score * 1000) / 1000,
        origin: 'phonetic',
      },
    );
  }
}

/**
 * Joins pairs that continue each other on both sides (রাশিয়ান + ফেডারেশন next to Russian +
 * Federation): the parts of a long name often match better one by one than whole, but the
 * glossary wants the whole name.
 */
function mergeAdjacent(
  chosen: readonly PhoneticCandidate[],
  context: Context,
): PhoneticCandidate[] {
  const ordered = [...chosen].sort((a, b) => a.sourceFirst - b.sourceFirst);
  const merged: PhoneticCandidate[] = [];
  for (const candidate of ordered) {
    const previous = merged[merged.length - 1];
    const continues =
      previous !== undefined &&
      previous.sourceLast + 1 === candidate.sourceFirst &&
      previous.targetLast + 1 === candidate.targetFirst &&
      !context.sourceTokens[candidate.sourceFirst]!.breakBefore &&
      !context.targetTokens[candidate.targetFirst]!.breakBefore &&
      // Inner words of a name take no case ending or possessive (ট্রাম্পের হুইলিং = Trump’s Wheeling is two names).
      previous.stem.endsWith(context.sourceTokens[previous.sourceLast]!.key) &&
      !context.targetTokens[previous.targetLast]!.possessive &&
      candidate.sourceLast - previous.sourceFirst < maximumNameWords &&
      candidate.targetLast - previous.targetFirst < maximumNameWords;
    if (!continues) {
      merged.push(candidate);
      continue;
    }
    const sourceKey = joinKeys(
      previous.stem
        .split(' ')
        .concat(candidate.stem.split(' '))
        .map((word) => compileKey(bengaliPhonetic(word))),
    );
    const targetKey = joinKeys(
      range(previous.targetFirst, candidate.targetLast).map((index) =>
        compileKey(englishPhonetic(context.targetTokens[index]!.text)),
      ),
    );
    // Inner words keep their written form; only the last word loses its case ending.
    const innerWords = range(previous.sourceFirst, candidate.sourceFirst - 1).map(
      (index) => context.sourceTokens[index]!.key,
    );
    merged[merged.length - 1] = {
      sourceFirst: previous.sourceFirst,
      sourceLast: candidate.sourceLast,
      targetFirst: previous.targetFirst,
      targetLast: candidate.targetLast,
      score: compiledSimilarity(sourceKey, targetKey),
      stem: [...innerWords, candidate.stem].join(' '),
      rank: 0,
    };
  }
  return merged;
}

// Bengali translates the compass word of a place name and transliterates the rest:
// পশ্চিম ভার্জিনিয়া = West Virginia, দক্ষিণ ক্যারোলিনা = South Carolina.
const compassWords: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['পশ্চিম', ['West', 'Western']],
    ['পূর্ব', ['East', 'Eastern']],
    ['উত্তর', ['North', 'Northern']],
    ['দক্ষিণ', ['South', 'Southern']],
    ['মধ্য', ['Central', 'Middle']],
  ].map(([bengali, english]) => [normalizeForMatching(bengali as string), english as string[]]),
);

function withCompassWord(candidate: PhoneticCandidate, context: Context): PhoneticCandidate {
  const sourceIndex = candidate.sourceFirst - 1;
  const targetIndex = candidate.targetFirst - 1;
  const sourceToken = context.sourceTokens[sourceIndex];
  const targetToken = context.targetTokens[targetIndex];
  if (sourceToken === undefined || targetToken === undefined) return candidate;
  if (context.claims.source[sourceIndex] || context.claims.target[targetIndex]) return candidate;
  if (
    context.sourceTokens[candidate.sourceFirst]!.breakBefore ||
    context.targetTokens[candidate.targetFirst]!.breakBefore
  ) {
    return candidate;
  }
  if (!compassWords.get(sourceToken.key)?.includes(targetToken.text)) return candidate;
  return {
    ...candidate,
    sourceFirst: sourceIndex,
    targetFirst: targetIndex,
    stem: `${sourceToken.key} ${candidate.stem}`,
  };
}

/** A Bengali span's keys, one per stem of its last word; inner words keep their written form. */
function spanKeys(
  tokens: readonly SourceToken[],
  first: number,
  last: number,
): { stem: string; key: CompiledKey }[] {
  const lastStems = stemKeys(tokens[last]!.text);
  if (first === last) return [...lastStems];
  const innerKeys: CompiledKey[] = [];
  const innerWords: string[] = [];
  for (let index = first; index < last; index++) {
    innerKeys.push(compileKey(bengaliPhonetic(tokens[index]!.key)));
    innerWords.push(tokens[index]!.key);
  }
  return lastStems.map(({ stem, key }) => ({
    stem: [...innerWords, stem].join(' '),
    key: joinKeys([...innerKeys, key]),
  }));
}

type Run = { first: number; kinds: readonly ('name' | 'connector')[] };

/** Maximal stretches of name/connector tokens not interrupted by punctuation. */
function runs(
  count: number,
  kindOf: (index: number) => 'name' | 'connector' | 'none',
  breakBefore: (index: number) => boolean,
): Run[] {
  const result: Run[] = [];
  let current: { first: number; kinds: ('name' | 'connector')[] } | undefined;
  for (let index = 0; index < count; index++) {
    const kind = kindOf(index);
    if (kind === 'none' || (current !== undefined && breakBefore(index))) {
      if (current !== undefined) result.push(current);
      current = undefined;
    }
    if (kind === 'none') continue;
    current ??= { first: index, kinds: [] };
    current.kinds.push(kind);
  }
  if (current !== undefined) result.push(current);
  return result;
}

/** [first, last] token ranges inside a run that begin and end on a name word. */
function spansOf(run: Run): [number, number][] {
  const spans: [number, number][] = [];
  for (let start = 0; start < run.kinds.length; start++) {
    if (run.kinds[start] !== 'name') continue;
    for (let end = start; end < run.kinds.length && end - start < maximumNameWords; end++) {
      if (run.kinds[end] === 'name') spans.push([run.first + start, run.first + end]);
    }
  }
  return spans;
}

function range(first: number, last: number): number[] {
  const result: number[] = [];
  for (let index = first; index <= last; index++) result.push(index);
  return result;
}

/** A fresh pairing state for one sentence pair; `claimed` marks tokens another rule has taken. */
export function createPairingContext(
  source: string,
  target: string,
  sourceTokens: readonly SourceToken[] = tokenizeSource(source),
  targetTokens: readonly TargetToken[] = tokenizeTarget(target),
): PairingContext {
  return {
    sourceText: source,
    targetText: target,
    sourceTokens,
    targetTokens,
    claims: { source: sourceTokens.map(() => false), target: targetTokens.map(() => false) },
    pairs: [],
    unmatchedTranslated: [],
  };
}

/** Runs every rule on a context, exact rules first; pairs end up in Bengali text order. */
export function runPairing(context: PairingContext, options: PairingOptions = {}): void {
  if (context.sourceTokens.length > 0 && context.targetTokens.length > 0) {
    pairLatinTokens(context);
    pairAcronyms(context);
    pairTranslatedNames(context, options.translatedNames ?? builtInTranslatedNames());
    pairPhonetically(context, options);
  }
  context.pairs.sort((a, b) => a.source.start - b.source.start);
}

/**
 * The names in an aligned Bengali–English sentence pair, each Bengali span paired with at most one
 * English span and the reverse, in Bengali text order.
 */
export function pairNames(
  source: string,
  target: string,
  options: PairingOptions = {},
): NamePair[] {
  const context = createPairingContext(source, target);
  runPairing(context, options);
  return context.pairs;
}

// Glossary mining: names paired in every bead of a document (or a corpus), grouped by their
// English form, with the Bengali spellings and inflected forms of each group as its variants
// (ল্যাভরভ, লাভরভ, ল্যাভরভের → Lavrov).

import { bengaliFormKey, bengaliKeys, englishKey, indexRejections, isRejected } from './glossary';
import { matchingForm } from './memo';
import type { GlossaryTerm, RejectedPair } from './glossary';
import { pairNames } from './pairing';
import type { NamePair, NamePairOrigin, PairingOptions } from './pairing';
import { candidateStems } from './stems';
import { tokenizeSource } from './tokens';

/** One aligned bead's texts (several sentences of a side joined with a space are fine). */
export type BeadText = { source: string; target: string };

/** A proposed glossary pair, exactly as `setu names --format json` prints it. */
export type MinedNamePair = {
  bn: string;
  en: string;
  /** Other Bengali spellings and inflected forms seen for this English, most frequent first. */
  variants: string[];
  /** Occurrences in the beads. */
  count: number;
  /** Mean pairing confidence in [0, 1]. */
  score: number;
};

export type MiningOptions = PairingOptions & {
  /** Pairs already in the glossary: not proposed again, though new spellings of them are. */
  known?: readonly GlossaryTerm[];
  /** Pairs a reviewer rejected: their occurrences are not counted. */
  rejected?: readonly RejectedPair[];
  /** Drop proposals seen fewer times than this (default 1). */
  minimumCount?: number;
};

/** Proposals are grouped by English form, singular and plural together (Republican, Republicans). */
const groupKey = (english: string): string => englishKey(english).replace(/(?<=[^s\s]{3})s$/u, '');

type Occurrence = {
  stem: string;
  surface: string;
  english: string;
  score: number;
  origin: NamePairOrigin;
  order: number;
};

// A Bengali word that is common in the corpus but paired in less than this share of its
// occurrences is an ordinary word that happens to sound like a name now and then.
const commonWordMinimumOccurrences = 4;
const commonWordMinimumPairedShare = 0.25;
// A one-word pair is dropped when its Bengali is paired with another English this many times as often.
const minorityReadingFactor = 3;

/**
 * The words an English text uses in lower case: a capitalised word among them is not a name by
 * its capital alone when it starts a sentence (Police said … / the police). Pass the result as
 * PairingOptions.commonEnglishWords when pairing or hinting the beads of one document.
 */
export function commonEnglishWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’-]*/gu)) words.add(match[0]);
  return words;
}

/** How often each of the given Bengali stems occurs in the sources, inflected or not. */
function stemFrequencies(
  beads: readonly BeadText[],
  stems: ReadonlySet<string>,
): Map<string, number> {
  const frequencies = new Map<string, number>();
  if (stems.size === 0) return frequencies;
  const initials = new Set([...stems].map((stem) => stem[0]));
  for (const bead of beads) {
    for (const token of tokenizeSource(bead.source)) {
      // Only a word that begins like one of the stems can be an inflection of it.
      if (token.script !== 'bengali' || !initials.has(token.key[0])) continue;
      for (const stem of candidateStems(token.text)) {
        if (stems.has(stem)) frequencies.set(stem, (frequencies.get(stem) ?? 0) + 1);
      }
    }
  }
  return frequencies;
}

function occurrenceOf(pair: NamePair, order: number): Occurrence {
  return {
    stem: pair.stem,
    surface: matchingForm(pair.source.text).replace(/\s+/gu, ' '),
    english: pair.english,
    score: pair.score,
    origin: pair.origin,
    order,
  };
}

/**
 * Splits an occurrence of a multi-word pair when two or more of its parts are names of their
 * own elsewhere, more often than the whole is (West Virginia Republican Senate → West Virginia,
 * Republican, Senate), so that adjacent names do not become one glossary entry; Sergei Lavrov
 * (only Lavrov stands alone) and Kim Jong Un stay whole.
 */
function splitRunTogetherNames(occurrences: readonly Occurrence[]): Occurrence[] {
  const counts = new Map<string, number>();
  const pairKey = (stem: string, english: string) => `${stem}\u0000${groupKey(english)}`;
  for (const occurrence of occurrences) {
    const key = pairKey(occurrence.stem, occurrence.english);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const result: Occurrence[] = [];
  for (const occurrence of occurrences) {
    const bengaliWords = occurrence.stem.split(' ');
    const englishWords = occurrence.english.split(/\s+/);
    const surfaceWords = occurrence.surface.split(' ');
    if (
      occurrence.origin !== 'phonetic' ||
      bengaliWords.length < 2 ||
      bengaliWords.length !== englishWords.length
    ) {
      result.push(occurrence);
      continue;
    }
    const wholeCount = counts.get(pairKey(occurrence.stem, occurrence.english)) ?? 0;
    const standsAlone = (first: number, end: number) =>
      (counts.get(
        pairKey(bengaliWords.slice(first, end).join(' '), englishWords.slice(first, end).join(' ')),
      ) ?? 0) > wholeCount;
    // Left to right, the longest part that stands alone; words in no such part stay together.
    const parts: { first: number; end: number; alone: boolean }[] = [];
    for (let first = 0; first < bengaliWords.length;) {
      let end = bengaliWords.length;
      while (end > first && !(end - first < bengaliWords.length && standsAlone(first, end))) end--;
      if (end > first) {
        parts.push({ first, end, alone: true });
        first = end;
      } else {
        const previous = parts[parts.length - 1];
        if (previous !== undefined && !previous.alone) previous.end = first + 1;
        else parts.push({ first, end: first + 1, alone: false });
        first++;
      }
    }
    if (parts.filter((part) => part.alone).length < 2) {
      result.push(occurrence);
      continue;
    }
    for (const { first, end } of parts) {
      const isLast = end === bengaliWords.length;
      result.push({
        ...occurrence,
        stem: bengaliWords.slice(first, end).join(' '),
        english: englishWords.slice(first, end).join(' '),
        surface:
          isLast && surfaceWords.length === bengaliWords.length
            ? surfaceWords.slice(first, end).join(' ')
            : bengaliWords.slice(first, end).join(' '),
      });
    }
  }
  return result;
}

type Group = {
  occurrences: Occurrence[];
  englishForms: Map<string, number>;
  forms: Map<string, { count: number; order: number; isStem: boolean }>;
  count: number;
  scoreTotal: number;
  firstOrder: number;
  singleWordPhonetic: boolean;
};

function addForm(group: Group, form: string, order: number, isStem: boolean): void {
  const existing = group.forms.get(form);
  if (existing === undefined) group.forms.set(form, { count: 1, order, isStem });
  else {
    existing.count++;
    existing.isStem ||= isStem;
  }
}

/**
 * Proposes glossary pairs from aligned beads: every name paired in a bead (see pairNames), grouped
 * by English form; the Bengali form is the most frequent base form, the other spellings and
 * inflected forms are its variants. Sorted by count, then score.
 */
export function mineNamePairs(
  beads: readonly BeadText[],
  options: MiningOptions = {},
): MinedNamePair[] {
  const pairingOptions: PairingOptions = {
    ...options,
    commonEnglishWords:
      options.commonEnglishWords ?? commonEnglishWords(beads.map((bead) => bead.target)),
  };
  const rejections = indexRejections(options.rejected ?? []);
  let occurrences: Occurrence[] = [];
  beads.forEach((bead, beadIndex) => {
    for (const pair of pairNames(bead.source, bead.target, pairingOptions)) {
      // A code written the same in both scripts (B-52, F125) needs no glossary entry.
      if (pair.origin === 'latin' && /\p{Nd}/u.test(pair.stem)) continue;
      occurrences.push(occurrenceOf(pair, beadIndex * 10_000 + pair.source.start));
    }
  });
  occurrences = splitRunTogetherNames(occurrences).filter(
    (occurrence) =>
      !isRejected(rejections, occurrence.stem, occurrence.english) &&
      !isRejected(rejections, occurrence.surface, occurrence.english),
  );

  const groups = new Map<string, Group>();
  for (const occurrence of occurrences) {
    const key = groupKey(occurrence.english);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        occurrences: [],
        englishForms: new Map(),
        forms: new Map(),
        count: 0,
        scoreTotal: 0,
        firstOrder: occurrence.order,
        singleWordPhonetic: true,
      };
      groups.set(key, group);
    }
    group.occurrences.push(occurrence);
    group.englishForms.set(
      occurrence.english,
      (group.englishForms.get(occurrence.english) ?? 0) + 1,
    );
    addForm(group, occurrence.stem, occurrence.order, true);
    if (occurrence.surface !== occurrence.stem)
      addForm(group, occurrence.surface, occurrence.order, false);
    group.count++;
    group.scoreTotal += occurrence.score;
    group.singleWordPhonetic &&= occurrence.origin === 'phonetic' && !occurrence.stem.includes(' ');
  }

  const singleWordStems = new Set<string>();
  for (const group of groups.values()) {
    if (group.singleWordPhonetic)
      for (const [form, { isStem }] of group.forms) if (isStem) singleWordStems.add(form);
  }
  const frequencies = stemFrequencies(beads, singleWordStems);
  // Occurrences inside longer names count as paired too (ব্রেট in ব্রেট কাভানা).
  const pairedCounts = new Map<string, number>();
  // What each one-word stem is paired with on its own, by English key.
  const pairedWith = new Map<string, Map<string, number>>();
  for (const occurrence of occurrences) {
    for (const word of new Set(occurrence.stem.split(' ')))
      pairedCounts.set(word, (pairedCounts.get(word) ?? 0) + 1);
    if (occurrence.stem.includes(' ')) continue;
    const counts = pairedWith.get(occurrence.stem) ?? new Map<string, number>();
    const key = groupKey(occurrence.english);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    pairedWith.set(occurrence.stem, counts);
  }
  const knownIndex = indexKnown(options.known ?? []);
  const minimumCount = options.minimumCount ?? 1;
  const mined: MinedNamePair[] = [];
  for (const group of groups.values()) {
    const ranked = [...group.forms.entries()].sort(
      ([, a], [, b]) =>
        Number(b.isStem) - Number(a.isStem) || b.count - a.count || a.order - b.order,
    );
    const bn = ranked[0]![0];
    if (group.singleWordPhonetic) {
      const occurrencesOfWord = frequencies.get(bn) ?? 0;
      if (
        occurrencesOfWord >= commonWordMinimumOccurrences &&
        (pairedCounts.get(bn) ?? 0) / occurrencesOfWord < commonWordMinimumPairedShare
      ) {
        continue;
      }
      // A stray minority reading: ওয়েলশ is Welsh eight times and Wales once.
      const ownKey = groupKey(mostFrequent(group.englishForms));
      let otherReadings = 0;
      for (const [key, count] of pairedWith.get(bn) ?? [])
        if (key !== ownKey) otherReadings += count;
      if (otherReadings >= minorityReadingFactor * group.count) continue;
    }
    const en = mostFrequent(group.englishForms);
    const variants = ranked
      .slice(1)
      .sort(([, a], [, b]) => b.count - a.count || a.order - b.order)
      .map(([form]) => form);
    const proposal = againstKnown(
      {
        bn,
        en,
        variants,
        count: group.count,
        score: Math.round((group.scoreTotal / group.count) * 1000) / 1000,
      },
      group,
      knownIndex,
    );
    if (proposal !== undefined && proposal.count >= minimumCount) mined.push(proposal);
  }
  return mined.sort((a, b) => b.count - a.count || b.score - a.score || a.bn.localeCompare(b.bn));
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best![0];
}

type KnownIndex = ReadonlyMap<string, { term: GlossaryTerm; forms: ReadonlySet<string> }>;

function indexKnown(known: readonly GlossaryTerm[]): KnownIndex {
  const index = new Map<string, { term: GlossaryTerm; forms: Set<string> }>();
  for (const term of known) {
    const key = englishKey(term.target);
    const entry = index.get(key) ?? { term, forms: new Set<string>() };
    for (const form of [term.source, ...term.variants]) {
      entry.forms.add(bengaliFormKey(form));
      for (const stem of bengaliKeys(form)) entry.forms.add(stem);
    }
    index.set(key, entry);
  }
  return index;
}

/** A proposal for an English form already in the glossary keeps only the Bengali forms that are new. */
function againstKnown(
  proposal: MinedNamePair,
  group: Group,
  known: KnownIndex,
): MinedNamePair | undefined {
  const entry = known.get(englishKey(proposal.en));
  if (entry === undefined) return proposal;
  const isNew = (form: string) =>
    !entry.forms.has(bengaliFormKey(form)) && !isInflectionOfKnown(form, entry.forms);
  const newOccurrences = group.occurrences.filter(
    (occurrence) => isNew(occurrence.stem) || isNew(occurrence.surface),
  );
  if (newOccurrences.length === 0) return undefined;
  return {
    bn: entry.term.source,
    en: entry.term.target,
    variants: [proposal.bn, ...proposal.variants].filter(isNew),
    count: newOccurrences.length,
    score:
      Math.round(
        (newOccurrences.reduce((total, occurrence) => total + occurrence.score, 0) /
          newOccurrences.length) *
          1000,
      ) / 1000,
  };
}

function isInflectionOfKnown(form: string, knownForms: ReadonlySet<string>): boolean {
  for (const key of bengaliKeys(form)) if (knownForms.has(key)) return true;
  return false;
}

// Per-sentence features the aligner's cost reads, packed into typed arrays so the dynamic
// program touches no objects: lengths, sentence-terminator counts, paragraph ends, anchors.

import { extractNumbers, visibleLength } from '../text';
import { countSentences } from '../segment';
import { bengaliSkeletons, englishSkeleton } from './skeleton';

export type TextUnit = { readonly text: string; readonly trailing?: string };

export type SideFeatures = {
  count: number;
  /** lengthPrefix[i] = visible characters of units 0..i-1. */
  lengthPrefix: Float64Array;
  /** Sentences the segmenter finds inside each unit, prefix-summed (a unit holding two sentences wants a 2-1 bead). */
  sentencePrefix: Float64Array;
  /** 1 where a line break follows the unit. */
  paragraphEnd: Uint8Array;
  /**
   * continuesPrefix[i] = how many of units 0..i-1 continue into the next unit: pieces of one
   * sentence cut at a weak break, which a bead may hold together without paying for a merge.
   */
  continuesPrefix: Float64Array;
  /** anchorIds[anchorStart[i] .. anchorStart[i+1]) are unit i's anchors, sorted, repeated per occurrence. */
  anchorStart: Int32Array;
  anchorIds: Int32Array;
  /** Prefix sums over units of the weight their anchors can earn by being matched. */
  anchorMatchPrefix: Float64Array;
  /** Prefix sums over units of the weight their anchors cost when left unmatched. */
  anchorMissPrefix: Float64Array;
  /**
   * Prefix sums over units of the match weight their anchors would earn by chance against one
   * unit of the other side (weight × the anchor's frequency per unit there): a bead is credited
   * only with matches beyond chance, so merging units does not pay by collecting common words.
   */
  anchorChancePrefix: Float64Array;
};

export type DocumentFeatures = {
  source: SideFeatures;
  target: SideFeatures;
  /** Per anchor id: the cost removed when it is matched in a bead (rarer anchors weigh more). */
  anchorMatchWeight: Float64Array;
  /** Per anchor id: the cost added when it is unmatched; 0 for anchors whose absence says little (skeletons). */
  anchorMissWeight: Float64Array;
};

// Anchor keys start with their kind: # number, L Latin token, P punctuation, N consonant
// skeleton of a possibly transliterated word. A number or Latin token on one side only is
// evidence against a bead; a word without a transliteration on the other side is not.
const matchWeightOfKind: Record<string, number> = { '#': 1, L: 1, P: 0.4, N: 1 };
const missWeightOfKind: Record<string, number> = { '#': 1, L: 1, P: 0.4, N: 0 };

const bengaliLetter = /[\u0980-\u09FF]/;
const anyLatinLetter = /[A-Za-z\u00C0-\u024F]/;
// Latin words with inner hyphens, dots or apostrophes (B-52, U.S, O'Brien); ASCII-first for speed.
const latinToken =
  /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:[-.'’][A-Za-z\u00C0-\u024F0-9]+)*/g;

/** Whether most units of the side hold Bengali letters: decides segmentation rules and which side's Latin tokens are anchors. */
export function looksBengali(units: readonly TextUnit[]): boolean {
  let bengali = 0;
  let sampled = 0;
  const step = Math.max(1, Math.floor(units.length / 200));
  for (let index = 0; index < units.length; index += step) {
    sampled++;
    if (bengaliLetter.test(units[index]!.text)) bengali++;
  }
  return sampled > 0 && bengali * 2 >= sampled;
}

// "U.S" and "US" meet; an all-capital acronym keeps its case so "US" does not meet the pronoun "us".
function latinKey(token: string): string {
  const undotted = token.includes('.') ? token.replace(/\./g, '') : token;
  const upper = undotted.toUpperCase();
  const isAcronym = undotted.length > 1 && undotted === upper && upper !== undotted.toLowerCase();
  return `L${isAcronym ? undotted : undotted.toLowerCase()}`;
}

function latinKeys(text: string): string[] {
  if (!anyLatinLetter.test(text)) return [];
  const keys: string[] = [];
  for (const match of text.matchAll(latinToken)) keys.push(latinKey(match[0]));
  return keys;
}

const vocabularyPatterns = new WeakMap<ReadonlySet<string>, RegExp | null>();

/**
 * Keys of the vocabulary's tokens in a Latin-script text. One case-insensitive alternation
 * per vocabulary scans each sentence once, instead of making a key of every word in it.
 */
function vocabularyKeys(text: string, vocabulary: ReadonlySet<string>): string[] {
  let pattern = vocabularyPatterns.get(vocabulary);
  if (pattern === undefined) {
    const alternatives = [...vocabulary]
      .map((key) => key.slice(1))
      .sort((left, right) => right.length - left.length)
      .map((word) =>
        Array.from(word, (char) => char.replace(/[.*+?^${}()|[\]\\]/, '\\$&')).join('\\.?'),
      );
    pattern =
      alternatives.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{Nd}])(?:${alternatives.join('|')})(?![\\p{L}\\p{Nd}])`, 'giu')
        : null;
    vocabularyPatterns.set(vocabulary, pattern);
  }
  if (pattern === null) return [];
  const keys: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const key = latinKey(match[0]);
    if (vocabulary.has(key)) keys.push(key);
  }
  return keys;
}

/** Anchor keys interned as ids, with their kind's weights and their occurrences on each side. */
class AnchorTable {
  readonly ids = new Map<string, number>();
  readonly kinds: string[] = [];
  readonly occurrences: [number[], number[]] = [[], []];

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.kinds.length;
      this.ids.set(key, id);
      this.kinds.push(key[0]!);
      this.occurrences[0].push(0);
      this.occurrences[1].push(0);
    }
    return id;
  }
}

/** Each unit's anchor ids, flat: ids[start[i] .. start[i+1]) belong to unit i. */
type AnchorLists = { ids: Int32Array; start: Int32Array };

/**
 * An append-only list of integers in a typed array: hundreds of thousands of pushes onto a
 * plain array spent more time in its growth than everything else in feature extraction.
 */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

function addNumberIds(text: string, table: AnchorTable, ids: IntList): void {
  let hasDigit = false;
  for (let index = 0; index < text.length && !hasDigit; index++) {
    const code = text.charCodeAt(index);
    hasDigit = (code >= 48 && code <= 57) || (code >= 0x09e6 && code <= 0x09ef);
  }
  if (!hasDigit) return;
  for (const number of extractNumbers(text)) ids.push(table.id(`#${number.value}`));
}

function addPunctuationIds(text: string, table: AnchorTable, ids: IntList): void {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 63) ids.push(table.id('P?'));
    else if (code === 33) ids.push(table.id('P!'));
    else if (code === 40 || code === 91) ids.push(table.id('P('));
    // Double quotes of any shape (" “ ” „ « »): whether the unit quotes someone, not how often.
    else if (
      code === 34 ||
      code === 0x201c ||
      code === 0x201d ||
      code === 0x201e ||
      code === 0xab ||
      code === 0xbb
    )
      quoted = true;
  }
  if (quoted) ids.push(table.id('P"'));
}

function isBengaliWordCode(code: number): boolean {
  return (code >= 0x0980 && code <= 0x09ff) || code === 0x200c || code === 0x200d;
}

function isEnglishWordCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 0x2019
  );
}

/**
 * The distinct words of a document, found by their characters in place: a word seen before
 * costs a hash and a comparison, not a substring and a string-keyed lookup (there are ~50
 * words per sentence pair, and the garbage of slicing each one dominated feature extraction).
 */
class WordTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];
  readonly words: string[] = [];
  /** skeletonIds[skeletonStart[w] .. skeletonStart[w+1]) are word w's skeleton anchor ids. */
  readonly skeletonStart: number[] = [0];
  readonly skeletonIds: number[] = [];

  /** The word's index, or -1 when it is new (its hash is `hash`). */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.slots[slot]!;
      if (word < 0) return -1;
      if (this.hashes[word] !== hash) continue;
      const candidate = this.words[word]!;
      if (candidate.length !== length) continue;
      let same = true;
      for (let index = 0; index < length && same; index++)
        same = candidate.charCodeAt(index) === text.charCodeAt(start + index);
      if (same) return word;
    }
  }

  add(word: string, hash: number, ids: readonly number[]): number {
    const index = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    for (const id of ids) this.skeletonIds.push(id);
    this.skeletonStart.push(this.skeletonIds.length);
    if (this.words.length * 2 > this.slots.length) this.grow();
    else this.place(index);
    return index;
  }

  private place(word: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[word]! & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = word;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let word = 0; word < this.words.length; word++) this.place(word);
  }
}

/**
 * Skeleton anchor ids of each unit's words, each at most once per unit; words repeat through a
 * document, so each word's skeletons are computed once. A one-consonant skeleton matches too
 * much and is left out. (A hand-written word scanner: this runs over every word of both sides.)
 */
function skeletonIds(
  units: readonly TextUnit[],
  bengali: boolean,
  table: AnchorTable,
): AnchorLists {
  const words = new WordTable();
  const ids = new IntList();
  const start = new Int32Array(units.length + 1);
  // lastUnitOf[id] = the last unit that received skeleton `id` (+1, so 0 means none yet).
  let lastUnitOf = new Int32Array(1024);
  for (let unit = 0; unit < units.length; unit++) {
    const text = units[unit]!.text;
    let index = 0;
    while (index < text.length) {
      let code = text.charCodeAt(index);
      if (!(bengali ? isBengaliWordCode(code) : isEnglishWordCode(code))) {
        index++;
        continue;
      }
      const wordStart = index;
      let hash = 0x811c9dc5;
      do {
        hash = Math.imul(hash ^ code, 0x01000193);
        index++;
        if (index >= text.length) break;
        code = text.charCodeAt(index);
      } while (bengali ? isBengaliWordCode(code) : isEnglishWordCode(code));
      hash >>>= 1;
      let word = words.find(text, wordStart, index, hash);
      if (word < 0) {
        const spelled = text.slice(wordStart, index);
        const skeletons = bengali ? bengaliSkeletons(spelled) : [englishSkeleton(spelled)];
        word = words.add(
          spelled,
          hash,
          skeletons
            .filter((skeleton) => skeleton.length >= 2)
            .map((skeleton) => table.id(`N${skeleton}`)),
        );
      }
      const to = words.skeletonStart[word + 1]!;
      for (let at = words.skeletonStart[word]!; at < to; at++) {
        const id = words.skeletonIds[at]!;
        if (id >= lastUnitOf.length) {
          const grown = new Int32Array(Math.max(id + 1, lastUnitOf.length * 2));
          grown.set(lastUnitOf);
          lastUnitOf = grown;
        }
        if (lastUnitOf[id] === unit + 1) continue;
        lastUnitOf[id] = unit + 1;
        ids.push(id);
      }
    }
    start[unit + 1] = ids.length;
  }
  return { ids: ids.toArray(), start };
}

export type FeatureOptions = {
  sourceLang?: string;
  targetLang?: string;
  /** Per unit, 1 where it is a piece of a sentence that goes on in the next unit. */
  sourceContinues?: Uint8Array;
  targetContinues?: Uint8Array;
};

/** A skeleton found in more than this share of the other side's units is a common-word collision, not a name. */
const commonSkeletonShare = 0.1;

export function computeFeatures(
  source: readonly TextUnit[],
  target: readonly TextUnit[],
  options: FeatureOptions = {},
): DocumentFeatures {
  const sourceBengali = options.sourceLang ? /^bn/i.test(options.sourceLang) : looksBengali(source);
  const targetBengali = options.targetLang ? /^bn/i.test(options.targetLang) : looksBengali(target);
  const sourceLang = options.sourceLang ?? (sourceBengali ? 'bn' : 'en');
  const targetLang = options.targetLang ?? (targetBengali ? 'bn' : 'en');
  const table = new AnchorTable();

  // Latin tokens are anchors when they are foreign to one side: TASS inside Bengali meets TASS in English.
  // Between two Latin-script sides every word would be an "anchor", so they are only used across scripts.
  const foreignSide =
    sourceBengali && !targetBengali ? 'source' : targetBengali && !sourceBengali ? 'target' : null;
  let sourceLatin: string[][] | null = null;
  let targetLatin: string[][] | null = null;
  if (foreignSide) {
    const vocabulary = new Set<string>();
    const foreign = (foreignSide === 'source' ? source : target).map((unit) =>
      latinKeys(unit.text),
    );
    for (const list of foreign) for (const key of list) vocabulary.add(key);
    const native = (foreignSide === 'source' ? target : source).map((unit) =>
      vocabularyKeys(unit.text, vocabulary),
    );
    sourceLatin = foreignSide === 'source' ? foreign : native;
    targetLatin = foreignSide === 'source' ? native : foreign;
  }
  const sourceSkeletons = foreignSide ? skeletonIds(source, sourceBengali, table) : null;
  const targetSkeletons = foreignSide ? skeletonIds(target, targetBengali, table) : null;

  const listsOf = (
    units: readonly TextUnit[],
    latin: string[][] | null,
    skeletons: AnchorLists | null,
  ): AnchorLists => {
    const ids = new IntList();
    const start = new Int32Array(units.length + 1);
    for (let index = 0; index < units.length; index++) {
      const text = units[index]!.text;
      addNumberIds(text, table, ids);
      const latinKeysOfUnit = latin?.[index];
      if (latinKeysOfUnit) for (const key of latinKeysOfUnit) ids.push(table.id(key));
      addPunctuationIds(text, table, ids);
      if (skeletons) {
        const to = skeletons.start[index + 1]!;
        for (let at = skeletons.start[index]!; at < to; at++) ids.push(skeletons.ids[at]!);
      }
      start[index + 1] = ids.length;
    }
    return { ids: ids.toArray(), start };
  };
  const sourceLists = listsOf(source, sourceLatin, sourceSkeletons);
  const targetLists = listsOf(target, targetLatin, targetSkeletons);
  const [sourceOccurrences, targetOccurrences] = table.occurrences;
  for (const id of sourceLists.ids) sourceOccurrences[id]!++;
  for (const id of targetLists.ids) targetOccurrences[id]!++;

  // Weights: an anchor repeated through the document says less about where it belongs. A
  // skeleton on one side only can never match, and one on too many units matches by chance:
  // both are dropped.
  const anchorCount = table.kinds.length;
  const anchorMatchWeight = new Float64Array(anchorCount);
  const anchorMissWeight = new Float64Array(anchorCount);
  const sourceChance = new Float64Array(anchorCount);
  const targetChance = new Float64Array(anchorCount);
  const kept = new Uint8Array(anchorCount);
  for (let id = 0; id < anchorCount; id++) {
    const kind = table.kinds[id]!;
    const inSource = sourceOccurrences[id]!;
    const inTarget = targetOccurrences[id]!;
    if (kind === 'N') {
      const common =
        inSource > commonSkeletonShare * source.length ||
        inTarget > commonSkeletonShare * target.length;
      if (inSource === 0 || inTarget === 0 || (common && Math.min(inSource, inTarget) > 2))
        continue;
    }
    kept[id] = 1;
    const rarity = 1 / (1 + Math.log(Math.max(inSource, inTarget)));
    const matchWeight = matchWeightOfKind[kind]! * rarity;
    anchorMatchWeight[id] = matchWeight;
    anchorMissWeight[id] = missWeightOfKind[kind]! * rarity;
    sourceChance[id] = (matchWeight * inTarget) / Math.max(1, target.length);
    targetChance[id] = (matchWeight * inSource) / Math.max(1, source.length);
  }
  return {
    source: packSide(
      source,
      sourceLists,
      kept,
      anchorMatchWeight,
      anchorMissWeight,
      sourceChance,
      sourceLang,
      options.sourceContinues,
    ),
    target: packSide(
      target,
      targetLists,
      kept,
      anchorMatchWeight,
      anchorMissWeight,
      targetChance,
      targetLang,
      options.targetContinues,
    ),
    anchorMatchWeight,
    anchorMissWeight,
  };
}

function holdsLineBreak(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** Insertion sort of values[from .. to), in place: a unit's few anchors, where it beats a comparator sort. */
function sortSmall(values: Int32Array, from: number, to: number): void {
  for (let index = from + 1; index < to; index++) {
    const value = values[index]!;
    let at = index - 1;
    while (at >= from && values[at]! > value) {
      values[at + 1] = values[at]!;
      at--;
    }
    values[at + 1] = value;
  }
}

function packSide(
  units: readonly TextUnit[],
  lists: AnchorLists,
  kept: Uint8Array,
  matchWeight: Float64Array,
  missWeight: Float64Array,
  chanceWeight: Float64Array,
  lang: string,
  continues: Uint8Array | undefined,
): SideFeatures {
  const count = units.length;
  const lengthPrefix = new Float64Array(count + 1);
  const sentencePrefix = new Float64Array(count + 1);
  const paragraphEnd = new Uint8Array(count);
  const continuesPrefix = new Float64Array(count + 1);
  const anchorStart = new Int32Array(count + 1);
  const anchorMatchPrefix = new Float64Array(count + 1);
  const anchorMissPrefix = new Float64Array(count + 1);
  const anchorChancePrefix = new Float64Array(count + 1);
  let totalAnchors = 0;
  for (const id of lists.ids) totalAnchors += kept[id]!;
  const anchorIds = new Int32Array(totalAnchors);
  let cursor = 0;
  for (let index = 0; index < count; index++) {
    const unit = units[index]!;
    lengthPrefix[index + 1] = lengthPrefix[index]! + visibleLength(unit.text);
    const continuesIntoNext = continues?.[index] === 1 && index + 1 < count;
    continuesPrefix[index + 1] = continuesPrefix[index]! + (continuesIntoNext ? 1 : 0);
    // A sentence cut into pieces counts once, in its last piece.
    sentencePrefix[index + 1] =
      sentencePrefix[index]! +
      (continuesIntoNext ? 0 : Math.max(1, countSentences(unit.text, lang)));
    paragraphEnd[index] = unit.trailing !== undefined && holdsLineBreak(unit.trailing) ? 1 : 0;
    anchorStart[index] = cursor;
    const to = lists.start[index + 1]!;
    for (let at = lists.start[index]!; at < to; at++) {
      const id = lists.ids[at]!;
      if (kept[id] === 1) anchorIds[cursor++] = id;
    }
    sortSmall(anchorIds, anchorStart[index]!, cursor);
    let match = 0;
    let miss = 0;
    let chance = 0;
    for (let at = anchorStart[index]!; at < cursor; at++) {
      const id = anchorIds[at]!;
      match += matchWeight[id]!;
      miss += missWeight[id]!;
      chance += chanceWeight[id]!;
    }
    anchorMatchPrefix[index + 1] = anchorMatchPrefix[index]! + match;
    anchorMissPrefix[index + 1] = anchorMissPrefix[index]! + miss;
    anchorChancePrefix[index + 1] = anchorChancePrefix[index]! + chance;
  }
  anchorStart[count] = cursor;
  return {
    count,
    lengthPrefix,
    sentencePrefix,
    paragraphEnd,
    continuesPrefix,
    anchorStart,
    anchorIds,
    anchorMatchPrefix,
    anchorMissPrefix,
    anchorChancePrefix,
  };
}

/**
 * The anchors two units share, each occurrence matched at most once: adds their match weight
 * to shared[0] and their miss weight to shared[1].
 */
export function addSharedAnchors(
  features: DocumentFeatures,
  sourceIndex: number,
  targetIndex: number,
  shared: Float64Array,
): void {
  const { source, target, anchorMatchWeight, anchorMissWeight } = features;
  let left = source.anchorStart[sourceIndex]!;
  const leftEnd = source.anchorStart[sourceIndex + 1]!;
  let right = target.anchorStart[targetIndex]!;
  const rightEnd = target.anchorStart[targetIndex + 1]!;
  while (left < leftEnd && right < rightEnd) {
    const leftId = source.anchorIds[left]!;
    const rightId = target.anchorIds[right]!;
    if (leftId === rightId) {
      shared[0]! += anchorMatchWeight[leftId]!;
      shared[1]! += anchorMissWeight[leftId]!;
      left++;
      right++;
    } else if (leftId < rightId) left++;
    else right++;
  }
}

/** Features of a coarser document where each unit is `factor` consecutive units: for the first pass of long documents. */
export function downsampleSide(side: SideFeatures, factor: number): SideFeatures {
  const count = Math.ceil(side.count / factor);
  const lengthPrefix = new Float64Array(count + 1);
  const sentencePrefix = new Float64Array(count + 1);
  const anchorMatchPrefix = new Float64Array(count + 1);
  const anchorMissPrefix = new Float64Array(count + 1);
  const anchorChancePrefix = new Float64Array(count + 1);
  const paragraphEnd = new Uint8Array(count);
  // Blocks are compared by length only: weak breaks inside them do not matter.
  const continuesPrefix = new Float64Array(count + 1);
  const anchorStart = new Int32Array(count + 1);
  const anchorIds = new Int32Array(side.anchorIds.length);
  let cursor = 0;
  for (let coarse = 0; coarse < count; coarse++) {
    const from = coarse * factor;
    const to = Math.min(side.count, from + factor);
    lengthPrefix[coarse + 1] = side.lengthPrefix[to]!;
    sentencePrefix[coarse + 1] = side.sentencePrefix[to]!;
    anchorMatchPrefix[coarse + 1] = side.anchorMatchPrefix[to]!;
    anchorMissPrefix[coarse + 1] = side.anchorMissPrefix[to]!;
    // Chance is per unit of the other side, whose units are also `factor` times larger.
    anchorChancePrefix[coarse + 1] = side.anchorChancePrefix[to]! * factor;
    paragraphEnd[coarse] = side.paragraphEnd[to - 1]!;
    anchorStart[coarse] = cursor;
    // Copied and sorted in place: a typed-array slice per block cost more than the coarse pass.
    const blockStart = cursor;
    for (let at = side.anchorStart[from]!; at < side.anchorStart[to]!; at++)
      anchorIds[cursor++] = side.anchorIds[at]!;
    sortSmall(anchorIds, blockStart, cursor);
  }
  anchorStart[count] = cursor;
  return {
    count,
    lengthPrefix,
    sentencePrefix,
    paragraphEnd,
    continuesPrefix,
    anchorStart,
    anchorIds,
    anchorMatchPrefix,
    anchorMissPrefix,
    anchorChancePrefix,
  };
}

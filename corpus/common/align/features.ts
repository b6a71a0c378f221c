// Per-sentence features the aligner's cost reads, packed into typed arrays so the dynamic
// program touches no objects: lengths, sentence-terminator counts, paragraph ends, anchors.

import { extractNumbers, visibleLength } from '../text';
import { codePointBefore, isLetterOrDigit as isLetterOrDigitCharacter } from '../text/characters';
import { countSentences } from '../segment';
import { alignerWasm } from './wasm';
import type { AlignerExports } from './wasm';

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

/**
 * A vocabulary's keys in a trie over case-folded characters, which vocabularyKeys walks from
 * each place a key may begin: one RegExp alternation of all the keys, compiled for each
 * document, cost a cold process more than this.
 */
class FoldedTrie {
  /** node × 0x10000 + folded character → child node. */
  private readonly edges = new Map<number, number>();
  private readonly terminal: boolean[] = [false];
  /**
   * The keys' first characters, compared case-insensitively like the rest (the class then holds
   * what folds onto them: K, the Kelvin sign, for k). That a key begins after no letter or digit
   * is left to the scan: as a lookbehind, its case-insensitive letter class made compiling this
   * for each document dearer than the scan.
   */
  readonly starts: RegExp;

  constructor(words: readonly string[]) {
    const firsts = new Set<number>();
    for (const word of words) {
      firsts.add(word.charCodeAt(0));
      this.add(word);
    }
    const firstsClass = Array.from(firsts, (code) => `\\u{${code.toString(16)}}`).join('');
    this.starts = new RegExp(`[${firstsClass}]`, 'giu');
  }

  private add(word: string): void {
    let node = 0;
    for (let index = 0; index < word.length; index++) {
      const folded = foldCase(word.charCodeAt(index));
      const edge = node * 0x10000 + folded;
      let child = this.edges.get(edge);
      if (child === undefined) {
        child = this.terminal.length;
        this.terminal.push(false);
        this.edges.set(edge, child);
      }
      node = child;
    }
    this.terminal[node] = true;
  }

  /** The child of `node` along a folded character, or -1. */
  child(node: number, folded: number): number {
    return this.edges.get(node * 0x10000 + folded) ?? -1;
  }

  isKey(node: number): boolean {
    return this.terminal[node]!;
  }
}

const longS = 0x017f;

/**
 * The character a case-insensitive Unicode RegExp compares (its simple case folding), for the
 * characters vocabulary keys are made of and those that fold onto them: ſ folds to s though it
 * has no lowercase; elsewhere the lowercase is the folding. A unit test holds this to the
 * RegExp for every character of the Basic Multilingual Plane.
 */
function foldCase(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code === longS) return 115;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * [\p{L}\p{Nd}] under /iu, like the lookarounds this scan stands for: case folding adds U+0345
 * (a combining mark that folds to the Greek letter iota) to the class.
 */
function isLetterOrDigit(codePoint: number): boolean {
  return isLetterOrDigitCharacter(codePoint) || codePoint === 0x0345;
}

/** Whether the character (code point) just before `index` is a letter or digit. */
function letterOrDigitBefore(text: string, index: number): boolean {
  return index > 0 && isLetterOrDigit(codePointBefore(text, index));
}

/** Whether the character (code point) at `index` is a letter or digit. */
function letterOrDigitAt(text: string, index: number): boolean {
  return index < text.length && isLetterOrDigit(text.codePointAt(index)!);
}

const fullStop = 46;

/**
 * The end of the longest key matched at `start`, or -1: a key's characters compared
 * case-insensitively, each pair optionally separated by one full stop (U.S ~ US), followed by
 * a character that is not a letter or digit.
 */
function keyMatchEnd(text: string, start: number, trie: FoldedTrie): number {
  let node = 0;
  let position = start;
  let end = -1;
  while (position < text.length) {
    node = trie.child(node, foldCase(text.charCodeAt(position)));
    if (node < 0) break;
    position++;
    if (trie.isKey(node) && !letterOrDigitAt(text, position)) end = position;
    if (text.charCodeAt(position) === fullStop) position++;
  }
  return end;
}

const vocabularyTries = new WeakMap<ReadonlySet<string>, FoldedTrie>();

/**
 * Keys of the vocabulary's tokens in a Latin-script text: at each place where a key can begin,
 * the longest key spelled there (case-insensitively, dots between letters optional) is read
 * back as a key of its own, and kept if the vocabulary holds that key ("us" is read where the
 * vocabulary holds "US", and dropped unless it also holds "us").
 */
export function vocabularyKeys(text: string, vocabulary: ReadonlySet<string>): string[] {
  if (vocabulary.size === 0) return [];
  let trie = vocabularyTries.get(vocabulary);
  if (trie === undefined) {
    trie = new FoldedTrie(Array.from(vocabulary, (key) => key.slice(1)));
    vocabularyTries.set(vocabulary, trie);
  }
  const { starts } = trie;
  const keys: string[] = [];
  starts.lastIndex = 0;
  // test() moves lastIndex past the one-unit match: the next place is searched from there,
  // unless a key was read, which the search resumes after.
  while (starts.test(text)) {
    const start = starts.lastIndex - 1;
    if (letterOrDigitBefore(text, start)) continue;
    const end = keyMatchEnd(text, start, trie);
    if (end < 0) continue;
    const key = latinKey(text.slice(start, end));
    if (vocabulary.has(key)) keys.push(key);
    starts.lastIndex = end;
  }
  return keys;
}

/**
 * Anchor keys interned as ids. The document's skeleton numbers are the first ids (kind N, as
 * skeletonAnchors numbered them); the other keys follow as they are met.
 */
class AnchorTable {
  private readonly ids = new Map<string, number>();
  private readonly otherKinds: string[] = [];

  constructor(private readonly skeletonCount: number) {}

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.skeletonCount + this.otherKinds.length;
      this.otherKinds.push(key[0]!);
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.skeletonCount + this.otherKinds.length;
  }

  kind(id: number): string {
    return id < this.skeletonCount ? 'N' : this.otherKinds[id - this.skeletonCount]!;
  }
}

/** Each unit's anchor ids, flat: ids[start[i] .. start[i+1]) belong to unit i. */
export type AnchorLists = { ids: Int32Array; start: Int32Array };

/**
 * An append-only list of integers in a typed array: hundreds of thousands of pushes onto a
 * plain array spent more time in its growth than everything else in feature extraction.
 */
export class IntList {
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

// Scans of whole units run as RegExps: native code from the first document on, where a loop
// over each character is interpreted (and then costs a background compilation) in a cold process.
const anyDigit = /[0-9\u09E6-\u09EF]/;

function addNumberIds(text: string, table: AnchorTable, ids: IntList): void {
  if (!anyDigit.test(text)) return;
  const numbers = extractNumbers(text);
  for (let index = 0; index < numbers.length; index++)
    ids.push(table.id(`#${numbers[index]!.value}`));
}

// ? ! ( [ and double quotes of any shape (" “ ” „ « »).
const punctuationMark = /[?!(["\u201C\u201D\u201E\u00AB\u00BB]/g;

function addPunctuationIds(text: string, table: AnchorTable, ids: IntList): void {
  const marks = text.match(punctuationMark);
  if (marks === null) return;
  let quoted = false;
  for (let index = 0; index < marks.length; index++) {
    const code = marks[index]!.charCodeAt(0);
    if (code === 63) ids.push(table.id('P?'));
    else if (code === 33) ids.push(table.id('P!'));
    else if (code === 40 || code === 91) ids.push(table.id('P('));
    // A double quote: whether the unit quotes someone, not how often.
    else quoted = true;
  }
  if (quoted) ids.push(table.id('P"'));
}

// corpus/common compiles against ES2023 alone, which declares no TextEncoder: the subset used here.
// (Module scope: where a wider lib declares it globally, this declaration shadows it harmlessly.)
declare const TextEncoder: new () => {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
};

let encoder: InstanceType<typeof TextEncoder> | null = null;

/**
 * About how many UTF-16 code units of consecutive units are joined into one string to encode:
 * a call per unit cost a cold process more, and one string for a long side (past 128 KiB, V8
 * allocates it as a large object) cost several times its encoding to flatten.
 */
const encodedChunkLength = 16384;

/** A skeleton anchor table: numbers 0 … count − 1 in the order the document meets them. */
export type SkeletonAnchors = {
  /** Each unit's skeleton numbers, each at most once per unit, in the order its words have them. */
  source: AnchorLists;
  target: AnchorLists;
  count: number;
  /** Each unit's visibleLength, counted in the same pass over the text. */
  visibleLengths: { source: Int32Array; target: Int32Array };
  /** The skeletons by number, if asked for: tests hold them to ./skeleton.ts. */
  skeletons?: string[];
};

/**
 * The consonant skeletons of both sides' words (./skeleton.ts), found by the WebAssembly module
 * (assembly/skeleton.ts): words are runs of Bengali letters and the joiners inside conjuncts on
 * a Bengali side, of Latin letters and apostrophes on another. Both sides share one numbering,
 * so that a transliteration meets the name it renders.
 */
export function skeletonAnchors(
  source: readonly TextUnit[],
  sourceBengali: boolean,
  target: readonly TextUnit[],
  targetBengali: boolean,
  spelled = false,
): SkeletonAnchors {
  const wasm = alignerWasm();
  // Above whatever document the module holds: released before returning, that stays intact.
  const top = wasm.mark();
  try {
    wasm.beginSkeletons();
    const sourceSide = skeletonSide(wasm, source, sourceBengali);
    const targetSide = skeletonSide(wasm, target, targetBengali);
    const count = wasm.skeletonCount();
    const anchors: SkeletonAnchors = {
      source: sourceSide.lists,
      target: targetSide.lists,
      count,
      visibleLengths: { source: sourceSide.visibleLengths, target: targetSide.visibleLengths },
    };
    if (spelled) {
      anchors.skeletons = [];
      for (let number = 0; number < count; number++) {
        const letters = new Uint8Array(
          wasm.memory.buffer,
          wasm.skeletonLetters(number) >>> 0,
          wasm.skeletonLength(number),
        );
        anchors.skeletons.push(String.fromCharCode(...letters));
      }
    }
    return anchors;
  } finally {
    wasm.release(top);
  }
}

function skeletonSide(
  wasm: AlignerExports,
  units: readonly TextUnit[],
  bengali: boolean,
): { lists: AnchorLists; visibleLengths: Int32Array } {
  // Units are encoded several to a string; the module finds them by their ends in UTF-16 code
  // units, which survive encoding (a lone surrogate becomes U+FFFD, also one code unit).
  let length = 0;
  for (let index = 0; index < units.length; index++) length += units[index]!.text.length;
  const unitEnds = wasm.allocate(units.length * 4) >>> 0;
  // UTF-8 takes at most three bytes per UTF-16 code unit.
  const textPointer = wasm.allocate(length * 3) >>> 0;
  // Views are made after the allocations: growing the memory detaches its previous buffer.
  const ends = new Int32Array(wasm.memory.buffer, unitEnds, units.length);
  const bytes = new Uint8Array(wasm.memory.buffer, textPointer, length * 3);
  encoder ??= new TextEncoder();
  let written = 0;
  let position = 0;
  let chunk = '';
  for (let index = 0; index < units.length; index++) {
    const text = units[index]!.text;
    chunk += text;
    position += text.length;
    ends[index] = position;
    if (chunk.length >= encodedChunkLength || index === units.length - 1) {
      written += encoder.encodeInto(chunk, bytes.subarray(written)).written;
      chunk = '';
    }
  }
  const starts = wasm.skeletonSide(textPointer, written, unitEnds, units.length, bengali ? 1 : 0);
  const { buffer } = wasm.memory;
  const start = new Int32Array(buffer, starts >>> 0, units.length + 1).slice();
  const ids = new Int32Array(buffer, wasm.skeletonIds() >>> 0, start[units.length]!).slice();
  const visibleLengths = new Int32Array(buffer, wasm.visibleLengths() >>> 0, units.length).slice();
  return { lists: { ids, start }, visibleLengths };
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

/** Whether a side is Bengali: by its language tag when given, else by its letters. */
export function sideIsBengali(units: readonly TextUnit[], lang: string | undefined): boolean {
  return lang ? /^bn/i.test(lang) : looksBengali(units);
}

export function computeFeatures(
  source: readonly TextUnit[],
  target: readonly TextUnit[],
  options: FeatureOptions = {},
): DocumentFeatures {
  const sourceBengali = sideIsBengali(source, options.sourceLang);
  const targetBengali = sideIsBengali(target, options.targetLang);
  const sourceLang = options.sourceLang ?? (sourceBengali ? 'bn' : 'en');
  const targetLang = options.targetLang ?? (targetBengali ? 'bn' : 'en');

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
    for (let unit = 0; unit < foreign.length; unit++) {
      const keys = foreign[unit]!;
      for (let index = 0; index < keys.length; index++) vocabulary.add(keys[index]!);
    }
    const native = (foreignSide === 'source' ? target : source).map((unit) =>
      vocabularyKeys(unit.text, vocabulary),
    );
    sourceLatin = foreignSide === 'source' ? foreign : native;
    targetLatin = foreignSide === 'source' ? native : foreign;
  }
  let sourceSkeletons: AnchorLists | null = null;
  let targetSkeletons: AnchorLists | null = null;
  let visibleLengths: SkeletonAnchors['visibleLengths'] | null = null;
  let skeletonCount = 0;
  if (foreignSide) {
    const skeletons = skeletonAnchors(source, sourceBengali, target, targetBengali);
    skeletonCount = skeletons.count;
    sourceSkeletons = skeletons.source;
    targetSkeletons = skeletons.target;
    visibleLengths = skeletons.visibleLengths;
  }
  // Skeleton numbers are used as anchor ids: the table's first, numbered in reading order.
  const table = new AnchorTable(skeletonCount);

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
      if (latinKeysOfUnit)
        for (let at = 0; at < latinKeysOfUnit.length; at++)
          ids.push(table.id(latinKeysOfUnit[at]!));
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
  const anchorCount = table.size;
  const sourceOccurrences = new Int32Array(anchorCount);
  const targetOccurrences = new Int32Array(anchorCount);
  // Indexed loops: a typed array's iterator is slow until the JIT has compiled the loop.
  for (let at = 0; at < sourceLists.ids.length; at++) sourceOccurrences[sourceLists.ids[at]!]!++;
  for (let at = 0; at < targetLists.ids.length; at++) targetOccurrences[targetLists.ids[at]!]!++;

  // Weights: an anchor repeated through the document says less about where it belongs. A
  // skeleton on one side only can never match, and one on too many units matches by chance:
  // both are dropped.
  const anchorMatchWeight = new Float64Array(anchorCount);
  const anchorMissWeight = new Float64Array(anchorCount);
  const sourceChance = new Float64Array(anchorCount);
  const targetChance = new Float64Array(anchorCount);
  const kept = new Uint8Array(anchorCount);
  for (let id = 0; id < anchorCount; id++) {
    const kind = table.kind(id);
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
      visibleLengths?.source,
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
      visibleLengths?.target,
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
  /** visibleLength of each unit, when the skeleton pass has counted them. */
  visibleLengths: Int32Array | undefined,
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
  for (let at = 0; at < lists.ids.length; at++) totalAnchors += kept[lists.ids[at]!]!;
  const anchorIds = new Int32Array(totalAnchors);
  let cursor = 0;
  for (let index = 0; index < count; index++) {
    const unit = units[index]!;
    lengthPrefix[index + 1] =
      lengthPrefix[index]! + (visibleLengths ? visibleLengths[index]! : visibleLength(unit.text));
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

/**
 * Features of a coarser document where each unit is `factor` consecutive units: for the first
 * pass of long documents. Blocks carry lengths, sentence counts and paragraph ends, no anchors:
 * that pass prices blocks by length alone (see `searchPath`), and merging and sorting the anchor
 * lists of every block cost more than the coarse pass itself.
 */
export function downsampleSide(side: SideFeatures, factor: number): SideFeatures {
  const count = Math.ceil(side.count / factor);
  const lengthPrefix = new Float64Array(count + 1);
  const sentencePrefix = new Float64Array(count + 1);
  const paragraphEnd = new Uint8Array(count);
  // Blocks are compared by length only: weak breaks inside them do not matter.
  const continuesPrefix = new Float64Array(count + 1);
  for (let coarse = 0; coarse < count; coarse++) {
    const to = Math.min(side.count, (coarse + 1) * factor);
    lengthPrefix[coarse + 1] = side.lengthPrefix[to]!;
    sentencePrefix[coarse + 1] = side.sentencePrefix[to]!;
    paragraphEnd[coarse] = side.paragraphEnd[to - 1]!;
  }
  const none = new Float64Array(count + 1);
  return {
    count,
    lengthPrefix,
    sentencePrefix,
    paragraphEnd,
    continuesPrefix,
    anchorStart: new Int32Array(count + 1),
    anchorIds: new Int32Array(0),
    anchorMatchPrefix: none,
    anchorMissPrefix: none,
    anchorChancePrefix: none,
  };
}

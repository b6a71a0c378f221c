// A bilingual lexicon learned from the document itself, as hunalign's realign does: after a
// first alignment, words that keep meeting in its confident beads (সরকার ~ government) become
// anchors of the next pass. No dictionary: only pairs the document repeats often enough, with a
// high Dice coefficient, so that a short document's chance pairs do not count.

import { normalizeForMatching } from '../text';
import type { PathBead } from './dynamic';
import { IntList } from './features';
import type { DocumentFeatures, SideFeatures, TextUnit } from './features';

/** Each unit's distinct word keys (stop words left out): keys[start[i] .. start[i+1]). */
export type UnitWords = {
  start: Int32Array;
  keys: Int32Array;
  /** The spelling of each key: a Bengali stem, or a lowercased English word or stem. */
  spellings: string[];
};

export type LexiconPair = {
  source: number;
  target: number;
  /** Beads holding both words. */
  together: number;
  /** 2 × together / (beads holding the source word + beads holding the target word). */
  dice: number;
};

export type LexiconOptions = {
  /** Fewest beads a pair must share: with fewer, a short document's pairs meet by chance. */
  minimumCount: number;
  /** Lowest Dice coefficient of a kept pair. */
  minimumDice: number;
  /**
   * Most beads counted: a longer list is sampled evenly, which bounds the time of counting pairs
   * in long documents (their frequent words are found in any large sample).
   */
  maximumBeads: number;
};

export const defaultLexiconOptions: LexiconOptions = {
  minimumCount: 3,
  minimumDice: 0.5,
  maximumBeads: 1000,
};

// Case and plural suffixes of Bengali nouns and a verb ending, longest first. A word is cut only
// to a stem that other words of the document share (see `stemOf`), so a suffix that is really
// part of the stem (the র of সরকার) stays.
const bengaliSuffixes = [
  'গুলোর',
  'গুলির',
  'দেরকে',
  'দের',
  'য়ের',
  'গুলো',
  'গুলি',
  'েরা',
  'কে',
  'রা',
  'টি',
  'টা',
  'তে',
  'ের',
  'এর',
  'য়',
  'র',
  'ে',
].map((suffix) => suffix.normalize('NFC'));

const englishSuffixes = ['es', 's'];

// Function words carry no meaning to learn and meet every content word by chance.
const englishStopWords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers herself him himself his how i if in into is it ' +
    'its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told one two mr mrs ms'
  ).split(' '),
);

// Word characters below U+0A00, per script: Bengali letters and signs (not the digits ০–৯ nor
// the currency and fraction signs after them), or ASCII letters. ZWNJ and ZWJ also join
// Bengali words. A table read per character is the cheapest test in the scanning loop.
const bengaliWordCodes = new Uint8Array(0x0a00);
bengaliWordCodes.fill(1, 0x0980, 0x09e6);
bengaliWordCodes[0x09f0] = 1;
bengaliWordCodes[0x09f1] = 1;
const englishWordCodes = new Uint8Array(0x0a00);
englishWordCodes.fill(1, 65, 91);
englishWordCodes.fill(1, 97, 123);

/**
 * Whether matching normalisation can change a Bengali word: it holds a nukta form, a joiner,
 * or a vowel sign that NFC composes (ো, ৌ). Most words do not, and normalising every distinct
 * word of a long document was the slowest part of reading it.
 */
function needsNormalizing(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (
      code === 0x09bc ||
      code === 0x09dc ||
      code === 0x09dd ||
      code === 0x09df ||
      code === 0x200c ||
      code === 0x200d ||
      (code === 0x09c7 &&
        (word.charCodeAt(index + 1) === 0x09be || word.charCodeAt(index + 1) === 0x09d7))
    )
      return true;
  }
  return false;
}

/**
 * Ids of the distinct words of a text, by two independent 32-bit hashes of their characters:
 * a word seen before costs no substring and no string comparison. Two different words with
 * both hashes equal (about one pair in 10^19) would share an id, a harmless error for counts.
 */
class WordIds {
  private slots = new Int32Array(1 << 12).fill(-1);
  private first = new Int32Array(1 << 11);
  private second = new Int32Array(1 << 11);
  count = 0;

  /** The word's id, or -1 when it is new. */
  find(first: number, second: number): number {
    const mask = this.slots.length - 1;
    for (let slot = first & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return -1;
      if (this.first[id] === first && this.second[id] === second) return id;
    }
  }

  add(first: number, second: number): number {
    const id = this.count++;
    if (id === this.first.length) {
      const grownFirst = new Int32Array(id * 2);
      grownFirst.set(this.first);
      this.first = grownFirst;
      const grownSecond = new Int32Array(id * 2);
      grownSecond.set(this.second);
      this.second = grownSecond;
    }
    this.first[id] = first;
    this.second[id] = second;
    if (this.count * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let word = 0; word < this.count; word++) this.place(word);
    } else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.first[id]! & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }
}

/**
 * The stem of each distinct word: itself, or itself without one suffix, whichever most distinct
 * words of the document share (ties: the longer), so that সরকার, সরকারের and সরকারকে all
 * become সরকার while a lone কিমের stays whole.
 */
function stemsOf(words: readonly string[], suffixes: readonly string[]): string[] {
  const candidates: string[][] = [];
  const support = new Map<string, number>();
  const lastCodes = new Set(suffixes.map((suffix) => suffix.charCodeAt(suffix.length - 1)));
  for (const word of words) {
    const own = [word];
    if (lastCodes.has(word.charCodeAt(word.length - 1)))
      for (const suffix of suffixes)
        if (word.length - suffix.length >= 2 && word.endsWith(suffix))
          own.push(word.slice(0, -suffix.length));
    candidates.push(own);
    for (let index = 0; index < own.length; index++)
      if (own.indexOf(own[index]!) === index)
        support.set(own[index]!, (support.get(own[index]!) ?? 0) + 1);
  }
  return candidates.map((own) => {
    let best = own[0]!;
    let bestSupport = support.get(best)!;
    for (let index = 1; index < own.length; index++) {
      const candidateSupport = support.get(own[index]!)!;
      if (
        candidateSupport > bestSupport ||
        (candidateSupport === bestSupport && own[index]!.length > best.length)
      ) {
        best = own[index]!;
        bestSupport = candidateSupport;
      }
    }
    return best;
  });
}

/**
 * The distinct word keys of each unit: Bengali words normalised and stemmed, English words
 * lowercased and stemmed, English stop words and one-letter words left out.
 */
export function unitWords(units: readonly TextUnit[], bengali: boolean): UnitWords {
  const ids = new WordIds();
  const spelled: string[] = [];
  const occurrences = new IntList();
  const unitStart = new Int32Array(units.length + 1);
  const wordCodes = bengali ? bengaliWordCodes : englishWordCodes;
  // Joiners (U+200C, U+200D) lie above the table: they join Bengali words only.
  const joins = bengali ? 0x200c : -1;
  for (let unit = 0; unit < units.length; unit++) {
    const text = units[unit]!.text;
    const length = text.length;
    let index = 0;
    while (index < length) {
      let code = text.charCodeAt(index);
      if (code < 0x0a00 ? wordCodes[code] === 0 : code !== joins && code !== joins + 1) {
        index++;
        continue;
      }
      const wordStart = index;
      let first = 0x811c9dc5;
      let second = 0x12345678;
      do {
        first = Math.imul(first ^ code, 0x01000193);
        second = Math.imul(second + code, 0x5bd1e995) ^ (second >>> 15);
        if (++index >= length) break;
        code = text.charCodeAt(index);
      } while (code < 0x0a00 ? wordCodes[code] === 1 : code === joins || code === joins + 1);
      let id = ids.find(first, second);
      if (id < 0) {
        id = ids.add(first, second);
        spelled.push(text.slice(wordStart, index));
      }
      occurrences.push(id);
    }
    unitStart[unit + 1] = occurrences.length;
  }

  // Spellings that fold to one form ("The", "the") are one word.
  const formIds = new Map<string, number>();
  const forms: string[] = [];
  const formOfWord = Int32Array.from(spelled, (word) => {
    const form = !bengali
      ? word.toLowerCase()
      : needsNormalizing(word)
        ? normalizeForMatching(word)
        : word;
    let id = formIds.get(form);
    if (id === undefined) {
      id = forms.length;
      formIds.set(form, id);
      forms.push(form);
    }
    return id;
  });

  const stems = stemsOf(forms, bengali ? bengaliSuffixes : englishSuffixes);

  const keyIds = new Map<string, number>();
  const spellings: string[] = [];
  const keyOfForm = Int32Array.from(stems, (stem, form) => {
    const word = forms[form]!;
    if (word.length < 2 || (!bengali && englishStopWords.has(word))) return -1;
    let id = keyIds.get(stem);
    if (id === undefined) {
      id = spellings.length;
      keyIds.set(stem, id);
      spellings.push(stem);
    }
    return id;
  });

  const keyOfWord = Int32Array.from(formOfWord, (form) => keyOfForm[form]!);
  const lastUnit = new Int32Array(spellings.length).fill(-1);
  const keys = new IntList();
  const start = new Int32Array(units.length + 1);
  const words = occurrences.values;
  for (let unit = 0; unit < units.length; unit++) {
    const to = unitStart[unit + 1]!;
    for (let at = unitStart[unit]!; at < to; at++) {
      const key = keyOfWord[words[at]!]!;
      if (key < 0 || lastUnit[key] === unit) continue;
      lastUnit[key] = unit;
      keys.push(key);
    }
    start[unit + 1] = keys.length;
  }

  return { start, keys: keys.values.slice(0, keys.length), spellings };
}

/**
 * Word pairs that keep meeting in the given beads (each a source unit and a target unit): a
 * pair shares at least `minimumCount` beads and has a Dice coefficient of at least
 * `minimumDice`, and is the best partner (by Dice) of at least one of its words.
 */
export function learnLexicon(
  source: UnitWords,
  target: UnitWords,
  beads: ReadonlyArray<readonly [number, number]>,
  options: LexiconOptions = defaultLexiconOptions,
): LexiconPair[] {
  const { minimumCount, minimumDice, maximumBeads } = options;
  const stride = Math.max(1, beads.length / maximumBeads);
  const counted: Array<readonly [number, number]> = [];
  for (let at = 0; at < beads.length; at += stride) counted.push(beads[Math.floor(at)]!);
  const sourceCount = new Int32Array(source.spellings.length);
  const targetCount = new Int32Array(target.spellings.length);
  for (let bead = 0; bead < counted.length; bead++) {
    const pair = counted[bead]!;
    const sourceUnit = pair[0];
    const targetUnit = pair[1];
    for (let at = source.start[sourceUnit]!; at < source.start[sourceUnit + 1]!; at++)
      sourceCount[source.keys[at]!]!++;
    for (let at = target.start[targetUnit]!; at < target.start[targetUnit + 1]!; at++)
      targetCount[target.keys[at]!]!++;
  }
  // Per source word, the beads holding it; then per source word, its partners counted in a
  // dense array over target words (a hash table of pairs cost ten times more per count).
  const beadStart = new Int32Array(source.spellings.length + 1);
  for (let key = 0; key < source.spellings.length; key++)
    beadStart[key + 1] =
      beadStart[key]! + (sourceCount[key]! >= minimumCount ? sourceCount[key]! : 0);
  const beadsOfKey = new Int32Array(beadStart[source.spellings.length]!);
  const fill = beadStart.slice(0, source.spellings.length);
  counted.forEach(([sourceUnit], bead) => {
    for (let at = source.start[sourceUnit]!; at < source.start[sourceUnit + 1]!; at++) {
      const key = source.keys[at]!;
      if (sourceCount[key]! >= minimumCount) beadsOfKey[fill[key]!++] = bead;
    }
  });
  const together = new Int32Array(target.spellings.length);
  const touched = new IntList();
  const candidates: LexiconPair[] = [];
  const bestOfSource = new Float64Array(source.spellings.length);
  const bestOfTarget = new Float64Array(target.spellings.length);
  for (let sourceKey = 0; sourceKey < source.spellings.length; sourceKey++) {
    if (beadStart[sourceKey + 1] === beadStart[sourceKey]) continue;
    touched.length = 0;
    for (let at = beadStart[sourceKey]!; at < beadStart[sourceKey + 1]!; at++) {
      const targetUnit = counted[beadsOfKey[at]!]![1];
      for (let to = target.start[targetUnit]!; to < target.start[targetUnit + 1]!; to++) {
        const targetKey = target.keys[to]!;
        if (targetCount[targetKey]! < minimumCount) continue;
        if (together[targetKey]!++ === 0) touched.push(targetKey);
      }
    }
    for (let index = 0; index < touched.length; index++) {
      const targetKey = touched.values[index]!;
      const count = together[targetKey]!;
      together[targetKey] = 0;
      if (count < minimumCount) continue;
      const dice = (2 * count) / (sourceCount[sourceKey]! + targetCount[targetKey]!);
      if (dice < minimumDice) continue;
      candidates.push({ source: sourceKey, target: targetKey, together: count, dice });
      if (dice > bestOfSource[sourceKey]!) bestOfSource[sourceKey] = dice;
      if (dice > bestOfTarget[targetKey]!) bestOfTarget[targetKey] = dice;
    }
  }
  return candidates.filter(
    (pair) => pair.dice >= bestOfSource[pair.source]! || pair.dice >= bestOfTarget[pair.target]!,
  );
}

/**
 * An unmatched lexicon word costs this share of its match weight: some evidence against a bead,
 * less than a number's, as translators paraphrase.
 */
const lexiconMissShare = 0.5;

/**
 * The features with the lexicon's pairs as anchors: words linked through the lexicon form one
 * anchor, held at most once per unit, credited like the other anchors only beyond chance and
 * weighing less the more units hold it.
 */
export function withLexiconAnchors(
  features: DocumentFeatures,
  source: UnitWords,
  target: UnitWords,
  pairs: readonly LexiconPair[],
  weight: number,
): DocumentFeatures {
  if (pairs.length === 0 || weight === 0) return features;
  // Connected words share one anchor: union–find over source keys, then target keys.
  const sourceKeys = source.spellings.length;
  const nodes = sourceKeys + target.spellings.length;
  const parent = new Int32Array(nodes);
  for (let node = 0; node < nodes; node++) parent[node] = node;
  const root = (node: number): number => {
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!;
      node = parent[node]!;
    }
    return node;
  };
  for (const pair of pairs) parent[root(pair.source)] = root(sourceKeys + pair.target);
  const existing = features.anchorMatchWeight.length;
  // anchorOf[node]: the anchor id of a word in the lexicon, first given to its group's root.
  const anchorOf = new Int32Array(nodes).fill(-1);
  let anchorCount = existing;
  for (const pair of pairs) {
    const group = root(pair.source);
    if (anchorOf[group]! < 0) anchorOf[group] = anchorCount++;
  }
  for (const pair of pairs) {
    const anchor = anchorOf[root(pair.source)]!;
    anchorOf[pair.source] = anchor;
    anchorOf[sourceKeys + pair.target] = anchor;
  }
  const sourceLists = lexiconLists(source, anchorOf, 0, anchorCount);
  const targetLists = lexiconLists(target, anchorOf, sourceKeys, anchorCount);
  const inSource = new Int32Array(anchorCount);
  const inTarget = new Int32Array(anchorCount);
  // Indexed loops: a typed array's iterator allocates until the JIT has compiled the loop.
  for (let at = 0; at < sourceLists.ids.length; at++) inSource[sourceLists.ids[at]!]!++;
  for (let at = 0; at < targetLists.ids.length; at++) inTarget[targetLists.ids[at]!]!++;
  const anchorMatchWeight = new Float64Array(anchorCount);
  anchorMatchWeight.set(features.anchorMatchWeight);
  const anchorMissWeight = new Float64Array(anchorCount);
  anchorMissWeight.set(features.anchorMissWeight);
  const sourceChance = new Float64Array(anchorCount);
  const targetChance = new Float64Array(anchorCount);
  for (let id = existing; id < anchorCount; id++) {
    const most = Math.max(inSource[id]!, inTarget[id]!);
    if (most === 0) continue;
    // As for the other anchors (see `computeFeatures`): rarer words weigh more, and a bead is
    // credited only with matches beyond those its units would have by chance.
    const matchWeight = weight / (1 + Math.log(most));
    anchorMatchWeight[id] = matchWeight;
    anchorMissWeight[id] = lexiconMissShare * matchWeight;
    sourceChance[id] = (matchWeight * inTarget[id]!) / Math.max(1, features.target.count);
    targetChance[id] = (matchWeight * inSource[id]!) / Math.max(1, features.source.count);
  }
  return {
    source: extendSide(
      features.source,
      sourceLists,
      anchorMatchWeight,
      anchorMissWeight,
      sourceChance,
    ),
    target: extendSide(
      features.target,
      targetLists,
      anchorMatchWeight,
      anchorMissWeight,
      targetChance,
    ),
    anchorMatchWeight,
    anchorMissWeight,
  };
}

type AnchorLists = { ids: Int32Array; start: Int32Array };

/** Each unit's lexicon anchors, ascending and distinct. */
function lexiconLists(
  words: UnitWords,
  anchorOf: Int32Array,
  offset: number,
  anchorCount: number,
): AnchorLists {
  const count = words.start.length - 1;
  const ids = new IntList();
  const start = new Int32Array(count + 1);
  const lastUnit = new Int32Array(anchorCount).fill(-1);
  for (let unit = 0; unit < count; unit++) {
    const from = ids.length;
    for (let at = words.start[unit]!; at < words.start[unit + 1]!; at++) {
      const anchor = anchorOf[offset + words.keys[at]!]!;
      if (anchor < 0 || lastUnit[anchor] === unit) continue;
      lastUnit[anchor] = unit;
      // Insertion into the unit's short sorted list.
      ids.push(anchor);
      let place = ids.length - 1;
      while (place > from && ids.values[place - 1]! > anchor) {
        ids.values[place] = ids.values[place - 1]!;
        place--;
      }
      ids.values[place] = anchor;
    }
    start[unit + 1] = ids.length;
  }
  return { ids: ids.values.slice(0, ids.length), start };
}

/** A side's features with its units' lexicon anchors after their others (whose ids are all smaller, so each list stays sorted). */
function extendSide(
  side: SideFeatures,
  lists: AnchorLists,
  matchWeight: Float64Array,
  missWeight: Float64Array,
  chanceWeight: Float64Array,
): SideFeatures {
  const anchorStart = new Int32Array(side.count + 1);
  const anchorIds = new Int32Array(side.anchorIds.length + lists.ids.length);
  const anchorMatchPrefix = new Float64Array(side.count + 1);
  const anchorMissPrefix = new Float64Array(side.count + 1);
  const anchorChancePrefix = new Float64Array(side.count + 1);
  let cursor = 0;
  let match = 0;
  let miss = 0;
  let chance = 0;
  for (let unit = 0; unit < side.count; unit++) {
    anchorStart[unit] = cursor;
    for (let at = side.anchorStart[unit]!; at < side.anchorStart[unit + 1]!; at++)
      anchorIds[cursor++] = side.anchorIds[at]!;
    for (let at = lists.start[unit]!; at < lists.start[unit + 1]!; at++) {
      const id = lists.ids[at]!;
      if (matchWeight[id] === 0) continue;
      anchorIds[cursor++] = id;
      match += matchWeight[id]!;
      miss += missWeight[id]!;
      chance += chanceWeight[id]!;
    }
    anchorMatchPrefix[unit + 1] = side.anchorMatchPrefix[unit + 1]! + match;
    anchorMissPrefix[unit + 1] = side.anchorMissPrefix[unit + 1]! + miss;
    anchorChancePrefix[unit + 1] = side.anchorChancePrefix[unit + 1]! + chance;
  }
  anchorStart[side.count] = cursor;
  return {
    ...side,
    anchorStart,
    anchorIds: anchorIds.subarray(0, cursor),
    anchorMatchPrefix,
    anchorMissPrefix,
    anchorChancePrefix,
  };
}

/**
 * Fewest confident beads the lexicon is learned from. In fewer, few word pairs meet three
 * times, and those are mostly names, which the transliteration anchors link already: on short
 * news articles (4–24 sentences) the pass changed 2 alignments of 164 while its second reading
 * of every word cost more than the rest of their alignment. Long documents are where it pays.
 */
const minimumConfidentBeads = 50;

/**
 * The features with a lexicon learned from the first path's confident beads added as anchors,
 * for a Bengali side against a side in another script (between two sides of one language the
 * shared words are anchors already). Confident: 1-1 beads between 1-1 beads, as the first
 * pass's errors gather around drops and merges.
 */
export function withLearnedLexicon(
  features: DocumentFeatures,
  source: readonly TextUnit[],
  target: readonly TextUnit[],
  bengali: { source: boolean; target: boolean },
  firstPath: readonly PathBead[],
  weight: number,
): DocumentFeatures {
  if (weight === 0 || bengali.source === bengali.target) return features;
  const isOneToOne = (bead: PathBead | undefined): boolean =>
    bead === undefined ||
    (bead.sourceEnd - bead.sourceStart === 1 && bead.targetEnd - bead.targetStart === 1);
  const confident: Array<[number, number]> = [];
  firstPath.forEach((bead, index) => {
    if (isOneToOne(bead) && isOneToOne(firstPath[index - 1]) && isOneToOne(firstPath[index + 1]))
      confident.push([bead.sourceStart, bead.targetStart]);
  });
  if (confident.length < minimumConfidentBeads) return features;
  const sourceWords = unitWords(source, bengali.source);
  const targetWords = unitWords(target, bengali.target);
  const pairs = learnLexicon(sourceWords, targetWords, confident);
  return withLexiconAnchors(features, sourceWords, targetWords, pairs, weight);
}

// Consonant-skeleton anchors of a document's units: the words of each unit, their skeletons as
// ../skeleton.ts computes them, and a number per distinct skeleton of the document, given in the
// order the skeletons are met. ../features.ts hands this module the units' texts as UTF-8 and
// reads back each unit's skeleton numbers, which are its anchor ids. In JavaScript this scan
// was interpreted for most of a short process; here it runs compiled from the first word.
//
// Hazard: the skeletons must be ../skeleton.ts's to the letter, which stays as the readable
// reference (and for callers that cannot compile this module synchronously, as a browser's main
// thread cannot): test/unit/align/skeleton-wasm.test.ts holds the two to each other over every
// word of the dev data and over fuzzed words and units.
//
// Everything lives in the arena between beginSkeletons and the host's release of it.

import { allocate } from './index';

// ---------------------------------------------------------------------------------------------
// Growable scratch

/** A bigger block holding the first `used` bytes of `from` (the old block is the arena's). */
function regrow(from: usize, used: i32, bytes: i32): usize {
  const to = allocate(bytes);
  memory.copy(to, from, <usize>used);
  return to;
}

/**
 * The word being read (u16 code units): on a Bengali side with ড় ঢ় য় already decomposed, as
 * NFC leaves them; on an English one, lowercase.
 */
let word: usize = 0;
let wordLength: i32 = 0;
let wordCapacity: i32 = 0;
/** Whether the Bengali word needs more of normalizeForMatching than that decomposition. */
let wordNeedsNormalizing: bool = false;
/** Where the normalised word is read from: `word` itself, or `normal` when it had to be normalised. */
let normalized: usize = 0;
/** The normalised form (u16; decomposing may double a word), the skeleton letters (u8) and, per code unit of the normalised form, the skeleton's length before it (i32). */
let normal: usize = 0;
let letters: usize = 0;
let lengthAt: usize = 0;
let scratchCapacity: i32 = 0;

/** Room for two more code units in `word`. */
// @ts-ignore: decorator
@inline function reserveWord(): void {
  if (wordLength + 2 > wordCapacity) {
    wordCapacity <<= 1;
    word = regrow(word, wordLength << 1, wordCapacity << 1);
  }
}

// @ts-ignore: decorator
@inline function appendToWord(code: i32): void {
  store<u16>(word + (<usize>wordLength << 1), <u16>code);
  wordLength++;
}

/** Room for the normalised form and skeleton of the current word. */
function reserveScratch(): void {
  if (scratchCapacity >= wordLength) return;
  scratchCapacity = wordCapacity;
  // Decomposition at most doubles a word; an English x writes two letters.
  normal = allocate(scratchCapacity << 2);
  letters = allocate(scratchCapacity << 1);
  lengthAt = allocate(((scratchCapacity << 1) + 1) << 2);
}

// @ts-ignore: decorator
@inline function normalAt(index: i32): i32 {
  return <i32>load<u16>(normal + (<usize>index << 1));
}
// @ts-ignore: decorator
@inline function setNormal(index: i32, code: i32): void {
  store<u16>(normal + (<usize>index << 1), <u16>code);
}
// @ts-ignore: decorator
@inline function normalizedAt(index: i32): i32 {
  return <i32>load<u16>(normalized + (<usize>index << 1));
}

// ---------------------------------------------------------------------------------------------
// The document's skeletons, interned: open addressing over `slots` (number + 1, 0 = free), and
// per number 16 bytes: hash, offset of its letters in `pool`, length, last unit listing it.

let slots: usize = 0;
let slotMask: u32 = 0;
let numbers: usize = 0;
let numberCount: i32 = 0;
let numberCapacity: i32 = 0;
let pool: usize = 0;
let poolUsed: i32 = 0;
let poolCapacity: i32 = 0;
/** Numbers each unit of both sides in turn: a skeleton is listed once per unit. */
let unitSerial: i32 = 0;

/** The current side's skeleton numbers, unit after unit. */
let sideIds: usize = 0;
let sideIdCount: i32 = 0;
let sideIdCapacity: i32 = 0;

/** Forgets the previous document's skeletons. Allocates from the arena: the host releases it. */
export function beginSkeletons(): void {
  slotMask = 1023;
  slots = allocate(1024 << 2);
  memory.fill(slots, 0, 1024 << 2);
  numberCapacity = 512;
  numbers = allocate(numberCapacity << 4);
  numberCount = 0;
  poolCapacity = 4096;
  pool = allocate(poolCapacity);
  poolUsed = 0;
  unitSerial = 0;
  wordCapacity = 64;
  word = allocate(wordCapacity << 1);
  wordLength = 0;
  scratchCapacity = 0;
  sideIdCapacity = 1024;
  sideIds = allocate(sideIdCapacity << 2);
  sideIdCount = 0;
}

/** How many distinct skeletons the document has had so far (its numbers are 0 … this − 1). */
export function skeletonCount(): i32 {
  return numberCount;
}

/** The last side's skeleton numbers (i32), per unit as skeletonSide's unit starts say. */
export function skeletonIds(): usize {
  return sideIds;
}

/** Where skeleton `number`'s letters (ASCII capitals) are, and how many there are. */
export function skeletonLetters(number: i32): usize {
  return pool + <usize>load<i32>(numbers + (<usize>number << 4), 4);
}

export function skeletonLength(number: i32): i32 {
  return load<i32>(numbers + (<usize>number << 4), 8);
}

function hashLetters(length: i32): u32 {
  let hash: u32 = 2166136261;
  for (let index = 0; index < length; index++)
    hash = (hash ^ <u32>load<u8>(letters + <usize>index)) * 16777619;
  return hash;
}

function sameLetters(number: i32, length: i32, hash: u32): bool {
  const entry = numbers + (<usize>number << 4);
  if (load<u32>(entry) !== hash || load<i32>(entry, 8) !== length) return false;
  const held = pool + <usize>load<i32>(entry, 4);
  for (let index = 0; index < length; index++)
    if (load<u8>(held + <usize>index) !== load<u8>(letters + <usize>index)) return false;
  return true;
}

function growSlots(): void {
  const size = (slotMask + 1) << 1;
  slotMask = size - 1;
  slots = allocate(size << 2);
  memory.fill(slots, 0, <usize>size << 2);
  for (let number = 0; number < numberCount; number++) {
    let slot = load<u32>(numbers + (<usize>number << 4)) & slotMask;
    while (load<i32>(slots + (<usize>slot << 2)) !== 0) slot = (slot + 1) & slotMask;
    store<i32>(slots + (<usize>slot << 2), number + 1);
  }
}

/** The number of the skeleton letters[0 .. length), given it if new. */
function intern(length: i32): i32 {
  const hash = hashLetters(length);
  let slot = hash & slotMask;
  while (true) {
    const held = load<i32>(slots + (<usize>slot << 2));
    if (held === 0) break;
    if (sameLetters(held - 1, length, hash)) return held - 1;
    slot = (slot + 1) & slotMask;
  }
  const number = numberCount++;
  if (number === numberCapacity) {
    numbers = regrow(numbers, numberCapacity << 4, numberCapacity << 5);
    numberCapacity <<= 1;
  }
  if (poolUsed + length > poolCapacity) {
    const capacity = max(poolCapacity << 1, poolUsed + length);
    pool = regrow(pool, poolUsed, capacity);
    poolCapacity = capacity;
  }
  memory.copy(pool + <usize>poolUsed, letters, <usize>length);
  const entry = numbers + (<usize>number << 4);
  store<u32>(entry, hash);
  store<i32>(entry, poolUsed, 4);
  store<i32>(entry, length, 8);
  store<i32>(entry, 0, 12);
  poolUsed += length;
  // Half full at most: probes stay short.
  if (<u32>numberCount << 1 > slotMask + 1) growSlots();
  else store<i32>(slots + (<usize>slot << 2), number + 1);
  return number;
}

/** Lists the skeleton letters[0 .. length) for the current unit, unless it has it already. */
function emit(length: i32): void {
  // A one-consonant skeleton matches too much to be an anchor.
  if (length < 2) return;
  const number = intern(length);
  const entry = numbers + (<usize>number << 4);
  if (load<i32>(entry, 12) === unitSerial) return;
  store<i32>(entry, unitSerial, 12);
  if (sideIdCount === sideIdCapacity) {
    sideIds = regrow(sideIds, sideIdCapacity << 2, sideIdCapacity << 3);
    sideIdCapacity <<= 1;
  }
  store<i32>(sideIds + (<usize>sideIdCount << 2), number);
  sideIdCount++;
}

// ---------------------------------------------------------------------------------------------
// Bengali words

const nukta = 0x09bc;
const virama = 0x09cd;
const vowelSignE = 0x09c7;
const zeroWidthNonJoiner = 0x200c;
const zeroWidthJoiner = 0x200d;

/**
 * Class letter of each character of the Bengali block, by code − U+0980 (../skeleton.ts's
 * bengaliClassOf: K G N S T D P F B M R L; 0 = dropped).
 */
const bengaliClasses = memory.data<u8>([
  0, 0, 78, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+0980
  0, 0, 0, 0, 0, 75, 75, 71, 71, 78, 83, 83, 83, 83, 78, 84, // U+0990
  84, 68, 68, 78, 84, 84, 68, 68, 78, 0, 80, 70, 66, 66, 77, 0, // U+09A0
  82, 0, 76, 0, 0, 0, 83, 83, 83, 0, 0, 0, 0, 0, 0, 0, // U+09B0
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 84, 0, // U+09C0
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+09D0
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+09E0
  82, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // U+09F0
]);

/** The class of a letter followed by a nukta, or -1 when the pair has no class of its own. */
function nuktaClassCode(code: i32): i32 {
  if (code === 0x09a1 || code === 0x09a2) return 82; // ড় ঢ় → R
  if (code === 0x09af) return 0; // য় is a glide, dropped
  return -1;
}

/** Canonical combining class, of the characters a Bengali word can hold. */
function combiningClass(code: i32): i32 {
  if (code === nukta) return 7;
  if (code === virama) return 9;
  if (code === 0x09fe) return 230; // sandhi mark
  return 0;
}

/**
 * Writes normalizeForMatching(word) into `normal`, for a word of Bengali letters, ZWJ and ZWNJ
 * (the only characters where NFC does anything are those below; Unicode keeps it so, having
 * frozen the compositions): NFC, then legacy khanda ta (ত ্ ZWJ) folded to ৎ, then the
 * joiners dropped. Returns the normalised length.
 */
function normalizeBengaliWord(): i32 {
  // Canonical decomposition. ড় ঢ় য় are composition exclusions: NFC leaves them decomposed.
  let length = 0;
  for (let index = 0; index < wordLength; index++) {
    const code = <i32>load<u16>(word + (<usize>index << 1));
    if (code === 0x09dc) {
      setNormal(length++, 0x09a1);
      setNormal(length++, nukta);
    } else if (code === 0x09dd) {
      setNormal(length++, 0x09a2);
      setNormal(length++, nukta);
    } else if (code === 0x09df) {
      setNormal(length++, 0x09af);
      setNormal(length++, nukta);
    } else if (code === 0x09cb) {
      setNormal(length++, vowelSignE);
      setNormal(length++, 0x09be);
    } else if (code === 0x09cc) {
      setNormal(length++, vowelSignE);
      setNormal(length++, 0x09d7);
    } else setNormal(length++, code);
  }
  // Canonical order: each run of combining marks sorted by class, stably.
  for (let index = 1; index < length; index++) {
    const code = normalAt(index);
    const ownClass = combiningClass(code);
    if (ownClass === 0) continue;
    let at = index;
    while (at > 0 && combiningClass(normalAt(at - 1)) > ownClass) {
      setNormal(at, normalAt(at - 1));
      at--;
    }
    setNormal(at, code);
  }
  // Composition: ে with a directly following া or ৗ (characters of class 0 compose only with
  // the character just before them).
  let composed = 0;
  for (let index = 0; index < length; index++) {
    const code = normalAt(index);
    if (composed > 0 && normalAt(composed - 1) === vowelSignE) {
      if (code === 0x09be) {
        setNormal(composed - 1, 0x09cb);
        continue;
      }
      if (code === 0x09d7) {
        setNormal(composed - 1, 0x09cc);
        continue;
      }
    }
    setNormal(composed++, code);
  }
  // Legacy khanda ta, then the joiners, in the order normalizeForMatching replaces them.
  let kept = 0;
  for (let index = 0; index < composed; index++) {
    const code = normalAt(index);
    if (
      code === 0x09a4 &&
      index + 2 < composed &&
      normalAt(index + 1) === virama &&
      normalAt(index + 2) === zeroWidthJoiner
    ) {
      setNormal(kept++, 0x09ce);
      index += 2;
    } else if (code !== zeroWidthJoiner && code !== zeroWidthNonJoiner) setNormal(kept++, code);
  }
  return kept;
}

/** ../skeleton.ts writeBengaliSkeleton over normalized[0 .. length), all of the Bengali block. */
function writeBengaliSkeleton(length: i32): i32 {
  let skeletonLength = 0;
  let last = 0;
  for (let index = 0; index < length; index++) {
    store<i32>(lengthAt + (<usize>index << 2), skeletonLength);
    const code = normalizedAt(index);
    let letter = <i32>load<u8>(bengaliClasses + <usize>(code - 0x0980));
    if (index + 1 < length && normalizedAt(index + 1) === nukta) {
      const withNukta = nuktaClassCode(code);
      if (withNukta >= 0) {
        letter = withNukta;
        index++;
        store<i32>(lengthAt + (<usize>index << 2), skeletonLength);
      }
    }
    if (letter !== 0 && letter !== last) {
      store<u8>(letters + <usize>skeletonLength, <u8>letter);
      skeletonLength++;
      last = letter;
    }
  }
  store<i32>(lengthAt + (<usize>length << 2), skeletonLength);
  return skeletonLength;
}

// ../skeleton.ts's bengaliSuffixes, NFC, by their last character and in that list's order
// (longest first) within each: a length and the code units of each, then a 0.
const suffixesEndingInRa = memory.data<u16>([
  5, 0x0997, 0x09c1, 0x09b2, 0x09cb, 0x09b0, // গুলোর
  5, 0x0997, 0x09c1, 0x09b2, 0x09bf, 0x09b0, // গুলির
  3, 0x09a6, 0x09c7, 0x09b0, // দের
  2, 0x09c7, 0x09b0, // ের
  2, 0x098f, 0x09b0, // এর
  1, 0x09b0, // র
  4, 0x09af, 0x09bc, 0x09c7, 0x09b0, // য়ের
  0,
]);
const suffixesEndingInI = memory.data<u16>([
  4, 0x0997, 0x09c1, 0x09b2, 0x09bf, // গুলি
  2, 0x099f, 0x09bf, // টি
  0,
]);
const suffixesEndingInO = memory.data<u16>([
  4, 0x0997, 0x09c1, 0x09b2, 0x09cb, // গুলো
  0,
]);
const suffixesEndingInE = memory.data<u16>([
  2, 0x0995, 0x09c7, // কে
  2, 0x09a4, 0x09c7, // তে
  1, 0x09c7, // ে
  0,
]);
const suffixesEndingInAa = memory.data<u16>([
  2, 0x09b0, 0x09be, // রা
  2, 0x099f, 0x09be, // টা
  0,
]);
const suffixesEndingInNukta = memory.data<u16>([
  2, 0x09af, 0x09bc, // য়
  0,
]);

/** Skeleton lengths listed for the current word (the whole and its stems), at most one per suffix and the whole. */
const listedLengths = memory.data(32 << 2);

/** ../skeleton.ts bengaliSkeletons(word): the whole word's skeleton, then its stems'. */
function emitBengaliWord(): void {
  reserveScratch();
  let length = wordLength;
  normalized = word;
  if (wordNeedsNormalizing) {
    length = normalizeBengaliWord();
    normalized = normal;
  }
  const whole = writeBengaliSkeleton(length);
  store<i32>(listedLengths, whole);
  let listed = 1;
  let suffix: usize = 0;
  if (length > 0)
    switch (normalizedAt(length - 1)) {
      case 0x09b0:
        suffix = suffixesEndingInRa;
        break;
      case 0x09bf:
        suffix = suffixesEndingInI;
        break;
      case 0x09cb:
        suffix = suffixesEndingInO;
        break;
      case 0x09c7:
        suffix = suffixesEndingInE;
        break;
      case 0x09be:
        suffix = suffixesEndingInAa;
        break;
      case nukta:
        suffix = suffixesEndingInNukta;
        break;
    }
  while (suffix !== 0) {
    const suffixLength = <i32>load<u16>(suffix);
    if (suffixLength === 0) break;
    const codes = suffix + 2;
    suffix = codes + (<usize>suffixLength << 1);
    const stemEnd = length - suffixLength;
    if (stemEnd < 2) continue;
    // The last characters are equal already.
    let matches = true;
    for (let index = suffixLength - 2; index >= 0 && matches; index--)
      matches = normalizedAt(stemEnd + index) === <i32>load<u16>(codes + (<usize>index << 1));
    if (!matches) continue;
    // A stem's skeleton is a prefix of the whole word's: equal skeletons have equal lengths.
    const stemLength = load<i32>(lengthAt + (<usize>stemEnd << 2));
    let known = false;
    for (let at = 0; at < listed && !known; at++)
      known = load<i32>(listedLengths + (<usize>at << 2)) === stemLength;
    if (!known) store<i32>(listedLengths + (<usize>(listed++) << 2), stemLength);
  }
  for (let at = 0; at < listed; at++) emit(load<i32>(listedLengths + (<usize>at << 2)));
}

/**
 * Appends a character of the Bengali block, decomposing ড় ঢ় য় as NFC does, and notes whether
 * the word needs the rest of normalizeForMatching: only where the word holds ৾, or ে directly
 * followed by া or ৗ (which NFC composes), or a nukta directly after a virama (which NFC moves
 * before it) does NFC do more. (ো and ৌ stay as they are: NFC decomposes and recomposes them.)
 */
function appendBengali(code: i32): void {
  reserveWord();
  if (code === 0x09dc || code === 0x09dd || code === 0x09df) {
    appendToWord(code === 0x09dc ? 0x09a1 : code === 0x09dd ? 0x09a2 : 0x09af);
    appendToWord(nukta);
    return;
  }
  if (code >= 0x09bc) {
    const previous = wordLength > 0 ? <i32>load<u16>(word + (<usize>(wordLength - 1) << 1)) : 0;
    if (
      code === 0x09fe ||
      ((code === 0x09be || code === 0x09d7) && previous === vowelSignE) ||
      (code === nukta && previous === virama)
    )
      wordNeedsNormalizing = true;
  }
  appendToWord(code);
}

// ---------------------------------------------------------------------------------------------
// English words

const lowerE = 101;
const lowerH = 104;
const lowerI = 105;
const lowerK = 107;
const lowerS = 115;
const lowerU = 117;
const lowerY = 121;
const apostrophe = 39;
const rightSingleQuote = 0x2019;
/** In englishClasses: a letter whose class depends on the next one. */
const contextual = 1;

/**
 * Class letter of each lowercase ASCII letter, by code − 97 (../skeleton.ts's englishClassCodes),
 * or `contextual` for c g p q s t x, or 0 (vowels, h, w, y).
 */
const englishClasses = memory.data<u8>([
  0, 66, 1, 68, 0, 70, 1, 0, 0, 83, 75, 76, 77, // a–m
  78, 0, 1, 1, 82, 1, 1, 0, 66, 0, 1, 0, 83, // n–z
]);

function isSoftening(code: i32): bool {
  return code === lowerE || code === lowerI || code === lowerY;
}

// @ts-ignore: decorator
@inline function wordAt(index: i32): i32 {
  return <i32>load<u16>(word + (<usize>index << 1));
}

/** ../skeleton.ts englishSkeleton(word), the word lowercase already. */
function emitEnglishWord(): void {
  reserveScratch();
  let end = wordLength;
  // A possessive 's or ’s is not part of the name.
  if (
    end >= 2 &&
    wordAt(end - 1) === lowerS &&
    (wordAt(end - 2) === apostrophe || wordAt(end - 2) === rightSingleQuote)
  )
    end -= 2;
  let length = 0;
  let last = 0;
  for (let index = 0; index < end; index++) {
    const code = wordAt(index);
    // Apostrophes carry no class.
    let letter = code >= 97 && code <= 122 ? <i32>load<u8>(englishClasses + <usize>(code - 97)) : 0;
    if (letter === contextual) {
      const next = index + 1 < end ? wordAt(index + 1) : 0;
      switch (code) {
        case 112: // p, ph
          if (next === lowerH) {
            letter = 70;
            index++;
          } else letter = 80;
          break;
        case 116: // t, th
          letter = 84;
          if (next === lowerH) index++;
          break;
        case lowerS: // s, sh
          letter = 83;
          if (next === lowerH) index++;
          break;
        case 99: // c: ch, ck, soft c, hard c
          if (next === lowerH) {
            letter = 83;
            index++;
          } else if (next === lowerK) {
            letter = 75;
            index++;
          } else letter = isSoftening(next) ? 83 : 75;
          break;
        case 103: // g: silent gh, soft g, hard g
          if (next === lowerH) {
            letter = 0;
            index++;
          } else letter = isSoftening(next) ? 83 : 71;
          break;
        case 113: // q, qu
          letter = 75;
          if (next === lowerU) index++;
          break;
        default:
          // x = KS
          if (last !== 75) store<u8>(letters + <usize>(length++), 75);
          last = 75;
          letter = 83;
      }
    }
    if (letter !== 0 && letter !== last) {
      store<u8>(letters + <usize>(length++), <u8>letter);
      last = letter;
    }
  }
  emit(length);
}

// ---------------------------------------------------------------------------------------------
// Units

let unit: i32 = 0;
let unitCount: i32 = 0;
let unitEnds: usize = 0;
let unitStarts: usize = 0;
/** Per unit (i32): its UTF-16 code units other than whitespace and joiners (see visibleLengths). */
let unitVisible: usize = 0;
/** Such code units read so far in the current unit. */
let visible: i32 = 0;

/**
 * The last side's visible lengths, one i32 per unit: what ../../text's visibleLength counts
 * (every UTF-16 code unit but tab … carriage return, space, U+00A0, ZWNJ and ZWJ).
 */
export function visibleLengths(): usize {
  return unitVisible;
}

function emitWord(bengali: bool): void {
  if (bengali) emitBengaliWord();
  else emitEnglishWord();
  wordLength = 0;
  wordNeedsNormalizing = false;
}

/**
 * Ends the word being read and every unit that ends at or before `position` (a UTF-16 offset);
 * returns where the next unit ends.
 */
function closeUnits(position: i32, bengali: bool): i32 {
  if (wordLength > 0) emitWord(bengali);
  while (unit < unitCount && load<i32>(unitEnds + (<usize>unit << 2)) <= position) {
    store<i32>(unitVisible + (<usize>unit << 2), visible);
    visible = 0;
    unit++;
    store<i32>(unitStarts + (<usize>unit << 2), sideIdCount);
    unitSerial++;
  }
  return unit < unitCount ? load<i32>(unitEnds + (<usize>unit << 2)) : i32.MAX_VALUE;
}

/**
 * The skeleton numbers of one side's units: `text` holds `byteLength` bytes of UTF-8, the
 * units' texts one after the other, and ends[i] (i32) is where unit i ends in UTF-16 code
 * units (JavaScript string offsets). Words are what ../features.ts's RegExps matched: runs of
 * U+0980–U+09FF, ZWNJ and ZWJ on a Bengali side, of A–Z, a–z, ' and ’ on an English one, never
 * across units. Each unit lists a skeleton once, where its first word has it. Returns i32[count
 * + 1], where unit i's numbers start in skeletonIds(); both live until the arena is released.
 */
export function skeletonSide(
  text: usize,
  byteLength: i32,
  ends: usize,
  count: i32,
  bengali: bool,
): usize {
  unitStarts = allocate((count + 1) << 2);
  store<i32>(unitStarts, 0);
  unitVisible = allocate(count << 2);
  visible = 0;
  unitEnds = ends;
  unitCount = count;
  unit = 0;
  unitSerial++;
  sideIdCount = 0;
  wordLength = 0;
  wordNeedsNormalizing = false;
  let unitEnd = closeUnits(0, bengali);
  let position = 0;
  let at = 0;
  // Only ASCII and three-byte characters can be parts of words.
  while (at < byteLength) {
    if (position >= unitEnd) unitEnd = closeUnits(position, bengali);
    const lead = <i32>load<u8>(text + <usize>at);
    if (lead < 0x80) {
      at++;
      position++;
      if (lead !== 32 && (lead < 9 || lead > 13)) visible++;
      if (!bengali) {
        const lower = lead | 32;
        if (lower >= 97 && lower <= 122) {
          reserveWord();
          appendToWord(lower);
          continue;
        }
        if (lead === apostrophe) {
          reserveWord();
          appendToWord(apostrophe);
          continue;
        }
      }
    } else if (lead >= 0xe0 && lead < 0xf0) {
      const second = <i32>load<u8>(text + <usize>at + 1);
      const third = <i32>load<u8>(text + <usize>at + 2);
      at += 3;
      position++;
      if (lead !== 0xe2 || second !== 0x80 || (third !== 0x8c && third !== 0x8d)) visible++;
      if (bengali) {
        if (lead === 0xe0 && (second === 0xa6 || second === 0xa7)) {
          appendBengali(((second & 0x3f) << 6) | (third & 0x3f));
          continue;
        }
        // ZWNJ, ZWJ
        if (lead === 0xe2 && second === 0x80 && (third === 0x8c || third === 0x8d)) {
          reserveWord();
          appendToWord(0x2000 | (third & 0x3f));
          wordNeedsNormalizing = true;
          continue;
        }
      } else if (lead === 0xe2 && second === 0x80 && third === 0x99) {
        reserveWord();
        appendToWord(rightSingleQuote);
        continue;
      }
    } else if (lead < 0xe0) {
      if (lead !== 0xc2 || <i32>load<u8>(text + <usize>at + 1) !== 0xa0) visible++;
      at += 2;
      position++;
    } else {
      // Outside the Basic Multilingual Plane: two UTF-16 code units. (A unit may end between
      // them: a lone first half, paired by encoding with the next unit's lone second half.)
      at += 4;
      visible++;
      position++;
      if (position >= unitEnd) unitEnd = closeUnits(position, bengali);
      visible++;
      position++;
    }
    if (wordLength > 0) emitWord(bengali);
  }
  closeUnits(i32.MAX_VALUE, bengali);
  return unitStarts;
}

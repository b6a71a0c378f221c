// Sentence segmentation for Bengali and English.
//
// A scanner of our own rather than Intl.Segmenter: ICU's sentence rules split after ড. মো. Dr.
// and each initial of "J. K.", split a quote from the words after it ('"Why?" he asked'), and
// do not split after ৷ (U+09F7), so nearly every decision would have to be undone. The rules
// the scanner applies are data (./rules.ts); the scanner only finds candidate terminators and
// asks the rules whether each one ends a sentence.

import { containsBengali, isLowercaseLetter, normalizeForMatching } from '../text';
import {
  codePointWithin,
  firstCodePointLength,
  hasLetterOrDigit,
  isDecimalDigit,
  isLetter,
  isLetterOrDigit,
  isMark,
  isUppercase,
} from '../text/characters';
import { rulesFor } from './rules';
import type { SegmentationRules, WeakBreakRules } from './rules';

export type Sentence = {
  /** UTF-16 offset of the first character in the segmented text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** The sentence as written: input.slice(start, end), never with leading or trailing whitespace. */
  text: string;
  /** The whitespace after the sentence, up to the next sentence or the end of the text. */
  trailing: string;
};

export type Segmentation = {
  /** Whitespace before the first sentence (the whole text when it holds no sentence). */
  leading: string;
  sentences: Sentence[];
};

export type { SegmentationRules, WeakBreakRules } from './rules';
export { rulesFor } from './rules';

const lineBreakPattern = /[\n\r\u2028\u2029\u0085]/;

// One Bengali akshara: a consonant cluster with its vowel sign, or an independent vowel,
// with an optional candrabindu/anusvara/visarga. Such a token before "." is an initial (মো. কে.).
const bengaliConsonant = '[\u0995-\u09B9\u09CE\u09DC-\u09DF\u09F0\u09F1]\u09BC?';
const singleBengaliAkshara = new RegExp(
  `^(?:(?:${bengaliConsonant}\u09CD)*${bengaliConsonant}[\u09BE-\u09CC\u09D7]*|[\u0985-\u0994])[\u0981-\u0983]?$`,
);

function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

function isLineBreak(char: string | undefined): boolean {
  return char !== undefined && isLineBreakCode(char.charCodeAt(0));
}

/**
 * Exactly the code units JavaScript's /\s/ matches, without a regex: the segmenter asks this of
 * nearly every character, and for Bengali text a regex test per character cost more than the
 * rest of segmentation.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && isWhitespaceCode(char.charCodeAt(0));
}

/** Whether text[index] is whitespace, without making a one-character string (false outside the text). */
function isWhitespaceAt(text: string, index: number): boolean {
  return isWhitespaceCode(text.charCodeAt(index));
}

/** Segment running text into sentences; every line break also ends a sentence. */
export function segment(text: string, lang: string): Segmentation {
  return buildSegmentation(text, findSentenceEnds(text, rulesFor(lang)));
}

/** Presegmented text: each non-empty line (CRLF, CR or LF) is one sentence. */
export function segmentLines(text: string): Segmentation {
  const cuts: number[] = [];
  // The regex engine's search, not a loop over every character (see `candidatePattern`).
  lineBreaks.lastIndex = 0;
  for (let found = lineBreaks.exec(text); found; found = lineBreaks.exec(text))
    cuts.push(found.index);
  return buildSegmentation(text, cuts);
}

/** The code units `isLineBreakCode` accepts. */
const lineBreaks = /[\n\r\u2028\u2029\u0085]/g;

/**
 * How many sentences `segment` would find in the text, without building them when the only
 * terminators are at its end (the usual case for a sentence or a presegmented line).
 */
export function countSentences(text: string, lang: string): number {
  const rules = rulesFor(lang);
  if (!interiorCandidatePattern(rules).test(text)) return text.trim() === '' ? 0 : 1;
  return countPieces(text, findSentenceEnds(text, rules));
}

/** Closing quotes and brackets that may follow a sentence's last terminator. */
const trailingClosers = '"\'”’“‘»)]';

const interiorCandidateCache = new WeakMap<SegmentationRules, RegExp>();

/**
 * Matches where a candidate character (see `candidatePattern`) has something after it other
 * than candidates, closers and whitespace: only then can the text hold more than one sentence.
 */
function interiorCandidatePattern(rules: SegmentationRules): RegExp {
  let pattern = interiorCandidateCache.get(rules);
  if (!pattern) {
    const candidates = escapedClassMembers(candidateCharacters(rules));
    const closers = escapedClassMembers(trailingClosers);
    pattern = new RegExp(`[${candidates}][^]*[^\\s${candidates}${closers}]`);
    interiorCandidateCache.set(rules, pattern);
  }
  return pattern;
}

/** The characters as \uXXXX escapes, to list inside a character class. */
function escapedClassMembers(characters: string): string {
  let members = '';
  for (let index = 0; index < characters.length; index++)
    members += `\\u${characters.charCodeAt(index).toString(16).padStart(4, '0')}`;
  return members;
}

const doubleQuotes = '"”“';
/**
 * The end of the run of word characters from `from`, reading no further than `to`: letters,
 * marks, digits, apostrophes, hyphens and, with `joiners`, the joiners inside conjuncts.
 */
function wordEnd(text: string, from: number, to: number, joiners: boolean): number {
  let end = from;
  while (end < to) {
    const code = text.charCodeAt(end);
    if (
      code === 39 ||
      code === 0x2019 ||
      code === 45 ||
      (joiners && (code === 0x200c || code === 0x200d))
    ) {
      end++;
      continue;
    }
    const codePoint = codePointWithin(text, end, to);
    if (!isLetterOrDigit(codePoint) && !isMark(codePoint)) break;
    end += codePoint > 0xffff ? 2 : 1;
  }
  return end;
}

/**
 * The word starting at `from`: letters, marks, digits, apostrophes, hyphens and the joiners
 * inside conjuncts (/(?:[\p{L}\p{M}\p{Nd}'’-]|\u200C|\u200D)+/uy, without compiling it).
 */
function wordAt(text: string, from: number): string {
  return text.slice(from, wordEnd(text, from, text.length, true));
}

/**
 * Offsets inside the sentence where it may end although no terminator says so (see
 * `WeakBreakRules`): each is the end of the would-be first part, before the space.
 */
export function weakBreaks(lang: string, sentence: Sentence): number[] {
  const rules = rulesFor(lang).weakBreaks;
  if (!rules) return [];
  const breaks: number[] = [];
  const body = sentence.text;
  const readsWords = readsWordsFor(rules);
  // Where words are read, the search runs over the sentence in matching form (NFC, no joiners),
  // whose words end as they are judged, and finds only the words that may end a clause instead
  // of visiting every word. Normalising changes letters, never spaces, so a word end found there
  // is the same word's end in the sentence as written (see `writtenWordEnds`).
  let spaces = breakCandidates(rules);
  let searched = body;
  let writtenEnds: Map<number, number> | null = null;
  if (readsWords) {
    spaces = compiledWeakBreaks(rules).clauseEndCandidates;
    const normalized = normalizeForMatching(body);
    if (normalized !== body) {
      writtenEnds = writtenWordEnds(normalized, body);
      if (writtenEnds) searched = normalized;
      else spaces = everyWordEnd;
    }
  }
  for (let from = 0; ;) {
    // Set before each search: the rules below may search with the same pattern.
    spaces.lastIndex = from;
    const found = spaces.exec(searched);
    if (!found) break;
    // The break would be at `index`, the start of the space.
    const searchedIndex = readsWords ? found.index + found[0].length : found.index;
    from = searchedIndex + 1;
    const index = writtenEnds ? writtenEnds.get(searchedIndex)! : searchedIndex;
    if (index >= body.length - 1) break;
    // The next word starts after the spaces.
    let next = index;
    while (next < body.length && isWhitespaceAt(body, next)) next++;
    if (next >= body.length) break;
    const previous = body[index - 1]!;
    const nextIsQuote = doubleQuotes.includes(body[next]!);
    let isBreak = false;
    if (previous === ':' || previous === ';') isBreak = rules.afterColon && !nextIsQuote;
    else if (doubleQuotes.includes(previous)) {
      const beforeQuote = body[index - 2];
      isBreak =
        rules.afterClosingQuote &&
        beforeQuote !== undefined &&
        !isWhitespace(beforeQuote) &&
        beforeQuote !== ',' &&
        quotedWordsBefore(body, index - 1) >= rules.minimumQuotedWords &&
        !attributedAfter(body, next, rules.attributionVerbs);
    } else if (isLetterOrDigit(previous.charCodeAt(0)) || isMark(previous.charCodeAt(0))) {
      let wordStart = index - 1;
      while (wordStart > 0 && !isWhitespaceAt(body, wordStart - 1)) wordStart--;
      isBreak = endsClause(rules, body.slice(wordStart, index));
    }
    if (!isBreak) continue;
    // The next sentence starts with a word (or a quoted word), not a dash or a bracket. (Read
    // only where the break is otherwise possible: most spaces end no clause.)
    const nextWord = normalizeForMatching(wordAt(body, next + (nextIsQuote ? 1 : 0)));
    if (nextWord === '' || rules.continuations.has(nextWord)) continue;
    breaks.push(sentence.start + index);
  }
  return breaks;
}

/** Whether the rules judge the word before a space (finite verbs), not only punctuation. */
function readsWordsFor(rules: WeakBreakRules): boolean {
  return rules.finiteVerbs.size > 0 || rules.finiteVerbEndings.length > 0;
}

/** Every word before a space: each match ends where the space starts. */
const everyWordEnd = /\S+(?=\s)/g;

const whitespaceRuns = /(\s+)/;

/**
 * The ends of the words of `normalized` (normalizeForMatching of `written`), each mapped to the
 * end of the same word in `written`; null when the words do not pair up, as when a word of
 * joiners alone vanishes in normalising.
 */
function writtenWordEnds(normalized: string, written: string): Map<number, number> | null {
  const normalizedParts = normalized.split(whitespaceRuns);
  const writtenParts = written.split(whitespaceRuns);
  if (normalizedParts.length !== writtenParts.length) return null;
  const ends = new Map<number, number>();
  let normalizedOffset = 0;
  let writtenOffset = 0;
  // Words and the spaces between them alternate, words first (an empty one before leading spaces).
  for (let index = 0; index < normalizedParts.length; index++) {
    const normalizedPart = normalizedParts[index]!;
    const writtenPart = writtenParts[index]!;
    normalizedOffset += normalizedPart.length;
    writtenOffset += writtenPart.length;
    if (index % 2 === 1) continue;
    if ((normalizedPart === '') !== (writtenPart === '')) return null;
    ends.set(normalizedOffset, writtenOffset);
  }
  return ends;
}

type CompiledWeakBreaks = {
  /** Any of the finite verb endings, at the end of the word; null when there are none. */
  finiteVerbEnding: RegExp | null;
  /**
   * Ends of the words that may end a clause, each followed by a space: those ending in a colon,
   * semicolon or closing quote, a finite verb or a finite verb's ending (whose words are then
   * judged as every word would be).
   */
  clauseEndCandidates: RegExp;
};

const compiledWeakBreakCache = new WeakMap<WeakBreakRules, CompiledWeakBreaks>();

function compiledWeakBreaks(rules: WeakBreakRules): CompiledWeakBreaks {
  let compiled = compiledWeakBreakCache.get(rules);
  if (!compiled) {
    const endings = rules.finiteVerbEndings.map((ending) => `(?:${ending})`);
    const verbs = [...rules.finiteVerbs].map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    compiled = {
      finiteVerbEnding: endings.length > 0 ? new RegExp(`(?:${endings.join('|')})$`) : null,
      clauseEndCandidates: new RegExp(
        `(?:[:;"”“]|${[...verbs, ...endings].join('|')})(?=\\s)`,
        'g',
      ),
    };
    compiledWeakBreakCache.set(rules, compiled);
  }
  return compiled;
}

const breakCandidateCache = new WeakMap<WeakBreakRules, RegExp>();
const clauseEndCache = new WeakMap<WeakBreakRules, Map<string, boolean>>();
/** Past this many words, a rule set's memo of `endsClause` is emptied. */
const clauseEndCacheLimit = 1 << 16;

/**
 * Whether the word (as written, before normalisation) ends a clause as a finite verb does and is
 * not a speech verb (তিনি বলেন "…" introduces what follows). Memoised per word: the same words
 * recur, and normalising one and trying every pattern on it cost more than reading the text.
 */
function endsClause(rules: WeakBreakRules, written: string): boolean {
  let memo = clauseEndCache.get(rules);
  if (!memo) clauseEndCache.set(rules, (memo = new Map()));
  let ends = memo.get(written);
  if (ends === undefined) {
    const word = normalizeForMatching(written);
    ends =
      !rules.attributionVerbs.has(word) &&
      (rules.finiteVerbs.has(word) ||
        (word.length >= 4 && compiledWeakBreaks(rules).finiteVerbEnding?.test(word) === true));
    if (memo.size >= clauseEndCacheLimit) memo.clear();
    memo.set(written, ends);
  }
  return ends;
}

/**
 * Where the rules read no words (English): the first space after a colon, semicolon or closing
 * quote, so that such text is not read word by word for verbs it has no rules for.
 */
function breakCandidates(rules: WeakBreakRules): RegExp {
  let pattern = breakCandidateCache.get(rules);
  if (!pattern) {
    pattern = new RegExp(`(?<=${rules.afterClosingQuote ? '[:;"”“]' : '[:;]'})\\s`, 'g');
    breakCandidateCache.set(rules, pattern);
  }
  return pattern;
}

/** Whether one of the next few words is a speech verb: the quote before them is attributed, not ended. */
function attributedAfter(
  body: string,
  from: number,
  attributionVerbs: ReadonlySet<string>,
): boolean {
  const words = body.slice(from, from + 120).split(/\s+/, 4);
  return words.some((word) =>
    attributionVerbs.has(normalizeForMatching(word.replace(/[।,.!?"”“'’]+$/u, ''))),
  );
}

/**
 * Words between the quote at `quoteIndex` and the quote that opened it, or 0 when it does not
 * close one. A double quote closes when an odd number of double quotes precede it in the
 * sentence; curly quotes are unreliable in Bengali text, so all shapes count.
 */
function quotedWordsBefore(body: string, quoteIndex: number): number {
  let opening = -1;
  let quotes = 0;
  for (let index = 0; index < quoteIndex; index++) {
    if (doubleQuotes.includes(body[index]!)) {
      quotes++;
      opening = index;
    }
  }
  if (quotes % 2 === 0) return 0;
  return body
    .slice(opening + 1, quoteIndex)
    .split(/\s+/)
    .filter((word) => word !== '').length;
}

/** How many of the pieces between the cuts hold something other than whitespace. */
function countPieces(text: string, cuts: readonly number[]): number {
  let pieces = 0;
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= from) continue;
    for (let index = from; index < cut; index++) {
      if (!isWhitespaceAt(text, index)) {
        pieces++;
        break;
      }
    }
    from = cut;
  }
  return pieces;
}

/** The exact text a segmentation came from. */
export function glue(segmentation: Segmentation): string {
  let text = segmentation.leading;
  for (const sentence of segmentation.sentences) text += sentence.text + sentence.trailing;
  return text;
}

/** Whether a line break follows the sentence (a paragraph, headline or presegmented line ends there). */
export function isParagraphEnd(sentence: Sentence): boolean {
  return lineBreakPattern.test(sentence.trailing);
}

/** Splits the text at the cut offsets; whitespace around each piece goes to the neighbours' `trailing`. */
function buildSegmentation(text: string, cuts: readonly number[]): Segmentation {
  const sentences: Sentence[] = [];
  let leading = '';
  let pieceStart = 0;
  const appendWhitespace = (whitespace: string) => {
    const last = sentences[sentences.length - 1];
    if (last) last.trailing += whitespace;
    else leading += whitespace;
  };
  const addPiece = (from: number, to: number) => {
    let start = from;
    while (start < to && isWhitespaceAt(text, start)) start++;
    let end = to;
    while (end > start && isWhitespaceAt(text, end - 1)) end--;
    appendWhitespace(text.slice(from, start));
    if (end > start)
      sentences.push({ start, end, text: text.slice(start, end), trailing: text.slice(end, to) });
  };
  for (const cut of cuts) {
    if (cut <= pieceStart) continue;
    addPiece(pieceStart, cut);
    pieceStart = cut;
  }
  addPiece(pieceStart, text.length);
  return { leading, sentences };
}

type Terminator = {
  /** Offset of the first terminator character. */
  start: number;
  /** Offset past the terminators and the closing quotes/brackets that follow them. */
  end: number;
  hard: boolean;
  questionOrExclamation: boolean;
  periods: number;
  ellipsis: boolean;
};

/** Offsets at which a sentence ends: after terminators that the rules accept, and at line breaks. */
function findSentenceEnds(text: string, rules: SegmentationRules): number[] {
  const cuts: number[] = [];
  let sentenceStart = 0;
  const pattern = candidatePattern(rules);
  for (let from = 0; ;) {
    // Set before each search: the rules below may search with the same pattern.
    pattern.lastIndex = from;
    const found = pattern.exec(text);
    if (!found) break;
    const index = found.index;
    from = index + 1;
    if (isLineBreakCode(text.charCodeAt(index))) {
      cuts.push(index);
      sentenceStart = index + 1;
      continue;
    }
    if (!isTerminatorChar(text, index, rules)) continue;
    const terminator = readTerminator(text, index, rules);
    if (endsSentence(text, terminator, sentenceStart, rules)) {
      cuts.push(terminator.end);
      sentenceStart = terminator.end;
    }
    from = terminator.end;
  }
  return cuts;
}

const candidatePatternCache = new WeakMap<SegmentationRules, RegExp>();

/** The characters the scanner must stop at: line breaks, terminators and the bar. */
function candidateCharacters(rules: SegmentationRules): string {
  return `\n\r\u2028\u2029\u0085${rules.hardTerminators}${rules.softTerminators}${rules.spacedBarIsDanda ? '|' : ''}`;
}

/**
 * The candidate characters as a global pattern over UTF-16 code units, for finding the next
 * one: the regex engine's compiled search costs far less than a loop over every character
 * while that loop still runs interpreted, which is all of a short-lived process's life.
 */
function candidatePattern(rules: SegmentationRules): RegExp {
  let pattern = candidatePatternCache.get(rules);
  if (!pattern) {
    pattern = new RegExp(`[${escapedClassMembers(candidateCharacters(rules))}]`, 'g');
    candidatePatternCache.set(rules, pattern);
  }
  return pattern;
}

function isTerminatorChar(text: string, index: number, rules: SegmentationRules): boolean {
  const char = text[index]!;
  if (rules.hardTerminators.includes(char) || rules.softTerminators.includes(char)) return true;
  return char === '|' && rules.spacedBarIsDanda && isSpacedBar(text, index);
}

// "কথা | পরের" or "কথা|" at a line end: a bar typed for a danda. A bar between Latin words
// ("News | Sport") is a separator, so the character before must be a space or Bengali.
function isSpacedBar(text: string, index: number): boolean {
  let after = index + 1;
  while (text[after] === '|') after++;
  const next = text[after];
  if (!(next === undefined || isWhitespace(next))) return false;
  const previous = text[index - 1];
  return previous === undefined || isWhitespace(previous) || containsBengali(previous);
}

function readTerminator(text: string, start: number, rules: SegmentationRules): Terminator {
  const terminator: Terminator = {
    start,
    end: start,
    hard: false,
    questionOrExclamation: false,
    periods: 0,
    ellipsis: false,
  };
  let index = start;
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (rules.hardTerminators.includes(char) || (char === '|' && rules.spacedBarIsDanda))
      terminator.hard = true;
    else if (char === '?' || char === '!') terminator.questionOrExclamation = true;
    else if (char === '.') terminator.periods++;
    else if (char === '…') terminator.ellipsis = true;
    else if (!rules.softTerminators.includes(char)) break;
  }
  if (terminator.periods > 1) terminator.ellipsis = true;
  while (index < text.length && rules.closers.includes(text[index]!)) index++;
  const endsClause = (at: number) => at >= text.length || isWhitespaceAt(text, at);
  // A quote right after the terminator closes the sentence whichever way it curls (।“ then a space),
  // and so does a quote detached by one space when nothing follows it on its side ("। \" পরের").
  if (index < text.length && rules.detachedClosers.includes(text[index]!) && endsClause(index + 1))
    index++;
  else if (
    text[index] === ' ' &&
    index + 1 < text.length &&
    rules.detachedClosers.includes(text[index + 1]!) &&
    endsClause(index + 2)
  ) {
    index += 2;
  }
  terminator.end = index;
  return terminator;
}

function endsSentence(
  text: string,
  terminator: Terminator,
  sentenceStart: number,
  rules: SegmentationRules,
): boolean {
  const following = text[terminator.end];
  const atLineEnd = following === undefined || isLineBreak(following);
  if (!terminator.hard && !atLineEnd && !isWhitespace(following)) return false;
  // "1." at the start of a list item, or a line of dots, is not a sentence.
  if (!hasLetterOrDigit(text, sentenceStart, terminator.start)) return false;
  const nextWord = readNextWord(text, terminator.end, rules);
  if (nextWord === undefined || terminator.hard) return true;
  const nextStartsLowercase = isLowercaseLetter(nextWord[0]!);
  if (terminator.questionOrExclamation) return !nextStartsLowercase;
  if (terminator.ellipsis) return rules.ellipsisEnds && !nextStartsLowercase;
  if (nextStartsLowercase) return false;
  return periodEndsSentence(text, terminator.start, sentenceStart, nextWord, rules);
}

/** The word that would open the next sentence, past spaces and opening quotes; undefined at a line end. */
function readNextWord(text: string, from: number, rules: SegmentationRules): string | undefined {
  let index = from;
  while (index < text.length && isWhitespaceAt(text, index) && !isLineBreak(text[index])) index++;
  while (index < text.length && rules.openers.includes(text[index]!)) index++;
  if (index >= text.length || isLineBreak(text[index])) return undefined;
  return leadingWord(text, index, Math.min(text.length, index + 64)) ?? text[index];
}

/**
 * The word at text[from .. to): a letter or digit, then letters, marks, digits, apostrophes and
 * hyphens (/^[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}'’-]*\/u on the slice); null when none starts there.
 */
function leadingWord(text: string, from: number, to: number): string | null {
  const first = codePointWithin(text, from, to);
  if (!isLetterOrDigit(first)) return null;
  return text.slice(from, wordEnd(text, from + (first > 0xffff ? 2 : 1), to, false));
}

function periodEndsSentence(
  text: string,
  periodIndex: number,
  sentenceStart: number,
  nextWord: string,
  rules: SegmentationRules,
): boolean {
  let tokenStart = periodIndex;
  while (tokenStart > sentenceStart && !isWhitespaceAt(text, tokenStart - 1)) tokenStart--;
  while (tokenStart < periodIndex && rules.openers.includes(text[tokenStart]!)) tokenStart++;
  const token = text.slice(tokenStart, periodIndex);
  if (token === '') return true;
  // "1." or "১." opening a list item (Bengali digits are Bengali characters: checked first).
  if (isAllDigits(token) && text.slice(sentenceStart, tokenStart).trim() === '') return false;
  if (containsBengali(token)) return !isBengaliAbbreviation(normalizeForMatching(token), rules);
  const nextIsNumber = isDecimalDigit(nextWord.charCodeAt(0));
  if (nextIsNumber && rules.abbreviationsBeforeNumber.has(token)) return false;
  if (rules.abbreviations.has(token)) return false;
  const nextOpensSentence = rules.sentenceOpeners.has(nextWord);
  if (token.length === firstCodePointLength(token) && isUppercase(token.codePointAt(0)!))
    return nextOpensSentence;
  if (rules.abbreviationsUnlessSentenceStarts.has(token) || isDottedAcronym(token))
    return nextOpensSentence;
  return true;
}

/** /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u: U.S, e.g, Ph.D — runs of one to three letters between dots. */
function isDottedAcronym(token: string): boolean {
  let letters = 0;
  let dots = 0;
  for (let index = 0; index < token.length;) {
    const codePoint = token.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    if (codePoint === 46) {
      if (letters === 0) return false;
      dots++;
      letters = 0;
    } else if (isLetter(codePoint) && letters < 3) letters++;
    else return false;
  }
  return dots > 0 && letters > 0;
}

/** /^[\p{Nd}]+$/u */
function isAllDigits(token: string): boolean {
  if (token === '') return false;
  for (let index = 0; index < token.length;) {
    const codePoint = token.codePointAt(index)!;
    if (!isDecimalDigit(codePoint)) return false;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return true;
}

function isBengaliAbbreviation(token: string, rules: SegmentationRules): boolean {
  // ইউ.এন and এফ.বি.আই: every dotted part an initial.
  return token
    .split('.')
    .every(
      (part) =>
        rules.bengaliAbbreviations.has(part) || singleBengaliAkshara.test(part) || part === '',
    );
}

// Word tokens with UTF-16 offsets into the text as stored (matching forms are computed per
// token, so normalisation never shifts an offset).

import { matchingForm } from './memo';

export type SourceToken = {
  start: number;
  end: number;
  text: string;
  script: 'bengali' | 'latin';
  /** The text between the previous token and this one holds punctuation (not just spaces or a hyphen). */
  breakBefore: boolean;
  /** normalizeForMatching(text). */
  key: string;
};

export type TargetToken = {
  start: number;
  /** End of the word without a possessive ending (Lavrov’s → the end of Lavrov). */
  end: number;
  /** The word without a possessive ending. */
  text: string;
  breakBefore: boolean;
  /** First letter upper-case. */
  capitalised: boolean;
  /** The first word of a sentence (or of a quotation), where capitals say nothing about names. */
  sentenceInitial: boolean;
  /** The word carried a possessive ending, so a name cannot continue past it (Trump’s Wheeling). */
  possessive: boolean;
  /** Joined to the previous word by a hyphen (the un of Kim Jong-un). */
  hyphenated: boolean;
};

// Bengali letters and marks (not the digits ০–৯ or the currency signs), with the joiners that
// live inside conjuncts; a Latin-script word with inner hyphens, dots or digits (B-52, U.S).
const sourceTokenPattern =
  /([\u0980-\u09E5\u09F0\u09F1\u200C\u200D]+)|(\p{Script=Latin}[\p{Script=Latin}\p{Nd}]*(?:[-.'’]?[\p{Script=Latin}\p{Nd}]+)*)/gu;

// Gaps that do not interrupt a name: spaces and the hyphen of a compound or a case ending (DPRK-এর).
const softGap = /^[\s\-‐‑–]*$/u;

export function tokenizeSource(text: string): SourceToken[] {
  const tokens: SourceToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(sourceTokenPattern)) {
    const start = match.index;
    const word = match[0];
    const gap = text.slice(previousEnd, start);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      script: match[1] !== undefined ? 'bengali' : 'latin',
      breakBefore: tokens.length > 0 && !softGap.test(gap),
      key: matchingForm(word),
    });
    previousEnd = start + word.length;
  }
  return tokens;
}

// Dotted abbreviations (U.S., U.N., and U.S without its last dot) first, then words with inner apostrophes; a hyphen splits
// words (US-led → US, led), so each part can be a name on its own.
const targetTokenPattern =
  /(?:\p{Lu}\.)+\p{Lu}\.?|[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*(?:['’][\p{L}]+)*/gu;
const possessive = /['’]s$/u;
const sentenceOpening = /[.!?:;"“‘([]\s*$/u;
const hyphenGap = /^[-‐‑]$/u;

export function tokenizeTarget(text: string): TargetToken[] {
  const tokens: TargetToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(targetTokenPattern)) {
    const start = match.index;
    let word = match[0];
    const gap = text.slice(previousEnd, start);
    const possessiveMatch = possessive.exec(word);
    if (possessiveMatch !== null && word.length > 2) word = word.slice(0, possessiveMatch.index);
    const previous = tokens[tokens.length - 1];
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      breakBefore: tokens.length > 0 && !softGap.test(gap),
      capitalised: /^\p{Lu}/u.test(word),
      sentenceInitial: previous === undefined || sentenceOpening.test(gap),
      possessive: possessiveMatch !== null && word.length < match[0].length,
      hyphenated: previous !== undefined && hyphenGap.test(gap),
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** A dotted abbreviation without its dots (U.S. → US), for comparing with Latin tokens. */
export function undotted(text: string): string {
  return text.replace(/\./g, '');
}

// Hints for one bead: every name found in the Bengali, the English form the glossary (or the
// pairing) gives it, and whether the English side has that form, has it spelt differently, or
// lacks it. The UI underlines the spans; QA turns "missing" and "variant" into flags.

import { asCompiledGlossary } from './glossary';
import type { CompiledGlossary, GlossaryTerm } from './glossary';
import { createPairingContext, runPairing } from './pairing';
import type { NamePairOrigin, PairingContext, PairingOptions, TextSpan } from './pairing';
import { englishSpellingSimilarity } from './similarity';
import { isEnglishConnector, isEnglishNonNameWord } from './stopwords';
import { tokenizeSource, tokenizeTarget } from './tokens';
import type { SourceToken, TargetToken } from './tokens';
import { builtInTranslatedNames, findEnglishSpelling, translatedNamesAt } from './translated';

/** present: the English has the form; variant: it has a near spelling (Lavrow for Lavrov); missing: neither. */
export type NameHintStatus = 'present' | 'variant' | 'missing';

/** Where the English form of a hint comes from: the glossary, or one of the pairing rules. */
export type NameHintOrigin = 'glossary' | NamePairOrigin;

export type NameHint = {
  /** UTF-16 offsets of the name in the Bengali text. */
  start: number;
  end: number;
  /** The Bengali as written (case ending included). */
  text: string;
  /** The English form expected: the glossary's target, the listed translation, or the matched English. */
  english: string;
  status: NameHintStatus;
  origin: NameHintOrigin;
  /** Where the English has the name (for variant: the differing spelling); absent when missing. */
  target?: TextSpan;
  /** For glossary hints, the position of the term in the glossary. */
  glossaryIndex?: number;
};

export type HintOptions = PairingOptions & {
  /** Minimum similarity of an English spelling to the glossary's for "variant" (default 0.7). */
  variantThreshold?: number;
};

const defaultVariantThreshold = 0.7;

function targetSpan(context: PairingContext, first: number, last: number): TextSpan {
  const start = context.targetTokens[first]!.start;
  const end = context.targetTokens[last]!.end;
  return { start, end, text: context.targetText.slice(start, end) };
}

function claimTarget(context: PairingContext, first: number, last: number): void {
  for (let index = first; index <= last; index++) context.claims.target[index] = true;
}

const isNameLike = (token: TargetToken): boolean =>
  /^\p{Lu}/u.test(token.text) && !isEnglishNonNameWord(token.text);

/** The unclaimed English span most like `spelling`, of the same number of words, if like enough. */
function findVariantSpelling(
  context: PairingContext,
  spelling: string,
  threshold: number,
): { first: number; last: number } | undefined {
  const wordCount = tokenizeTarget(spelling).length;
  let best: { first: number; last: number; score: number } | undefined;
  const tokens = context.targetTokens;
  for (let first = 0; first + wordCount <= tokens.length; first++) {
    const last = first + wordCount - 1;
    let usable = isNameLike(tokens[first]!) && isNameLike(tokens[last]!);
    for (let index = first; index <= last && usable; index++) {
      usable = !context.claims.target[index] && (index === first || !tokens[index]!.breakBefore);
      if (
        index > first &&
        index < last &&
        !isNameLike(tokens[index]!) &&
        !isEnglishConnector(tokens[index]!.text)
      )
        usable = false;
    }
    if (!usable) continue;
    const text = context.targetText.slice(tokens[first]!.start, tokens[last]!.end);
    const score = englishSpellingSimilarity(text, spelling);
    if (score >= threshold && (best === undefined || score > best.score))
      best = { first, last, score };
  }
  return best;
}

function findAny(
  tokens: readonly TargetToken[],
  spellings: readonly string[],
  isFree: (index: number) => boolean,
  ignoreCase: boolean,
): { first: number; last: number } | undefined {
  for (const spelling of spellings) {
    const found = findEnglishSpelling(tokens, spelling, isFree, { ignoreCase });
    if (found !== undefined) return found;
  }
  return undefined;
}

/** English spellings the bilingual lists give for exactly these Bengali tokens. */
function listedSpellings(tokens: readonly SourceToken[], first: number, last: number): string[] {
  return translatedNamesAt(tokens, first, builtInTranslatedNames(), () => true)
    .filter((match) => match.last === last)
    .flatMap((match) => match.name.english);
}

/**
 * Name hints for one bead. Glossary terms are looked up first (by any of their forms, with or
 * without case endings); then names are paired as pairNames does; Latin tokens and listed
 * translated names with no English counterpart are reported missing. Sorted by position.
 */
export function hintsFor(
  sourceText: string,
  targetText: string,
  glossary: readonly GlossaryTerm[] | CompiledGlossary = [],
  options: HintOptions = {},
): NameHint[] {
  const compiled = asCompiledGlossary(glossary);
  const sourceTokens = tokenizeSource(sourceText);
  const targetTokens = tokenizeTarget(targetText);
  const context = createPairingContext(sourceText, targetText, sourceTokens, targetTokens);
  const variantThreshold = options.variantThreshold ?? defaultVariantThreshold;
  const hints: NameHint[] = [];
  const sourceFree = (index: number) => !context.claims.source[index];
  const targetFree = (index: number) => !context.claims.target[index];

  for (let first = 0; first < sourceTokens.length; first++) {
    const match = translatedNamesAt(sourceTokens, first, compiled.index, sourceFree)[0];
    if (match === undefined) continue;
    const term = compiled.terms[match.name.entry]!;
    for (let index = match.first; index <= match.last; index++) context.claims.source[index] = true;
    const start = sourceTokens[match.first]!.start;
    const end = sourceTokens[match.last]!.end;
    const hint: NameHint = {
      start,
      end,
      text: sourceText.slice(start, end),
      english: term.target,
      status: 'missing',
      origin: 'glossary',
      glossaryIndex: match.name.entry,
    };
    // The glossary's spelling, or another the bilingual lists know for the same Bengali
    // (যুক্তরাষ্ট্র: US, United States, America); a second mention may share the English word
    // of the first (translators drop repeats).
    const spellings = [term.target, ...listedSpellings(sourceTokens, match.first, match.last)];
    const anywhere = () => true;
    const exact =
      findAny(targetTokens, spellings, targetFree, false) ??
      findAny(targetTokens, spellings, targetFree, true) ??
      findAny(targetTokens, spellings, anywhere, true);
    const variant =
      exact === undefined ? findVariantSpelling(context, term.target, variantThreshold) : undefined;
    const found = exact ?? variant;
    if (found !== undefined) {
      hint.status = exact !== undefined ? 'present' : 'variant';
      hint.target = targetSpan(context, found.first, found.last);
      claimTarget(context, found.first, found.last);
    }
    hints.push(hint);
    first = match.last;
  }

  runPairing(context, options);
  for (const pair of context.pairs) {
    hints.push({
      start: pair.source.start,
      end: pair.source.end,
      text: pair.source.text,
      english: pair.english,
      status: 'present',
      origin: pair.origin,
      target: pair.target,
    });
  }

  // Names that need no pairing to be recognised: Latin script inside the Bengali, and names
  // from the bilingual lists. If nothing in the English took them, the English lacks them.
  sourceTokens.forEach((token, index) => {
    if (token.script !== 'latin' || context.claims.source[index] || !/\p{L}{2}/u.test(token.text))
      return;
    const repeated = findEnglishSpelling(targetTokens, token.text, () => true, {
      ignoreCase: true,
    });
    hints.push({
      start: token.start,
      end: token.end,
      text: token.text,
      english: token.text,
      status: repeated === undefined ? 'missing' : 'present',
      origin: 'latin',
      ...(repeated === undefined
        ? {}
        : { target: targetSpan(context, repeated.first, repeated.last) }),
    });
  });
  for (const match of context.unmatchedTranslated) {
    if (
      sourceTokens
        .slice(match.first, match.last + 1)
        .some((_, offset) => context.claims.source[match.first + offset])
    ) {
      continue;
    }
    const start = sourceTokens[match.first]!.start;
    const end = sourceTokens[match.last]!.end;
    const repeated = match.name.english
      .map((spelling) => findEnglishSpelling(targetTokens, spelling))
      .find((occurrence) => occurrence !== undefined);
    hints.push({
      start,
      end,
      text: sourceText.slice(start, end),
      english: match.name.english[0]!,
      status: repeated === undefined ? 'missing' : 'present',
      origin: 'translated',
      ...(repeated === undefined
        ? {}
        : { target: targetSpan(context, repeated.first, repeated.last) }),
    });
  }
  return hints.sort((a, b) => a.start - b.start);
}

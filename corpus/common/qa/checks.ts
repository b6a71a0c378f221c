// QA checks on one bead (a Bengali source and its English translation). Each check is a rule a
// reviewer would otherwise apply by eye; each flag points at the text it is about.

import { hintsFor } from '../names';
import type { CompiledGlossary, GlossaryTerm, NameHint } from '../names';
import { visibleLength } from '../text';
import { compareNumbers } from './numbers';

export type QaFlagKind =
  | 'empty-target'
  | 'empty-source'
  | 'name-missing'
  | 'name-spelling'
  | 'number-mismatch'
  | 'untranslated'
  | 'bengali-digits-in-target'
  | 'length-ratio'
  | 'question-mismatch'
  | 'bracket-mismatch';

export type QaSeverity = 'error' | 'warning' | 'info';

export type QaFlag = {
  kind: QaFlagKind;
  severity: QaSeverity;
  /** The side the offsets refer to. */
  side: 'source' | 'target';
  /** UTF-16 offsets of what the flag is about (0, 0 when it is about the whole side). */
  start: number;
  end: number;
  message: string;
  /** What was expected on the other side, when there is one thing (Lavrov, 1000). */
  expected?: string;
};

export type QaOptions = {
  glossary?: readonly GlossaryTerm[] | CompiledGlossary;
  /** Hints already computed for this bead (hintsFor with the same glossary); computed when absent. */
  hints?: readonly NameHint[];
  /** Checks to leave out. */
  skip?: readonly QaFlagKind[];
};

export type BeadTexts = { source: string; target: string };

// Hints of these origins name something the English must contain; a phonetic pair is present by
// construction, and an acronym is only recognised when the English has it.
const requiredOrigins: ReadonlySet<NameHint['origin']> = new Set([
  'glossary',
  'latin',
  'translated',
]);

// Character-length ratio English/Bengali outside which a pair is worth a look; none of the 659
// human-translated NTREX news pairs falls outside it.
const lengthRatioBounds = { minimum: 0.45, maximum: 2.2 };
const lengthRatioMinimumLength = 25;

const bengaliLetter = /[\u0985-\u09B9\u09CE\u09DC-\u09DF]/gu;
const anyLetter = /\p{L}/gu;
const bengaliDigit = /[\u09E6-\u09EF]/u;
const hasContent = (text: string) => /[\p{L}\p{N}]/u.test(text);

function nameFlags(hints: readonly NameHint[]): QaFlag[] {
  const flags: QaFlag[] = [];
  for (const hint of hints) {
    if (hint.status === 'missing' && requiredOrigins.has(hint.origin)) {
      flags.push({
        kind: 'name-missing',
        severity: 'warning',
        side: 'source',
        start: hint.start,
        end: hint.end,
        message: `${hint.text} is not in the English (expected ${hint.english}).`,
        expected: hint.english,
      });
    } else if (hint.status === 'variant' && hint.target !== undefined) {
      flags.push({
        kind: 'name-spelling',
        severity: 'warning',
        side: 'target',
        start: hint.target.start,
        end: hint.target.end,
        message: `${hint.target.text} is spelt ${hint.english} in the glossary.`,
        expected: hint.english,
      });
    }
  }
  return flags;
}

function numberFlags(source: string, target: string): QaFlag[] {
  const { sourceOnly, targetOnly } = compareNumbers(source, target);
  return [
    ...sourceOnly.map((number): QaFlag => ({
      kind: 'number-mismatch',
      severity: 'warning',
      side: 'source',
      start: number.start,
      end: number.end,
      message: `The number ${number.text} is not in the English.`,
      expected: number.value,
    })),
    ...targetOnly.map((number): QaFlag => ({
      kind: 'number-mismatch',
      severity: 'warning',
      side: 'target',
      start: number.start,
      end: number.end,
      message: `The number ${number.text} is not in the Bengali.`,
      expected: number.value,
    })),
  ];
}

function scriptFlags(source: string, target: string): QaFlag[] {
  const flags: QaFlag[] = [];
  const letters = target.match(anyLetter)?.length ?? 0;
  const bengaliLetters = target.match(bengaliLetter)?.length ?? 0;
  if (letters > 0 && (bengaliLetters * 2 >= letters || target.trim() === source.trim())) {
    flags.push({
      kind: 'untranslated',
      severity: 'error',
      side: 'target',
      start: 0,
      end: target.length,
      message: 'The English side is not in English: it looks like the Bengali, untranslated.',
    });
  } else {
    const digit = bengaliDigit.exec(target);
    if (digit !== null) {
      flags.push({
        kind: 'bengali-digits-in-target',
        severity: 'info',
        side: 'target',
        start: digit.index,
        end: digit.index + 1,
        message: 'The English has Bengali digits; write 0–9.',
      });
    }
  }
  return flags;
}

function shapeFlags(source: string, target: string): QaFlag[] {
  const flags: QaFlag[] = [];
  const sourceLength = visibleLength(source);
  const targetLength = visibleLength(target);
  if (sourceLength >= lengthRatioMinimumLength && targetLength >= lengthRatioMinimumLength) {
    const ratio = targetLength / sourceLength;
    if (ratio < lengthRatioBounds.minimum || ratio > lengthRatioBounds.maximum) {
      flags.push({
        kind: 'length-ratio',
        severity: 'info',
        side: 'target',
        start: 0,
        end: target.length,
        message: `The English is ${ratio < 1 ? 'much shorter' : 'much longer'} than the Bengali (${ratio.toFixed(2)} times): a sentence may be missing or extra.`,
      });
    }
  }
  const questionIn = (text: string) => /[?？]/u.test(text);
  if (questionIn(source) !== questionIn(target)) {
    const side = questionIn(source) ? 'source' : 'target';
    const text = side === 'source' ? source : target;
    const at = text.search(/[?？]/u);
    flags.push({
      kind: 'question-mismatch',
      severity: 'info',
      side,
      start: at,
      end: at + 1,
      message: `Only the ${side === 'source' ? 'Bengali' : 'English'} is a question.`,
    });
  }
  const bracketsIn = (text: string) => (text.match(/[([]/gu) ?? []).length;
  if (bracketsIn(source) !== bracketsIn(target)) {
    const side = bracketsIn(source) > bracketsIn(target) ? 'source' : 'target';
    const text = side === 'source' ? source : target;
    const at = text.search(/[([]/u);
    flags.push({
      kind: 'bracket-mismatch',
      severity: 'info',
      side,
      start: Math.max(0, at),
      end: Math.max(0, at) + 1,
      message: `The ${side === 'source' ? 'Bengali' : 'English'} has more bracketed text than the other side.`,
    });
  }
  return flags;
}

/**
 * QA flags for one bead: an empty side, names missing from the English or spelt differently
 * from the glossary, numbers on one side only, an untranslated or Bengali-digit English,
 * an unusual length ratio, a question on one side only, bracketed text on one side only.
 */
export function checkBead(bead: BeadTexts, options: QaOptions = {}): QaFlag[] {
  const { source, target } = bead;
  const skip = new Set(options.skip ?? []);
  const flags: QaFlag[] = [];
  const sourceHasContent = hasContent(source);
  const targetHasContent = hasContent(target);
  if (sourceHasContent && !targetHasContent) {
    flags.push({
      kind: 'empty-target',
      severity: 'error',
      side: 'target',
      start: 0,
      end: target.length,
      message: 'The Bengali has no translation.',
    });
  } else if (!sourceHasContent && targetHasContent) {
    flags.push({
      kind: 'empty-source',
      severity: 'warning',
      side: 'source',
      start: 0,
      end: source.length,
      message:
        'The English has no Bengali source: an added sentence, or one the aligner did not pair.',
    });
  }
  if (sourceHasContent && targetHasContent) {
    const hints = options.hints ?? hintsFor(source, target, options.glossary ?? []);
    flags.push(
      ...nameFlags(hints),
      ...numberFlags(source, target),
      ...scriptFlags(source, target),
      ...shapeFlags(source, target),
    );
  }
  return flags.filter((flag) => !skip.has(flag.kind));
}

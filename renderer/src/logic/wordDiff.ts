// A word diff that never cuts inside a Bengali conjunct: jsdiff's diffWords splits ল্যাভরভ
// inside the cluster, so tokens come from Intl.Segmenter and diffArrays compares whole tokens.

import { diffArrays } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';
export type DiffPart = { kind: DiffKind; text: string };

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Every segment, words and the spaces and punctuation between them, so the tokens rejoin to `text`. */
export function wordTokens(text: string, locale: string): string[] {
  return Array.from(segmenterFor(locale).segment(text), (segment) => segment.segment);
}

export function wordDiff(before: string, after: string, locale: string): DiffPart[] {
  const changes = diffArrays(wordTokens(before, locale), wordTokens(after, locale));
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    if (text === '') continue;
    const previous = parts.at(-1);
    if (previous && previous.kind === kind) previous.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

import type { BeadDraft } from '../../corpus/node/store/beads';
import { createCorpus } from '../../corpus/node/dispatch';
import { openCorpus } from '../../corpus/node/db/open';

export function memoryCorpus() {
  return createCorpus(openCorpus(':memory:'));
}

export function draft(
  source: string[],
  target: string[],
  extra: Partial<BeadDraft> = {},
): BeadDraft {
  const sentences = (texts: string[]) => texts.map((text) => ({ text, trailing: ' ' }));
  return {
    source: sentences(source),
    target: sentences(target),
    status: 'auto',
    score: 0.9,
    note: null,
    ...extra,
  };
}

// Builds BeadView values for the renderer's logic tests. Sentence ids are unique per call.

import type { BeadStatus, BeadView, SentenceView } from '../../../shared/model';

let nextId = 1;

export function sentences(...texts: string[]): SentenceView[] {
  return texts.map((text, index) => ({
    id: nextId++,
    text,
    trailing: index < texts.length - 1 ? ' ' : '\n',
  }));
}

export function bead(
  ordinal: number,
  source: string[],
  target: string[],
  options: { status?: BeadStatus; score?: number | null; id?: number } = {},
): BeadView {
  return {
    id: options.id ?? nextId++,
    ordinal,
    source: sentences(...source),
    target: sentences(...target),
    status: options.status ?? 'auto',
    score: options.score === undefined ? 0.9 : options.score,
    note: null,
  };
}

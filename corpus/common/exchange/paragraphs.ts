import type { ExchangeUnit } from './units';

/** A sentence bead in document order, with where each side's paragraphs end. */
export type ParagraphBead = ExchangeUnit & {
  /** The bead's last source sentence ends a source paragraph. Ignored when the source is empty. */
  sourceParagraphEnd: boolean;
  /** The bead's last target sentence ends a target paragraph. Ignored when the target is empty. */
  targetParagraphEnd: boolean;
  /** Whitespace that followed the bead's source text in the document; default one space. */
  sourceSeparator?: string;
  /** Whitespace that followed the bead's target text in the document; default one space. */
  targetSeparator?: string;
};

type SideState = 'empty' | 'open' | 'ended';

type Side = { state: SideState; text: string; separator: string };

/**
 * Every bead as a sentence unit and, after the last bead of each paragraph pair, one
 * `kind: 'paragraph'` unit holding the whole paragraph on both sides. CAT tools with no
 * Bengali sentence rules (OmegaT's stock rules have no danda break) look a Bengali paragraph
 * up whole, and find it only in such a unit.
 *
 * A paragraph pair closes where both sides end a paragraph at the same bead; where a
 * translator merged or split paragraphs the pair spans all of them. A side with no text in
 * the pair (a paragraph left untranslated) does not hold the pair open. A pair of one bead
 * gets no extra unit: its sentence unit already is the paragraph.
 */
export function* withParagraphUnits(
  beads: Iterable<ParagraphBead>,
): Generator<ExchangeUnit, void, undefined> {
  let group: ExchangeUnit[] = [];
  const source: Side = { state: 'empty', text: '', separator: '' };
  const target: Side = { state: 'empty', text: '', separator: '' };

  function* close(): Generator<ExchangeUnit, void, undefined> {
    if (group.length > 1) yield paragraphUnit(group, source.text, target.text);
    group = [];
    for (const side of [source, target]) {
      side.state = 'empty';
      side.text = '';
      side.separator = '';
    }
  }

  for (const bead of beads) {
    if (group.length > 0 && bead.document !== group[0]!.document) yield* close();
    const {
      sourceParagraphEnd,
      targetParagraphEnd,
      sourceSeparator,
      targetSeparator,
      ...sentence
    } = bead;
    const unit: ExchangeUnit = { ...sentence, kind: 'sentence' };
    yield unit;
    group.push(unit);
    extend(source, bead.source, sourceParagraphEnd, sourceSeparator);
    extend(target, bead.target, targetParagraphEnd, targetSeparator);
    const bothClosed = source.state !== 'open' && target.state !== 'open';
    if (bothClosed) yield* close();
  }
  yield* close();
}

function extend(side: Side, text: string, paragraphEnd: boolean, separator = ' '): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  side.text = side.text === '' ? trimmed : side.text + side.separator + trimmed;
  side.separator = separator;
  side.state = paragraphEnd ? 'ended' : 'open';
}

function paragraphUnit(group: ExchangeUnit[], source: string, target: string): ExchangeUnit {
  const first = group[0]!;
  const unit: ExchangeUnit = { source, target, kind: 'paragraph' };
  if (first.document !== undefined) unit.document = first.document;
  const statuses = group.map((bead) => bead.status);
  if (statuses.every((status) => status !== undefined)) {
    // The paragraph is only as reviewed as its least reviewed sentence.
    unit.status = statuses.find((status) => status !== 'confirmed') ?? 'confirmed';
  }
  const scores = group.map((bead) => bead.score);
  if (scores.every((score): score is number => typeof score === 'number')) {
    unit.score = Math.min(...scores);
  }
  return unit;
}

import type { ArgsOf, ResultOf } from '../../../shared/api';
import type { BeadView, Side } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/open';
import type { BeadDraft, SentenceDraft } from '../store/beads';
import { countBeads, findBeadOrdinal, readBead, readBeads, toDraft } from '../store/beads';
import { checkRevision, getDocument } from '../store/documents';
import { applyChange } from '../store/revisions';
import { searchBeads } from '../store/search';
import { withFlags } from './names';
import { segmentText } from './documents';

const maxPage = 5000;

function reshaped(
  bead: BeadView,
  source: SentenceDraft[],
  target: SentenceDraft[],
  id?: number,
): BeadDraft {
  // A bead whose sentences changed is no longer what the reviewer confirmed or the aligner scored.
  return { id, source, target, status: 'auto', score: null, note: bead.note };
}

function sentences(bead: BeadView, side: Side): SentenceDraft[] {
  return bead[side].map(({ text, trailing }) => ({ text, trailing }));
}

/** Segments edited English; the last sentence keeps the whitespace that followed the bead. */
function resegment(text: string, lang: string, trailingAfter: string): SentenceDraft[] {
  const drafts = segmentText(text, lang).sentences.map(({ text: sentence, trailing }) => ({
    text: sentence,
    trailing,
  }));
  if (drafts.length > 0) drafts[drafts.length - 1]!.trailing = trailingAfter;
  return drafts;
}

function separatorAfter(bead: BeadView): string {
  const last = bead.target.at(-1) ?? bead.source.at(-1);
  return last && /[\n\r]/.test(last.trailing) ? last.trailing : ' ';
}

function editTarget(db: Db, args: ArgsOf<'target.edit'>): ResultOf<'target.edit'> {
  checkRevision(db, args.documentId, args.baseRev);
  const document = getDocument(db, args.documentId);
  const bead = readBead(db, args.documentId, args.beadId);
  const current = sentences(bead, 'target');
  if (joinSentences(current) === args.text.trim()) {
    return {
      documentId: document.id,
      revision: document.revision,
      start: bead.ordinal,
      deleteCount: 1,
      beads: [bead],
      beadCount: document.beadCount,
    };
  }
  const target = resegment(
    args.text.trim(),
    document.targetLang,
    current.at(-1)?.trailing ?? separatorAfter(bead),
  );
  const draft: BeadDraft = { ...toDraft(bead), target };
  return applyChange(db, args.documentId, 'target.edit', bead.ordinal, 1, [draft]);
}

function merge(db: Db, args: ArgsOf<'bead.merge'>): ResultOf<'bead.merge'> {
  checkRevision(db, args.documentId, args.baseRev);
  const ordinal = findBeadOrdinal(db, args.documentId, args.beadId);
  const start = args.direction === 'next' ? ordinal : ordinal - 1;
  const pair = start >= 0 ? readBeads(db, args.documentId, start, 2) : [];
  if (pair.length < 2) {
    throw new ApiError(
      'bad_input',
      `There is no ${args.direction} bead to merge bead ${args.beadId} with.`,
    );
  }
  const [first, second] = pair as [BeadView, BeadView];
  const merged = reshaped(
    first,
    [...sentences(first, 'source'), ...sentences(second, 'source')],
    [...sentences(first, 'target'), ...sentences(second, 'target')],
    first.id,
  );
  merged.note = [first.note, second.note].filter(Boolean).join('\n') || null;
  return applyChange(db, args.documentId, 'bead.merge', start, 2, [merged]);
}

function split(db: Db, args: ArgsOf<'bead.split'>): ResultOf<'bead.split'> {
  checkRevision(db, args.documentId, args.baseRev);
  const document = getDocument(db, args.documentId);
  const bead = readBead(db, args.documentId, args.beadId);
  const source = sentences(bead, 'source');
  let target = sentences(bead, 'target');
  if (args.sourceSentences > source.length) {
    throw new ApiError('bad_input', `Bead ${bead.id} has only ${source.length} Bengali sentences.`);
  }
  let targetSplit: number;
  if (args.targetOffset !== undefined) {
    const text = joinSentences(target);
    if (args.targetOffset > text.length) {
      throw new ApiError(
        'bad_input',
        `Offset ${args.targetOffset} is past the end of the English text.`,
      );
    }
    const left = text.slice(0, args.targetOffset);
    const right = text.slice(args.targetOffset);
    const gap = /\s*$/.exec(left)![0] + /^\s*/.exec(right)![0];
    const before = resegment(left, document.targetLang, gap || ' ');
    const after = resegment(right, document.targetLang, target.at(-1)?.trailing ?? ' ');
    target = [...before, ...after];
    targetSplit = before.length;
  } else {
    targetSplit = args.targetSentences ?? target.length;
    if (targetSplit > target.length) {
      throw new ApiError(
        'bad_input',
        `Bead ${bead.id} has only ${target.length} English sentences.`,
      );
    }
  }
  const first = reshaped(
    bead,
    source.slice(0, args.sourceSentences),
    target.slice(0, targetSplit),
    bead.id,
  );
  const second = reshaped(bead, source.slice(args.sourceSentences), target.slice(targetSplit));
  second.note = null;
  const isEmpty = (draft: BeadDraft) => draft.source.length === 0 && draft.target.length === 0;
  if (isEmpty(first) || isEmpty(second)) {
    throw new ApiError(
      'bad_input',
      'That split would leave an empty bead; choose a point between sentences.',
    );
  }
  return applyChange(db, args.documentId, 'bead.split', bead.ordinal, 1, [first, second]);
}

function move(db: Db, args: ArgsOf<'bead.move'>): ResultOf<'bead.move'> {
  checkRevision(db, args.documentId, args.baseRev);
  const ordinal = findBeadOrdinal(db, args.documentId, args.beadId);
  const neighbourOrdinal = args.edge === 'first' ? ordinal - 1 : ordinal + 1;
  const start = Math.min(ordinal, neighbourOrdinal);
  const pair = start >= 0 ? readBeads(db, args.documentId, start, 2) : [];
  if (pair.length < 2) {
    const where = args.edge === 'first' ? 'before' : 'after';
    throw new ApiError(
      'bad_input',
      `There is no bead ${where} bead ${args.beadId} to move the sentence into.`,
    );
  }
  const [first, second] = pair as [BeadView, BeadView];
  const firstSide = sentences(first, args.side);
  const secondSide = sentences(second, args.side);
  const from = args.edge === 'first' ? secondSide : firstSide;
  if (from.length === 0) {
    throw new ApiError(
      'bad_input',
      `Bead ${args.beadId} has no ${args.side === 'source' ? 'Bengali' : 'English'} sentence to move.`,
    );
  }
  if (args.edge === 'first') firstSide.push(secondSide.shift()!);
  else secondSide.unshift(firstSide.pop()!);
  const other: Side = args.side === 'source' ? 'target' : 'source';
  const build = (bead: BeadView, moved: SentenceDraft[]) =>
    args.side === 'source'
      ? reshaped(bead, moved, sentences(bead, other), bead.id)
      : reshaped(bead, sentences(bead, other), moved, bead.id);
  const drafts = [build(first, firstSide), build(second, secondSide)].filter(
    (draft) => draft.source.length > 0 || draft.target.length > 0,
  );
  return applyChange(db, args.documentId, 'bead.move', start, 2, drafts);
}

function insert(db: Db, args: ArgsOf<'bead.insert'>): ResultOf<'bead.insert'> {
  checkRevision(db, args.documentId, args.baseRev);
  const count = countBeads(db, args.documentId);
  if (args.at > count)
    throw new ApiError('bad_input', `Position ${args.at} is past the last bead (${count}).`);
  const empty: BeadDraft = { source: [], target: [], status: 'auto', score: null, note: null };
  return applyChange(db, args.documentId, 'bead.insert', args.at, 0, [empty]);
}

function remove(db: Db, args: ArgsOf<'bead.delete'>): ResultOf<'bead.delete'> {
  checkRevision(db, args.documentId, args.baseRev);
  const ordinal = findBeadOrdinal(db, args.documentId, args.beadId);
  return applyChange(db, args.documentId, 'bead.delete', ordinal, 1, []);
}

function setStatus(db: Db, args: ArgsOf<'bead.setStatus'>): ResultOf<'bead.setStatus'> {
  checkRevision(db, args.documentId, args.baseRev);
  const bead = readBead(db, args.documentId, args.beadId);
  return applyChange(db, args.documentId, 'bead.setStatus', bead.ordinal, 1, [
    { ...toDraft(bead), status: args.status },
  ]);
}

function setNote(db: Db, args: ArgsOf<'bead.setNote'>): ResultOf<'bead.setNote'> {
  checkRevision(db, args.documentId, args.baseRev);
  const bead = readBead(db, args.documentId, args.beadId);
  const note = args.note.trim() || null;
  return applyChange(db, args.documentId, 'bead.setNote', bead.ordinal, 1, [
    { ...toDraft(bead), note },
  ]);
}

function confirmThrough(
  db: Db,
  args: ArgsOf<'bead.confirmThrough'>,
): ResultOf<'bead.confirmThrough'> {
  checkRevision(db, args.documentId, args.baseRev);
  const count = countBeads(db, args.documentId);
  if (args.ordinal >= count)
    throw new ApiError('bad_input', `There is no bead at position ${args.ordinal}.`);
  // Only the range from the first unconfirmed bead is rewritten (and kept for undo).
  const first = db
    .prepare(
      `SELECT min(ordinal) AS ordinal FROM bead WHERE document_id = ? AND ordinal <= ? AND status <> 'confirmed'`,
    )
    .get(args.documentId, args.ordinal) as { ordinal: number | null };
  const start = first.ordinal ?? args.ordinal;
  const beads = readBeads(db, args.documentId, start, args.ordinal - start + 1);
  const drafts = beads.map((bead) => ({ ...toDraft(bead), status: 'confirmed' as const }));
  return applyChange(db, args.documentId, 'bead.confirmThrough', start, drafts.length, drafts);
}

export const beadHandlers = {
  'bead.list': (db: Db, args: ArgsOf<'bead.list'>): ResultOf<'bead.list'> => {
    const document = getDocument(db, args.documentId);
    const page = readBeads(
      db,
      args.documentId,
      args.from ?? 0,
      Math.min(args.limit ?? 500, maxPage),
    );
    const beads = args.withFlags ? withFlags(db, page) : page;
    return { beads, revision: document.revision, beadCount: document.beadCount };
  },
  'bead.search': (db: Db, args: ArgsOf<'bead.search'>): ResultOf<'bead.search'> => {
    getDocument(db, args.documentId);
    const { documentId, from, limit, ...filter } = args;
    return searchBeads(db, documentId, filter, from, limit);
  },
  'target.edit': editTarget,
  'bead.merge': merge,
  'bead.split': split,
  'bead.move': move,
  'bead.insert': insert,
  'bead.delete': remove,
  'bead.setStatus': setStatus,
  'bead.setNote': setNote,
  'bead.confirmThrough': confirmThrough,
};

import type { BeadStatus, BeadView, SentenceView, Side } from '../../../shared/model';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/open';

export type SentenceDraft = { text: string; trailing: string };

/** A bead to write; `id` keeps a bead's identity across an edit (and restores it on undo). */
export type BeadDraft = {
  id?: number;
  source: SentenceDraft[];
  target: SentenceDraft[];
  status: BeadStatus;
  score: number | null;
  note: string | null;
};

type BeadRow = {
  id: number;
  ordinal: number;
  status: BeadStatus;
  score: number | null;
  note: string | null;
};
type SentenceRow = { id: number; bead_id: number; side: Side; text: string; trailing: string };

export function countBeads(db: Db, documentId: number): number {
  return (
    db.prepare('SELECT count(*) AS n FROM bead WHERE document_id = ?').get(documentId) as {
      n: number;
    }
  ).n;
}

/** Beads with ordinal in [from, from + limit), with their sentences, in order. */
export function readBeads(db: Db, documentId: number, from: number, limit: number): BeadView[] {
  const beads = db
    .prepare(
      `SELECT id, ordinal, status, score, note FROM bead
       WHERE document_id = ? AND ordinal >= ? AND ordinal < ? ORDER BY ordinal`,
    )
    .all(documentId, from, from + limit) as BeadRow[];
  if (beads.length === 0) return [];
  const sentences = db
    .prepare(
      `SELECT s.id, s.bead_id, s.side, s.text, s.trailing FROM bead b JOIN sentence s ON s.bead_id = b.id
       WHERE b.document_id = ? AND b.ordinal >= ? AND b.ordinal < ? ORDER BY s.bead_id, s.side, s.ordinal`,
    )
    .all(documentId, from, from + limit) as SentenceRow[];
  const views = new Map<number, BeadView>();
  const ordered = beads.map((row) => {
    const view: BeadView = { ...row, source: [], target: [] };
    views.set(row.id, view);
    return view;
  });
  for (const sentence of sentences) {
    const view = views.get(sentence.bead_id);
    const entry: SentenceView = {
      id: sentence.id,
      text: sentence.text,
      trailing: sentence.trailing,
    };
    view?.[sentence.side].push(entry);
  }
  return ordered;
}

export function findBeadOrdinal(db: Db, documentId: number, beadId: number): number {
  const row = db
    .prepare('SELECT ordinal FROM bead WHERE id = ? AND document_id = ?')
    .get(beadId, documentId) as { ordinal: number } | undefined;
  if (!row) throw new ApiError('not_found', `Document ${documentId} has no bead ${beadId}.`);
  return row.ordinal;
}

export function readBead(db: Db, documentId: number, beadId: number): BeadView {
  const ordinal = findBeadOrdinal(db, documentId, beadId);
  return readBeads(db, documentId, ordinal, 1)[0]!;
}

/** Prepared statements for bulk writes; prepare once per batch, not per row. */
export function beadWriter(db: Db) {
  const insertWithId = db.prepare(
    'INSERT INTO bead (id, document_id, ordinal, status, score, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertNew = db.prepare(
    'INSERT INTO bead (document_id, ordinal, status, score, note) VALUES (?, ?, ?, ?, ?)',
  );
  const insertSentence = db.prepare(
    'INSERT INTO sentence (bead_id, side, ordinal, text, trailing) VALUES (?, ?, ?, ?, ?)',
  );
  return (documentId: number, ordinal: number, bead: BeadDraft): number => {
    const beadId =
      bead.id === undefined
        ? Number(
            insertNew.run(documentId, ordinal, bead.status, bead.score, bead.note).lastInsertRowid,
          )
        : (insertWithId.run(bead.id, documentId, ordinal, bead.status, bead.score, bead.note),
          bead.id);
    bead.source.forEach((sentence, index) =>
      insertSentence.run(beadId, 'source', index, sentence.text, sentence.trailing),
    );
    bead.target.forEach((sentence, index) =>
      insertSentence.run(beadId, 'target', index, sentence.text, sentence.trailing),
    );
    return beadId;
  };
}

/**
 * Replaces the beads at ordinals [start, start + deleteCount) with `beads`, renumbering the
 * beads after them. The one primitive every structural edit, undo and redo goes through.
 */
export function spliceBeads(
  db: Db,
  documentId: number,
  start: number,
  deleteCount: number,
  beads: readonly BeadDraft[],
): void {
  if (deleteCount > 0) {
    db.prepare('DELETE FROM bead WHERE document_id = ? AND ordinal >= ? AND ordinal < ?').run(
      documentId,
      start,
      start + deleteCount,
    );
  }
  const shift = beads.length - deleteCount;
  if (shift !== 0) {
    db.prepare('UPDATE bead SET ordinal = ordinal + ? WHERE document_id = ? AND ordinal >= ?').run(
      shift,
      documentId,
      start + deleteCount,
    );
  }
  const write = beadWriter(db);
  beads.forEach((bead, index) => write(documentId, start + index, bead));
}

export function toDraft(view: BeadView): BeadDraft {
  const strip = ({ text, trailing }: SentenceView): SentenceDraft => ({ text, trailing });
  return {
    id: view.id,
    source: view.source.map(strip),
    target: view.target.map(strip),
    status: view.status,
    score: view.score,
    note: view.note,
  };
}

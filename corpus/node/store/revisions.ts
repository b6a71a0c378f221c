import type { BeadPatch, BeadView, RevisionView } from '../../../shared/model';
import type { Db } from '../db/open';
import type { BeadDraft } from './beads';
import { countBeads, readBeads, spliceBeads, toDraft } from './beads';
import { bumpRevision, now } from './documents';

type RevisionRow = {
  id: number;
  document_id: number;
  operation: string;
  created_at: string;
  start: number;
  before: string;
  after: string;
  undone: number;
};

function parseBeads(json: string): BeadView[] {
  return JSON.parse(json) as BeadView[];
}

function toView(row: RevisionRow): RevisionView {
  return {
    id: row.id,
    documentId: row.document_id,
    operation: row.operation,
    createdAt: row.created_at,
    undone: row.undone === 1,
    before: parseBeads(row.before),
    after: parseBeads(row.after),
  };
}

function patchOf(
  db: Db,
  documentId: number,
  revision: number,
  start: number,
  deleteCount: number,
  count: number,
): BeadPatch {
  return {
    documentId,
    revision,
    start,
    deleteCount,
    beads: readBeads(db, documentId, start, count),
    beadCount: countBeads(db, documentId),
  };
}

export function recordRevision(
  db: Db,
  documentId: number,
  operation: string,
  start: number,
  before: readonly BeadView[],
  after: readonly BeadView[],
  undoable = true,
): number {
  // A new change ends the redo chain: what was undone can no longer be redone on top of it.
  db.prepare(
    'UPDATE revision SET undoable = 0 WHERE document_id = ? AND undone = 1 AND undoable = 1',
  ).run(documentId);
  const revisionId = Number(
    db
      .prepare(
        `INSERT INTO revision (document_id, operation, created_at, start, before, after, undoable)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        documentId,
        operation,
        now(),
        start,
        JSON.stringify(before),
        JSON.stringify(after),
        undoable ? 1 : 0,
      ).lastInsertRowid,
  );
  const link = db.prepare(
    'INSERT OR IGNORE INTO revision_bead (bead_id, revision_id) VALUES (?, ?)',
  );
  for (const bead of [...before, ...after]) link.run(bead.id, revisionId);
  return revisionId;
}

/**
 * Replaces beads [start, start + deleteCount) with `drafts`, records the revision (before and
 * after) and bumps the document revision. Call inside the dispatch transaction.
 */
export function applyChange(
  db: Db,
  documentId: number,
  operation: string,
  start: number,
  deleteCount: number,
  drafts: readonly BeadDraft[],
): BeadPatch {
  const before = readBeads(db, documentId, start, deleteCount);
  spliceBeads(db, documentId, start, deleteCount, drafts);
  const after = readBeads(db, documentId, start, drafts.length);
  recordRevision(db, documentId, operation, start, before, after);
  const revision = bumpRevision(db, documentId);
  return {
    documentId,
    revision,
    start,
    deleteCount,
    beads: after,
    beadCount: countBeads(db, documentId),
  };
}

// Undo takes the newest change still applied; redo the change undone most recently, which is
// the oldest of the undone ones (undo walks back from the newest).
const nextStep = {
  undo: 'SELECT * FROM revision WHERE document_id = ? AND undoable = 1 AND undone = 0 ORDER BY id DESC LIMIT 1',
  redo: 'SELECT * FROM revision WHERE document_id = ? AND undoable = 1 AND undone = 1 ORDER BY id LIMIT 1',
} as const;

/** Splices one revision's `before` back over its `after` (undo) or the reverse (redo). */
function step(db: Db, documentId: number, direction: keyof typeof nextStep): BeadPatch | null {
  const row = db.prepare(nextStep[direction]).get(documentId) as RevisionRow | undefined;
  if (!row) return null;
  const before = parseBeads(row.before);
  const after = parseBeads(row.after);
  const [current, wanted] = direction === 'undo' ? [after, before] : [before, after];
  spliceBeads(db, documentId, row.start, current.length, wanted.map(toDraft));
  db.prepare('UPDATE revision SET undone = ? WHERE id = ?').run(
    direction === 'undo' ? 1 : 0,
    row.id,
  );
  const revision = bumpRevision(db, documentId);
  return patchOf(db, documentId, revision, row.start, current.length, wanted.length);
}

/** Reverts the newest change not yet undone; null when there is nothing to undo. */
export const undo = (db: Db, documentId: number): BeadPatch | null => step(db, documentId, 'undo');

/** Re-applies the change undone most recently; null when there is nothing to redo. */
export const redo = (db: Db, documentId: number): BeadPatch | null => step(db, documentId, 'redo');

/** Newest first; with `beadId`, only the revisions that touched that bead. */
export function listRevisions(
  db: Db,
  documentId: number,
  beadId: number | undefined,
  limit = 100,
): RevisionView[] {
  const rows =
    beadId === undefined
      ? db
          .prepare('SELECT * FROM revision WHERE document_id = ? ORDER BY id DESC LIMIT ?')
          .all(documentId, limit)
      : db
          .prepare(
            `SELECT r.* FROM revision_bead rb JOIN revision r ON r.id = rb.revision_id
             WHERE rb.bead_id = ? AND r.document_id = ? ORDER BY r.id DESC LIMIT ?`,
          )
          .all(beadId, documentId, limit);
  return (rows as RevisionRow[]).map(toView);
}

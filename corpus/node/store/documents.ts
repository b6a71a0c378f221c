import type { DocumentSummary } from '../../../shared/model';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/open';

type DocumentRow = {
  id: number;
  title: string;
  source_lang: string;
  target_lang: string;
  source_leading: string;
  target_leading: string;
  created_at: string;
  updated_at: string;
  revision: number;
  bead_count: number;
  confirmed_count: number;
};

const summaryColumns = `
  d.id, d.title, d.source_lang, d.target_lang, d.source_leading, d.target_leading,
  d.created_at, d.updated_at, d.revision,
  (SELECT count(*) FROM bead b WHERE b.document_id = d.id) AS bead_count,
  (SELECT count(*) FROM bead b WHERE b.document_id = d.id AND b.status = 'confirmed') AS confirmed_count`;

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    beadCount: row.bead_count,
    confirmedCount: row.confirmed_count,
  };
}

export const now = (): string => new Date().toISOString();

export type NewDocument = {
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceLeading: string;
  targetLeading: string;
};

export function insertDocument(db: Db, document: NewDocument): number {
  const time = now();
  const result = db
    .prepare(
      `INSERT INTO document (title, source_lang, target_lang, source_leading, target_leading, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      document.title,
      document.sourceLang,
      document.targetLang,
      document.sourceLeading,
      document.targetLeading,
      time,
      time,
    );
  return Number(result.lastInsertRowid);
}

export function findDocument(db: Db, documentId: number): DocumentSummary | undefined {
  const row = db
    .prepare(`SELECT ${summaryColumns} FROM document d WHERE d.id = ?`)
    .get(documentId) as DocumentRow | undefined;
  return row && toSummary(row);
}

export function getDocument(db: Db, documentId: number): DocumentSummary {
  const document = findDocument(db, documentId);
  if (!document) throw new ApiError('not_found', `There is no document ${documentId}.`);
  return document;
}

export function documentLeading(db: Db, documentId: number): { source: string; target: string } {
  const row = db
    .prepare('SELECT source_leading AS source, target_leading AS target FROM document WHERE id = ?')
    .get(documentId) as { source: string; target: string } | undefined;
  if (!row) throw new ApiError('not_found', `There is no document ${documentId}.`);
  return row;
}

/** Keyset paging by id: stable while documents are added, and O(limit) however deep the page. */
export function listDocuments(
  db: Db,
  after = 0,
  limit = 100,
): { documents: DocumentSummary[]; next: number | null } {
  const rows = db
    .prepare(`SELECT ${summaryColumns} FROM document d WHERE d.id > ? ORDER BY d.id LIMIT ?`)
    .all(after, limit + 1) as DocumentRow[];
  const page = rows.slice(0, limit);
  return {
    documents: page.map(toSummary),
    next: rows.length > limit ? page[page.length - 1]!.id : null,
  };
}

export function countDocuments(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n;
}

/** Refuses a mutation made against an older view of the document (another window or the CLI moved on). */
export function checkRevision(db: Db, documentId: number, baseRev: number): void {
  const row = db.prepare('SELECT revision FROM document WHERE id = ?').get(documentId) as
    { revision: number } | undefined;
  if (!row) throw new ApiError('not_found', `There is no document ${documentId}.`);
  if (row.revision !== baseRev) {
    throw new ApiError(
      'stale_revision',
      `Document ${documentId} changed since you loaded it (revision ${baseRev}, now ${row.revision}); reload and try again.`,
    );
  }
}

export function bumpRevision(db: Db, documentId: number): number {
  const row = db
    .prepare(
      'UPDATE document SET revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision',
    )
    .get(now(), documentId) as { revision: number };
  return row.revision;
}

export function renameDocument(db: Db, documentId: number, title: string): void {
  const result = db
    .prepare('UPDATE document SET title = ?, updated_at = ? WHERE id = ?')
    .run(title, now(), documentId);
  if (result.changes === 0) throw new ApiError('not_found', `There is no document ${documentId}.`);
}

export function deleteDocument(db: Db, documentId: number): number {
  return db.prepare('DELETE FROM document WHERE id = ?').run(documentId).changes;
}

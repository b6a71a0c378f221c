import type { BeadStatus, BeadView } from '../../../shared/model';
import { normalizeForMatching } from '../../common/text';
import type { Db } from '../db/open';
import { readBeads } from './beads';

export type BeadFilter = {
  query?: string;
  status?: BeadStatus;
  maxScore?: number;
  notOneToOne?: boolean;
};

/**
 * The user's words as an FTS5 query: each word quoted (so FTS syntax in it is inert) and
 * matched as a prefix, all words required. Folded like the index (NFC, no ZWJ/ZWNJ).
 */
export function ftsQuery(text: string): string | null {
  const words = normalizeForMatching(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}

/** Beads of a document matching every given filter, in order from `from`, keyset-paged. */
export function searchBeads(
  db: Db,
  documentId: number,
  filter: BeadFilter,
  from = 0,
  limit = 200,
): { beads: BeadView[]; next: number | null } {
  const conditions = ['b.document_id = ?', 'b.ordinal >= ?'];
  const parameters: (string | number)[] = [documentId, from];
  const match = filter.query === undefined ? null : ftsQuery(filter.query);
  if (match !== null) {
    conditions.push(
      'b.id IN (SELECT s.bead_id FROM sentence s WHERE s.id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?))',
    );
    parameters.push(match);
  }
  if (filter.status !== undefined) {
    conditions.push('b.status = ?');
    parameters.push(filter.status);
  }
  if (filter.maxScore !== undefined) {
    conditions.push('b.score < ?');
    parameters.push(filter.maxScore);
  }
  if (filter.notOneToOne) {
    conditions.push(`(SELECT count(*) FROM sentence s WHERE s.bead_id = b.id AND s.side = 'source') <> 1
      OR (SELECT count(*) FROM sentence s WHERE s.bead_id = b.id AND s.side = 'target') <> 1`);
  }
  const ordinals = db
    .prepare(
      `SELECT b.ordinal FROM bead b WHERE ${conditions.map((c) => `(${c})`).join(' AND ')} ORDER BY b.ordinal LIMIT ?`,
    )
    .pluck()
    .all(...parameters, limit + 1) as number[];
  const page = ordinals.slice(0, limit);
  const beads = page.map((ordinal) => readBeads(db, documentId, ordinal, 1)[0]!);
  return { beads, next: ordinals.length > limit ? page[page.length - 1]! + 1 : null };
}

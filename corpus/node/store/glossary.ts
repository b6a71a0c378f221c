import type { GlossaryEntry } from '../../../shared/model';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { now } from './documents';

type GlossaryRow = {
  id: number;
  source: string;
  target: string;
  variants: string;
  note: string | null;
};

function toEntry(row: GlossaryRow): GlossaryEntry {
  return {
    id: row.id,
    source: row.source,
    target: row.target,
    variants: JSON.parse(row.variants) as string[],
    note: row.note,
  };
}

export type NewGlossaryEntry = {
  source: string;
  target: string;
  variants?: readonly string[];
  note?: string | null;
};

/** Adds an entry, or merges variants and note into the existing (source, target) pair. */
export function upsertGlossaryEntry(db: Db, entry: NewGlossaryEntry): GlossaryEntry {
  const source = entry.source.normalize('NFC').trim();
  const target = entry.target.trim();
  if (!source || !target)
    throw new ApiError(
      'invalid_args',
      'A glossary entry needs both a Bengali and an English form.',
    );
  const existing = db
    .prepare('SELECT * FROM glossary_entry WHERE source = ? AND target = ?')
    .get(source, target) as GlossaryRow | undefined;
  const variants = [
    ...new Set([
      ...(existing ? (JSON.parse(existing.variants) as string[]) : []),
      ...(entry.variants ?? []),
    ]),
  ]
    .map((variant) => variant.normalize('NFC').trim())
    .filter((variant) => variant && variant !== source);
  const note = entry.note ?? existing?.note ?? null;
  const row = db
    .prepare(
      `INSERT INTO glossary_entry (source, target, variants, note, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (source, target) DO UPDATE SET variants = excluded.variants, note = excluded.note
       RETURNING *`,
    )
    .get(source, target, JSON.stringify([...new Set(variants)]), note, now()) as GlossaryRow;
  return toEntry(row);
}

export function listGlossary(
  db: Db,
  after = 0,
  limit = 500,
): { entries: GlossaryEntry[]; next: number | null } {
  const rows = db
    .prepare('SELECT * FROM glossary_entry WHERE id > ? ORDER BY id LIMIT ?')
    .all(after, limit + 1) as GlossaryRow[];
  const page = rows.slice(0, limit);
  return {
    entries: page.map(toEntry),
    next: rows.length > limit ? page[page.length - 1]!.id : null,
  };
}

export function allGlossaryEntries(db: Db): GlossaryEntry[] {
  return (db.prepare('SELECT * FROM glossary_entry ORDER BY id').all() as GlossaryRow[]).map(
    toEntry,
  );
}

export function deleteGlossaryEntry(db: Db, id: number): number {
  return db.prepare('DELETE FROM glossary_entry WHERE id = ?').run(id).changes;
}

export function rejectPair(db: Db, source: string, target: string): number {
  return db
    .prepare(
      'INSERT OR IGNORE INTO glossary_rejection (source, target, created_at) VALUES (?, ?, ?)',
    )
    .run(source.normalize('NFC').trim(), target.trim(), now()).changes;
}

export function rejectedPairs(db: Db): { source: string; target: string }[] {
  return db.prepare('SELECT source, target FROM glossary_rejection').all() as {
    source: string;
    target: string;
  }[];
}

/** Changes whenever an entry is added, removed or edited: the key of compiled-glossary caches. */
export function glossaryVersion(db: Db): string {
  const row = db
    .prepare(
      'SELECT count(*) AS n, max(id) AS last, total(length(source) + length(target) + length(variants)) AS size FROM glossary_entry',
    )
    .get() as { n: number; last: number | null; size: number };
  return `${db.name}:${row.n}:${row.last}:${row.size}`;
}

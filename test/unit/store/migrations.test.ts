import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadMigrations,
  migrate,
  SchemaTooNewError,
  schemaVersion,
} from '../../../corpus/node/db/migrate';
import { openCorpus, registerFunctions } from '../../../corpus/node/db/open';

describe('migrations', () => {
  it('are numbered without gaps and each applies in its own step', () => {
    const migrations = loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const db = new Database(':memory:');
    registerFunctions(db);
    for (const migration of migrations) {
      migrate(db, migrations.slice(0, migration.version));
      expect(schemaVersion(db)).toBe(migration.version);
    }
    expect(migrate(db, migrations)).toEqual([]);
  });

  it('creates the tables the store needs, with foreign keys enforced', () => {
    const db = openCorpus(':memory:');
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'document',
        'bead',
        'sentence',
        'revision',
        'revision_bead',
        'glossary_entry',
      ]),
    );
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      db.prepare('INSERT INTO bead (document_id, ordinal) VALUES (999, 0)').run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('refuses a database written by a newer Setu and leaves it untouched', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(SchemaTooNewError);
    expect(() => migrate(db)).toThrow(/newer Setu/);
    expect(schemaVersion(db)).toBe(999);
  });

  it('rolls back a failing migration and keeps the version it had', () => {
    const db = new Database(':memory:');
    const [first] = loadMigrations();
    const broken = [
      first!,
      { version: 2, name: 'broken', sql: 'CREATE TABLE x (a); CREATE TABLE x (a);' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'x'").pluck().get()).toBe(0);
  });

  it('0002 indexes the sentences that were there before it, and keeps the index in step', () => {
    const db = new Database(':memory:');
    registerFunctions(db);
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, 1));
    db.prepare(
      "INSERT INTO document (title, source_lang, target_lang, created_at, updated_at) VALUES ('t', 'bn', 'en', '', '')",
    ).run();
    db.prepare('INSERT INTO bead (document_id, ordinal) VALUES (1, 0)').run();
    const insert = db.prepare(
      "INSERT INTO sentence (bead_id, side, ordinal, text) VALUES (1, 'source', ?, ?)",
    );
    insert.run(0, 'সের্গেই ল্যাভরভ পিয়ংইয়ং গেলেন।');
    migrate(db, migrations.slice(0, 2));
    const match = (query: string) =>
      db.prepare('SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?').pluck().all(query);
    expect(match('"ল্যাভরভ"')).toEqual([1]);
    expect(match('"ল্যাভ"*')).toEqual([1]);
    // the default tokenizer would split this word at its vowel signs, and ল would match
    expect(match('"ল"')).toEqual([]);
    insert.run(1, 'কিম জং উন।');
    expect(match('"কিম"')).toEqual([2]);
    db.prepare('DELETE FROM sentence WHERE id = 2').run();
    expect(match('"কিম"')).toEqual([]);
  });

  it('refuses migration files out of sequence', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'setu-migrations-'));
    writeFileSync(path.join(directory, '0001_a.sql'), 'SELECT 1;');
    writeFileSync(path.join(directory, '0003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(directory)).toThrow(/out of sequence/);
  });

  it('opens a file corpus in WAL mode and calls back before migrating an older one', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'setu-open-'));
    const file = path.join(directory, 'corpus.sqlite');
    const old = new Database(file);
    const [first] = loadMigrations();
    migrate(old, [first!]);
    old.close();
    const calls: number[][] = [];
    const db = openCorpus(file, { beforeMigrating: (_db, from, to) => calls.push([from, to]) });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(calls).toEqual(loadMigrations().length > 1 ? [[1, loadMigrations().length]] : []);
    db.close();
  });
});

describe('query plans', () => {
  it('counts confirmed beads and pages beads through indexes, never a table scan', () => {
    const db = openCorpus(':memory:');
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('; ');
    expect(
      plan("SELECT count(*) FROM bead WHERE document_id = 1 AND status = 'confirmed'"),
    ).toMatch(/USING COVERING INDEX bead_by_document_status/);
    expect(
      plan(
        'SELECT * FROM bead WHERE document_id = 1 AND ordinal >= 10 AND ordinal < 20 ORDER BY ordinal',
      ),
    ).toMatch(/USING INDEX bead_by_document_ordinal/);
    expect(
      plan("SELECT * FROM sentence WHERE bead_id = 5 AND side = 'target' ORDER BY ordinal"),
    ).toMatch(/USING INDEX sentence_by_bead/);
    expect(
      plan(
        'SELECT * FROM revision WHERE document_id = 1 AND undoable = 1 AND undone = 0 ORDER BY id DESC LIMIT 1',
      ),
    ).toMatch(/revision_by_document/);
  });
});

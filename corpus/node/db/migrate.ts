import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';

export type Migration = { version: number; name: string; sql: string };

const migrationsDirectory = path.join(projectRoot, 'corpus', 'node', 'db', 'migrations');

/** Numbered migrations `NNNN_name.sql`, in order; a gap or a duplicate number is a packaging bug. */
export function loadMigrations(directory = migrationsDirectory): Migration[] {
  const migrations = readdirSync(directory)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: readFileSync(path.join(directory, file), 'utf8'),
    }));
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${migration.version}_${migration.name} is out of sequence (expected ${index + 1})`,
      );
    }
  });
  return migrations;
}

export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This corpus was written by a newer Setu (schema ${found}; this version understands up to ${supported}). ` +
        'Update Setu to open it; the file was not changed.',
    );
    this.name = 'SchemaTooNewError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest schema, one transaction per migration, each stamped in
 * `user_version`. Returns the versions applied. `beforeMigrating` runs only when work is pending
 * (the store takes a backup there).
 */
export function migrate(
  db: Database.Database,
  migrations: Migration[] = loadMigrations(),
  beforeMigrating?: (from: number, to: number) => void,
): number[] {
  const current = schemaVersion(db);
  const newest = migrations.length;
  if (current > newest) throw new SchemaTooNewError(current, newest);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length > 0 && current > 0) beforeMigrating?.(current, newest);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return pending.map((migration) => migration.version);
}

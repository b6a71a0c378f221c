import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';

export type Db = Database.Database;

export type OpenOptions = {
  readonly?: boolean;
  /** Called before pending migrations run on an existing corpus (a backup is taken there). */
  beforeMigrating?: (db: Db, from: number, to: number) => void;
};

/** Opens (creating if needed) a corpus database and brings its schema up to date. */
export function openCorpus(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (file !== ':memory:' && !options.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL with synchronous=FULL: an acknowledged commit survives power loss, not only a crash.
      db.pragma('synchronous = FULL');
    }
    if (!options.readonly) {
      migrate(db, undefined, (from, to) => options.beforeMigrating?.(db, from, to));
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import { normalizeForMatching } from '../../common/text';
import { snapshot } from '../backup';
import { fileError } from '../files';
import { migrate } from './migrate';

export type Db = Database.Database;

export type OpenOptions = {
  readonly?: boolean;
  /** better-sqlite3 built for another runtime (Electron's ABI), from scripts/build-electron.mjs --native. */
  nativeBinding?: string;
  /** Called before pending migrations run on an existing corpus; by default it takes a backup. */
  beforeMigrating?: (db: Db, from: number, to: number) => void;
};

/** SQL functions the schema calls: the search index's triggers fold text with setu_fold. */
export function registerFunctions(db: Db): void {
  db.function('setu_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? normalizeForMatching(text) : text,
  );
}

/** Opens (creating if needed) a corpus database and brings its schema up to date. */
export function openCorpus(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw fileError(error, file, 'write');
  }
  try {
    registerFunctions(db);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (file !== ':memory:' && !options.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL with synchronous=FULL: an acknowledged commit survives power loss, not only a crash.
      db.pragma('synchronous = FULL');
    }
    if (!options.readonly) {
      const beforeMigrating =
        options.beforeMigrating ?? ((db: Db) => void snapshot(db, 'before-migration'));
      migrate(db, undefined, (from, to) => beforeMigrating(db, from, to));
    }
    return db;
  } catch (error) {
    db.close();
    // SQLite reads the header at the first statement: a file of something else fails there.
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new ApiError(
        'bad_input',
        `${file}: this is not a Setu corpus (${code === 'SQLITE_NOTADB' ? 'not an SQLite database' : 'the database is damaged: restore a backup, see setu backup list'}).`,
      );
    throw error;
  }
}

// Snapshots of a corpus file, taken before migrations and bulk imports and on demand.
// VACUUM INTO writes a consistent, compacted copy inside one read transaction, synchronously,
// which is what openCorpus (sync) needs before it migrates.

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import type { Db } from './db/open';

export type Backup = {
  file: string;
  name: string;
  reason: string;
  createdAt: string;
  bytes: number;
};

const keepPerReason = 10;

export function backupDirectory(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), 'backups');
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.(\d{3})Z$/, '$1Z');
}

const backupName = /^(.+)-(\d{8}T\d{9}Z)-([a-z0-9-]+)\.sqlite$/;

/** Copies the open corpus into its backups folder; returns null for an in-memory corpus. */
export function snapshot(db: Db, reason: string): Backup | null {
  if (db.memory || db.name === '' || db.name === ':memory:') return null;
  const directory = backupDirectory(db.name);
  mkdirSync(directory, { recursive: true });
  const base = path.basename(db.name, path.extname(db.name));
  const file = path.join(directory, `${base}-${stamp(new Date())}-${reason}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  prune(db.name, reason);
  return listBackups(db.name).find((backup) => backup.file === file) ?? null;
}

export function listBackups(databaseFile: string): Backup[] {
  const directory = backupDirectory(databaseFile);
  if (!existsSync(directory)) return [];
  const base = path.basename(databaseFile, path.extname(databaseFile));
  return readdirSync(directory)
    .map((name) => ({ name, match: backupName.exec(name) }))
    .filter((entry) => entry.match && entry.match[1] === base)
    .map(({ name, match }) => {
      const file = path.join(directory, name);
      const time = match![2]!;
      return {
        file,
        name,
        reason: match![3]!,
        createdAt: `${time.slice(0, 4)}-${time.slice(4, 6)}-${time.slice(6, 8)}T${time.slice(9, 11)}:${time.slice(11, 13)}:${time.slice(13, 15)}.${time.slice(15, 18)}Z`,
        bytes: statSync(file).size,
      };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function prune(databaseFile: string, reason: string): void {
  for (const old of listBackups(databaseFile)
    .filter((backup) => backup.reason === reason)
    .slice(keepPerReason)) {
    rmSync(old.file, { force: true });
  }
}

/**
 * Puts a backup in place of the corpus file. The caller must have closed every connection;
 * the current file is snapshotted first (reason "before-restore"), so a restore can be undone.
 */
export function restoreBackup(
  databaseFile: string,
  backupNameOrFile: string,
  openForSnapshot: (file: string) => Db,
): Backup {
  const backup = listBackups(databaseFile).find(
    (candidate) =>
      candidate.name === backupNameOrFile || candidate.file === path.resolve(backupNameOrFile),
  );
  if (!backup) {
    throw new ApiError(
      'not_found',
      `No backup “${backupNameOrFile}” of ${databaseFile} (see setu backup list).`,
    );
  }
  if (existsSync(databaseFile)) {
    const current = openForSnapshot(databaseFile);
    try {
      snapshot(current, 'before-restore');
    } finally {
      current.close();
    }
  }
  for (const suffix of ['-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  copyFileSync(backup.file, databaseFile);
  return backup;
}

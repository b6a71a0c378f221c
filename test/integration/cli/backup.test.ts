import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, restoreBackup, snapshot } from '../../../corpus/node/backup';
import { loadMigrations, migrate } from '../../../corpus/node/db/migrate';
import { openCorpus, registerFunctions } from '../../../corpus/node/db/open';
import { createCorpus } from '../../../corpus/node/dispatch';

const directory = () => mkdtempSync(path.join(tmpdir(), 'setu-backup-'));

describe('backups', () => {
  it('snapshots before migrating an older corpus', () => {
    const file = path.join(directory(), 'corpus.sqlite');
    const old = new Database(file);
    registerFunctions(old);
    migrate(old, loadMigrations().slice(0, 1));
    old.close();
    openCorpus(file).close();
    const backups = listBackups(file);
    expect(backups.map((backup) => backup.reason)).toEqual(['before-migration']);
    const copy = new Database(backups[0]!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });

  it('restores a snapshot, backing up the current state first', () => {
    const file = path.join(directory(), 'corpus.sqlite');
    const corpus = createCorpus(openCorpus(file));
    corpus.call('document.import', { title: 'Kept', source: 'এক।', target: 'One.' });
    const backup = snapshot(corpus.db, 'manual')!;
    corpus.call('document.import', { title: 'Later', source: 'দুই।', target: 'Two.' });
    corpus.db.close();

    restoreBackup(file, backup.name, (current) => openCorpus(current));
    const restored = createCorpus(openCorpus(file));
    expect(restored.call('document.list', {}).documents.map((document) => document.title)).toEqual([
      'Kept',
    ]);
    restored.db.close();
    expect(
      listBackups(file)
        .map((entry) => entry.reason)
        .sort(),
    ).toEqual(['before-restore', 'manual']);
    expect(() => restoreBackup(file, 'nope', (current) => openCorpus(current))).toThrow(
      /No backup “nope”/,
    );
  });

  it('takes no snapshot of an in-memory corpus', () => {
    expect(snapshot(openCorpus(':memory:'), 'manual')).toBeNull();
  });
});

describe('backups through the API', () => {
  it('creates and lists snapshots of a file corpus', () => {
    const file = path.join(directory(), 'corpus.sqlite');
    const corpus = createCorpus(openCorpus(file));
    expect(corpus.call('backup.list', {}).backups).toEqual([]);
    const created = corpus.call('backup.create', {});
    expect(created.reason).toBe('manual');
    expect(corpus.call('backup.list', {}).backups.map((backup) => backup.name)).toEqual([
      created.name,
    ]);
    expect(createCorpus(openCorpus(':memory:')).dispatch('backup.create', {})).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
  });
});

import { listBackups, restoreBackup, snapshot } from '../backup';
import { openCorpus } from '../db/open';
import { defaultDatabasePath } from '../paths';
import { parseCommand, UsageError } from './args';
import { writeStdout } from './output';

export function backupCommand(argv: string[]): void {
  const { values, positionals } = parseCommand(
    argv,
    { db: { type: 'string' } },
    { min: 1, max: 2, names: 'list, create, or restore NAME' },
  );
  const file = values.db ?? defaultDatabasePath();
  const [action, name] = positionals;
  switch (action) {
    case 'list': {
      const backups = listBackups(file);
      if (backups.length === 0) writeStdout(`No backups of ${file} yet.\n`);
      for (const backup of backups) {
        writeStdout(
          `${backup.name}\t${backup.reason}\t${backup.createdAt}\t${backup.bytes} bytes\n`,
        );
      }
      return;
    }
    case 'create': {
      const db = openCorpus(file);
      try {
        writeStdout(`Backed up to ${snapshot(db, 'manual')!.file}\n`);
      } finally {
        db.close();
      }
      return;
    }
    case 'restore': {
      if (name === undefined)
        throw new UsageError('restore needs the NAME of a backup (see setu backup list)');
      const backup = restoreBackup(file, name, (current) => openCorpus(current));
      writeStdout(
        `Restored ${file} from ${backup.name} (the previous state was backed up first).\n`,
      );
      return;
    }
    default:
      throw new UsageError(`unknown backup action “${action}”: use list, create or restore`);
  }
}

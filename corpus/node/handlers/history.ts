import type { ArgsOf, ResultOf } from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import { listBackups, snapshot } from '../backup';
import type { Db } from '../db/open';
import { checkRevision, getDocument } from '../store/documents';
import { listRevisions, redo, undo } from '../store/revisions';

export const historyHandlers = {
  'history.undo': (db: Db, args: ArgsOf<'history.undo'>): ResultOf<'history.undo'> => {
    checkRevision(db, args.documentId, args.baseRev);
    return undo(db, args.documentId);
  },
  'history.redo': (db: Db, args: ArgsOf<'history.redo'>): ResultOf<'history.redo'> => {
    checkRevision(db, args.documentId, args.baseRev);
    return redo(db, args.documentId);
  },
  'history.list': (db: Db, args: ArgsOf<'history.list'>): ResultOf<'history.list'> => {
    getDocument(db, args.documentId);
    return { revisions: listRevisions(db, args.documentId, args.beadId, args.limit) };
  },
};

const view = ({
  name,
  reason,
  createdAt,
  bytes,
}: {
  name: string;
  reason: string;
  createdAt: string;
  bytes: number;
}) => ({
  name,
  reason,
  createdAt,
  bytes,
});

export const backupHandlers = {
  'backup.list': (db: Db): ResultOf<'backup.list'> => ({
    backups: db.memory ? [] : listBackups(db.name).map(view),
  }),
  // A query, not a mutation: VACUUM INTO cannot run inside the transaction mutations get.
  'backup.create': (db: Db): ResultOf<'backup.create'> => {
    const backup = snapshot(db, 'manual');
    if (!backup)
      throw new ApiError(
        'bad_input',
        'This corpus lives in memory only: there is no file to back up.',
      );
    return view(backup);
  },
};

import type { ArgsOf, ResultOf } from '../../../shared/api';
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

import type { ArgsOf, ResultOf } from '../../../shared/api';
import type { Db } from '../db/open';
import { deleteGlossaryEntry, listGlossary, upsertGlossaryEntry } from '../store/glossary';

export const glossaryHandlers = {
  'glossary.list': (db: Db, args: ArgsOf<'glossary.list'>): ResultOf<'glossary.list'> =>
    listGlossary(db, args.after, args.limit),
  'glossary.add': (db: Db, args: ArgsOf<'glossary.add'>): ResultOf<'glossary.add'> =>
    upsertGlossaryEntry(db, args),
  'glossary.delete': (db: Db, args: ArgsOf<'glossary.delete'>): ResultOf<'glossary.delete'> => ({
    deleted: deleteGlossaryEntry(db, args.id),
  }),
};

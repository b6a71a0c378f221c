import type { ArgsOf, ResultOf } from '../../../shared/api';
import type { Db } from '../db/open';
import { exportChunks, mediaTypes } from '../exchange/export';
import { importDelimited, importTmx } from '../exchange/import';
import { getDocument } from '../store/documents';

function exportFilename(title: string, format: string): string {
  const safe =
    title
      .replace(/[^\p{L}\p{M}\p{N}._ -]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'setu-export';
  return `${safe}.${format}`;
}

export const exchangeHandlers = {
  'document.importTmx': (
    db: Db,
    args: ArgsOf<'document.importTmx'>,
  ): ResultOf<'document.importTmx'> => {
    const { content, ...options } = args;
    const { documents, units, skipped } = importTmx(
      db,
      (feed) => feed(content.replace(/^\uFEFF/, '')),
      options,
    );
    return { documents, units, skipped };
  },
  'document.importTable': (
    db: Db,
    args: ArgsOf<'document.importTable'>,
  ): ResultOf<'document.importTable'> => {
    const { content, ...options } = args;
    return importDelimited(db, (feed) => feed(content.replace(/^\uFEFF/, '')), options);
  },
  'document.export': (db: Db, args: ArgsOf<'document.export'>): ResultOf<'document.export'> => {
    const title =
      args.documentId === undefined ? 'setu-corpus' : getDocument(db, args.documentId).title;
    return {
      filename: exportFilename(title, args.options.format),
      mediaType: mediaTypes[args.options.format],
      content: [...exportChunks(db, args.documentId, args.options, title)].join(''),
    };
  },
};

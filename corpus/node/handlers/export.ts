import type { ArgsOf, ResultOf } from '../../../shared/api';
import type { Db } from '../db/open';
import { exportChunks, mediaTypes } from '../exchange/export';
import { getDocument } from '../store/documents';

function exportFilename(title: string, format: string): string {
  const safe =
    title
      .replace(/[^\p{L}\p{M}\p{N}._ -]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'setu-export';
  return `${safe}.${format}`;
}

export const exportHandlers = {
  'document.export': (db: Db, args: ArgsOf<'document.export'>): ResultOf<'document.export'> => {
    const title =
      args.documentId === undefined ? 'setu-corpus' : getDocument(db, args.documentId).title;
    return {
      filename: exportFilename(title, args.options.format),
      mediaType: mediaTypes[args.options.format],
      content: [...exportChunks(db, args.documentId, args.options)].join(''),
    };
  },
};

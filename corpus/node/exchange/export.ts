import type { ExportOptions } from '../../../shared/model';
import type { ExchangeUnit } from '../../common/exchange';
import { withParagraphUnits, writeDelimited, writeTmx, writeXliff } from '../../common/exchange';
import type { Db } from '../db/open';
import type { ExportUnit } from './units';
import { exportUnits } from './units';

export const setuVersion = '0.1.0';

export const mediaTypes = {
  tmx: 'application/x-tmx+xml',
  tsv: 'text/tab-separated-values; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xliff: 'application/x-xliff+xml',
} as const;

function toExchangeUnit(unit: ExportUnit): ExchangeUnit {
  return {
    source: unit.source,
    target: unit.target,
    document: unit.document,
    status: unit.status,
    score: unit.score,
    note: unit.note,
    id: `${unit.documentId}-${unit.ordinal + 1}`,
  };
}

/** The export file as chunks, reading the corpus a page at a time (constant memory). */
export function* exportChunks(
  db: Db,
  documentId: number | undefined,
  options: ExportOptions,
  original = 'setu-corpus',
): Generator<string> {
  const units = exportUnits(db, documentId, options);
  const plain = function* () {
    for (const unit of units) yield toExchangeUnit(unit);
  };
  const languages = { sourceLang: options.sourceLang, targetLang: options.targetLang };
  switch (options.format) {
    case 'tmx': {
      const paragraphBeads = function* () {
        for (const unit of units) {
          yield {
            ...toExchangeUnit(unit),
            sourceParagraphEnd: unit.sourceParagraphEnd,
            targetParagraphEnd: unit.targetParagraphEnd,
          };
        }
      };
      yield* writeTmx(options.paragraphUnits ? withParagraphUnits(paragraphBeads()) : plain(), {
        creationToolVersion: setuVersion,
        ...languages,
      });
      return;
    }
    case 'tsv':
    case 'csv':
      yield* writeDelimited(plain(), {
        format: options.format,
        includeDocument: documentId === undefined,
        byteOrderMark: options.format === 'csv',
        ...(options.sourceLang ? { sourceColumn: options.sourceLang } : {}),
        ...(options.targetLang ? { targetColumn: options.targetLang } : {}),
      });
      return;
    case 'xliff':
      yield* writeXliff(plain(), { original, creationToolVersion: setuVersion, ...languages });
      return;
  }
}
